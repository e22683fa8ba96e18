from django.apps import AppConfig


class InsightsConfig(AppConfig):
    name = "onward.insights"
    label = "insights"
    verbose_name = "Insights"
