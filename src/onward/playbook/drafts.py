"""Drafts the user can send: rendered from the playbook's editable templates, never inventing a detail.

Offered as text to copy, a mailto: link and an .eml file that mail clients open as an unsent draft.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from email.message import EmailMessage
from email.policy import SMTP
from email.utils import format_datetime, formataddr
from urllib.parse import quote

from django.core.exceptions import ValidationError
from django.core.validators import validate_email
from django.db.models import Q
from django.utils import timezone
from django.utils.text import slugify

from onward.playbook import book
from onward.playbook.facts import contact_for, gather, placeholders
from onward.playbook.models import Rejection, RejectionType
from onward.tracker.models import Contact
from onward.tracker.services import TrackerError, stage_reached

# Which contact each draft is addressed to.
DRAFT_CONTACT = {"thank_you": "interviewer", "keep_in_mind": "warm", "reconnect": "warm"}
DRAFT_LABELS = {
    "thank_you": "Thank-you with a feedback request",
    "feedback_offer": "Reply accepting their feedback offer",
    "keep_in_mind": "“Keep me in mind” note",
    "reconnect": "Reconnect note",
}


@dataclass
class Draft:
    kind: str
    label: str
    subject: str
    body: str
    to_name: str = ""
    to_email: str = ""

    @property
    def filename(self) -> str:
        return f"{slugify(self.subject)[:60] or self.kind}.eml"

    @property
    def mailto(self) -> str:
        return f"mailto:{quote(self.to_email)}?subject={quote(self.subject)}&body={quote(self.body)}"

    @property
    def placeholders_left(self) -> list[str]:
        """Details still to fill in by hand, e.g. [interviewer's name]."""
        return list(dict.fromkeys(re.findall(r"\[[^\[\]\n]{2,40}\]", self.subject + "\n" + self.body)))

    def to_eml(self) -> bytes:
        msg = EmailMessage(policy=SMTP)
        # Names may hold line breaks (from a CSV cell, an import, the API); a header is one line.
        to_name = " ".join(self.to_name.split())
        if self.to_email:
            msg["To"] = formataddr((to_name, self.to_email)) if to_name else self.to_email
        msg["Subject"] = " ".join(self.subject.split())
        msg["Date"] = format_datetime(timezone.localtime())
        # Outlook and Thunderbird open a message with this header as an editable, unsent draft.
        msg["X-Unsent"] = "1"
        msg.set_content(self.body)
        return msg.as_bytes()


def available(playbook: book.Playbook, in_plan: set[str] | None = None) -> list[tuple[str, str]]:
    """(kind, label) for each draft in the playbook.

    Given the drafts a rejection's plan uses (`in_plan`), a draft that belongs to a step is offered only when that
    step is in the plan: a reply to a feedback offer must not be suggested when no one offered feedback.
    """
    of_steps = {step.draft for step in playbook.steps if step.draft}
    return [(kind, DRAFT_LABELS.get(kind, kind.replace("_", " ").capitalize())) for kind in sorted(playbook.drafts)
            if in_plan is None or kind in in_plan or kind not in of_steps]


def contacts_for(application) -> list[Contact]:
    """The people a draft about this application could go to: its interviewers, its referral and anyone at the
    company."""
    return list(
        Contact.objects.filter(owner=application.owner)
        .filter(Q(company=application.company_id) | Q(interviews__application=application)
                | Q(pk=application.referral_contact_id or 0))
        .distinct().order_by("name")
    )


def render(application, kind: str, playbook: book.Playbook | None = None, *, contact: Contact | None = None) -> Draft:
    """The draft with every detail Onward knows filled in; `contact`, when given, is the person it is written to."""
    playbook = playbook or book.in_force(application.owner).playbook
    template = playbook.drafts.get(kind)
    if template is None:
        raise TrackerError(f"No draft called {kind!r}. Drafts: {', '.join(sorted(playbook.drafts)) or 'none'}.")
    rejection = Rejection.objects.filter(application=application).first()
    facts = gather(
        application,
        rejection_type=rejection.rejection_type if rejection else RejectionType.NOT_SELECTED,
        stage_reached=rejection.stage_reached if rejection else stage_reached(application),
        settings=playbook.settings,
    )
    if contact is not None:
        facts.interviewer = facts.warm_contact = contact
    contact = contact or contact_for(facts, DRAFT_CONTACT.get(kind, "warm"))
    values = placeholders(facts, contact)
    return Draft(
        kind=kind,
        label=dict(available(playbook))[kind],
        subject=" ".join(template.subject.format_map(values).split()),
        body=template.body.format_map(values),
        to_name=contact.name if contact and contact.email else "",
        to_email=contact.email if contact else "",
    )


def edited(draft: Draft, *, subject: str, body: str, to_email: str) -> Draft:
    """The draft as the user changed it on the page; a To address that is not an address raises TrackerError."""
    to_email = to_email.strip()
    if to_email:
        try:
            validate_email(to_email)
        except ValidationError:
            raise TrackerError(f"“{to_email[:80]}” is not an e-mail address.") from None
    subject = " ".join(subject.split())[:300] or draft.subject
    return Draft(kind=draft.kind, label=draft.label, subject=subject, body=body.replace("\r\n", "\n")[:20000],
                 to_name=draft.to_name if to_email == draft.to_email else "", to_email=to_email)
