"""The playbook's behaviour: log a rejection and make its recovery plan, wins, debriefs, summaries.

The web views, the CLI and the mail pipeline all call these.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from dataclasses import dataclass

from django.db import transaction
from django.utils import timezone

from onward.core.services import profile_for
from onward.playbook import book
from onward.playbook.facts import applies, contact_for, gather, placeholders
from onward.playbook.models import (
    REASON_ATTRIBUTION,
    STAGE_TYPE,
    TYPE_STAGE,
    Attribution,
    Debrief,
    PlanItem,
    Rejection,
    RejectionReason,
    RejectionType,
    UserPlaybook,
    Win,
    attribution_for,
)
from onward.tracker.models import Application, Interview, Origin, Task
from onward.tracker.services import (
    NotFound,
    add_note,
    move_application,
    new_task,
    reopen_application,
    stage_reached,
    touch,
)
from onward.tracker.stages import ACTIVE, CLOSED, parse_stage

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


class PlaybookServiceError(ValueError):
    """A problem the user can fix, with a message meant for them."""


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


def _no_plan_because(rejection: Rejection, playbook: book.Playbook) -> str:
    """Why no plan is made for this rejection (it is too old to act on), or "" when one is."""
    max_age = playbook.settings["plan_max_age_days"]
    if (timezone.localdate() - timezone.localdate(rejection.received_at)).days > max_age:
        return f"No plan was made: this rejection arrived more than {max_age} days before it was logged."
    return ""


def make_plan(rejection: Rejection, playbook: book.Playbook | None = None, *,
              created: list | None = None) -> list[PlanItem]:
    """Create the tasks for the playbook steps that apply and are not in the plan yet (their tasks go to
    `created`, when given)."""
    application = rejection.application
    playbook = playbook or book.in_force(rejection.owner).playbook
    today = timezone.localdate()
    received_on = timezone.localdate(rejection.received_at)
    no_plan = _no_plan_because(rejection, playbook)
    if no_plan:
        rejection.plan_note = no_plan
        rejection.save(update_fields=["plan_note"])
        return []
    facts = gather(
        application, rejection_type=rejection.rejection_type, stage_reached=rejection.stage_reached,
        received_at=rejection.received_at, settings=playbook.settings, feedback=rejection.feedback,
        feedback_offered=rejection.feedback_offered, reapply_invited=rejection.reapply_invited,
        keep_on_file=rejection.keep_on_file,
    )
    made = set(rejection.plan_items.values_list("step_id", flat=True))
    tasks, items = [], []
    for step in playbook.steps:
        if step.id in made:
            continue
        ok, because = applies(step, facts)
        if not ok:
            continue
        contact = contact_for(facts, step.contact) if step.contact else None
        values = placeholders(facts, contact)
        link = step.link.format_map(values)
        notes = [step.detail.format_map(values), f"Open: {link}" if link else "",
                 "Why this step: " + "; ".join(because) + "."]
        task = new_task(
            rejection.owner, title=step.title.format_map(values)[:300],
            due_date=max(received_on + dt.timedelta(days=step.due_days), today), kind=step.kind,
            application=application, contact=contact, notes="\n\n".join(n for n in notes if n),
            origin=Origin.PLAYBOOK,
        )
        tasks.append(task)
        items.append(PlanItem(
            owner=rejection.owner, rejection=rejection, task=task, step_id=step.id, link=link, draft=step.draft,
        ))
    if not tasks:
        return []
    # Saved in two statements rather than two per step (bulk_create sets the new ids on SQLite and PostgreSQL).
    with transaction.atomic(savepoint=False):
        Task.objects.bulk_create(tasks)
        items = PlanItem.objects.bulk_create(items)
    touch(application)
    if created is not None:
        created.extend(tasks)
    return items


@transaction.atomic
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


def plan(rejection: Rejection) -> list[PlanItem]:
    return list(rejection.plan_items.select_related("task__contact").order_by("task__due_date", "id"))


# --- figures from the user's own data ----------------------------------------------------------


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
            else:
                out.append(f"{self.external} of your {self.total} rejections were for reasons outside your control: "
                           f"{kinds}.")
        if self.unknown:
            out.append(f"{self.unknown} of your {self.total} came without a reason."
                       if self.total > 1 else "It came without a reason.")
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


@dataclass
class PipelineFacts:
    active_count: int
    target: int
    next_interview: Interview | None
    open_tasks: int

    @property
    def sentence(self) -> str:
        """E.g. "4 active applications, and an interview on Thursday (Data Engineer at Acme)"."""
        apps = f"{self.active_count} active application{'s' if self.active_count != 1 else ''}"
        if self.next_interview is None:
            return apps + "."
        when = timezone.localtime(self.next_interview.scheduled_at)
        day = "today" if when.date() == timezone.localdate() else f"on {when:%A %-d %B}"
        return f"{apps}, and an interview {day} ({self.next_interview.application})."


def pipeline_facts(owner) -> PipelineFacts:
    return PipelineFacts(
        active_count=Application.objects.filter(owner=owner, stage__in=ACTIVE).count(),
        target=profile_for(owner).active_pipeline_target,
        next_interview=Interview.objects.filter(owner=owner, scheduled_at__gte=timezone.now())
        .select_related("application__company").order_by("scheduled_at").first(),
        open_tasks=Task.objects.filter(owner=owner, status=Task.Status.OPEN).count(),
    )


# --- wins --------------------------------------------------------------------------------------


def add_win(owner, text: str, *, happened_on: dt.date | None = None, application=None) -> Win:
    text = text.strip()
    if not text:
        raise PlaybookServiceError("Write a few words about the win.")
    if application is not None and application.owner_id != owner.pk:
        raise NotFound("That application is not yours.")
    if happened_on and happened_on > timezone.localdate():
        raise PlaybookServiceError("That date is in the future.")
    return Win.objects.create(owner=owner, text=text, happened_on=happened_on or timezone.localdate(),
                              application=application)


def list_wins(owner, limit: int | None = None) -> list[Win]:
    qs = Win.objects.filter(owner=owner).select_related("application__company")
    return list(qs[:limit] if limit else qs)


def delete_win(owner, pk) -> None:
    deleted, _ = Win.objects.filter(owner=owner, pk=pk).delete()
    if not deleted:
        raise NotFound(f"No win with id {pk}.")


# --- interview debriefs ------------------------------------------------------------------------

DEBRIEF_FIELDS = (
    "preparation", "questions_and_answers", "examples_used", "body_language", "enthusiasm", "my_questions",
    "went_well", "to_improve",
)


def get_interview(owner, pk) -> Interview:
    try:
        return Interview.objects.select_related("application__company").get(owner=owner, pk=int(pk))
    except (Interview.DoesNotExist, ValueError, TypeError):
        raise NotFound(f"No interview with id {pk}.") from None


def debrief_for(interview: Interview) -> Debrief:
    """The interview's debrief, or an unsaved empty one."""
    return Debrief.objects.filter(interview=interview).first() or Debrief(owner=interview.owner, interview=interview)


def save_debrief(interview: Interview, **answers: str) -> Debrief:
    unknown = set(answers) - set(DEBRIEF_FIELDS)
    if unknown:
        raise PlaybookServiceError(f"Unknown debrief question: {', '.join(sorted(unknown))}.")
    debrief = debrief_for(interview)
    for name, value in answers.items():
        setattr(debrief, name, (value or "").strip())
    debrief.updated_at = timezone.now()
    debrief.save()
    return debrief


# --- the user's playbook -----------------------------------------------------------------------


@transaction.atomic
def save_user_playbook(owner, text: str) -> book.Playbook:
    """Validate, then save; an invalid text raises PlaybookError and nothing is saved."""
    playbook = book.parse(text, source="your playbook")
    UserPlaybook.objects.update_or_create(owner=owner, defaults={"text": text, "updated_at": timezone.now()})
    return playbook


def reset_user_playbook(owner) -> None:
    UserPlaybook.objects.filter(owner=owner).delete()
