"""Helpers shared by the tracker's pages."""

from __future__ import annotations

from django.core.exceptions import ValidationError
from django.http import Http404
from django.utils import timezone
from django.utils.http import url_has_allowed_host_and_scheme

from onward.core.errors import NotFound
from onward.tracker import services
from onward.tracker.models import Application


def _app_or_404(owner, pk, related: tuple[str, ...] = ()) -> Application:
    try:
        return services.get_application(owner, pk, related=related)
    except NotFound:
        raise Http404("No such application.") from None


def _next_url(request, default: str) -> str:
    target = request.POST.get("next") or request.GET.get("next")
    # A path on this site only: redirect() would read any other word as the name of a view.
    if target and target.startswith("/") and url_has_allowed_host_and_scheme(
            target, {request.get_host()}, request.is_secure()):
        return target
    return default


def _add_errors(form, exc: Exception) -> None:
    """Put a service's complaint next to the field it is about, or at the top of the form."""
    if isinstance(exc, ValidationError) and hasattr(exc, "error_dict"):
        for field, errors in exc.message_dict.items():
            form.add_error(field if field in form.fields else None, errors)
    elif isinstance(exc, ValidationError):
        form.add_error(None, exc.messages)
    else:
        form.add_error(None, str(exc))


def _idle_label(days: int) -> str:
    if days <= 0:
        return "Active today"
    return "1 day since last activity" if days == 1 else f"{days} days since last activity"


def _with_idle(apps, today=None):
    today = today or timezone.localdate()
    for app in apps:
        app.idle_days = (today - timezone.localdate(app.last_activity_at)).days
        app.idle_label = _idle_label(app.idle_days)
    return apps
