from django.apps import AppConfig


class IoConfig(AppConfig):
    name = "onward.io"
    label = "onward_io"
    verbose_name = "Import, backups and calendar"
