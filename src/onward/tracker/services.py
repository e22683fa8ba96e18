"""The tracker's behaviour. Web views, the CLI, the API, mail and the playbook all call these."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from django.db import transaction
from django.db.models import F, Q, QuerySet, prefetch_related_objects
from django.utils import timezone
from django.utils.module_loading import import_string

from onward.core.models import Origin
from onward.core.names import company_key
from onward.tracker.models import Application, Company, Contact, Interview, Note, StageChange, Task
from onward.tracker.stages import CLOSED, PIPELINE, Stage, parse_stage


class TrackerError(ValueError):
    """A problem the user can fix, with a message meant for them."""


class NotFound(TrackerError):
    pass


# --- companies -------------------------------------------------------------------------------


def get_or_create_company(owner, name: str, **defaults) -> Company:
    name = " ".join(name.split())
    if not name:
        raise TrackerError("A company name is needed.")
    company = Company.objects.filter(owner=owner, name__iexact=name).first() or _same_company(owner, name)
    if company is None:
        company = Company.objects.create(owner=owner, name=name, **defaults)
    return company


def _same_company(owner, name: str) -> Company | None:
    """An existing company whose name is this one written differently ("Quarry and Co." for "Quarry & Co")."""
    key = company_key(name)
    if not key:
        return None
    return next((c for c in Company.objects.filter(owner=owner).order_by("pk") if company_key(c.name) == key), None)


# --- applications ----------------------------------------------------------------------------


def get_application(owner, pk, *, related: tuple[str, ...] = ()) -> Application:
    """One of the owner's applications, with its company and any other `related` one-to-one rows joined in."""
    try:
        return Application.objects.select_related("company", *related).get(owner=owner, pk=int(pk))
    except (Application.DoesNotExist, ValueError, TypeError):
        raise NotFound(f"No application with id {pk}.") from None


def find_duplicates(owner, company_name: str, title: str, exclude_pk=None) -> QuerySet[Application]:
    qs = Application.objects.filter(
        owner=owner, company__name__iexact=" ".join(company_name.split()), title__iexact=" ".join(title.split())
    )
    if exclude_pk:
        qs = qs.exclude(pk=exclude_pk)
    return qs


@transaction.atomic
def create_application(
    owner,
    *,
    company_name: str,
    title: str,
    stage: str | Stage = Stage.APPLIED,
    origin: str = Origin.MANUAL,
    note: str = "",
    reason: str = "",
    at: dt.datetime | None = None,
    **fields,
) -> Application:
    """Create an application and its first history row. `fields` are Application model fields."""
    stage = parse_stage(stage) if isinstance(stage, str) else stage
    title = " ".join(title.split())
    if not title:
        raise TrackerError("A role title is needed.")
    at = at or timezone.now()
    company = get_or_create_company(owner, company_name)
    if stage != Stage.WISHLIST and not fields.get("date_applied"):
        fields["date_applied"] = timezone.localdate(at) if timezone.is_aware(at) else at.date()
    app = Application(owner=owner, company=company, title=title, stage=stage, last_activity_at=at, **fields)
    app.full_clean(exclude=["company", "owner"])
    app.save()
    StageChange.objects.create(
        owner=owner, application=app, from_stage="", to_stage=stage, changed_at=at, note=note, origin=origin,
        reason=reason,
    )
    return app


def touch(app: Application, at: dt.datetime | None = None) -> None:
    at = at or timezone.now()
    if at > app.last_activity_at:
        app.last_activity_at = at
        Application.objects.filter(pk=app.pk).update(last_activity_at=at)


@transaction.atomic
def move_application(
    app: Application,
    to_stage: str | Stage,
    *,
    note: str = "",
    origin: str = Origin.MANUAL,
    reason: str = "",
    at: dt.datetime | None = None,
    created: list | None = None,
) -> StageChange | None:
    """Move to a stage and record it. Moving to the current stage records nothing and returns None.
    `created`, when given, collects the rows made (here and in the functions below that take it): what undoing
    an automatic change removes."""
    to_stage = parse_stage(to_stage) if isinstance(to_stage, str) else to_stage
    if app.stage == to_stage:
        return None
    at = at or timezone.now()
    change = StageChange.objects.create(
        owner=app.owner, application=app, from_stage=app.stage, to_stage=to_stage, changed_at=at, note=note,
        origin=origin, reason=reason,
    )
    if created is not None:
        created.append(change)
    app.stage = to_stage
    update = ["stage"]
    if to_stage not in (Stage.WISHLIST,) and app.date_applied is None:
        app.date_applied = timezone.localdate(at)
        update.append("date_applied")
    if at > app.last_activity_at:  # what touch() does, in the same UPDATE
        app.last_activity_at = at
        update.append("last_activity_at")
    app.save(update_fields=update)
    return change


def reopen_stage(app: Application) -> Stage:
    """The stage a closed application returns to: the furthest pipeline stage it had reached."""
    reached = [
        Stage(s)
        for s in app.stage_changes.values_list("to_stage", flat=True)
        if s in PIPELINE and s != Stage.ACCEPTED
    ]
    return max(reached, key=PIPELINE.index) if reached else Stage.APPLIED


def reopen_application(app: Application, *, note: str = "", origin: str = Origin.MANUAL) -> StageChange:
    if app.stage not in CLOSED:
        raise TrackerError(f"This application is not closed (it is at {app.get_stage_display()}).")
    return move_application(app, reopen_stage(app), note=note or "Reopened", origin=origin)


def stage_reached(app: Application, history: list[str] | None = None) -> Stage:
    """The furthest pipeline stage in the history (a rejection after interviews still reached interviewing).
    `history` is the history's stages when the caller has read them already."""
    if history is None:
        history = app.stage_changes.values_list("to_stage", flat=True)
    stages = set(history) | {app.stage}
    reached = [s for s in PIPELINE if s in stages]
    return Stage(reached[-1]) if reached else Stage.WISHLIST


# --- listing ---------------------------------------------------------------------------------

SORTS = {
    "activity": "-last_activity_at",
    "-activity": "last_activity_at",
    "company": "company__name",
    "-company": "-company__name",
    "title": "title",
    "-title": "-title",
    "applied": "date_applied",
    "-applied": "-date_applied",
    "stage": "stage",
    "-stage": "-stage",
    "excitement": "excitement",
    "-excitement": "-excitement",
}


def list_applications(
    owner,
    *,
    q: str = "",
    stages: list[str] | None = None,
    sources: list[str] | None = None,
    applied_from: dt.date | None = None,
    applied_to: dt.date | None = None,
    sort: str = "activity",
) -> QuerySet[Application]:
    qs = Application.objects.filter(owner=owner).select_related("company")
    if q:
        for word in q.split():
            qs = qs.filter(Q(company__name__icontains=word) | Q(title__icontains=word))
    if stages:
        qs = qs.filter(stage__in=[parse_stage(s) for s in stages])
    if sources:
        qs = qs.filter(source__in=sources)
    if applied_from:
        qs = qs.filter(date_applied__gte=applied_from)
    if applied_to:
        qs = qs.filter(date_applied__lte=applied_to)
    order = SORTS.get(sort)
    if order is None:
        raise TrackerError(f"Unknown sort {sort!r}. Choose one of: {', '.join(SORTS)}.")
    return qs.order_by(order, "-id")


# --- interviews, tasks, notes ----------------------------------------------------------------


@transaction.atomic
def log_interview(
    app: Application,
    *,
    scheduled_at: dt.datetime,
    kind: str = Interview.Kind.OTHER,
    notes: str = "",
    interviewers: list[Contact] | tuple = (),
    origin: str = Origin.MANUAL,
    reason: str = "",
    advance: bool = True,
    created: list | None = None,
) -> Interview:
    """Record an interview; an application not yet interviewing moves there (with history)."""
    if kind not in Interview.Kind.values:
        raise TrackerError(f"Unknown interview kind {kind!r}. Choose one of: {', '.join(Interview.Kind.values)}.")
    interview = Interview.objects.create(
        owner=app.owner, application=app, scheduled_at=scheduled_at, kind=kind, notes=notes, origin=origin,
        reason=reason,
    )
    if created is not None:
        created.append(interview)
    if interviewers:
        interview.interviewers.set([c for c in interviewers if c.owner_id == app.owner_id])
    now = timezone.now()
    if advance and app.stage in (Stage.WISHLIST, Stage.APPLIED, Stage.SCREENING):
        move_application(app, Stage.INTERVIEWING, note=f"{interview.get_kind_display()} scheduled", origin=origin,
                         reason=reason, at=now, created=created)
    touch(app, now)
    return interview


def add_task(
    owner,
    *,
    title: str,
    due_date: dt.date | None = None,
    kind: str = Task.Kind.OTHER,
    application: Application | None = None,
    contact: Contact | None = None,
    notes: str = "",
    origin: str = Origin.MANUAL,
) -> Task:
    task = new_task(owner, title=title, due_date=due_date, kind=kind, application=application, contact=contact,
                    notes=notes, origin=origin)
    task.save()
    if application is not None:
        touch(application)
    return task


def new_task(owner, *, title: str, due_date: dt.date | None, kind: str, application: Application | None,
             contact: Contact | None, notes: str, origin: str) -> Task:
    """A checked task, not saved yet: add_task saves one; the playbook saves a whole plan's tasks at once."""
    title = " ".join(title.split())
    if not title:
        raise TrackerError("A task needs a title.")
    if kind not in Task.Kind.values:
        raise TrackerError(f"Unknown task kind {kind!r}. Choose one of: {', '.join(Task.Kind.values)}.")
    for linked in (application, contact):
        if linked is not None and linked.owner_id != owner.pk:
            raise NotFound("That application or contact is not yours.")
    return Task(owner=owner, title=title, due_date=due_date, kind=kind, application=application, contact=contact,
                notes=notes, origin=origin)


def get_task(owner, pk) -> Task:
    try:
        return Task.objects.select_related("application__company").get(owner=owner, pk=int(pk))
    except (Task.DoesNotExist, ValueError, TypeError):
        raise NotFound(f"No task with id {pk}.") from None


def complete_task(task: Task) -> Task:
    task.status = Task.Status.DONE
    task.completed_at = timezone.now()
    task.save(update_fields=["status", "completed_at"])
    return task


def skip_task(task: Task) -> Task:
    task.status = Task.Status.SKIPPED
    task.completed_at = timezone.now()
    task.save(update_fields=["status", "completed_at"])
    return task


def reopen_task(task: Task) -> Task:
    task.status = Task.Status.OPEN
    task.completed_at = None
    task.save(update_fields=["status", "completed_at"])
    return task


def snooze_task(task: Task, days: int = 1) -> Task:
    """Push a task later, from today or its due date, whichever is later."""
    if days < 1:
        raise TrackerError("Snooze by at least one day.")
    base = max(task.due_date or timezone.localdate(), timezone.localdate())
    task.due_date = base + dt.timedelta(days=days)
    task.snooze_count += 1
    task.save(update_fields=["due_date", "snooze_count"])
    return task


def add_note(owner, body: str, *, application=None, company=None, contact=None) -> Note:
    body = body.strip()
    if not body:
        raise TrackerError("The note is empty.")
    subjects = [s for s in (application, company, contact) if s is not None]
    if len(subjects) != 1:
        raise TrackerError("A note belongs to exactly one application, company or contact.")
    if subjects[0].owner_id != owner.pk:
        raise NotFound("That is not yours.")
    note = Note.objects.create(owner=owner, body=body, application=application, company=company, contact=contact)
    if application is not None:
        touch(application)
    return note


# --- timeline and today ----------------------------------------------------------------------


@dataclass
class TimelineEntry:
    at: dt.datetime
    kind: str  # "stage", "interview", "task", "note", or a kind another app adds
    title: str
    body: str = ""
    origin: str = Origin.MANUAL
    reason: str = ""
    obj: object = None


def _as_datetime(day: dt.date) -> dt.datetime:
    return timezone.make_aware(dt.datetime.combine(day, dt.time(9, 0)))


# Other pillars add their own entries to an application's timeline; named here so the tracker imports none of them.
TIMELINE_SOURCES = ("onward.mail.timeline.timeline_entries",)


def timeline(app: Application) -> list[TimelineEntry]:
    """Everything that happened to one application, oldest first.

    The related rows stay prefetched on `app`, so the rest of the page (its tasks, its interviews) reads them
    without asking the database again.
    """
    prefetch_related_objects([app], "stage_changes", "interviews__interviewers", "tasks", "notes")
    entries: list[TimelineEntry] = []
    for ch in app.stage_changes.all():
        title = (
            f"Added as {ch.get_to_stage_display()}"
            if not ch.from_stage
            else f"{ch.get_from_stage_display()} → {ch.get_to_stage_display()}"
        )
        entries.append(TimelineEntry(ch.changed_at, "stage", title, ch.note, ch.origin, ch.reason, ch))
    for iv in app.interviews.all():
        people = ", ".join(c.name for c in iv.interviewers.all())
        title = f"{iv.get_kind_display()} interview" + (f" with {people}" if people else "")
        entries.append(TimelineEntry(iv.scheduled_at, "interview", title, iv.notes, iv.origin, iv.reason, iv))
    for task in app.tasks.all():
        entries.append(
            TimelineEntry(task.created_at, "task", f"Task: {task.title}", task.notes, task.origin, "", task)
        )
    for note in app.notes.all():
        entries.append(TimelineEntry(note.created_at, "note", "Note", note.body, Origin.MANUAL, "", note))
    for source in TIMELINE_SOURCES:
        entries.extend(import_string(source)(app))
    entries.sort(key=lambda e: e.at)
    return entries


@dataclass
class Today:
    overdue: list[Task]
    due_today: list[Task]
    upcoming_tasks: list[Task]  # later this week (weeks start on Monday)
    upcoming_interviews: list[Interview]
    next_week: list[Task] = field(default_factory=list)


def today(owner, *, days_ahead: int = 7) -> Today:
    day = timezone.localdate()
    open_tasks = list(
        Task.objects.filter(owner=owner, status=Task.Status.OPEN, due_date__lte=day + dt.timedelta(days=days_ahead))
        .select_related("application__company", "contact")
        .order_by("due_date", "id")
    )
    interviews = list(
        Interview.objects.filter(
            owner=owner,
            scheduled_at__gte=timezone.now() - dt.timedelta(hours=2),
            scheduled_at__lte=timezone.now() + dt.timedelta(days=days_ahead + 7),
        )
        .select_related("application__company")
        .order_by("scheduled_at")
    )
    end_of_week = day + dt.timedelta(days=6 - day.weekday())
    return Today(
        overdue=[t for t in open_tasks if t.due_date < day],
        due_today=[t for t in open_tasks if t.due_date == day],
        upcoming_tasks=[t for t in open_tasks if day < t.due_date <= end_of_week],
        upcoming_interviews=interviews,
        next_week=[t for t in open_tasks if t.due_date > end_of_week],
    )


def by_application(tasks: list[Task]) -> list[tuple[Application | None, list[Task]]]:
    """Tasks about the person first, then each application's tasks together, applications in the order their
    first task comes."""
    groups: dict[int | None, list[Task]] = {None: []}
    for task in tasks:
        groups.setdefault(task.application_id, []).append(task)
    return [(None if key is None else rows[0].application, rows) for key, rows in groups.items() if rows]


def tasks_in_order(tasks) -> list[Task]:
    """Tasks by due date, undated ones last, as list_tasks orders them on every database."""
    return sorted(tasks, key=lambda t: (t.due_date is None, t.due_date or dt.date.min, t.pk))


def list_tasks(owner, *, status: str | None = Task.Status.OPEN, application=None) -> QuerySet[Task]:
    qs = Task.objects.filter(owner=owner).select_related("application__company", "contact")
    if status:
        qs = qs.filter(status=status)
    if application is not None:
        qs = qs.filter(application=application)
    return qs.order_by(F("due_date").asc(nulls_last=True), "id")
