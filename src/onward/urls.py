from django.urls import include, path

urlpatterns = [
    path("", include("onward.core.urls")),
    path("", include("onward.tracker.urls")),
    path("mail/", include("onward.mail.urls")),
    path("", include("onward.io.urls")),
    path("match/", include("onward.match.urls")),
    path("insights/", include("onward.insights.urls")),
    path("playbook/", include("onward.playbook.urls")),
    path("reminders/", include("onward.remind.urls")),
    path("api/", include("onward.api.urls")),
]
