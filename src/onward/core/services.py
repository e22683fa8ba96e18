"""Accounts: the local user, first-run set-up, per-user preferences."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from django.conf import settings
from django.contrib.auth import get_user_model
from django.db import IntegrityError, transaction
from django.utils.crypto import constant_time_compare, salted_hmac

from onward.core.errors import OnwardError
from onward.core.models import Profile

LOCAL_USERNAME = "me"

if TYPE_CHECKING:
    from django.contrib.auth.models import User


class AccountError(OnwardError):
    """A user-facing problem with choosing or creating an account."""


def profile_for(user: User) -> Profile:
    profile, _ = Profile.objects.get_or_create(user=user)
    return profile


def needs_setup() -> bool:
    """True until some account has a password: the web app then shows its set-up page."""
    # Django marks unusable passwords with a leading "!".
    return not get_user_model().objects.exclude(password__startswith="!").exists()


log = logging.getLogger(__name__)
_setup_link_logged = False


def setup_token() -> str:
    """In server mode, the first administrator needs this token, which only the server log shows.

    Derived from the secret key, so every worker process agrees on it without storing it; it opens the set-up
    page only while no account exists, so it is good for one account."""
    return salted_hmac("onward.core.setup", "first administrator", algorithm="sha256").hexdigest()[:32]


def setup_allowed(token: str | None) -> bool:
    """Locally the set-up page is open; on a shared server only with the token from the server log."""
    return not settings.SERVER_MODE or constant_time_compare(token or "", setup_token())


def log_setup_link() -> None:
    """Print the one-time set-up link in the server log, once per process, while no account exists."""
    global _setup_link_logged
    if settings.SERVER_MODE and not _setup_link_logged:
        _setup_link_logged = True
        log.warning(
            "This Onward has no administrator yet. Create one with `onward user add NAME --admin`, or open "
            "/setup/?token=%s on this server (the link works until the first account exists).", setup_token(),
        )


@transaction.atomic
def setup_account(username: str, password: str) -> User:
    """Create the first account, or give the CLI-created local user its name and password."""
    User = get_user_model()
    users = list(User.objects.all()[:2])
    if len(users) == 1 and not users[0].has_usable_password():
        user = users[0]
        user.username = username
    else:
        user = User(username=username)
    # On a shared server the first account is its administrator, who invites the others.
    user.is_staff = user.is_staff or settings.SERVER_MODE
    user.set_password(password)
    user.save()
    profile_for(user)
    return user


def resolve_cli_user(username: str | None) -> User:
    """The user a CLI command acts for: the only one, the named one, or a new local one."""
    User = get_user_model()
    if username:
        try:
            return User.objects.get(username=username)
        except User.DoesNotExist:
            names = ", ".join(User.objects.order_by("username").values_list("username", flat=True))
            raise AccountError(f"No user called {username!r}. Users here: {names or 'none yet'}.") from None
    users = list(User.objects.order_by("id")[:2])
    if not users:
        try:
            with transaction.atomic():
                user = User(username=LOCAL_USERNAME)
                user.set_unusable_password()
                user.save()
                profile_for(user)
        except IntegrityError:  # another command on a fresh data folder made it a moment ago
            user = User.objects.get(username=LOCAL_USERNAME)
        return user
    if len(users) > 1:
        names = ", ".join(User.objects.order_by("username").values_list("username", flat=True))
        raise AccountError(f"There are several users here ({names}); choose one with --user NAME.")
    return users[0]
