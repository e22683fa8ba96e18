from django.urls import include, path

urlpatterns = [
    path("", include("onward.core.urls")),
    path("", include("onward.tracker.urls")),
]
