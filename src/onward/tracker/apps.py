from django.apps import AppConfig


class TrackerConfig(AppConfig):
    name = "onward.tracker"
    label = "tracker"
    verbose_name = "Tracker"
