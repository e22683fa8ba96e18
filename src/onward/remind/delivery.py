"""The opt-in daily reminder e-mail: who gets one now, claiming the day so it goes out once, and sending it.

Once a day, at most: a digest row for (owner, day) is created before the message is sent and marked sent
after. Two workers racing for the same person both try to create it; the unique constraint lets one win.
If the process dies between the claim and the mark, or the mail server refuses the message, the claim may
be taken again after LEASE, up to MAX_ATTEMPTS a day. So a crash right after the server accepted a message
but before it was marked sent can, rarely, repeat that day's digest once; every other path sends it once.
"""

from __future__ import annotations

import datetime as dt
import enum
import logging
import smtplib
from dataclasses import dataclass

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.mail import EmailMultiAlternatives
from django.db import IntegrityError, transaction
from django.db.models import Exists, F, OuterRef
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone

from onward.core.errors import OnwardError
from onward.core.services import profile_for
from onward.remind.digest import Digest, build_digest
from onward.remind.models import AddressConfirmation, ReminderDigest

log = logging.getLogger(__name__)

DUMMY_BACKEND = "django.core.mail.backends.dummy.EmailBackend"
# Longer than one send may take (EMAIL_TIMEOUT bounds it), so a live claim is never taken from its worker.
LEASE = dt.timedelta(minutes=10)
MAX_ATTEMPTS = 3
# A worker that was down at the chosen hour still sends later that morning, but not in the evening.
SEND_WINDOW_HOURS = 6


class ReminderError(OnwardError):
    """Why a digest cannot be sent to this person, in words meant for them."""


class Outcome(enum.StrEnum):
    SENT = "sent"
    ALREADY_SENT = "already sent"
    BUSY = "being sent elsewhere"
    EMPTY = "nothing to send"
    FAILED = "failed"


@dataclass
class Delivery:
    outcome: Outcome
    digest: Digest
    error: str = ""


def email_configured() -> bool:
    """True when ONWARD_EMAIL_URL names a way to send mail; without it nothing leaves the machine."""
    return settings.EMAIL_BACKEND != DUMMY_BACKEND


def base_url() -> str:
    return settings.ONWARD_BASE_URL


def address_confirmed(user) -> bool:
    """True when the user's current address was confirmed from its mailbox (see onward.remind.confirm)."""
    return bool(user.email) and _confirmed().filter(owner=user, address=user.email).exists()


def _confirmed():
    return AddressConfirmation.objects.exclude(confirmed_at=None)


def check_can_send(user) -> None:
    """Raise ReminderError when a digest may not go to `user`: mail not set up, no address, not asked for, or
    the address not confirmed yet."""
    if not email_configured():
        raise ReminderError("E-mail is not set up for this Onward: set ONWARD_EMAIL_URL (see docs/deploy.md).")
    if not user.email:
        raise ReminderError(f"{user.username} has no e-mail address yet; add one in Settings.")
    if not profile_for(user).reminder_email:
        raise ReminderError(f"The daily e-mail is off for {user.username}; it can be turned on in Settings.")
    if not address_confirmed(user):
        raise ReminderError(f"{user.email} is not confirmed yet: the daily e-mail starts once the link Onward sent "
                            "there is opened. Settings can send a new one.")


def _day(day: dt.date) -> str:
    """"Tuesday 8 December", as the subject and the printed heading name the day."""
    return f"{day:%A} {day.day} {day:%B}"


def render(digest: Digest) -> tuple[str, str, str]:
    """Subject, plain text and HTML of a digest."""
    root = base_url()
    context = {
        "digest": digest,
        "user": digest.owner,
        "base_url": root,
        "today_url": root + reverse("tracker:today") if root else "",
        "settings_url": root + reverse("core:settings") if root else "",
    }
    subject = f"Your Onward reminders for {_day(digest.day)}"
    text = render_to_string("remind/email/digest.txt", context)
    html = render_to_string("remind/email/digest.html", context)
    return subject, text, html


def render_printed(digest: Digest) -> str:
    """The digest's lists as `onward remind` prints them: the e-mail's greeting, links and the line about having
    turned the e-mail on are left out, since printing it turns nothing on."""
    items = render_to_string("remind/digest_items.txt", {"digest": digest}).rstrip()
    return f"Reminders for {_day(digest.day)}\n{items}"


def _claim(owner, day: dt.date, now: dt.datetime) -> ReminderDigest | None:
    try:
        with transaction.atomic():
            return ReminderDigest.objects.create(owner=owner, day=day, claimed_at=now)
    except IntegrityError:
        pass
    # A conditional update is atomic on SQLite and PostgreSQL alike: of two workers, one changes the row.
    taken = ReminderDigest.objects.filter(
        owner=owner, day=day, sent_at=None, claimed_at__lt=now - LEASE, attempts__lt=MAX_ATTEMPTS
    ).update(claimed_at=now, attempts=F("attempts") + 1)
    return ReminderDigest.objects.get(owner=owner, day=day) if taken else None


def send_digest(user, *, now: dt.datetime | None = None) -> Delivery:
    """Send `user` today's digest unless it is empty or already sent. Call check_can_send first."""
    now = now or timezone.now()
    digest = build_digest(user, now=now)
    if digest.is_empty:
        return Delivery(Outcome.EMPTY, digest)
    claim = _claim(user, digest.day, now)
    if claim is None:
        record = ReminderDigest.objects.get(owner=user, day=digest.day)
        if record.sent_at is not None:
            return Delivery(Outcome.ALREADY_SENT, digest)
        return Delivery(Outcome.BUSY, digest, record.error)
    subject, text, html = render(digest)
    message = EmailMultiAlternatives(subject, text, to=[user.email], headers={"Auto-Submitted": "auto-generated"})
    message.attach_alternative(html, "text/html")
    try:
        message.send()
    except (smtplib.SMTPException, OSError) as exc:
        log.warning("Could not send the reminder digest to user %s: %s", user.pk, exc)
        ReminderDigest.objects.filter(pk=claim.pk).update(error=str(exc)[:1000])
        return Delivery(Outcome.FAILED, digest, str(exc))
    ReminderDigest.objects.filter(pk=claim.pk).update(sent_at=timezone.now(), summary=digest.summary(), error="")
    return Delivery(Outcome.SENT, digest)


def due_recipients(now: dt.datetime):
    """People who asked for the digest, confirmed their address, whose chosen hour has come today, and who have
    not had today's yet."""
    local = timezone.localtime(now)
    hours = range(max(0, local.hour - SEND_WINDOW_HOURS + 1), local.hour + 1)
    sent_today = ReminderDigest.objects.filter(owner=OuterRef("pk"), day=local.date()).exclude(sent_at=None)
    return (
        get_user_model().objects.filter(is_active=True, profile__reminder_email=True, profile__reminder_hour__in=hours)
        .exclude(email="")
        .exclude(Exists(sent_today))
        .filter(Exists(_confirmed().filter(owner=OuterRef("pk"), address=OuterRef("email"))))
        .order_by("pk")
    )


def send_due_digests(*, now: dt.datetime | None = None) -> dict[str, int]:
    """The worker's job: every due person's digest, each at most once a day. Returns counts per outcome."""
    counts = {outcome.name.lower(): 0 for outcome in Outcome}
    if not email_configured():
        return counts
    now = now or timezone.now()
    for user in due_recipients(now):
        try:
            outcome = send_digest(user, now=now).outcome
        except Exception:  # one person's digest failing must not stop everyone else's
            log.exception("Could not make the reminder digest for user %s", user.pk)
            outcome = Outcome.FAILED
        counts[outcome.name.lower()] += 1
    return counts
