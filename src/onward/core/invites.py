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


def create_invite(created_by=None, days: int | None = None) -> tuple[Invite, str]:
    """A new single-use invitation; the token is returned once and only its hash is stored."""
    days = settings.INVITE_VALID_DAYS if days is None else days
    if days < 1:
        raise AccountError("An invitation needs to stay valid for at least one day.")
    token = secrets.token_urlsafe(32)
    invite = Invite.objects.create(
        token_hash=_hash(token), created_by=created_by, expires_at=timezone.now() + timedelta(days=days)
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


def _new_user(username: str, password: str, is_staff: bool = False):
    User = get_user_model()
    username = username.strip()
    for validator in User._meta.get_field("username").validators:
        validator(username)
    if User.objects.filter(username__iexact=username).exists():
        raise AccountError(f"The name {username!r} is already taken; please choose another.")
    user = User(username=username, is_staff=is_staff)
    password_validation.validate_password(password, user)
    user.set_password(password)
    try:
        user.save()
    except IntegrityError:
        raise AccountError(f"The name {username!r} is already taken; please choose another.") from None
    profile_for(user)
    return user


@transaction.atomic
def accept_invite(token: str, username: str, password: str):
    """Create the invitee's account and use up the invitation, both or neither."""
    invite = check_invite(token)
    # Lock the row so two people cannot use one link at the same moment.
    invite = Invite.objects.select_for_update().get(pk=invite.pk)
    if invite.used_at is not None:
        raise InviteError("This invitation link has already been used. Please ask for a new one if you need it.")
    user = _new_user(username, password)
    invite.used_at = timezone.now()
    invite.used_by = user
    invite.save(update_fields=["used_at", "used_by"])
    return user


@transaction.atomic
def add_user(username: str, password: str, is_staff: bool = False):
    """An account created directly by an administrator (from the command line)."""
    try:
        return _new_user(username, password, is_staff=is_staff)
    except ValidationError as exc:
        raise AccountError(" ".join(exc.messages)) from None
