"""Mail on an application's timeline: each kept message, what it did and why (its page, mail:message, offers undo)."""

from __future__ import annotations

from onward.core.models import Origin
from onward.mail.explain import in_words
from onward.mail.models import MailMessage
from onward.tracker.models import Application
from onward.tracker.services import TimelineEntry

STATUS_WORDS = {
    MailMessage.Status.APPLIED: "applied automatically",
    MailMessage.Status.CONFIRMED: "confirmed by you",
    MailMessage.Status.REVIEW: "waiting for you to check",
    MailMessage.Status.UNDONE: "undone",
}


def timeline_entries(app: Application) -> list[TimelineEntry]:
    entries = []
    kept = app.mail_messages.exclude(status=MailMessage.Status.DISMISSED)
    # The bodies can be long and the timeline shows none of them.
    for m in kept.defer("body", "body_html", "extracted").order_by("sent_at", "id"):
        title = f"E-mail: {m.subject or '(no subject)'}"
        if m.status == MailMessage.Status.APPLIED and not m.effects:
            # A rejection for an application already closed, an interview already recorded: "applied" would
            # claim a change that was not made.
            done = "read automatically; it matched what was already recorded, so nothing changed"
        else:
            done = STATUS_WORDS.get(m.status, m.get_status_display().lower())
        body = f"{m.label_display}, {done}. From {m.sender}."
        entries.append(TimelineEntry(m.sent_at, "mail", title, body, Origin.MAIL, in_words(m), m))
    return entries
