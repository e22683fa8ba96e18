"""Create, check and revoke personal API tokens."""

from __future__ import annotations

import datetime as dt
import hashlib
import secrets

from django.db import transaction
from django.utils import timezone

from onward.api.models import ApiToken
from onward.core.errors import OnwardError
from onward.core.text import storable

PREFIX = "onw_"
# Writing last_used_at on every request would turn each read into a write; once a minute is enough to be useful.
LAST_USED_RESOLUTION = dt.timedelta(minutes=1)


class TokenError(OnwardError):
    """A problem with a token request, with a message meant for people."""


def _hash(key: str) -> str:
    return hashlib.sha256(key.encode()).hexdigest()


@transaction.atomic
def create_token(owner, name: str) -> tuple[ApiToken, str]:
    """Returns the token row and the key, which is never stored and cannot be shown again."""
    name = " ".join(storable(name).split())
    if not name:
        raise TokenError("A token needs a name, e.g. the script or device that will use it.")
    if len(name) > 100:
        raise TokenError("A token name can be at most 100 characters.")
    key = PREFIX + secrets.token_urlsafe(32)
    token = ApiToken.objects.create(owner=owner, name=name, key_hash=_hash(key))
    return token, key


def list_tokens(owner):
    return ApiToken.objects.filter(owner=owner)


def revoke_token(owner, pk) -> ApiToken:
    try:
        token = ApiToken.objects.get(owner=owner, pk=int(pk))
    except (ApiToken.DoesNotExist, ValueError, TypeError):
        raise TokenError(f"No token with id {pk}.") from None
    if token.revoked_at is None:
        token.revoked_at = timezone.now()
        token.save(update_fields=["revoked_at"])
    return token


def user_for_key(key: str):
    """The active user a key belongs to, or None."""
    if not key or not key.startswith(PREFIX):
        return None
    token = (
        ApiToken.objects.select_related("owner")
        .filter(key_hash=_hash(key), revoked_at__isnull=True, owner__is_active=True)
        .first()
    )
    if token is None:
        return None
    now = timezone.now()
    if token.last_used_at is None or now - token.last_used_at > LAST_USED_RESOLUTION:
        ApiToken.objects.filter(pk=token.pk).update(last_used_at=now)
    return token.owner
