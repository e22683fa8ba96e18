"""What a kept job message does to the tracker, when it is sure enough to do it alone, and how to undo it.

Rules a user may change are data: per-label thresholds (DEFAULT_THRESHOLDS, overridden by LabelThreshold
rows) and the label → action table (ACTIONS).
"""

from __future__ import annotations

import datetime as dt

from django.db import transaction
from django.utils import timezone

from onward.core.errors import OnwardError
from onward.core.models import Origin
from onward.mail import link
from onward.mail.extract import company_matches
from onward.mail.models import LabelThreshold, LedgerEntry, MailMessage
from onward.playbook.models import Rejection
from onward.playbook.rejections import log_rejection
from onward.tracker import services as tracker
from onward.tracker.models import UNNAMED_ROLE, Application, Interview, StageChange, Task
from onward.tracker.stages import CLOSED, RANK, Stage


class MailError(OnwardError):
    """A problem with a mail action the user can understand and fix."""


# A classification at or above its label's threshold is applied without asking; below it waits for review.
# Set from the reliability of held-out real mail (bench/mail_loio.py): rejections and acknowledgements given 0.7
# or more were about 98 % right; assessments only from 0.87. Interview, offer and outreach had too few real
# examples to lower them. Every threshold is above the classifier's close-call cap (rules.toml), so a message
# whose two best labels are close is never applied alone.
DEFAULT_THRESHOLDS = {
    "application_ack": 0.7,
    "rejection": 0.7,
    "interview": 0.8,
    "offer": 0.9,
    "assessment": 0.9,
    "recruiter_outreach": 0.8,
    # "other" is dropped (body and all) only when the classifier is this sure; otherwise a person looks.
    "other": 0.6,
}
NOT_JOB = "other"
# The stage an application moves to for a label (never backwards; rejections go through the playbook).
ADVANCE_TO = {
    "interview": Stage.INTERVIEWING,
    "offer": Stage.OFFER,
    "assessment": Stage.SCREENING,
}
# Labels whose message may create an application for a job the tracker does not know yet.
CREATES_APPLICATION = {"application_ack", "rejection", "interview", "offer", "assessment"}


def thresholds_for(owner) -> dict[str, float]:
    thresholds = dict(DEFAULT_THRESHOLDS)
    thresholds.update(LabelThreshold.objects.filter(owner=owner).values_list("label", "min_confidence"))
    return thresholds


def why(message: MailMessage, label: str) -> str:
    """The reason recorded on every change this message makes, in words, as the timeline and the rejection record
    show it: the message, what it looks like, and the sentence that decided it. The classifier's raw rules and
    scores stay on the message, behind its Details toggle."""
    from onward.mail.explain import in_words

    head = f"E-mail “{message.subject or 'no subject'}” from {message.sender or 'an unknown sender'}"
    if message.reviewed_label:
        return f"{head}: {label.replace('_', ' ')} (confirmed by you)."
    return f"{head}. {in_words(message)}"


# --- applying ----------------------------------------------------------------------------------------


def _related_models() -> dict:
    return {"stage_change": StageChange, "interview": Interview, "task": Task, "rejection": Rejection}


# What acting on each label can create (rejections make a playbook plan: tasks); everything else, stage changes.
CREATES = {"rejection": ("stage_change", "rejection", "task"), "interview": ("stage_change", "interview")}


def _snapshot(app: Application, kinds=None) -> dict[str, set[int]]:
    return {
        kind: set(model.objects.filter(application=app).values_list("pk", flat=True))
        for kind, model in _related_models().items()
        if kinds is None or kind in kinds
    }


def _message_time(message: MailMessage) -> dt.datetime:
    # Clocks disagree: a message "from the future" is treated as arriving now.
    return min(message.sent_at, timezone.now())


def _ack_date(message: MailMessage) -> dt.datetime | None:
    """When the user applied, if an acknowledgement for the same company was kept without an application."""
    company = message.extracted.get("company", "")
    if not company:
        return None
    acks = MailMessage.objects.filter(
        owner=message.owner, label="application_ack", application__isnull=True, sent_at__lt=message.sent_at
    ).order_by("sent_at").values_list("sent_at", "extracted")
    for sent_at, extracted in acks:
        if company_matches(extracted.get("company", ""), company):
            return sent_at
    return None


def _find_or_create(message: MailMessage, label: str, reason: str,
                    companies: link.Companies | None = None) -> tuple[Application, bool]:
    facts = message.extracted
    if message.application_id:
        return Application.objects.get(owner=message.owner, pk=message.application_id), False
    app = link.find_application(
        message.owner, sender_domain=facts.get("sender_domain", ""), company=facts.get("company", ""),
        company_source=facts.get("company_source", ""), title=facts.get("title", ""), companies=companies,
    )
    if app is not None and not _applied_again(app, message, label):
        return app, False
    if label not in CREATES_APPLICATION:
        raise MailError("This message does not match an application, and this kind of message does not start one.")
    if not facts.get("company"):
        raise MailError("No company could be found in this message, so it could not be matched to an application.")
    at = _ack_date(message) if label != "application_ack" else None
    # A company the tracker knows (by its domain or its name, however spelled) is used, never made again.
    companies = companies if companies is not None else link.Companies(message.owner)
    known = companies.find(sender_domain=facts.get("sender_domain", ""), company=facts["company"],
                           company_source=facts.get("company_source", ""))
    company_name = facts["company"] if known is None else companies.names[known]
    app = tracker.create_application(
        message.owner, company_name=company_name, title=facts.get("title") or UNNAMED_ROLE,
        stage=Stage.APPLIED, origin=Origin.MAIL, reason=reason, at=at or _message_time(message), companies=companies,
    )
    return app, True


def _applied_again(app: Application, message: MailMessage, label: str) -> bool:
    """An acknowledgement sent after the matching application was closed is for a new application there (the
    "Senior Backend Engineer" after a rejection for "Backend Engineer"), not news about the closed one."""
    if label != "application_ack" or app.stage not in CLOSED:
        return False
    closed = app.stage_changes.filter(to_stage=app.stage).order_by("-changed_at").values_list("changed_at", flat=True)
    return bool(closed) and closed[0] < message.sent_at


def _rejection_type(classification: dict) -> str:
    subtype = classification.get("rejection_subtype") or "not_selected"
    if classification.get("keep_on_file") and subtype == "not_selected":
        return "keep_on_file"
    return subtype


def _log_rejection(app: Application, message: MailMessage, reason: str, created: list) -> None:
    """Rejections go through the playbook so the recovery plan is made the same way as by hand."""
    c = message.classification
    log_rejection(
        app, received_at=_message_time(message), rejection_type=_rejection_type(c), origin=Origin.MAIL, why=reason,
        reapply_invited=bool(c.get("reapply_invited")), feedback_offered=bool(c.get("feedback_offered")),
        keep_on_file=bool(c.get("keep_on_file")), created=created,
    )


def _act(app: Application, message: MailMessage, label: str, reason: str, created: list) -> None:
    """Make the change; the services add the rows they make to `created`."""
    if label == "rejection":
        # A real answer after silence replaces "ghosted"; other closed applications stay as the user left them.
        if app.stage not in CLOSED or app.stage == Stage.GHOSTED:
            _log_rejection(app, message, reason, created)
        return
    interview_at = message.extracted.get("interview_at")
    if label == "interview" and interview_at:
        try:
            tracker.log_interview(
                app, scheduled_at=dt.datetime.fromisoformat(interview_at), origin=Origin.MAIL, reason=reason,
                notes=message.extracted.get("interview_text", ""), created=created, at=_message_time(message),
            )
        except tracker.DuplicateInterview as exc:
            # Recorded already, by hand or by earlier mail: the message is linked to it and adds none.
            when = timezone.localtime(exc.existing.scheduled_at)
            message.evidence = [*message.evidence,
                                f"The interview on {when:%A %-d %B at %H:%M} was already recorded, so none was added."]
        return
    target = ADVANCE_TO.get(label)
    at = _message_time(message)
    if target is not None and app.stage not in CLOSED and _is_earlier(app.stage, target):
        tracker.move(app, target, origin=Origin.MAIL, reason=reason, at=at, created=created)
    elif label == "application_ack" and app.stage == Stage.WISHLIST:
        tracker.move(app, Stage.APPLIED, origin=Origin.MAIL, reason=reason, at=at, created=created)


def _is_earlier(stage: str, target: Stage) -> bool:
    return stage in RANK and RANK[stage] < RANK[target]


def _apply(message: MailMessage, label: str, companies: link.Companies | None = None) -> None:
    """Link the message to its application (creating one if needed), make the change, and set on the message
    what changed; the caller saves the message."""
    if label == NOT_JOB:
        raise MailError("A message that is not about a job changes nothing.")
    reason = why(message, label)
    app, created = _find_or_create(message, label, reason, companies)
    previous_stage = app.stage
    # What undo removes, collected only from here: a new application's first history row goes with it.
    rows: list = []
    _act(app, message, label, reason, rows)
    effects = [{"kind": "application", "id": app.pk}] if created else []
    kinds = CREATES.get(label, ("stage_change",))
    for kind, model in _related_models().items():
        if kind in kinds:
            ids = sorted(row.pk for row in rows if type(row) is model and row.application_id == app.pk)
            effects += [{"kind": kind, "id": pk} for pk in ids]
    tracker.touch(app, _message_time(message))
    message.application = app
    message.effects = effects
    message.extracted = {**message.extracted, "previous_stage": previous_stage}
    message.status = MailMessage.Status.APPLIED if not message.reviewed_label else MailMessage.Status.CONFIRMED


@transaction.atomic
def apply_message(message: MailMessage, label: str) -> MailMessage:
    """Act on a stored message and record what changed (see _apply)."""
    _apply(message, label)
    message.save(update_fields=["application", "effects", "extracted", "status", "evidence"])
    return message


EFFECT_WORDS = {
    "application": ("Added the application", "Added the application"),
    "stage_change": ("Moved it to a new stage", "Moved it through {n} stages"),
    "interview": ("Scheduled an interview", "Scheduled {n} interviews"),
    "rejection": ("Logged the rejection", "Logged the rejection"),
    "task": ("Added a task from your playbook", "Added {n} tasks from your playbook"),
}


def describe_effects(message: MailMessage) -> list[str]:
    counts: dict[str, int] = {}
    for effect in message.effects:
        counts[effect["kind"]] = counts.get(effect["kind"], 0) + 1
    return [
        (EFFECT_WORDS[kind][0] if n == 1 else EFFECT_WORDS[kind][1].format(n=n))
        for kind, n in counts.items() if kind in EFFECT_WORDS
    ]


@transaction.atomic
def undo(message: MailMessage) -> MailMessage:
    """Revert exactly what this message did: its interview, stage change, plan, and the application it created."""
    if message.status not in (MailMessage.Status.APPLIED, MailMessage.Status.CONFIRMED) or not message.effects:
        raise MailError("This message changed nothing, so there is nothing to undo.")
    models = _related_models()
    app = Application.objects.filter(owner=message.owner, pk=message.application_id).first()
    created_app = any(e["kind"] == "application" for e in message.effects)
    for effect in reversed(message.effects):
        model = models.get(effect["kind"])
        if model is not None:
            model.objects.filter(owner=message.owner, pk=effect["id"]).delete()
    if app is not None:
        if created_app and _untouched_since(app, message):
            app.delete()
            app = None
        else:
            tracker.restore_stage(app)
    message.effects = []
    message.status = MailMessage.Status.UNDONE
    message.application = app
    message.save(update_fields=["effects", "status", "application"])
    return message


def _untouched_since(app: Application, message: MailMessage) -> bool:
    """True when only this message's own first history row is left: nothing else happened to the application."""
    others = MailMessage.objects.filter(application=app).exclude(pk=message.pk).exists()
    related = _snapshot(app)
    return not others and len(related["stage_change"]) <= 1 and not any(
        ids for kind, ids in related.items() if kind != "stage_change"
    ) and not app.notes.exists()


# --- keeping and reviewing ---------------------------------------------------------------------------


def keep(entry: LedgerEntry, message: MailMessage, thresholds: dict[str, float], *,
         companies: link.Companies | None = None) -> MailMessage:
    """Apply a sure classification or queue the message for review; a failure to apply queues it with why.

    The ledger row and the message are written once, after acting, with their final outcome; the caller holds
    the transaction that keeps them together with the changes. An import passes its `companies`, which learns
    the companies its messages add.
    """
    label = message.label
    sure = label != NOT_JOB and message.confidence >= thresholds.get(label, 1.0)
    message.status = MailMessage.Status.REVIEW
    if sure:
        try:
            with transaction.atomic():
                _apply(message, label, companies)
        except OnwardError as exc:  # a problem a person can settle in review; a bug fails the message
            message.status = MailMessage.Status.REVIEW
            message.evidence = [*message.evidence, f"Not applied automatically: {exc}"]
        else:
            if companies is not None:
                companies.add(message.application.company)
    applied = message.status == MailMessage.Status.APPLIED
    entry.outcome = LedgerEntry.Outcome.APPLIED if applied else LedgerEntry.Outcome.REVIEW
    entry.save()
    message.ledger = entry
    message.save()
    return message


@transaction.atomic
def review(message: MailMessage, label: str, *, application_id=None) -> MailMessage:
    """A person confirmed or corrected the label (and maybe chose the application): store it and act on it.

    The stored label is what the classifier learns from (onward.mail.learn).
    """
    from onward.mail.classify import LABELS

    if label not in LABELS:
        raise MailError(f"Unknown label {label!r}. Choose one of: {', '.join(LABELS)}.")
    if message.status != MailMessage.Status.REVIEW:
        raise MailError("This message has already been reviewed.")
    message.reviewed_label = label
    message.reviewed_at = timezone.now()
    if label == NOT_JOB:
        # Not about a job after all: the text stays only as a learning example; the HTML goes.
        message.status = MailMessage.Status.DISMISSED
        message.body_html = ""
        message.application = None
        message.save(update_fields=["reviewed_label", "reviewed_at", "status", "body_html", "application"])
        LedgerEntry.objects.filter(pk=message.ledger_id).update(outcome=LedgerEntry.Outcome.IGNORED, label=label)
        return message
    if application_id:
        message.application = tracker.get_application(message.owner, application_id)
    message.save(update_fields=["reviewed_label", "reviewed_at", "application"])
    apply_message(message, label)
    LedgerEntry.objects.filter(pk=message.ledger_id).update(outcome=LedgerEntry.Outcome.APPLIED, label=label)
    return message


def get_message(owner, pk) -> MailMessage:
    try:
        return MailMessage.objects.select_related("application__company").get(owner=owner, pk=int(pk))
    except (MailMessage.DoesNotExist, ValueError, TypeError):
        raise MailError(f"No message with id {pk}.") from None
