"""Recovery plans: the tasks a logged rejection's playbook steps make, the user's own playbook text, and the
facts about the pipeline that the plan page shows."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import TYPE_CHECKING

from django.db import transaction
from django.db.models import Q
from django.utils import timezone

from onward.core.models import Origin
from onward.core.services import profile_for
from onward.core.text import fitted
from onward.playbook import book
from onward.playbook.facts import CONDITIONS, Facts, applies, contact_for, gather, owner_facts, placeholders
from onward.playbook.models import STAGE_TYPE, PlanItem, Rejection, UserPlaybook
from onward.tracker.models import Application, Contact, Interview, Task
from onward.tracker.services import Created, Move, complete_task, new_task, touch
from onward.tracker.stages import ACTIVE

if TYPE_CHECKING:
    from django.contrib.auth.models import User


def _no_plan_because(rejection: Rejection, playbook: book.Playbook) -> str:
    """Why no plan is made for this rejection, or "" when one is. History is not news: a rejection that arrived
    long ago (an import of old applications, old mail, a move dated back) is recorded, but no tasks are set
    for today about it."""
    max_age = playbook.settings["plan_max_age_days"]
    if (timezone.localdate() - timezone.localdate(rejection.received_at)).days > max_age:
        return f"No plan was made: this rejection arrived more than {max_age} days before it was logged."
    return ""


def plan_closing(closing: Move) -> None:
    """A closing hook (tracker.services.CLOSING_HOOKS), after rejections.record_closing: make the recovery plan
    of the rejection the move logged."""
    if closing.change.to_stage not in STAGE_TYPE:
        return
    rejection = closing.made.get("rejection") or Rejection.objects.filter(application=closing.application).first()
    if rejection is None:
        return
    if closing.details.get("history"):
        rejection.plan_note = "No plan was made: this rejection came with an import of your past applications."
        rejection.save(update_fields=["plan_note"])
        return
    make_plan(rejection, created=closing.created)


def plan_closing_batch(closings: list[Move]) -> None:
    """plan_closing for a batch of applications created closed: the rejections are read in one query, and the
    plan notes of those that get no plan (old news, an import of past applications) written in one update;
    only recent ones get a plan, each as plan_closing makes it."""
    closings = [c for c in closings if c.change.to_stage in STAGE_TYPE]
    if not closings:
        return
    by_app = {r.application_id: r for r in Rejection.objects.filter(
        application_id__in=[c.application.pk for c in closings]).select_related("application")}
    playbook = book.in_force(closings[0].application.owner).playbook
    quiet = []
    for closing in closings:
        rejection = by_app.get(closing.application.pk)
        if rejection is None:
            continue
        if closing.details.get("history"):
            rejection.plan_note = "No plan was made: this rejection came with an import of your past applications."
        else:
            rejection.plan_note = _no_plan_because(rejection, playbook)
        if rejection.plan_note:
            quiet.append(rejection)
        else:
            make_plan(rejection, playbook, created=closing.created)
    Rejection.objects.bulk_update(quiet, ["plan_note"], batch_size=1_000)


def make_plan(rejection: Rejection, playbook: book.Playbook | None = None, *,
              created: Created | None = None) -> list[PlanItem]:
    """Create the tasks for the playbook steps that apply and are not in the plan yet (their tasks go to
    `created`, when given)."""
    application = rejection.application
    playbook = playbook or book.in_force(application.owner).playbook
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
        keep_on_file=rejection.keep_on_file, feeling=rejection.feeling,
    )
    made = set(rejection.plan_items.values_list("step_id", flat=True))
    tasks, items = [], []
    for step in playbook.steps:
        if step.id in made:
            continue
        worded = _worded(step, facts)
        if worded is None:
            continue
        title, notes, link, contact = worded
        due = max(received_on + dt.timedelta(days=step.due_days), today)
        if step.shared and _merge_shared(rejection.owner, step, due, title=title, notes=notes):
            continue
        task = new_task(
            rejection.owner, title=title, due_date=due, kind=step.kind,
            # A shared step is about the person, not this one application.
            application=None if step.shared else application, contact=contact, notes=notes,
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


def _merge_shared(owner: User, step: book.Step, due: dt.date, *, title: str, notes: str) -> bool:
    """Whether a shared step already has its task (then no second one is made); an "open" one takes the new
    wording, whose figures (say, the applications still needed) are the ones that hold now."""
    # A check-in's support tasks belong to no plan, so they are known by their wording.
    tasks = Task.objects.filter(
        Q(plan_item__step_id=step.id) | Q(origin=Origin.PLAYBOOK, application=None, plan_item=None, title=title),
        owner=owner,
    )
    if step.shared == "day":
        return tasks.filter(Q(status=Task.Status.OPEN) | Q(due_date=due)).exists()
    existing = tasks.filter(status=Task.Status.OPEN).order_by("due_date", "id").first()
    if existing is None:
        return False
    existing.title, existing.notes = title, notes
    existing.save(update_fields=["title", "notes"])
    return True


# What a shared step may say and require about the person alone; those hold or not the same for every plan, so
# an open shared step is brought up to date with them when Today opens.
PERSON_PLACEHOLDERS = frozenset({"active_count", "target", "gap", "my_people", "my_name"})
PERSON_CONDITIONS = ("pipeline_below_target",)


def refresh_shared_steps(owner: User, playbook: book.Playbook | None = None) -> None:
    """Open "shared = open" steps say what holds now: their wording takes today's figures, and one whose condition
    about the person no longer holds (say, the pipeline is back at its target) is done, saying why."""
    playbook = playbook or book.in_force(owner).playbook
    steps = {s.id: s for s in playbook.steps if s.shared == "open"}
    items = list(PlanItem.objects.filter(owner=owner, step_id__in=steps, task__status=Task.Status.OPEN)
                 .select_related("task__contact")) if steps else []
    if not items:
        return
    facts = owner_facts(owner, feeling=None, settings=playbook.settings)
    for item in items:
        step, task = steps[item.step_id], item.task
        gone = [name for name in step.when if name in PERSON_CONDITIONS and not CONDITIONS[name].test(facts)]
        if gone:
            task.notes = (f"{task.notes}\n\nDone by itself on {timezone.localdate():%-d %B}: you have "
                          f"{facts.active_count} active applications, your target is {facts.target}.").strip()
            task.save(update_fields=["notes"])
            complete_task(task)
            continue
        if not set(book.placeholders_in(step.title)) <= PERSON_PLACEHOLDERS:
            continue
        title = " ".join(step.title.format_map(placeholders(facts, task.contact)).split())[:300]
        if title != task.title:
            task.title = title
            task.save(update_fields=["title"])


def shared_elsewhere(rejection: Rejection) -> list[Task]:
    """Open steps about the person that another plan (or a check-in) already holds, so this plan did not repeat
    them: shown beside it, so no plan looks as if it left out the pause or the people to lean on."""
    return list(
        Task.objects.filter(owner=rejection.owner, status=Task.Status.OPEN, origin=Origin.PLAYBOOK, application=None)
        .exclude(plan_item__rejection=rejection).order_by("due_date", "id")
    )


def plan(rejection: Rejection) -> list[PlanItem]:
    return list(rejection.plan_items.select_related("task__contact").order_by("task__due_date", "id"))


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


def pipeline_facts(owner: User) -> PipelineFacts:
    return PipelineFacts(
        active_count=Application.objects.filter(owner=owner, stage__in=ACTIVE).count(),
        target=profile_for(owner).active_pipeline_target,
        next_interview=Interview.objects.filter(owner=owner, scheduled_at__gte=timezone.now())
        .select_related("application__company").order_by("scheduled_at").first(),
        open_tasks=Task.objects.filter(owner=owner, status=Task.Status.OPEN).count(),
    )


def for_today(owner: User) -> int | None:
    """Ready the playbook's part of Today: shared steps brought up to date (refresh_shared_steps), and how many
    next steps the page opens with (focus_steps); one reading of the playbook for both."""
    playbook = book.in_force(owner).playbook
    refresh_shared_steps(owner, playbook)
    return focus_steps(owner, playbook)


def focus_steps(owner: User, playbook: book.Playbook | None = None) -> int | None:
    """How many next steps Today opens with when a rejection arrived in the last few days; None: show them all."""
    settings = (playbook or book.in_force(owner).playbook).settings
    if not settings["focus_days"]:
        return None
    since = timezone.now() - dt.timedelta(days=settings["focus_days"])
    return settings["focus_steps"] if Rejection.objects.filter(owner=owner, received_at__gte=since).exists() else None


def _worded(step: book.Step, facts: Facts) -> tuple[str, str, str, Contact | None] | None:
    """The step as a task would say it for these facts (title, notes with the why, link, the contact it names),
    or None when the step does not apply."""
    ok, because = applies(step, facts)
    if not ok:
        return None
    contact = contact_for(facts, step.contact) if step.contact else None
    values = placeholders(facts, contact)
    link = step.link.format_map(values)
    notes = "\n\n".join(n for n in (
        step.detail.format_map(values), f"Open: {link}" if link else "",
        "Why this step: " + "; ".join(because) + ".",
    ) if n)
    return fitted(Task, "title", step.title.format_map(values)), notes, link, contact


def support_after_check_in(owner: User, feeling: int) -> list[Task]:
    """A low feeling or mood check-in is heard: the shared playbook steps for a low feeling (reach out to one of
    your people, read your wins) become tasks, once. Returns those steps' tasks, new or already open."""
    playbook = book.in_force(owner).playbook
    facts = owner_facts(owner, feeling=feeling, settings=playbook.settings)
    today = timezone.localdate()
    out = []
    for step in playbook.steps:
        if not step.shared or "feeling_low" not in (*step.when, *step.when_any):
            continue
        worded = _worded(step, facts)
        if worded is None:
            continue
        title, notes, link, contact = worded
        due = today + dt.timedelta(days=step.due_days)
        if not _merge_shared(owner, step, due, title=title, notes=notes):
            new_task(owner, title=title, due_date=due, kind=step.kind, application=None, contact=contact, notes=notes,
                     origin=Origin.PLAYBOOK).save()
        found = Task.objects.filter(owner=owner, title=title, status=Task.Status.OPEN).order_by("-id").first()
        if found is not None:
            out.append(found)
    return out


# --- the user's playbook -----------------------------------------------------------------------


@transaction.atomic
def save_user_playbook(owner: User, text: str) -> book.Playbook:
    """Validate, then save; an invalid text raises PlaybookError and nothing is saved."""
    playbook = book.parse(text, source="your playbook")
    UserPlaybook.objects.update_or_create(owner=owner, defaults={"text": text, "updated_at": timezone.now()})
    return playbook


def reset_user_playbook(owner: User) -> None:
    UserPlaybook.objects.filter(owner=owner).delete()
