from django.contrib.auth.decorators import login_not_required
from django.urls import URLPattern, include, path

from onward.api import views
from onward.api.endpoints import api

# The API authenticates each request by its token, not by the session: the login redirect does not apply.
api_patterns, _, _ = api.urls
for pattern in api_patterns:
    assert isinstance(pattern, URLPattern)  # ninja lists views only, never an include()
    pattern.callback = login_not_required(pattern.callback)

app_name = "onward_api"
urlpatterns = [
    path("tokens/", views.tokens, name="tokens"),
    path("tokens/<int:pk>/revoke/", views.revoke, name="revoke"),
    path("v1/", include((api_patterns, "api"))),
]
