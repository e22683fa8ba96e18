"""Rejections: log one with its details (closing the application through tracker.move), record one when any
door closes an application at a rejection stage (a closing hook), take one back, and summarise them.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Iterable
from dataclasses import asdict, dataclass
from typing import TYPE_CHECKING

from django.db import models, transaction
from django.db.models import Count, Max, Q, QuerySet
from django.utils import timezone

from onward.core.errors import NotFound
from onward.core.models import Origin
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
from onward.playbook.plans import make_plan
from onward.tracker.models import Application, Task
from onward.tracker.services import Created, Move, move, reopen_application, stage_reached
from onward.tracker.stages import CLOSED

TYPE_STAGE_NOTE = "Rejection logged: {label}"
# When a rejection is logged again, a type only replaces one of lower rank: a real answer replaces
# "no answer", and a specific answer is not overwritten by the generic "not selected".
TYPE_RANK: dict[str, int] = {RejectionType.GHOSTED: 0, RejectionType.NOT_SELECTED: 1}
SHORT_LABELS: dict[str, str] = {
    RejectionType.POSITION_FILLED: "position filled",
    RejectionType.POSITION_CLOSED: "role closed",
    RejectionType.OFFER_RESCINDED: "offer rescinded",
    RejectionReason.COMPENSATION: "budget or pay",
    RejectionReason.INTERNAL_CANDIDATE: "internal candidate",
    RejectionReason.LOCATION_VISA: "location or visa",
}

if TYPE_CHECKING:
    from django.contrib.auth.models import User


def _choice(value: str, choices: type[models.TextChoices], what: str) -> str:
    key = (value or "").strip().lower().replace("-", "_").replace(" ", "_")
    if key not in choices.values:
        raise PlaybookServiceError(f"Unknown {what} {value!r}. Choose one of: {', '.join(choices.values)}.")
    return key


def _check_feeling(feeling: int | str | None) -> int | None:
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


@dataclass
class Details:
    """What a door knows about a rejection beyond its stage (checked by log_rejection)."""

    received_at: dt.datetime
    rejection_type: str
    reason: str = RejectionReason.UNKNOWN
    feedback: str = ""
    feeling: int | None = None
    feeling_note: str = ""
    why: str = ""
    reapply_invited: bool = False
    feedback_offered: bool = False
    keep_on_file: bool = False


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
    created: Created | None = None,
) -> Rejection:
    """Record a rejection with its details: close the application with history through tracker.move, whose
    closing hooks (record_closing, then plans.plan_closing) record it and make the recovery plan.

    Logging again for the same application fills in what is new and adds only plan steps not made yet.
    """
    if origin not in Origin.values:
        raise PlaybookServiceError(f"Unknown origin {origin!r}.")
    now = timezone.now()
    received_at = received_at or now
    if timezone.is_naive(received_at):
        received_at = timezone.make_aware(received_at)
    if received_at > now + dt.timedelta(minutes=5):
        raise PlaybookServiceError("The date received is in the future.")
    details = Details(
        received_at=received_at, rejection_type=_choice(rejection_type, RejectionType, "rejection type"),
        reason=_choice(reason, RejectionReason, "reason"), feedback=feedback.strip(),
        feeling=_check_feeling(feeling), feeling_note=feeling_note.strip(), why=why.strip(),
        reapply_invited=reapply_invited, feedback_offered=feedback_offered, keep_on_file=keep_on_file,
    )
    existing = Rejection.objects.filter(application=application).first()
    kind = _merged_type(existing.rejection_type, details.rejection_type) if existing else details.rejection_type
    last_change = application.stage_changes.aggregate(last=Max("changed_at"))["last"]
    change = move(
        application, TYPE_STAGE[kind], note=TYPE_STAGE_NOTE.format(label=RejectionType(kind).label), origin=origin,
        reason=details.why, at=max(received_at, last_change or received_at), details={"rejection": details},
        created=created,
    )
    if change is None:
        # Already closed at that stage, so no hook ran: fill in what is new and add the steps not made yet.
        make_plan(_record(application, details, origin=origin, created=created), created=created)
    return Rejection.objects.get(application=application)


def record_closing(closing: Move) -> None:
    """A closing hook (tracker.services.CLOSING_HOOKS): a move to a rejection stage logs the rejection, with the
    details the door gave or, from the board, the CLI or an import, what the stage says. Withdrawing and
    declining an offer are the user's own choices, not rejections."""
    details = _closing_details(closing)
    if details is not None:
        closing.made["rejection"] = _record(closing.application, details, origin=closing.change.origin,
                                            created=closing.created)


def _closing_details(closing: Move) -> Details | None:
    """The details the door gave, or what the stage says; None for a closing that is no rejection."""
    change = closing.change
    details = closing.details.get("rejection")
    if details is None:
        rejection_type = STAGE_TYPE.get(change.to_stage)
        if rejection_type is None:
            return None
        details = Details(received_at=change.changed_at, rejection_type=rejection_type, why=change.reason)
    return details


def record_closing_batch(closings: list[Move]) -> None:
    """record_closing for a batch of applications created closed (tracker.services.create_applications): they
    have no rejection yet and no history but that first row, so the rejections are made in one insert."""
    made = []
    for closing in closings:
        details = _closing_details(closing)
        if details is None:
            continue
        application, change = closing.application, closing.change
        rejection = Rejection(owner=application.owner, application=application, origin=change.origin,
                              **asdict(details))
        rejection.stage_reached = stage_reached(application, [change.to_stage])
        rejection.attribution = attribution_for(rejection.rejection_type, rejection.reason)
        made.append(rejection)
    Rejection.objects.bulk_create(made, batch_size=1_000)


def _record(application: Application, details: Details, *, origin: str, created: Created | None) -> Rejection:
    """Save the application's rejection: a new one, or what is new merged into the one logged before."""
    rejection = Rejection.objects.filter(application=application).first()
    if rejection is None:
        rejection = Rejection(owner=application.owner, application=application, origin=origin, **asdict(details))
    else:
        rejection.application = application  # in hand already, with what the move just changed
        _merge(rejection, details)
    rejection.stage_reached = stage_reached(application)
    rejection.attribution = attribution_for(rejection.rejection_type, rejection.reason)
    new = rejection.pk is None
    rejection.save()
    if new and created is not None:
        created.append(rejection)
    return rejection


def _merged_type(old: str, new: str) -> str:
    """A type only replaces one of lower rank (see TYPE_RANK)."""
    return new if TYPE_RANK.get(new, 2) >= TYPE_RANK.get(old, 2) else old


def _merge(rejection: Rejection, details: Details) -> None:
    if rejection.rejection_type == RejectionType.GHOSTED and details.rejection_type != RejectionType.GHOSTED:
        rejection.received_at = details.received_at  # the real answer arrived
    rejection.rejection_type = _merged_type(rejection.rejection_type, details.rejection_type)
    if details.reason != RejectionReason.UNKNOWN:
        rejection.reason = details.reason
    if details.feedback and details.feedback not in rejection.feedback:
        rejection.feedback = f"{rejection.feedback}\n\n{details.feedback}".strip()
    if details.feeling is not None:
        rejection.feeling = details.feeling
    if details.feeling_note:
        rejection.feeling_note = details.feeling_note
    if details.why and details.why not in rejection.why:
        rejection.why = f"{rejection.why}\n{details.why}".strip()
    rejection.reapply_invited |= details.reapply_invited
    rejection.feedback_offered |= details.feedback_offered
    rejection.keep_on_file |= details.keep_on_file


def undo_rejection(rejection: Rejection, *, origin: str = Origin.MANUAL) -> Application:
    """Take back a rejection logged by mistake (say, a misread e-mail): reopen the application with history,
    remove the plan's open tasks and the record. Tasks already done stay, as things the user did."""
    application = rejection.application
    Task.objects.filter(plan_item__rejection=rejection, status=Task.Status.OPEN).delete()
    if application.stage in CLOSED:
        reopen_application(application, note="Rejection undone", origin=origin)
    rejection.delete()
    return application


def get_rejection(owner: User, pk: int | str) -> Rejection:
    try:
        return Rejection.objects.select_related("application__company").get(owner=owner, pk=int(pk))
    except (Rejection.DoesNotExist, ValueError, TypeError):
        raise NotFound(f"No rejection with id {pk}.") from None



def _join_or(words: list[str]) -> str:
    return words[0] if len(words) == 1 else ", ".join(words[:-1]) + " or " + words[-1]


@dataclass
class RejectionSummary:
    """Someone's rejections in figures, by the playbook's attribution: the playbook's sentences, its page and the
    Insights dashboard all read this one."""

    total: int
    external: int  # for reasons outside the person's control
    about_candidate: int  # with a reason about their application or interviews
    unknown: int  # no reason given
    external_kinds: list[str]  # short words for the outside reasons, most frequent first
    by_type: list[tuple[str, int]]  # (type label, count), most frequent first
    by_reason: list[tuple[str, int]]

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


def rejection_summary(owner: User, applications: Iterable[int] | None = None, *,
                      where: Q | None = None) -> RejectionSummary:
    """All of the owner's rejections, or those of these applications, or those meeting `where` (Insights' window
    says which applications through it: a join reads them faster than a list of tens of thousands of ids)."""
    found = Rejection.objects.filter(owner=owner)
    if applications is not None:
        # A query stays a subquery: thousands of ids would not fit in one SQLite statement.
        found = found.filter(application_id__in=applications if isinstance(applications, QuerySet)
                             else list(applications))
    if where is not None:
        found = found.filter(where)
    # Counted per (type, reason, attribution) in the database, however many rejections there are.
    rows = list(found.values_list("rejection_type", "reason", "attribution").annotate(n=Count("pk")).order_by())
    counts: Counter[str] = Counter()
    kinds: Counter[str] = Counter()
    by_type: Counter[str] = Counter()
    by_reason: Counter[str] = Counter()
    types, reasons = dict(RejectionType.choices), dict(RejectionReason.choices)
    for kind, reason, attribution, n in rows:
        counts[attribution] += n
        if attribution == Attribution.EXTERNAL:
            kinds[SHORT_LABELS.get(reason if reason in REASON_ATTRIBUTION else kind, "other")] += n
        by_type[types.get(kind, kind)] += n
        by_reason[reasons.get(reason, reason)] += n
    return RejectionSummary(
        total=sum(counts.values()), external=counts[Attribution.EXTERNAL],
        about_candidate=counts[Attribution.CANDIDATE], unknown=counts[Attribution.UNKNOWN],
        external_kinds=sorted(kinds, key=lambda k: (-kinds[k], k)),
        by_type=by_type.most_common(), by_reason=by_reason.most_common(),
    )
