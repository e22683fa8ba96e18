"""One-click answers for the review queue, so every item can be resolved, one at a time or many at once.

    confirm         the label Onward suggested is right: act on it (as apply.review does)
    not_job         not about a job search
    wishlist        recruiter outreach worth following: add the role to the wishlist
    not_interested  recruiter outreach to let go: recorded, nothing added
    as:LABEL        on a close call, the runner-up label was right: act on that one

Every answer is stored as the person's label, so the classifier learns from it (onward.mail.learn).
"""

from __future__ import annotations

import re

from django.db import transaction
from django.utils import timezone

from onward.core.ids import row_ids
from onward.mail import apply, link
from onward.mail.explain import LABEL_WORDS
from onward.mail.models import LedgerEntry, MailMessage
from onward.tracker import services as tracker
from onward.tracker.models import UNNAMED_ROLE, Company, Origin
from onward.tracker.stages import Stage

OUTREACH = "recruiter_outreach"
ACTIONS = ("confirm", "not_job", "wishlist", "not_interested")
# What each bulk action is called on the page.
BULK_WORDS = {"confirm": "Confirm what Onward suggested", "not_job": "Not job-related",
              "not_interested": "Recruiter outreach: not interested"}


# The classifier's evidence on a close call: "close call: rejection 0.49 against application_ack 0.46".
_CLOSE_CALL = re.compile(r"^close call: (\w+) [\d.]+ against (\w+) [\d.]+$")


def quick_answers(message: MailMessage) -> list[tuple[str, str]]:
    """(action, button text) for a message waiting for review, the likely answer first; on a close call, the
    runner-up too."""
    if message.label == OUTREACH and not message.application_id:
        facts = message.extracted or {}
        # Without a company the wishlist has nothing to add: offer only what one click can do.
        wishlist = [("wishlist", "Add to wishlist")] if facts.get("company") or facts.get("vendor") else []
        answers = [*wishlist, ("not_interested", "Not interested")]
    elif message.label == apply.NOT_JOB:
        answers = []
    else:
        answers = [("confirm", f"Yes, {_words(message.label)}")]
    runner_up = _runner_up(message)
    if runner_up:
        answers.append((f"as:{runner_up}", f"No, {_words(runner_up)}"))
    return [*answers, ("not_job", "Not job-related")]


def _words(label: str) -> str:
    return LABEL_WORDS.get(label, label).removeprefix("Looks like ")


def _runner_up(message: MailMessage) -> str | None:
    """The label that came a close second, when the classifier said so and a click can act on it."""
    for line in message.evidence or ():
        m = _CLOSE_CALL.match(line) if isinstance(line, str) else None
        if m and m[1] == message.label and m[2] in LABEL_WORDS and m[2] not in (apply.NOT_JOB, OUTREACH):
            return m[2]
    return None


def resolve(message: MailMessage, action: str) -> str:
    """Apply one answer; returns what happened, in words. Raises apply.MailError when it cannot be done."""
    if action not in ACTIONS and not action.startswith("as:"):
        raise apply.MailError(f"Unknown answer {action!r}.")
    if message.status != MailMessage.Status.REVIEW:
        raise apply.MailError("This message has already been reviewed.")
    if action.startswith("as:"):
        label = action.removeprefix("as:")
        if label not in LABEL_WORDS or label in (apply.NOT_JOB, OUTREACH):
            raise apply.MailError(f"Unknown answer {action!r}.")
        return _act_on(message, label)
    if action == "not_job":
        apply.review(message, apply.NOT_JOB)
        return "Marked as not job-related."
    if action == "confirm":
        if message.label == OUTREACH and not message.application_id:
            return _record_only(message, OUTREACH, "Saved as recruiter outreach.")
        if message.label == apply.NOT_JOB:
            apply.review(message, apply.NOT_JOB)
            return "Marked as not job-related."
        return _act_on(message, message.label)
    if action == "not_interested":
        return _record_only(message, OUTREACH, "Saved: not interested.")
    return _wishlist(message)


def _act_on(message: MailMessage, label: str) -> str:
    try:
        apply.review(message, label)
    except apply.MailError as exc:
        # The label is right but there is nothing to link it to: keep the answer, change nothing.
        message.refresh_from_db()
        return _record_only(message, label, f"Saved. {exc} Choose the application on its page.")
    return "Saved and applied."


@transaction.atomic
def _record_only(message: MailMessage, label: str, said: str) -> str:
    message.reviewed_label = label
    message.reviewed_at = timezone.now()
    message.status = MailMessage.Status.CONFIRMED
    message.save(update_fields=["reviewed_label", "reviewed_at", "status"])
    LedgerEntry.objects.filter(pk=message.ledger_id).update(outcome=LedgerEntry.Outcome.APPLIED, label=label)
    return said


@transaction.atomic
def _wishlist(message: MailMessage) -> str:
    facts = message.extracted or {}
    companies = link.Companies(message.owner)
    known = companies.find(sender_domain=facts.get("sender_domain", ""), company=facts.get("company", ""),
                           company_source=facts.get("company_source", ""))
    name = Company.objects.get(pk=known).name if known else (facts.get("company") or facts.get("vendor") or "")
    if not name:
        raise apply.MailError("No company could be found in this message. Choose “Not interested”, or add the role "
                              "by hand.")
    app = tracker.create_application(
        message.owner, company_name=name, title=facts.get("title") or UNNAMED_ROLE, stage=Stage.WISHLIST,
        origin=Origin.MAIL, reason=apply.why(message, OUTREACH),
    )
    change = app.stage_changes.get()
    message.application = app
    message.effects = [{"kind": "application", "id": app.pk}, {"kind": "stage_change", "id": change.pk}]
    message.save(update_fields=["application", "effects"])
    _record_only(message, OUTREACH, "")
    return f"Added {app} to your wishlist."


def resolve_many(owner, ids, action: str) -> tuple[int, list[str]]:
    """Apply one answer to many waiting messages (`ids`, or every one when None); returns how many were resolved
    and the problems, per message."""
    done, problems = 0, []
    queued = MailMessage.objects.filter(owner=owner, status=MailMessage.Status.REVIEW).order_by("sent_at", "id")
    if ids is not None:
        queued = queued.filter(pk__in=row_ids(ids))
    for message in queued:
        try:
            resolve(message, action)
        except apply.MailError as exc:
            problems.append(f"“{message.subject or 'no subject'}”: {exc}")
        else:
            done += 1
    return done, problems
