"""What needs one person's attention on one local day: tasks due, interviews close by, replies still awaited.

The Today page, the daily e-mail and `onward remind` all read this. Every query is scoped by owner; the
thresholds come from the person's Profile.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from django.db import transaction
from django.db.models import Exists, OuterRef, Q, Subquery
from django.utils import timezone

from onward.core.models import Origin, Profile
from onward.core.services import profile_for
from onward.core.text import fitted
from onward.tracker import services as tracker
from onward.tracker.models import Application, Contact, Interview, StageChange, Task
from onward.tracker.stages import Stage

# Stages in which the next move is theirs: an offer waits on the person, a closed application on no one.
WAITING_STAGES = [Stage.APPLIED, Stage.SCREENING, Stage.INTERVIEWING]
# A digest lists this many waiting applications by name and counts the rest, so a busy week stays readable.
WAITING_SHOWN = 8


@dataclass(frozen=True)
class Waiting:
    """An application with no reply recorded for `days` days since the last step on either side."""

    application: Application
    since: dt.date
    days: int
    step: str  # what happened on `since`, in words: "you applied", "your follow-up", ...


@dataclass
class Digest:
    owner: object
    day: dt.date
    overdue: list[Task]
    due_today: list[Task]
    interviews: list[Interview]
    waiting: list[Waiting]
    people: list[Contact]
    profile: Profile = field(repr=False)

    @property
    def is_empty(self) -> bool:
        return not self.count

    @property
    def waiting_shown(self) -> list[Waiting]:
        return self.waiting[:WAITING_SHOWN]

    @property
    def waiting_more(self) -> int:
        return max(0, len(self.waiting) - WAITING_SHOWN)

    @property
    def count(self) -> int:
        return len(self.overdue) + len(self.due_today) + len(self.interviews) + len(self.waiting) + len(self.people)

    def summary(self) -> str:
        """One line, e.g. "2 due today, 1 from earlier days, 1 interview, 3 waiting for a reply"."""
        parts = [
            (len(self.due_today), "due today", "due today"),
            (len(self.overdue), "from earlier days", "from earlier days"),
            (len(self.interviews), "interview", "interviews"),
            (len(self.waiting), "waiting for a reply", "waiting for a reply"),
            (len(self.people), "person to get back to", "people to get back to"),
        ]
        return ", ".join(f"{n} {one if n == 1 else many}" for n, one, many in parts if n) or "nothing"


def _local_date(value: dt.datetime | None) -> dt.date | None:
    return timezone.localdate(value) if value is not None else None


def _latest(first: tuple[dt.date, str], *steps: tuple[dt.date | None, str]) -> tuple[dt.date, str]:
    """The latest dated step; on a tie the one named first (applying and its first stage row share a day)."""
    best = first
    for when, what in steps:
        if when is not None and when > best[0]:
            best = (when, what)
    return best


def waiting_for_reply(owner, *, now: dt.datetime | None = None, profile: Profile | None = None) -> list[Waiting]:
    """Applications with no reply for the profile's follow-up time and no follow-up task open, longest first.

    The clock restarts at every step on either side: applying, a stage change, an interview that took place,
    a follow-up task closed (done or skipped). An interview still ahead means nothing is awaited. Past the
    ghosting threshold the nudges stop: Insights then offers to mark the application as unanswered.
    """
    now = now or timezone.now()
    day = timezone.localdate(now)
    profile = profile or profile_for(owner)
    # Scoped by the application alone (it is the owner's): with the owner too, SQLite may walk the owner's index
    # for every application, which is quadratic in a long search.
    follow_ups = Task.objects.filter(application=OuterRef("pk"), kind=Task.Kind.FOLLOW_UP)
    interviews = Interview.objects.filter(application=OuterRef("pk"))
    # Only applications with a step inside the ghosting threshold can be waiting (older ones are past the
    # nudges): last_activity_at, kept up to date by the services, moves with every step but an interview that
    # took place, so those are asked for too. This keeps the subqueries below to recent applications.
    recent = now - dt.timedelta(days=profile.ghosting_threshold_days + 1)
    apps = (
        Application.objects.filter(owner=owner, stage__in=WAITING_STAGES)
        .filter(Q(last_activity_at__gte=recent) | Q(date_applied__gte=recent.date())
                | Exists(interviews.filter(scheduled_at__gte=recent)))
        .annotate(
            follow_up_open=Exists(follow_ups.filter(status=Task.Status.OPEN)),
            interview_ahead=Exists(interviews.filter(scheduled_at__gt=now)),
            last_change=Subquery(
                # The first row only records that the application was added; applying is counted above.
                StageChange.objects.filter(application=OuterRef("pk")).exclude(from_stage="")
                .order_by("-changed_at").values("changed_at")[:1]
            ),
            last_interview=Subquery(interviews.order_by("-scheduled_at").values("scheduled_at")[:1]),
            last_follow_up=Subquery(
                follow_ups.exclude(status=Task.Status.OPEN).exclude(completed_at=None)
                .order_by("-completed_at").values("completed_at")[:1]
            ),
        )
        .filter(follow_up_open=False, interview_ahead=False)
        .select_related("company")
    )
    result = []
    for app in apps:
        heard, step = _latest(
            (app.date_applied or timezone.localdate(app.created_at), "you applied"),
            (_local_date(app.last_change), f"it moved to {app.get_stage_display()}"),
            (_local_date(app.last_interview), "your interview"),
        )
        since, step = _latest((heard, step), (_local_date(app.last_follow_up), "your follow-up"))
        days = (day - since).days
        if days >= profile.follow_up_after_days and (day - heard).days < profile.ghosting_threshold_days:
            result.append(Waiting(app, since, days, step))
    result.sort(key=lambda w: (-w.days, w.application.pk))
    return result


def people_to_contact(owner, day: dt.date) -> list[Contact]:
    """Contacts whose "next follow-up" date has come, the earliest first."""
    return list(
        Contact.objects.filter(owner=owner, next_follow_up__lte=day).select_related("company")
        .order_by("next_follow_up", "name")
    )


@dataclass
class Nudges:
    """What Today adds to its tasks and interviews: replies awaited and people to get back to."""

    waiting: list[Waiting]
    people: list[Contact]


def nudges(owner, *, now: dt.datetime | None = None) -> Nudges:
    now = now or timezone.now()
    return Nudges(waiting_for_reply(owner, now=now), people_to_contact(owner, timezone.localdate(now)))


def build_digest(owner, *, now: dt.datetime | None = None) -> Digest:
    """The reminders for `owner` on the local day of `now`: five queries, whatever the amount of data."""
    now = now or timezone.now()
    day = timezone.localdate(now)
    profile = profile_for(owner)
    tasks = list(tracker.list_tasks(owner).filter(due_date__lte=day))
    interviews = list(
        Interview.objects.filter(owner=owner, scheduled_at__gte=now,
                                 scheduled_at__lte=now + dt.timedelta(hours=profile.interview_notice_hours))
        .select_related("application__company")
        .order_by("scheduled_at")
    )
    return Digest(
        owner=owner,
        day=day,
        overdue=[t for t in tasks if t.due_date is not None and t.due_date < day],
        due_today=[t for t in tasks if t.due_date == day],
        interviews=interviews,
        waiting=waiting_for_reply(owner, now=now, profile=profile),
        people=people_to_contact(owner, day),
        profile=profile,
    )


@transaction.atomic
def add_follow_up(owner, application_pk, *, now: dt.datetime | None = None) -> tuple[Task, bool]:
    """The one-click answer to a "waiting for a reply" nudge: a follow-up task due today, saying why.

    Returns (task, created); an open follow-up already on the application is returned as it is.
    """
    now = now or timezone.now()
    app = tracker.get_application(owner, application_pk)
    existing = app.tasks.filter(owner=owner, kind=Task.Kind.FOLLOW_UP, status=Task.Status.OPEN).first()
    if existing is not None:
        return existing, False
    profile = profile_for(owner)
    nudge = next((w for w in waiting_for_reply(owner, now=now, profile=profile) if w.application.pk == app.pk), None)
    reason = (
        f"Added from the reminder on Today: no reply recorded in the {nudge.days} days since {nudge.step}"
        f" on {nudge.since:%d %b %Y} (your follow-up time is {profile.follow_up_after_days} days)."
        if nudge is not None
        else "Added from the reminder on Today."
    )
    task = tracker.add_task(
        owner, title=fitted(Task, "title", f"Follow up on {app.title} at {app.company.name}"),
        due_date=timezone.localdate(now), kind=Task.Kind.FOLLOW_UP, application=app, notes=reason, origin=Origin.MANUAL,
    )
    return task, True
