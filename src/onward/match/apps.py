from django.apps import AppConfig


class MatchConfig(AppConfig):
    name = "onward.match"
    label = "match"
    verbose_name = "Match"
