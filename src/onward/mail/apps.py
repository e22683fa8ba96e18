from django.apps import AppConfig


class MailConfig(AppConfig):
    name = "onward.mail"
    label = "mail"
    verbose_name = "Mail"

    def ready(self) -> None:
        from onward.mail.apply import connect_recorder

        connect_recorder()
