"""The tracker's behaviour. Web views, the CLI, the API, mail and the playbook all call these."""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Protocol, TypeAlias, TypeVar

from django.db import models, transaction
from django.db.models import Count, F, Q, QuerySet, prefetch_related_objects
from django.utils import timezone
from django.utils.module_loading import import_string

from onward.core.errors import NotFound, OnwardError
from onward.core.models import Origin
from onward.core.names import company_keys
from onward.core.text import storable
from onward.tracker.models import Application, Company, Contact, Interview, Note, StageChange, Task
from onward.tracker.stages import (
    ANSWER_STAGES,
    CLOSED,
    INTERVIEW_BIT,
    PIPELINE,
    STAGE_BIT,
    Stage,
    parse_stage,
    stage_mask,
)

if TYPE_CHECKING:
    from django.contrib.auth.models import User


class TrackerError(OnwardError):
    """A problem the user can fix, with a message meant for them."""


# --- companies -------------------------------------------------------------------------------


class CompanyIndex(Protocol):
    """The owner's companies as a long import holds them in memory (onward.mail.link.Companies): `named` answers
    what get_or_create_company would find by reading them, the pk of that company or None."""

    def named(self, name: str) -> int | None: ...


def get_or_create_company(owner: User, name: str, *, index: CompanyIndex | None = None, **defaults: Any) -> Company:
    name = " ".join(name.split())
    if not name:
        raise TrackerError("A company name is needed.")
    if index is not None:
        # The index's answer, or a new company: not a pass over all of them for each new name.
        known = index.named(name)
        company = None if known is None else Company.objects.filter(owner=owner, pk=known).first()
    else:
        company = find_company(owner, name)
    if company is None:
        company = Company.objects.create(owner=owner, name=name, **defaults)
    return company


def find_company(owner: User, name: str) -> Company | None:
    """The owner's company of this name, or of the same name written differently; None when there is none."""
    name = " ".join(name.split())
    if not name:
        return None
    return Company.objects.filter(owner=owner, name__iexact=name).first() or _same_company(owner, name)


def _same_company(owner: User, name: str) -> Company | None:
    """An existing company whose name is this one written differently ("Quarry and Co." for "Quarry & Co")."""
    keys = company_keys(name)
    if not keys:
        return None
    names = Company.objects.filter(owner=owner).order_by("pk").values_list("pk", "name")
    pk = next((pk for pk, other in names if keys & company_keys(other)), None)
    return None if pk is None else Company.objects.get(pk=pk)


# --- applications ----------------------------------------------------------------------------


def get_application(owner: User, pk: int | str, *, related: tuple[str, ...] = ()) -> Application:
    """One of the owner's applications, with its company and any other `related` one-to-one rows joined in."""
    try:
        return Application.objects.select_related("company", *related).get(owner=owner, pk=int(pk))
    except (Application.DoesNotExist, ValueError, TypeError):
        shown = str(pk).strip()
        message = f"No application with id {shown}." if shown else "Give an application's id (a number)."
        raise NotFound(message) from None


def find_duplicates(
    owner: User, company_name: str, title: str, exclude_pk: int | str | None = None
) -> QuerySet[Application]:
    company = find_company(owner, storable(company_name))
    if company is None:
        return Application.objects.none()
    qs = Application.objects.filter(owner=owner, company=company, title__iexact=" ".join(storable(title).split()))
    if exclude_pk:
        qs = qs.exclude(pk=exclude_pk)
    return qs


@transaction.atomic
def create_application(
    owner: User,
    *,
    company_name: str,
    title: str,
    stage: str | Stage = Stage.APPLIED,
    origin: str = Origin.MANUAL,
    note: str = "",
    reason: str = "",
    at: dt.datetime | None = None,
    details: dict | None = None,
    companies: CompanyIndex | None = None,
    **fields: Any,
) -> Application:
    """Create an application and its first history row. `fields` are Application model fields; `companies`, an
    import's index of the owner's companies, finds the company without reading them all (get_or_create_company).

    One added at a closed stage (an import of an old rejection) runs the CLOSING_HOOKS, as a move there does.
    Without `at`, one applied for on an earlier day is dated that day, whichever door added it: its history then
    reads true, and a closed one dated past the playbook's limit is history, not news with a fresh plan."""
    stage = parse_stage(stage) if isinstance(stage, str) else stage
    title = " ".join(title.split())
    if not title:
        raise TrackerError("A role title is needed.")
    applied = fields.get("date_applied")
    if at is None and applied and applied < timezone.localdate() and stage != Stage.WISHLIST:
        at = timezone.make_aware(dt.datetime.combine(applied, timezone.localtime().time()))
    at = at or timezone.now()
    company = get_or_create_company(owner, company_name, index=companies)
    if stage != Stage.WISHLIST and not fields.get("date_applied"):
        fields["date_applied"] = timezone.localdate(at) if timezone.is_aware(at) else at.date()
    app = Application(owner=owner, company=company, title=title, stage=stage, last_activity_at=at,
                      stages_seen=STAGE_BIT[stage], first_answer_at=at if stage in ANSWER_STAGES else None, **fields)
    app.full_clean(exclude=["company", "owner"])
    app.save()
    change = StageChange.objects.create(
        owner=owner, application=app, from_stage="", to_stage=stage, changed_at=at, note=note, origin=origin,
        reason=reason,
    )
    if stage in CLOSED:
        _closed(Move(app, change, details or {}, None))
    return app


def touch(app: Application, at: dt.datetime | None = None) -> None:
    at = at or timezone.now()
    if at > app.last_activity_at:
        app.last_activity_at = at
        Application.objects.filter(pk=app.pk).update(last_activity_at=at)


# Fields an edit may change, from the application page or the API; the stage changes only through move(),
# which records the history.
EDITABLE = {
    "title", "posting_url", "job_description", "location", "remote_mode", "source", "referral_contact",
    "salary_min", "salary_max", "salary_currency", "excitement", "resume_version", "date_saved", "date_applied",
    "deadline", "tags",
}


@transaction.atomic
def update_application(app: Application, changes: dict) -> Application:
    """Change an application's details: the EDITABLE fields given, and "company" by name (created when new).
    The web page and the API both call this; a field left out keeps its value."""
    changes = dict(changes)
    unknown = set(changes) - EDITABLE - {"company"}
    if unknown:
        raise TrackerError(f"These fields cannot be changed here: {', '.join(sorted(unknown))}.")
    if "company" in changes:
        app.company = get_or_create_company(app.owner, changes.pop("company") or "")
    if "title" in changes:
        changes["title"] = " ".join((changes["title"] or "").split())
        if not changes["title"]:
            raise TrackerError("A role title is needed.")
    referral = changes.get("referral_contact")
    if referral is not None and referral.owner_id != app.owner_id:
        raise NotFound("That contact is not yours.")
    _save_changes(app, changes)
    touch(app)
    return app


# --- moving: the one way an application changes stage ------------------------------------------

# What follows a move to a closed stage, in this order, inside the move's transaction. Named here, like the
# TIMELINE_SOURCES below, so the tracker imports none of the apps that act on it; each is called with the Move.
# A hook may also offer NAME_batch(moves), which create_applications calls once for a whole batch of new
# applications (an import) instead of once per row.
CLOSING_HOOKS = (
    "onward.playbook.rejections.record_closing",  # a rejection stage logs the rejection,
    "onward.playbook.plans.plan_closing",  # then its recovery plan is made, unless the news is old
)


# Services that make rows as part of a larger act take `created`: a list they append every row they make to
# (here, in move() and its closing hooks, in log_interview and in the playbook's log_rejection and make_plan).
# The mail pipeline passes one so that undoing what a message did deletes exactly those rows, without reading
# the application's rows before and after each message. Everyone else leaves it None.
Created: TypeAlias = list[models.Model]
M = TypeVar("M", bound=models.Model)


@dataclass
class Move:
    """A change of stage just recorded, as the closing hooks see it."""

    application: Application
    change: StageChange
    # What the door knows beyond the stage: "rejection", the playbook's details of it; "history", True when the
    # door records something that happened at an unknown time before (an undated import row): nothing is started.
    details: dict
    created: Created | None
    # What a hook made, for the hooks after it (the rejection record, for its plan): read once, not again.
    made: dict = field(default_factory=dict)


@transaction.atomic
def move(
    app: Application,
    to_stage: str | Stage,
    *,
    note: str = "",
    origin: str = Origin.MANUAL,
    reason: str = "",
    at: dt.datetime | None = None,
    details: dict | None = None,
    created: Created | None = None,
) -> StageChange | None:
    """Move an application to a stage and record it in its history; every door (web, CLI, API, mail, import,
    Insights, the demo) changes a stage through here. A move to a closed stage runs the CLOSING_HOOKS.

    Moving to the current stage records nothing and returns None. `at` dates a move that happened earlier.
    """
    to_stage = parse_stage(to_stage) if isinstance(to_stage, str) else to_stage
    # Read the stage fresh, locked, so two doors moving at once (the board and the mail pipeline) cannot both
    # close it and both make a plan.
    current = Application.objects.select_for_update().filter(pk=app.pk).values_list(
        "stage", "stages_seen", "first_answer_at").first()
    if current is None:
        raise NotFound(f"No application with id {app.pk}.")
    app.stage, app.stages_seen, app.first_answer_at = current
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
    update += _note_facts(app, STAGE_BIT[to_stage], at if to_stage in ANSWER_STAGES else None)
    if to_stage not in (Stage.WISHLIST,) and app.date_applied is None:
        app.date_applied = timezone.localdate(at)
        update.append("date_applied")
    if at > app.last_activity_at:  # what touch() does, in the same UPDATE
        app.last_activity_at = at
        update.append("last_activity_at")
    app.save(update_fields=update)
    if to_stage in CLOSED:
        _closed(Move(app, change, details or {}, created))
    return change


def restore_stage(app: Application) -> None:
    """After history rows were taken back (undoing what a mail did), the stage is the last one left in the
    history and the counted facts follow what is left. Nothing is recorded: the undone rows are gone."""
    remaining = app.stage_changes.order_by("changed_at", "id").last()
    if remaining is not None and remaining.to_stage != app.stage:
        app.stage = remaining.to_stage
        app.save(update_fields=["stage"])
    refresh_facts(app.owner, [app.pk])


def _closed(move: Move) -> None:
    for hook in CLOSING_HOOKS:
        import_string(hook)(move)


def _closed_batch(moves: list[Move]) -> None:
    if not moves:
        return
    for hook in CLOSING_HOOKS:
        try:
            batch = import_string(f"{hook}_batch")
        except ImportError:
            for one in moves:
                import_string(hook)(one)
        else:
            batch(moves)


@dataclass
class NewApplication:
    """One application for create_applications: what create_application takes, as data."""

    company_name: str
    title: str
    stage: str | Stage = Stage.APPLIED
    note: str = ""
    reason: str = ""
    at: dt.datetime | None = None
    details: dict = field(default_factory=dict)
    fields: dict = field(default_factory=dict)


class _Companies:
    """The owner's companies found by name as get_or_create_company finds them, read once for a whole batch."""

    def __init__(self, owner: User):
        self.owner = owner
        self.by_name: dict[str, Company] = {}
        self.by_key: dict[str, Company] = {}
        for company in Company.objects.filter(owner=owner).order_by("pk"):
            self._add(company)

    def _add(self, company: Company) -> None:
        self.by_name.setdefault(company.name.lower(), company)
        for key in company_keys(company.name):
            self.by_key.setdefault(key, company)

    def get(self, name: str) -> Company:
        name = " ".join(name.split())
        if not name:
            raise TrackerError("A company name is needed.")
        found = self.by_name.get(name.lower()) or min(
            (c for key in company_keys(name) if (c := self.by_key.get(key))), key=lambda c: c.pk, default=None)
        if found is None:
            found = Company.objects.create(owner=self.owner, name=name)
            self._add(found)
        return found


@transaction.atomic
def create_applications(owner: User, new: list[NewApplication], *, origin: str = Origin.IMPORT,
                        batch_size: int = 1_000) -> list[Application]:
    """Create many applications and their first history rows with a few queries per `batch_size`, as
    create_application would one by one (the same checks, companies found by name the same way, counted facts
    set). Those added at a closed stage run the CLOSING_HOOKS once per batch (see _closed_batch)."""
    companies = _Companies(owner)
    made: list[Application] = []
    for start in range(0, len(new), batch_size):
        apps, changes = [], []
        for item in new[start:start + batch_size]:
            stage = parse_stage(item.stage) if isinstance(item.stage, str) else item.stage
            title = " ".join(item.title.split())
            if not title:
                raise TrackerError("A role title is needed.")
            at = item.at or timezone.now()
            fields = dict(item.fields)
            if stage != Stage.WISHLIST and not fields.get("date_applied"):
                fields["date_applied"] = timezone.localdate(at) if timezone.is_aware(at) else at.date()
            app = Application(owner=owner, company=companies.get(item.company_name), title=title, stage=stage,
                              last_activity_at=at, stages_seen=STAGE_BIT[stage],
                              first_answer_at=at if stage in ANSWER_STAGES else None, **fields)
            app.full_clean(exclude=["company", "owner"], validate_unique=False, validate_constraints=False)
            apps.append(app)
            changes.append(StageChange(owner=owner, from_stage="", to_stage=stage, changed_at=at, note=item.note,
                                       origin=origin, reason=item.reason))
        Application.objects.bulk_create(apps)
        for app, change in zip(apps, changes, strict=True):
            change.application = app
        StageChange.objects.bulk_create(changes)
        items = new[start:start + batch_size]
        _closed_batch([Move(app, change, item.details, None)
                       for app, change, item in zip(apps, changes, items, strict=True) if app.stage in CLOSED])
        made += apps
    return made


def _note_facts(app: Application, bits: int, answer_at: dt.datetime | None) -> list[str]:
    """Add to the application's counted facts; returns the fields changed (for save's update_fields)."""
    changed = []
    if app.stages_seen | bits != app.stages_seen:
        app.stages_seen |= bits
        changed.append("stages_seen")
    if answer_at is not None and (app.first_answer_at is None or answer_at < app.first_answer_at):
        app.first_answer_at = answer_at
        changed.append("first_answer_at")
    return changed


def refresh_facts(owner: User, application_ids: Iterable[int] | None = None) -> int:
    """Work out the counted facts (stages_seen, first_answer_at) again from the history, for the owner's
    applications or the ones named: after history was written in bulk (imports, restore) or taken back (undo).
    Reads the history in two queries and writes in batches; returns how many applications changed."""
    apps = Application.objects.filter(owner=owner)
    changes = StageChange.objects.filter(owner=owner)
    interviews = Interview.objects.filter(owner=owner)
    if application_ids is not None:
        ids = list(application_ids)
        apps, changes, interviews = (apps.filter(pk__in=ids), changes.filter(application_id__in=ids),
                                     interviews.filter(application_id__in=ids))
    seen: dict[int, set[str]] = {}
    answered: dict[int, dt.datetime] = {}
    for app_id, stage, at in changes.values_list("application_id", "to_stage", "changed_at"):
        seen.setdefault(app_id, set()).add(stage)
        if stage in ANSWER_STAGES and (app_id not in answered or at < answered[app_id]):
            answered[app_id] = at
    interviewed = set()
    for app_id, at in interviews.values_list("application_id", "scheduled_at"):
        interviewed.add(app_id)
        if app_id not in answered or at < answered[app_id]:
            answered[app_id] = at
    stale = []
    for app in apps.only("pk", "stage", "stages_seen", "first_answer_at"):
        mask = stage_mask(seen.get(app.pk, set()) | {app.stage}) | (INTERVIEW_BIT if app.pk in interviewed else 0)
        if (mask, answered.get(app.pk)) != (app.stages_seen, app.first_answer_at):
            app.stages_seen, app.first_answer_at = mask, answered.get(app.pk)
            stale.append(app)
    Application.objects.bulk_update(stale, ["stages_seen", "first_answer_at"], batch_size=1_000)
    return len(stale)


def reopen_stage(app: Application) -> Stage:
    """The stage a closed application returns to: the furthest pipeline stage it had reached."""
    reached = [
        Stage(s)
        for s in app.stage_changes.values_list("to_stage", flat=True)
        if s in PIPELINE and s != Stage.ACCEPTED
    ]
    return max(reached, key=PIPELINE.index) if reached else Stage.APPLIED


def reopen_application(app: Application, *, note: str = "", origin: str = Origin.MANUAL) -> StageChange | None:
    if app.stage not in CLOSED:
        raise TrackerError(f"This application is not closed (it is at {app.get_stage_display()}).")
    return move(app, reopen_stage(app), note=note or "Reopened", origin=origin)


def stage_reached(app: Application, history: Iterable[str] | None = None) -> Stage:
    """The furthest pipeline stage in the history (a rejection after interviews still reached interviewing).
    `history` is the history's stages when the caller has read them already."""
    if history is None:
        history = app.stage_changes.values_list("to_stage", flat=True)
    stages = set(history) | {app.stage}
    reached = [s for s in PIPELINE if s in stages]
    return Stage(reached[-1]) if reached else Stage.WISHLIST


# --- contacts ----------------------------------------------------------------------------------

# Fields of a contact the person may set; the company is given by name.
CONTACT_FIELDS = {
    "name", "role", "email", "phone", "linkedin_url", "relationship_notes", "last_contacted", "next_follow_up",
    "is_my_person",
}


def get_contact(owner: User, pk: int | str) -> Contact:
    try:
        return Contact.objects.select_related("company").get(owner=owner, pk=int(pk))
    except (Contact.DoesNotExist, ValueError, TypeError):
        raise NotFound(f"No contact with id {pk}.") from None


def list_contacts(owner: User, *, q: str = "") -> QuerySet[Contact]:
    qs = Contact.objects.filter(owner=owner).select_related("company")
    for word in q.split():
        qs = qs.filter(
            Q(name__icontains=word) | Q(email__icontains=word) | Q(company__name__icontains=word)
            | Q(role__icontains=word)
        )
    return qs.order_by("name", "id")


def add_contact(owner: User, *, name: str, company: str = "", **fields: Any) -> Contact:
    """A new contact; `company` is a name (created when new), the other `fields` are CONTACT_FIELDS."""
    return update_contact(Contact(owner=owner), {"name": name, "company": company, **fields})


@transaction.atomic
def update_contact(contact: Contact, changes: dict) -> Contact:
    """Change a contact's details (the CONTACT_FIELDS given, and "company" by name; blank for none)."""
    changes = dict(changes)
    unknown = set(changes) - CONTACT_FIELDS - {"company"}
    if unknown:
        raise TrackerError(f"These fields cannot be changed here: {', '.join(sorted(unknown))}.")
    if "company" in changes:
        name = " ".join((changes.pop("company") or "").split())
        contact.company = get_or_create_company(contact.owner, name) if name else None
    if "name" in changes:
        changes["name"] = " ".join((changes["name"] or "").split())
        if not changes["name"]:
            raise TrackerError("A contact needs a name.")
    _save_changes(contact, changes)
    return contact


def _save_changes(row: models.Model, changes: dict[str, Any]) -> None:
    """Set the changed fields, check the row as its model would, and save it."""
    for name, value in changes.items():
        # Blank text fields are stored as "", never NULL.
        if value is None and not row._meta.get_field(name).null:
            value = ""
        setattr(row, name, value)
    row.full_clean(exclude=["company", "owner"])
    row.save()


@transaction.atomic
def update_company(company: Company, changes: dict) -> Company:
    """Change a company's details (name, website, e-mail domains, notes)."""
    unknown = set(changes) - {"name", "website", "email_domains", "notes"}
    if unknown:
        raise TrackerError(f"These fields cannot be changed here: {', '.join(sorted(unknown))}.")
    for name, value in changes.items():
        setattr(company, name, value if value is not None else "")
    company.name = " ".join(company.name.split())
    if not company.name:
        raise TrackerError("A company name is needed.")
    company.full_clean(exclude=["owner"])
    company.save()
    return company


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
    owner: User,
    *,
    q: str = "",
    stages: Sequence[str] | None = None,
    sources: Sequence[str] | None = None,
    applied_from: dt.date | None = None,
    applied_to: dt.date | None = None,
    sort: str = "activity",
) -> QuerySet[Application]:
    qs = Application.objects.filter(owner=owner).select_related("company")
    if q:
        # Every word must match the company, the role or a tag: "python remote" finds tagged Python roles.
        for word in q.split():
            qs = qs.filter(Q(company__name__icontains=word) | Q(title__icontains=word) | Q(tags__icontains=word))
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


class DuplicateInterview(TrackerError):
    """The same interview (application, kind and minute) is already recorded; adding it again needs a yes."""

    def __init__(self, existing: Interview):
        self.existing = existing
        when = timezone.localtime(existing.scheduled_at)
        kind = "" if existing.kind == Interview.Kind.OTHER else existing.get_kind_display().lower() + " "
        super().__init__(f"This {kind}interview on {when:%A %-d %B at %H:%M} is "
                         "already recorded. If it is another one at the same time, tick the box below to add it.")


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
    created: Created | None = None,
    again: bool = False,
    at: dt.datetime | None = None,
) -> Interview:
    """Record an interview; an application not yet interviewing moves there (with history). The same interview
    twice (say, a form sent again, or the mail about one already logged) raises DuplicateInterview unless `again`
    says it is meant.

    `at` is when the invitation came (an imported e-mail's date), so old mail is dated as it happened.
    """
    if kind not in Interview.Kind.values:
        raise TrackerError(f"Unknown interview kind {kind!r}. Choose one of: {', '.join(Interview.Kind.values)}.")
    if not again:
        minute = scheduled_at.replace(second=0, microsecond=0)
        # One of no named kind ("other", all a mail can tell) is the same as any at that minute: the invitation
        # for an interview logged by hand, or a reminder of one, is not a second interview.
        kinds = Q() if kind == Interview.Kind.OTHER else Q(kind__in=(kind, Interview.Kind.OTHER))
        existing = Interview.objects.filter(
            kinds, application=app, scheduled_at__gte=minute, scheduled_at__lt=minute + dt.timedelta(minutes=1),
        ).first()
        if existing is not None:
            raise DuplicateInterview(existing)
    interview = Interview.objects.create(
        owner=app.owner, application=app, scheduled_at=scheduled_at, kind=kind, notes=notes, origin=origin,
        reason=reason,
    )
    if created is not None:
        created.append(interview)
    app.stages_seen, app.first_answer_at = Application.objects.filter(pk=app.pk).values_list(
        "stages_seen", "first_answer_at").get()
    changed = _note_facts(app, INTERVIEW_BIT, scheduled_at)
    if changed:
        app.save(update_fields=changed)
    if interviewers:
        interview.interviewers.set([c for c in interviewers if c.owner_id == app.owner_id])
    at = at or timezone.now()
    if advance and app.stage in (Stage.WISHLIST, Stage.APPLIED, Stage.SCREENING):
        move(app, Stage.INTERVIEWING, note=f"{interview.get_kind_display()} scheduled", origin=origin,
             reason=reason, at=at, created=created)
    touch(app, at)
    return interview


def add_task(
    owner: User,
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


def new_task(owner: User, *, title: str, due_date: dt.date | None, kind: str, application: Application | None,
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


def get_task(owner: User, pk: int | str) -> Task:
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


def add_note(owner: User, body: str, *, application: Application | None = None, company: Company | None = None,
             contact: Contact | None = None) -> Note:
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
    # Only the day is known: an application added later than the day it is dated (applied on 20 Nov, added on
    # 8 Dec) has no time of day, and showing the hour it was added would make one up.
    day_only: bool = False


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
        day_only = not ch.from_stage and timezone.localdate(ch.changed_at) < app.date_saved
        entries.append(TimelineEntry(ch.changed_at, "stage", title, ch.note, ch.origin, ch.reason, ch, day_only))
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


# Today shows at most this many rows per list; the rest of the earlier tasks are counted by kind, and pages
# of them are a link away, so a long search's backlog never makes the page long or slow.
TODAY_SHOWN = 20


@dataclass
class Today:
    overdue: list[Task]
    due_today: list[Task]
    upcoming_tasks: list[Task]  # later this week (weeks start on Monday)
    upcoming_interviews: list[Interview]
    next_week: list[Task] = field(default_factory=list)
    # Earlier tasks beyond the page shown: how many, and how many of each kind (largest first).
    overdue_total: int = 0
    overdue_more_by_kind: list[tuple[str, int]] = field(default_factory=list)
    overdue_page: int = 1
    overdue_pages: int = 1
    due_today_more: int = 0
    upcoming_more: int = 0
    next_week_more: int = 0
    interviews_more: int = 0

    @property
    def task_count(self) -> int:
        """Open tasks up to the coming days, shown or not."""
        return (self.overdue_total + len(self.due_today) + self.due_today_more + len(self.upcoming_tasks)
                + self.upcoming_more + len(self.next_week) + self.next_week_more)


def _capped(qs: QuerySet[M], limit: int) -> tuple[list[M], int]:
    """The first `limit` rows and how many more there are, in two bounded queries at most."""
    rows = list(qs[: limit + 1])
    if len(rows) <= limit:
        return rows, 0
    return rows[:limit], qs.count() - limit


def today(owner: User, *, days_ahead: int = 7, overdue_page: int = 1, shown: int = TODAY_SHOWN) -> Today:
    """What is due: the most recent earlier tasks a page at a time (page `overdue_page`), today's and this week's
    tasks, next week's up to `days_ahead` and the interviews coming up, each list capped at `shown` rows with a
    count of the rest."""
    day = timezone.localdate()
    open_tasks = Task.objects.filter(owner=owner, status=Task.Status.OPEN).select_related(
        "application__company", "contact")
    overdue_qs = open_tasks.filter(due_date__lt=day)
    overdue_total = overdue_qs.count()
    pages = max(1, -(-overdue_total // shown))
    overdue_page = min(max(1, overdue_page), pages)
    start = (overdue_page - 1) * shown
    # The latest first: yesterday's task matters more than one from two years ago.
    overdue = list(overdue_qs.order_by("-due_date", "-id")[start:start + shown])
    more_by_kind: list[tuple[str, int]] = []
    if overdue_total > len(overdue):
        labels = dict(Task.Kind.choices)
        counts = Counter(dict(overdue_qs.values_list("kind").annotate(n=Count("id")).order_by())) - Counter(
            t.kind for t in overdue)
        more_by_kind = [(labels.get(kind, kind), n) for kind, n in counts.most_common() if n > 0]
    due_today, due_today_more = _capped(open_tasks.filter(due_date=day).order_by("id"), shown)
    end_of_week = day + dt.timedelta(days=6 - day.weekday())
    upcoming, upcoming_more = _capped(
        open_tasks.filter(due_date__gt=day, due_date__lte=end_of_week).order_by("due_date", "id"), shown)
    next_week, next_week_more = _capped(
        open_tasks.filter(due_date__gt=end_of_week, due_date__lte=day + dt.timedelta(days=days_ahead)).order_by(
            "due_date", "id"), shown)
    now = timezone.now()
    interviews, interviews_more = _capped(
        Interview.objects.filter(
            owner=owner,
            scheduled_at__gte=now - dt.timedelta(hours=2),
            scheduled_at__lte=now + dt.timedelta(days=days_ahead + 7),
        )
        .select_related("application__company")
        .order_by("scheduled_at", "id"), shown)
    return Today(
        overdue=overdue, due_today=due_today, upcoming_tasks=upcoming, upcoming_interviews=interviews,
        next_week=next_week, next_week_more=next_week_more,
        overdue_total=overdue_total, overdue_more_by_kind=more_by_kind, overdue_page=overdue_page,
        overdue_pages=pages, due_today_more=due_today_more, upcoming_more=upcoming_more,
        interviews_more=interviews_more,
    )


def by_application(tasks: list[Task]) -> list[tuple[Application | None, list[Task]]]:
    """Tasks about the person first, then each application's tasks together, applications in the order their
    first task comes."""
    groups: dict[int | None, list[Task]] = {None: []}
    for task in tasks:
        groups.setdefault(task.application_id, []).append(task)
    return [(None if key is None else rows[0].application, rows) for key, rows in groups.items() if rows]


def tasks_in_order(tasks: Iterable[Task]) -> list[Task]:
    """Tasks by due date, undated ones last, as list_tasks orders them on every database."""
    return sorted(tasks, key=lambda t: (t.due_date is None, t.due_date or dt.date.min, t.pk))


def list_tasks(
    owner: User, *, status: str | None = Task.Status.OPEN, application: Application | None = None
) -> QuerySet[Task]:
    qs = Task.objects.filter(owner=owner).select_related("application__company", "contact")
    if status:
        qs = qs.filter(status=status)
    if application is not None:
        qs = qs.filter(application=application)
    return qs.order_by(F("due_date").asc(nulls_last=True), "id")
