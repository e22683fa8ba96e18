from django.apps import AppConfig


class PlaybookConfig(AppConfig):
    name = "onward.playbook"
    verbose_name = "Rejection playbook"
