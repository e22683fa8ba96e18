"""Sign-in throttling: after a few attempts that do not match, sign-in pauses for a while.

Failures are counted per (username, address) pair and per address, the way django-axes and Django's own
guidance do: one place guessing one account's password, or trying many accounts, soon pauses, while the
owner signing in from their own address is never locked out by someone failing on purpose elsewhere.
Without a known address, the username alone counts. The limits are settings.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from django.conf import settings
from django.db import transaction
from django.utils import timezone
from django.utils.formats import time_format

from onward.core.models import LoginFailure


def _window() -> timedelta:
    return timedelta(minutes=settings.LOGIN_FAILURE_WINDOW_MINUTES)


def client_ip(request) -> str | None:
    """The address a sign-in came from; behind our own proxy, the one that proxy saw."""
    if settings.BEHIND_PROXY and request.META.get("HTTP_X_FORWARDED_FOR"):
        # The proxy appends the address it saw; anything to its left was sent by the client.
        return request.META["HTTP_X_FORWARDED_FOR"].split(",")[-1].strip() or None
    return request.META.get("REMOTE_ADDR") or None


def _paused_until(failures, limit: int) -> datetime | None:
    """When the pause ends for this set of failures, or None when it is not paused."""
    recent = list(failures.filter(created__gt=timezone.now() - _window()).order_by("-created")
                  .values_list("created", flat=True)[:limit])
    if len(recent) < limit:
        return None
    # The pause lasts until the oldest of the last `limit` failures leaves the window.
    return recent[-1] + _window()


def paused_until(username: str, ip: str | None) -> datetime | None:
    """The moment sign-in may be tried again for this username or address, or None if it may now."""
    pair = LoginFailure.objects.filter(username=username.lower())
    candidates = [_paused_until(pair.filter(ip=ip) if ip else pair, settings.LOGIN_FAILURE_LIMIT)]
    if ip:
        candidates.append(_paused_until(LoginFailure.objects.filter(ip=ip), settings.LOGIN_FAILURE_LIMIT_PER_ADDRESS))
    moments = [m for m in candidates if m is not None]
    return max(moments) if moments else None


@transaction.atomic
def record_failure(username: str, ip: str | None) -> None:
    LoginFailure.objects.filter(created__lte=timezone.now() - _window()).delete()
    LoginFailure.objects.create(username=username.lower(), ip=ip or None)


def clear(username: str) -> None:
    """A successful sign-in wipes that account's count; the address's count stays."""
    LoginFailure.objects.filter(username=username.lower()).delete()


def pause_message(until: datetime) -> str:
    local = timezone.localtime(until)
    minutes = max(1, round((until - timezone.now()).total_seconds() / 60))
    return (
        "Sign-in is paused for a little while after several attempts that did not match. "
        f"You can try again at {time_format(local, 'H:i')} (in about {minutes} minute{'s' if minutes != 1 else ''})."
    )
