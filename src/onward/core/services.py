"""Accounts: the local user, first-run set-up, per-user preferences."""

from django.contrib.auth import get_user_model
from django.db import IntegrityError, transaction

from onward.core.models import Profile

LOCAL_USERNAME = "me"


class AccountError(ValueError):
    """A user-facing problem with choosing or creating an account."""


def profile_for(user) -> Profile:
    profile, _ = Profile.objects.get_or_create(user=user)
    return profile


def needs_setup() -> bool:
    """True until some account has a password: the web app then shows its set-up page."""
    # Django marks unusable passwords with a leading "!".
    return not get_user_model().objects.exclude(password__startswith="!").exists()


@transaction.atomic
def setup_account(username: str, password: str):
    """Create the first account, or give the CLI-created local user its name and password."""
    User = get_user_model()
    users = list(User.objects.all()[:2])
    if len(users) == 1 and not users[0].has_usable_password():
        user = users[0]
        user.username = username
    else:
        user = User(username=username)
    user.set_password(password)
    user.save()
    profile_for(user)
    return user


def resolve_cli_user(username: str | None):
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
