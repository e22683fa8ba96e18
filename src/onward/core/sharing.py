"""Read-only sharing: a user lets a coach see their summary and funnel, and can take that back."""

from __future__ import annotations

from django.contrib.auth import get_user_model
from django.db import IntegrityError, transaction
from django.http import Http404
from django.utils import timezone

from onward.core.models import Share
from onward.core.services import AccountError
from onward.core.text import storable


def grant(owner, coach_username: str) -> Share:
    """Share with the account of that name. The answer is the same whether or not such an account exists (a
    share naming nobody gives nobody anything), so this page cannot be used to find out who has an account."""
    name = storable(coach_username).strip()
    if not name:
        raise AccountError("Type the username of the person to share with.")
    if name.lower() == owner.get_username().lower():
        raise AccountError("You can already see your own figures; choose someone else to share with.")
    coach = get_user_model().objects.filter(username__iexact=name).first()
    try:
        with transaction.atomic():
            return Share.objects.create(owner=owner, coach=coach, coach_name=name[:150])
    except IntegrityError:
        raise AccountError(f"You already share your summary with {name}.") from None


def given(owner):
    return Share.objects.filter(owner=owner, revoked_at__isnull=True).select_related("coach")


def received(coach):
    """The shares a coach may read: a closed account shares nothing, as its own sign-in and tokens open nothing."""
    return Share.objects.filter(coach=coach, revoked_at__isnull=True, owner__is_active=True).select_related("owner")


def revoke(owner, pk) -> Share:
    share = Share.objects.filter(owner=owner, pk=pk, revoked_at__isnull=True).first()
    if share is None:
        raise Http404("No such share.")
    share.revoked_at = timezone.now()
    share.save(update_fields=["revoked_at"])
    return share


def open_share_for_coach(coach, pk) -> Share:
    """The share a coach may read, or 404: revoked shares and other people's shares look the same."""
    share = received(coach).filter(pk=pk).first()
    if share is None:
        raise Http404("Nothing is shared with you here.")
    return share
