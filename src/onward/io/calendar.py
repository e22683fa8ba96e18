"""An iCalendar (RFC 5545) feed of interviews, open tasks with due dates and reconnect reminders.

The feed lives at a secret address so calendar apps can subscribe without logging in. Only a SHA-256 of the
secret is stored; rotating it makes the old address stop working at once.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import secrets

from django.db import transaction
from django.utils import timezone
from icalendar import Calendar, Event

from onward.io.models import CalendarFeedToken
from onward.tracker.models import Contact, Interview, Task

INTERVIEW_LENGTH = dt.timedelta(hours=1)
# Past events older than this are left out, so the feed stays small after a long search.
HISTORY = dt.timedelta(days=90)


def _hash(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


def has_feed(owner) -> bool:
    return CalendarFeedToken.objects.filter(owner=owner).exists()


@transaction.atomic
def rotate_token(owner) -> str:
    """Make a new secret for `owner`'s feed (the old one, if any, stops working) and return it, once."""
    token = secrets.token_urlsafe(32)
    CalendarFeedToken.objects.update_or_create(
        owner=owner, defaults={"token_hash": _hash(token), "created_at": timezone.now()}
    )
    return token


def revoke(owner) -> None:
    CalendarFeedToken.objects.filter(owner=owner).delete()


def owner_for_token(token: str):
    """The user whose feed this secret opens, or None. The lookup is by hash, so timing reveals nothing. A closed
    account's feed opens nothing, as its sign-in and its API tokens do not."""
    if not token or len(token) > 100:
        return None
    found = (CalendarFeedToken.objects.select_related("owner")
             .filter(token_hash=_hash(token), owner__is_active=True).first())
    return found.owner if found else None


def _uid(kind: str, pk: int, owner) -> str:
    # Stable across feed refreshes so calendar apps update events instead of duplicating them.
    return f"{kind}-{pk}-{owner.pk}@onward.local"


def build_calendar(owner, *, now: dt.datetime | None = None) -> Calendar:
    now = now or timezone.now()
    since = now - HISTORY
    cal = Calendar()
    cal.add("prodid", "-//Onward//Job search calendar//EN")
    cal.add("version", "2.0")
    cal.add("calscale", "GREGORIAN")
    cal.add("x-wr-calname", "Onward")
    interviews = Interview.objects.filter(owner=owner, scheduled_at__gte=since).select_related("application__company")
    for iv in interviews:
        app = iv.application
        event = Event()
        event.add("uid", _uid("interview", iv.pk, owner))
        event.add("dtstamp", now)
        event.add("dtstart", iv.scheduled_at)
        event.add("dtend", iv.scheduled_at + INTERVIEW_LENGTH)
        event.add("summary", f"{iv.get_kind_display()} interview: {app.title} at {app.company.name}")
        if iv.notes:
            event.add("description", iv.notes)
        cal.add_component(event)
    tasks = Task.objects.filter(
        owner=owner, status=Task.Status.OPEN, due_date__isnull=False, due_date__gte=since.date()
    ).select_related("application__company", "contact")
    for task in tasks:
        cal.add_component(_all_day(_uid("task", task.pk, owner), task.due_date, task.title, task.notes, now))
    contacts = Contact.objects.filter(owner=owner, next_follow_up__isnull=False, next_follow_up__gte=since.date())
    for contact in contacts:
        summary = f"Reconnect with {contact.name}"
        cal.add_component(
            _all_day(_uid("reconnect", contact.pk, owner), contact.next_follow_up, summary,
                     contact.relationship_notes, now)
        )
    return cal


def _all_day(uid: str, day: dt.date, summary: str, description: str, now: dt.datetime) -> Event:
    event = Event()
    event.add("uid", uid)
    event.add("dtstamp", now)
    event.add("dtstart", day)
    event.add("dtend", day + dt.timedelta(days=1))
    event.add("summary", summary)
    if description:
        event.add("description", description)
    return event


def feed_bytes(owner) -> bytes:
    return build_calendar(owner).to_ical()

