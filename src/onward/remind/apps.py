from django.apps import AppConfig


class RemindConfig(AppConfig):
    name = "onward.remind"
    label = "remind"
    verbose_name = "Reminders"
