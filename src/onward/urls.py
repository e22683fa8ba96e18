from django.urls import include, path

from onward.core import urls as core_urls
from onward.tracker import urls as tracker_urls
from onward.web import urls as web_urls

# A bug's page shows a reference that is also in the server log (see onward.core.errors).
handler500 = "onward.core.views.server_error"

urlpatterns = [
    # The web layer's pages join the namespaces whose names they keep (see onward/web/__init__.py).
    path("", include((core_urls.urlpatterns + web_urls.core_pages, core_urls.app_name))),
    path("", include((tracker_urls.urlpatterns + web_urls.tracker_pages, tracker_urls.app_name))),
    path("mail/", include("onward.mail.urls")),
    path("", include("onward.io.urls")),
    path("match/", include("onward.match.urls")),
    path("insights/", include("onward.insights.urls")),
    path("playbook/", include("onward.playbook.urls")),
    path("reminders/", include("onward.remind.urls")),
    path("api/", include("onward.api.urls")),
]
