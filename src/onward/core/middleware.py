from django.shortcuts import redirect
from django.urls import reverse

from onward.core.services import log_setup_link, needs_setup


class FirstRunMiddleware:
    """Send every page request to the set-up page until the local account exists."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if not request.user.is_authenticated:
            setup_url = reverse("core:setup")
            # API calls carry a token, so an account exists already: asking the database would only cost time.
            exempt = (setup_url, "/static/", reverse("onward_api:api:api-root"))
            if not request.path.startswith(exempt) and needs_setup():
                log_setup_link()
                return redirect(setup_url)
        return self.get_response(request)
