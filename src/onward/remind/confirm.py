"""Confirming the address the daily e-mail goes to, before any digest goes there.

Anyone with an account can type any address into Settings; in server mode that person is not the machine's
owner. Without a confirmation Onward would mail a stranger every day, so a digest goes only to an address
whose owner opened the link sent to it, signed in as the account that asked, while it is still that
account's address. Confirmation mails are few a day per account, so the link cannot be used to flood an
address either.
"""

from __future__ import annotations

import datetime as dt
import logging
import smtplib

from django.core import signing
from django.core.mail import EmailMessage
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone

from onward.core.services import profile_for
from onward.remind.delivery import ReminderError, address_confirmed, base_url, email_configured
from onward.remind.models import AddressConfirmation

log = logging.getLogger(__name__)

SALT = "onward.remind.confirm-address"
LINK_VALID = dt.timedelta(days=3)
SENT_PER_DAY = 3


def needs_link(user) -> bool:
    """True when the daily e-mail is on, can be sent, and waits for this address to be confirmed."""
    return email_configured() and bool(user.email) and profile_for(user).reminder_email and not address_confirmed(user)


def link_pending(user, *, now: dt.datetime | None = None) -> bool:
    """True when a link for the current address went out and still works: saving Settings again does not
    send another."""
    since = (now or timezone.now()) - LINK_VALID
    return AddressConfirmation.objects.filter(owner=user, address=user.email, confirmed_at=None,
                                              sent_at__gt=since).exists()


def send_link(user, *, site: str = "", now: dt.datetime | None = None) -> str:
    """E-mail a confirmation link to the user's address and return the address.

    `site` is where this Onward was reached (for the link) when ONWARD_BASE_URL is not set."""
    now = now or timezone.now()
    if not email_configured():
        raise ReminderError("E-mail is not set up for this Onward, so no link can be sent yet.")
    if not user.email:
        raise ReminderError("Add your e-mail address first.")
    if address_confirmed(user):
        raise ReminderError(f"{user.email} is already confirmed.")
    if AddressConfirmation.objects.filter(owner=user, sent_at__gt=now - dt.timedelta(days=1)).count() >= SENT_PER_DAY:
        raise ReminderError(f"{SENT_PER_DAY} confirmation e-mails went out in the last day. Please look for them "
                            "(and in the spam folder), or ask for a new one tomorrow.")
    token = signing.dumps({"u": user.pk, "a": user.email}, salt=SALT)
    root = base_url() or site.rstrip("/")
    context = {"user": user, "link": root + reverse("remind:confirm", args=[token]),
               "days": LINK_VALID.days}
    message = EmailMessage("Confirm the address for your Onward reminders",
                           render_to_string("remind/email/confirm.txt", context), to=[user.email],
                           headers={"Auto-Submitted": "auto-generated"})
    try:
        message.send()
    except (smtplib.SMTPException, OSError) as exc:
        log.warning("Could not send the address confirmation to user %s: %s", user.pk, exc)
        raise ReminderError("The mail server did not take the confirmation e-mail. Please try again later.") from exc
    AddressConfirmation.objects.create(owner=user, address=user.email, sent_at=now)
    return user.email


def confirm(user, token: str, *, now: dt.datetime | None = None) -> str:
    """Confirm the address a link was sent to, for the signed-in `user`; return the address."""
    try:
        data = signing.loads(token, salt=SALT, max_age=LINK_VALID)
    except signing.SignatureExpired:
        raise ReminderError(f"This link is more than {LINK_VALID.days} days old. Settings can send a new "
                            "one.") from None
    except signing.BadSignature:
        raise ReminderError("This link is not complete, or it is not one this Onward sent. Settings can send "
                            "a new one.") from None
    if data.get("u") != user.pk:
        raise ReminderError("This link was sent for another account. Sign in as that account to confirm "
                            "the address.")
    address = data.get("a", "")
    if address != user.email:
        raise ReminderError(f"This link was for {address}, but your address is now {user.email or 'empty'}. "
                            "Settings can send a link to the new one.")
    now = now or timezone.now()
    opened = AddressConfirmation.objects.filter(owner=user, address=address, confirmed_at=None).update(confirmed_at=now)
    if not opened and not address_confirmed(user):
        AddressConfirmation.objects.create(owner=user, address=address, confirmed_at=now)
    return address
