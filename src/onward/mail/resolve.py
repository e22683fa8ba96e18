"""One-click answers for the review queue, so every item can be resolved, one at a time or many at once.

    confirm         the label Onward suggested is right: act on it (as apply.review does)
    not_job         not about a job search
    wishlist        recruiter outreach worth following: add the role to the wishlist
    not_interested  recruiter outreach to let go: recorded, nothing added

Every answer is stored as the person's label, so the classifier learns from it (onward.mail.learn).
"""

from __future__ import annotations

from django.db import transaction
from django.utils import timezone

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


def quick_answers(message: MailMessage) -> list[tuple[str, str]]:
    """(action, button text) for a message waiting for review, the likely answer first."""
    if message.label == OUTREACH and not message.application_id:
        facts = message.extracted or {}
        # Without a company the wishlist has nothing to add: offer only what one click can do.
        wishlist = [("wishlist", "Add to wishlist")] if facts.get("company") or facts.get("vendor") else []
        return [*wishlist, ("not_interested", "Not interested"), ("not_job", "Not job-related")]
    if message.label == apply.NOT_JOB:
        return [("not_job", "Not job-related")]
    words = LABEL_WORDS.get(message.label, message.label).removeprefix("Looks like ")
    return [("confirm", f"Yes, {words}"), ("not_job", "Not job-related")]


def resolve(message: MailMessage, action: str) -> str:
    """Apply one answer; returns what happened, in words. Raises apply.MailError when it cannot be done."""
    if action not in ACTIONS:
        raise apply.MailError(f"Unknown answer {action!r}.")
    if message.status != MailMessage.Status.REVIEW:
        raise apply.MailError("This message has already been reviewed.")
    if action == "not_job":
        apply.review(message, apply.NOT_JOB)
        return "Marked as not job-related."
    if action == "confirm":
        if message.label == OUTREACH and not message.application_id:
            return _record_only(message, OUTREACH, "Saved as recruiter outreach.")
        if message.label == apply.NOT_JOB:
            apply.review(message, apply.NOT_JOB)
            return "Marked as not job-related."
        try:
            apply.review(message, message.label)
        except apply.MailError as exc:
            # The label is right but there is nothing to link it to: keep the answer, change nothing.
            message.refresh_from_db()
            return _record_only(message, message.label, f"Saved. {exc} Choose the application on its page.")
        return "Saved and applied."
    if action == "not_interested":
        return _record_only(message, OUTREACH, "Saved: not interested.")
    return _wishlist(message)


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
        queued = queued.filter(pk__in=[int(i) for i in ids if str(i).isdigit()])
    for message in queued:
        try:
            resolve(message, action)
        except apply.MailError as exc:
            problems.append(f"“{message.subject or 'no subject'}”: {exc}")
        else:
            done += 1
    return done, problems
