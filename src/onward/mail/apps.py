from django.apps import AppConfig


class MailConfig(AppConfig):
    name = "onward.mail"
    label = "mail"
    verbose_name = "Mail"
