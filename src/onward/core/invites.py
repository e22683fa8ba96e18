"""Accounts on a shared server: an administrator invites people; nobody signs themselves up."""

from __future__ import annotations

import hashlib
import secrets
from datetime import timedelta

from django.conf import settings
from django.contrib.auth import get_user_model, password_validation
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.utils import timezone

from onward.core.models import Invite
from onward.core.services import AccountError, profile_for


class InviteError(AccountError):
    """The invitation link cannot be used (unknown, used or expired)."""


def _hash(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


def create_invite(username: str, created_by=None, days: int | None = None) -> tuple[Invite, str]:
    """A new single-use invitation for the account USERNAME; the token is returned once, only its hash is stored.

    The administrator names the account so that the invitee, who only sets a password, cannot use the link to
    find out which names are taken.
    """
    days = settings.INVITE_VALID_DAYS if days is None else days
    if days < 1:
        raise AccountError("An invitation needs to stay valid for at least one day.")
    username = free_name(username)
    token = secrets.token_urlsafe(32)
    invite = Invite.objects.create(
        token_hash=_hash(token), username=username, created_by=created_by,
        expires_at=timezone.now() + timedelta(days=days),
    )
    return invite, token


def open_invites():
    return Invite.objects.filter(used_at__isnull=True, expires_at__gt=timezone.now())


def check_invite(token: str) -> Invite:
    invite = Invite.objects.filter(token_hash=_hash(token)).first()
    if invite is None:
        raise InviteError("This invitation link is not known here. Please ask for a new one.")
    if invite.used_at is not None:
        raise InviteError("This invitation link has already been used. Please ask for a new one if you need it.")
    if invite.expires_at <= timezone.now():
        raise InviteError("This invitation link has expired. Please ask for a new one.")
    return invite


def _valid_name(username: str) -> str:
    username = username.strip()
    if not username:
        raise AccountError("An account needs a name.")
    try:
        for validator in get_user_model()._meta.get_field("username").validators:
            validator(username)
    except ValidationError as exc:
        raise AccountError(" ".join(exc.messages)) from None
    return username


def free_name(username: str) -> str:
    """USERNAME, checked: valid, and neither an account's name nor promised to someone by an open invitation.
    Doors check it before asking for anything else (the command line, before the password)."""
    username = _valid_name(username)
    if get_user_model().objects.filter(username__iexact=username).exists():
        raise AccountError(f"The name {username!r} is already taken; please choose another.")
    if open_invites().filter(username__iexact=username).exists():
        raise AccountError(f"An open invitation already names {username!r}; please choose another name.")
    return username


def _new_user(username: str, password: str, is_staff: bool = False):
    user = get_user_model()(username=username, is_staff=is_staff)
    password_validation.validate_password(password, user)
    user.set_password(password)
    user.save()
    profile_for(user)
    return user


@transaction.atomic
def accept_invite(token: str, password: str):
    """Create the account the invitation names and use up the invitation, both or neither."""
    invite = check_invite(token)
    # Lock the row so two people cannot use one link at the same moment.
    invite = Invite.objects.select_for_update().get(pk=invite.pk)
    if invite.used_at is not None:
        raise InviteError("This invitation link has already been used. Please ask for a new one if you need it.")
    User = get_user_model()
    if User.objects.filter(username__iexact=invite.username).exists():
        raise InviteError("The account this link was made for exists already. Please ask for a new link.")
    try:
        user = _new_user(invite.username, password)
    except IntegrityError:  # made at this very moment by another door
        raise InviteError("The account this link was made for exists already. Please ask for a new link.") from None
    invite.used_at = timezone.now()
    invite.used_by = user
    invite.save(update_fields=["used_at", "used_by"])
    return user


@transaction.atomic
def add_user(username: str, password: str, is_staff: bool = False):
    """An account created directly by an administrator (from the command line)."""
    username = free_name(username)
    try:
        return _new_user(username, password, is_staff=is_staff)
    except ValidationError as exc:
        raise AccountError(" ".join(exc.messages)) from None
    except IntegrityError:
        raise AccountError(f"The name {username!r} is already taken; please choose another.") from None
