"""Wins: the small good things the user records, shown beside the setbacks."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from django.utils import timezone

from onward.playbook.book import PlaybookServiceError
from onward.playbook.models import Win
from onward.tracker.services import NotFound

if TYPE_CHECKING:
    from django.contrib.auth.models import User

    from onward.tracker.models import Application


def add_win(
    owner: User, text: str, *, happened_on: dt.date | None = None, application: Application | None = None
) -> Win:
    text = text.strip()
    if not text:
        raise PlaybookServiceError("Write a few words about the win.")
    if application is not None and application.owner_id != owner.pk:
        raise NotFound("That application is not yours.")
    if happened_on and happened_on > timezone.localdate():
        raise PlaybookServiceError("That date is in the future.")
    return Win.objects.create(owner=owner, text=text, happened_on=happened_on or timezone.localdate(),
                              application=application)


def list_wins(owner: User, limit: int | None = None) -> list[Win]:
    qs = Win.objects.filter(owner=owner).select_related("application__company")
    return list(qs[:limit] if limit else qs)


def delete_win(owner: User, pk: int | str) -> None:
    deleted, _ = Win.objects.filter(owner=owner, pk=pk).delete()
    if not deleted:
        raise NotFound(f"No win with id {pk}.")
