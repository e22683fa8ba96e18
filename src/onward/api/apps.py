from django.apps import AppConfig


class ApiConfig(AppConfig):
    name = "onward.api"
    label = "onward_api"
    verbose_name = "REST API"
