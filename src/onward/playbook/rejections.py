"""Rejections: log one (closing the application with history and making its recovery plan), move an
application to a rejection stage, take a rejection back, and summarise the user's rejections.

The web views, the CLI and the mail pipeline all call these.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from dataclasses import dataclass

from django.db import transaction
from django.utils import timezone

from onward.core.models import Origin
from onward.playbook import book
from onward.playbook.book import PlaybookServiceError
from onward.playbook.models import (
    REASON_ATTRIBUTION,
    STAGE_TYPE,
    TYPE_STAGE,
    Attribution,
    Rejection,
    RejectionReason,
    RejectionType,
    attribution_for,
)
from onward.playbook.plans import _no_plan_because, make_plan
from onward.tracker.models import Application, Task
from onward.tracker.services import (
    NotFound,
    add_note,
    move_application,
    reopen_application,
    stage_reached,
)
from onward.tracker.stages import CLOSED, parse_stage

TYPE_STAGE_NOTE = "Rejection logged: {label}"
# When a rejection is logged again, a type only replaces one of lower rank: a real answer replaces
# "no answer", and a specific answer is not overwritten by the generic "not selected".
TYPE_RANK = {RejectionType.GHOSTED: 0, RejectionType.NOT_SELECTED: 1}
SHORT_LABELS = {
    RejectionType.POSITION_FILLED: "position filled",
    RejectionType.POSITION_CLOSED: "role closed",
    RejectionType.OFFER_RESCINDED: "offer rescinded",
    RejectionReason.COMPENSATION: "budget or pay",
    RejectionReason.INTERNAL_CANDIDATE: "internal candidate",
    RejectionReason.LOCATION_VISA: "location or visa",
}


def _choice(value: str, choices, what: str) -> str:
    key = (value or "").strip().lower().replace("-", "_").replace(" ", "_")
    if key not in choices.values:
        raise PlaybookServiceError(f"Unknown {what} {value!r}. Choose one of: {', '.join(choices.values)}.")
    return key


def _check_feeling(feeling) -> int | None:
    if feeling in (None, ""):
        return None
    try:
        value = int(feeling)
    except (TypeError, ValueError):
        value = 0
    if not 1 <= value <= 5:
        raise PlaybookServiceError("The feeling check-in is a number from 1 to 5.")
    return value



# --- rejections --------------------------------------------------------------------------------


@transaction.atomic
def log_rejection(
    application: Application,
    *,
    received_at: dt.datetime | None = None,
    rejection_type: str = RejectionType.NOT_SELECTED,
    reason: str = RejectionReason.UNKNOWN,
    feedback: str = "",
    feeling: int | None = None,
    feeling_note: str = "",
    origin: str = Origin.MANUAL,
    why: str = "",
    reapply_invited: bool = False,
    feedback_offered: bool = False,
    keep_on_file: bool = False,
    created: list | None = None,
) -> Rejection:
    """Record a rejection, close the application with history and make the recovery plan, all at once.

    Logging again for the same application fills in what is new and adds only plan steps not made yet.
    `created`, when given, collects the rows made (see tracker.services.move_application).
    """
    rejection_type = _choice(rejection_type, RejectionType, "rejection type")
    reason = _choice(reason, RejectionReason, "reason")
    feeling = _check_feeling(feeling)
    if origin not in Origin.values:
        raise PlaybookServiceError(f"Unknown origin {origin!r}.")
    now = timezone.now()
    received_at = received_at or now
    if timezone.is_naive(received_at):
        received_at = timezone.make_aware(received_at)
    if received_at > now + dt.timedelta(minutes=5):
        raise PlaybookServiceError("The date received is in the future.")
    # Lock the row so two loggers (the web and the mail pipeline) cannot both make a plan, and read it fresh.
    locked = (
        Application.objects.select_for_update().filter(pk=application.pk, owner_id=application.owner_id)
        .values_list("stage", "date_applied", "last_activity_at").first()
    )
    if locked is None:
        raise Application.DoesNotExist("Application matching query does not exist.")
    application.stage, application.date_applied, application.last_activity_at = locked
    feedback, feeling_note, why = feedback.strip(), feeling_note.strip(), why.strip()

    rejection = Rejection.objects.filter(application=application).first()
    if rejection is None:
        rejection = Rejection(
            owner=application.owner, application=application, received_at=received_at,
            rejection_type=rejection_type, reason=reason, feedback=feedback, feeling=feeling,
            feeling_note=feeling_note, origin=origin, why=why, reapply_invited=reapply_invited,
            feedback_offered=feedback_offered, keep_on_file=keep_on_file,
        )
    else:
        _merge(rejection, received_at=received_at, rejection_type=rejection_type, reason=reason, feedback=feedback,
               feeling=feeling, feeling_note=feeling_note, why=why, reapply_invited=reapply_invited,
               feedback_offered=feedback_offered, keep_on_file=keep_on_file)
    history = list(application.stage_changes.values_list("to_stage", "changed_at"))
    rejection.stage_reached = stage_reached(application, [stage for stage, _ in history])
    rejection.attribution = attribution_for(rejection.rejection_type, rejection.reason)
    playbook = book.in_force(application.owner).playbook
    no_plan = _no_plan_because(rejection, playbook)
    if no_plan:
        rejection.plan_note = no_plan
    new = rejection.pk is None
    rejection.save()
    if new and created is not None:
        created.append(rejection)

    last_change = max((at for _, at in history), default=None)
    move_application(
        application, TYPE_STAGE[rejection.rejection_type],
        note=TYPE_STAGE_NOTE.format(label=rejection.get_rejection_type_display()),
        origin=origin, reason=why, at=max(received_at, last_change or received_at), created=created,
    )
    if not no_plan:
        make_plan(rejection, playbook, created=created)
    return rejection


def _merge(rejection: Rejection, *, received_at, rejection_type, reason, feedback, feeling, feeling_note, why,
           reapply_invited, feedback_offered, keep_on_file) -> None:
    old_rank = TYPE_RANK.get(rejection.rejection_type, 2)
    if TYPE_RANK.get(rejection_type, 2) >= old_rank:
        if rejection.rejection_type == RejectionType.GHOSTED and rejection_type != RejectionType.GHOSTED:
            rejection.received_at = received_at  # the real answer arrived
        rejection.rejection_type = rejection_type
    if reason != RejectionReason.UNKNOWN:
        rejection.reason = reason
    if feedback and feedback not in rejection.feedback:
        rejection.feedback = f"{rejection.feedback}\n\n{feedback}".strip()
    if feeling is not None:
        rejection.feeling = feeling
    if feeling_note:
        rejection.feeling_note = feeling_note
    if why and why not in rejection.why:
        rejection.why = f"{rejection.why}\n{why}".strip()
    rejection.reapply_invited |= reapply_invited
    rejection.feedback_offered |= feedback_offered
    rejection.keep_on_file |= keep_on_file


@transaction.atomic
def move(application: Application, stage: str, *, note: str = "", origin: str = Origin.MANUAL) -> bool:
    """Move an application from the board, its page or the CLI; a move to a rejection stage logs the rejection,
    so its recovery plan follows however the user recorded it. Returns whether anything changed."""
    stage = parse_stage(stage)
    rejection_type = STAGE_TYPE.get(stage)
    if rejection_type is None or application.stage == stage:
        return move_application(application, stage, note=note, origin=origin) is not None
    log_rejection(application, rejection_type=rejection_type, origin=origin)
    if note:
        add_note(application.owner, note, application=application)
    application.refresh_from_db()
    return True


def undo_rejection(rejection: Rejection, *, origin: str = Origin.MANUAL) -> Application:
    """Take back a rejection logged by mistake (say, a misread e-mail): reopen the application with history,
    remove the plan's open tasks and the record. Tasks already done stay, as things the user did."""
    application = rejection.application
    Task.objects.filter(plan_item__rejection=rejection, status=Task.Status.OPEN).delete()
    if application.stage in CLOSED:
        reopen_application(application, note="Rejection undone", origin=origin)
    rejection.delete()
    return application


def get_rejection(owner, pk) -> Rejection:
    try:
        return Rejection.objects.select_related("application__company").get(owner=owner, pk=int(pk))
    except (Rejection.DoesNotExist, ValueError, TypeError):
        raise NotFound(f"No rejection with id {pk}.") from None



def _join_or(words: list[str]) -> str:
    return words[0] if len(words) == 1 else ", ".join(words[:-1]) + " or " + words[-1]


@dataclass
class RejectionSummary:
    total: int
    external: int
    candidate: int
    unknown: int
    external_kinds: list[str]

    @property
    def sentences(self) -> list[str]:
        """Plain statements of the user's own figures; nothing is said that the data does not show."""
        if not self.total:
            return []
        out = []
        if self.external:
            kinds = _join_or(self.external_kinds)
            if self.total == 1:
                out.append(f"Your one rejection so far was for a reason outside your control: {kinds}.")
            elif self.external == 1:
                out.append(f"One of your {self.total} rejections was for a reason outside your control: {kinds}.")
            else:
                out.append(f"{self.external} of your {self.total} rejections were for reasons outside your control: "
                           f"{kinds}.")
        if self.unknown:
            if self.total == 1:
                out.append("They did not give a reason, which is common.")
            elif self.unknown == self.total:
                out.append(f"None of your {self.total} rejections came with a reason; most employers do not give one.")
            else:
                out.append(f"{self.unknown} of your {self.total} rejections came without a reason; "
                           "most employers do not give one.")
        return out


def rejection_summary(owner) -> RejectionSummary:
    rows = list(Rejection.objects.filter(owner=owner).values_list("rejection_type", "reason", "attribution"))
    counts = Counter(attribution for _, _, attribution in rows)
    kinds = Counter(
        SHORT_LABELS.get(reason if reason in REASON_ATTRIBUTION else kind, "other")
        for kind, reason, attribution in rows
        if attribution == Attribution.EXTERNAL
    )
    return RejectionSummary(
        total=len(rows), external=counts[Attribution.EXTERNAL], candidate=counts[Attribution.CANDIDATE],
        unknown=counts[Attribution.UNKNOWN], external_kinds=sorted(kinds, key=lambda k: (-kinds[k], k)),
    )
