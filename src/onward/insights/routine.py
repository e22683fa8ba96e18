"""Weekly goals and their progress, streaks counted in weeks with rest allowed, the burnout guard, mood check-ins."""

from __future__ import annotations

import datetime as dt
from collections import Counter
from dataclasses import dataclass
from functools import cached_property

from django.db.models import Count, F, IntegerField, Q, Subquery, Sum, Value
from django.db.models.functions import Cast
from django.utils import timezone

from onward.core.errors import OnwardError
from onward.core.text import within
from onward.insights.expressions import LocalDate
from onward.insights.funnel import STEP_STAGES, Facts, fit, week_start
from onward.insights.models import GoalEntry, MoodCheckIn, RestWeek, RoutineRules, WeeklyGoal
from onward.playbook.wins import list_wins
from onward.tracker.models import Application, StageChange, Task
from onward.tracker.stages import Stage


class RoutineError(OnwardError):
    """A problem with a goal, a check-in or a rule that the user can fix."""


# Task kinds that count towards a follow-up goal once done.
FOLLOW_UP_KINDS = (Task.Kind.FOLLOW_UP, Task.Kind.THANK_YOU, Task.Kind.FEEDBACK_REQUEST, Task.Kind.RECONNECT)
# Goals whose progress comes from the tracker; the others are counted by hand.
TRACKED_KINDS = frozenset({WeeklyGoal.Kind.APPLICATIONS, WeeklyGoal.Kind.FOLLOW_UPS})


def rules_for(user) -> RoutineRules:
    rules, _ = RoutineRules.objects.get_or_create(user=user)
    return rules


def _week_bounds(start: dt.date) -> tuple[dt.datetime, dt.datetime]:
    tz = timezone.get_current_timezone()
    begin = dt.datetime.combine(start, dt.time.min, tzinfo=tz)
    return begin, begin + dt.timedelta(weeks=1)


# --- goals -------------------------------------------------------------------------------------


def add_goal(owner, kind: str, target: int, label: str = "") -> WeeklyGoal:
    if kind not in WeeklyGoal.Kind.values:
        raise RoutineError(f"Unknown goal kind {kind!r}. Choose one of: {', '.join(WeeklyGoal.Kind.values)}.")
    label = within(WeeklyGoal, "label", " ".join(label.split()), "A goal's name")
    if kind == WeeklyGoal.Kind.CUSTOM and not label:
        raise RoutineError("A custom goal needs a name.")
    if not 1 <= int(target) <= 500:
        raise RoutineError("A weekly target is a number from 1 to 500.")
    return WeeklyGoal.objects.create(owner=owner, kind=kind, target=int(target), label=label)


def get_goal(owner, pk) -> WeeklyGoal:
    try:
        return WeeklyGoal.objects.get(owner=owner, pk=int(pk))
    except (WeeklyGoal.DoesNotExist, ValueError, TypeError):
        raise RoutineError(f"No goal with id {pk}.") from None


def archive_goal(goal: WeeklyGoal) -> WeeklyGoal:
    goal.archived_at = timezone.now()
    goal.save(update_fields=["archived_at"])
    return goal


def log_progress(goal: WeeklyGoal, amount: int = 1, *, day: dt.date | None = None, note: str = "") -> GoalEntry:
    if goal.kind in TRACKED_KINDS:
        raise RoutineError(f"{goal.name} are counted from your tracker; there is nothing to add by hand.")
    if goal.archived_at is not None:
        raise RoutineError("This goal is archived.")
    if amount == 0 or abs(amount) > 100:
        raise RoutineError("Add between 1 and 100 (or take back up to 100).")
    return GoalEntry.objects.create(owner=goal.owner, goal=goal, amount=amount, day=day or timezone.localdate(),
                                    note=within(GoalEntry, "note", note.strip(), "A note"))


def _applies(goal: WeeklyGoal, start: dt.date) -> bool:
    """Whether a goal applied to a week: created before it ended and not archived before it ended."""
    begin, end = _week_bounds(start)
    return goal.created_at < end and (goal.archived_at is None or goal.archived_at >= end)


def goals_in_week(owner, start: dt.date) -> list[WeeklyGoal]:
    """The goals that applied to a week: created before it ended and not archived before it began."""
    return [g for g in WeeklyGoal.objects.filter(owner=owner) if _applies(g, start)]


class WeekCounts:
    """What goals count, per week from `since` on, in grouped queries whatever the number of weeks: applications
    sent, follow-ups done, and what was logged by hand per goal. `read` gets what a set of goals needs (and the
    rest weeks) in one query; otherwise each part is read when a goal first needs it."""

    def __init__(self, owner, since: dt.date):
        self.owner, self.since = owner, since

    def _applications(self):
        return (Application.objects.filter(owner=self.owner, date_applied__gte=self.since)
                .annotate(d=F("date_applied")))

    def _follow_ups(self):
        begin, _ = _week_bounds(self.since)
        return (Task.objects.filter(owner=self.owner, status=Task.Status.DONE, kind__in=FOLLOW_UP_KINDS,
                                    completed_at__gte=begin).annotate(d=LocalDate("completed_at")))

    def _logged(self):
        return GoalEntry.objects.filter(owner=self.owner, day__gte=self.since).annotate(g=F("goal_id"), d=F("day"))

    @staticmethod
    def _grouped(qs, part: str, total=None):
        if "g" not in qs.query.annotations:
            # Typed, so that PostgreSQL can match the column across the UNION's parts.
            qs = qs.annotate(g=Cast(Value(None), IntegerField()))
        return (qs.annotate(part=Value(part)).values("part", "g", "d").annotate(n=total or Count("pk"))
                .values_list("part", "g", "d", "n").order_by())

    def _parts(self):
        return {"applications": self._grouped(self._applications(), "applications"),
                "follow_ups": self._grouped(self._follow_ups(), "follow_ups"),
                "logged": self._grouped(self._logged(), "logged", Sum("amount"))}

    def _fill(self, names, rows) -> None:
        counts: dict[str, Counter] = {name: Counter() for name in names}
        for part, goal_id, day, n in rows:
            if part in counts:
                counts[part][(goal_id, week_start(day)) if part == "logged" else week_start(day)] += n
        self.__dict__.update(counts)

    def read(self, goals: list[WeeklyGoal]) -> set[dt.date]:
        """The owner's rest weeks, and the counts these goals need, in one query."""
        kinds = {g.kind for g in goals}
        names = [name for name, needed in (("applications", WeeklyGoal.Kind.APPLICATIONS in kinds),
                                           ("follow_ups", WeeklyGoal.Kind.FOLLOW_UPS in kinds),
                                           ("logged", bool(kinds - TRACKED_KINDS))) if needed]
        parts = self._parts()
        rest = self._grouped(RestWeek.objects.filter(owner=self.owner).annotate(d=F("week_start")), "rest")
        rows = list(rest.union(*(parts[name] for name in names), all=True))
        self._fill(names, rows)
        return {day for part, _, day, _ in rows if part == "rest"}

    @cached_property
    def applications(self) -> Counter:
        self._fill(["applications"], self._parts()["applications"])
        return self.__dict__["applications"]

    @cached_property
    def follow_ups(self) -> Counter:
        self._fill(["follow_ups"], self._parts()["follow_ups"])
        return self.__dict__["follow_ups"]

    @cached_property
    def logged(self) -> Counter:
        self._fill(["logged"], self._parts()["logged"])
        return self.__dict__["logged"]

    def progress(self, goal: WeeklyGoal, start: dt.date) -> int:
        if goal.kind == WeeklyGoal.Kind.APPLICATIONS:
            return self.applications[start]
        if goal.kind == WeeklyGoal.Kind.FOLLOW_UPS:
            return self.follow_ups[start]
        return max(self.logged[goal.pk, start], 0)


def progress(goal: WeeklyGoal, start: dt.date) -> int:
    return WeekCounts(goal.owner_id, start).progress(goal, start)


@dataclass
class GoalProgress:
    goal: WeeklyGoal
    done: int

    @property
    def met(self) -> bool:
        return self.done >= self.goal.target

    @property
    def percent(self) -> int:
        return min(100, round(100 * self.done / self.goal.target))


def week_progress(owner, start: dt.date | None = None, *, goals: list[WeeklyGoal] | None = None,
                  counts: WeekCounts | None = None) -> list[GoalProgress]:
    start = start or week_start(timezone.localdate())
    goals = list(WeeklyGoal.objects.filter(owner=owner)) if goals is None else goals
    counts = counts or WeekCounts(owner, start)
    return [GoalProgress(g, counts.progress(g, start)) for g in goals if _applies(g, start)]


# --- rest and streaks --------------------------------------------------------------------------


def declare_rest(owner, day: dt.date | None = None, note: str = "") -> RestWeek:
    start = week_start(day or timezone.localdate())
    note = within(RestWeek, "note", note.strip(), "A note")
    rest, _ = RestWeek.objects.update_or_create(owner=owner, week_start=start, defaults={"note": note})
    return rest


def cancel_rest(owner, day: dt.date | None = None) -> None:
    RestWeek.objects.filter(owner=owner, week_start=week_start(day or timezone.localdate())).delete()


@dataclass
class Streak:
    weeks: int  # weeks kept (goals met or rest) in the current run
    rested: int  # of which rest weeks
    forgiven: int  # missed weeks inside the run that the rules forgave
    this_week_met: bool


def week_status(owner, start: dt.date, rest_weeks: set[dt.date], *, goals: list[WeeklyGoal] | None = None,
                counts: WeekCounts | None = None) -> str:
    """'rest', 'met', 'missed', or 'none' when no goal applied that week."""
    if start in rest_weeks:
        return "rest"
    items = week_progress(owner, start, goals=goals, counts=counts)
    if not items:
        return "none"
    return "met" if all(p.met for p in items) else "missed"


def streak(owner, *, today: dt.date | None = None, rules: RoutineRules | None = None) -> Streak:
    """Consecutive kept weeks back from now. A missed week is forgiven while the misses within any window of
    `forgiveness_window_weeks` stay at or below `forgiven_misses`; the week in progress never counts as missed."""
    return overview(owner, today=today, rules=rules).streak


@dataclass
class Overview:
    this_week: list[GoalProgress]
    streak: Streak
    resting: bool  # this week is declared a rest week


def overview(owner, *, today: dt.date | None = None, rules: RoutineRules | None = None) -> Overview:
    """This week's goals, the streak and whether this week is a rest week, from one read of the goals, the rest
    weeks and the weekly counts, however far back the streak goes."""
    rules = rules or rules_for(owner)
    current = week_start(today or timezone.localdate())
    goals = list(WeeklyGoal.objects.filter(owner=owner))
    first = min((week_start(timezone.localdate(g.created_at)) for g in goals), default=current)
    counts = WeekCounts(owner, max(first - dt.timedelta(weeks=1), current - dt.timedelta(weeks=520)))
    rest_weeks = counts.read(goals)
    this_week = week_status(owner, current, rest_weeks, goals=goals, counts=counts)
    kept = rested = forgiven = 0
    if this_week in ("met", "rest"):
        kept, rested = 1, int(this_week == "rest")
    misses: list[int] = []
    for back in range(1, 520):
        status = week_status(owner, current - dt.timedelta(weeks=back), rest_weeks, goals=goals, counts=counts)
        if status == "none":
            break
        if status == "missed":
            recent = [m for m in misses if back - m < rules.forgiveness_window_weeks]
            if len(recent) + 1 > rules.forgiven_misses:
                break
            misses.append(back)
            forgiven += 1
            continue
        kept += 1
        rested += status == "rest"
    return Overview(
        week_progress(owner, current, goals=[g for g in goals if g.archived_at is None], counts=counts),
        Streak(kept, rested, forgiven if kept else 0, this_week == "met"),
        current in rest_weeks,
    )


# --- burnout guard -----------------------------------------------------------------------------


@dataclass
class BurnoutSignal:
    kind: str  # "volume" or "rejections"
    message: str


def burnout_signals(owner, *, today: dt.date | None = None, rules: RoutineRules | None = None,
                    facts: Facts | None = None) -> list[BurnoutSignal]:
    """Patterns where a pause and a look at targeting help more than more volume. Thresholds are the user's rules.
    The week's applications are counted from `facts` (every sent application) when the caller has them."""
    rules = rules or rules_for(owner)
    day = today or timezone.localdate()
    since = day - dt.timedelta(days=7)
    signals = []
    if facts is None:
        sent = Application.objects.filter(owner=owner, date_applied__gt=since, date_applied__lte=day).count()
    else:
        sent = sum(r.n for r in fit(facts, day, 8).rows if since < r.applied <= day)
    begin = dt.datetime.combine(since + dt.timedelta(days=1), dt.time.min, tzinfo=timezone.get_current_timezone())
    answers = StageChange.objects.filter(
        owner=owner, changed_at__gte=begin, to_stage__in=STEP_STAGES["responded"] - {Stage.REJECTED}
    )
    # The latest outcomes carry the week's answer count along, so both come from one query when there are any.
    outcomes = list(StageChange.objects.filter(
        owner=owner, to_stage__in=[Stage.SCREENING, Stage.INTERVIEWING, Stage.OFFER, Stage.REJECTED]
    ).order_by("-changed_at", "-id").annotate(
        answered=Subquery(answers.order_by().values("owner").annotate(n=Count("pk")).values("n")[:1])
    ).values_list("to_stage", "answered")[: max(rules.burnout_rejection_run, 1)])
    answered = (outcomes[0][1] or 0) if outcomes else answers.count()
    if rules.burnout_applications and sent >= rules.burnout_applications and answered == 0:
        signals.append(BurnoutSignal(
            "volume",
            f"You sent {sent} applications in the last seven days and have not heard back yet. A short pause and a "
            "look at which roles fit best often does more than sending more.",
        ))
    run = 0
    for stage, _ in outcomes:
        if stage != Stage.REJECTED:
            break
        run += 1
    if rules.burnout_rejection_run and run >= rules.burnout_rejection_run:
        signals.append(BurnoutSignal(
            "rejections",
            f"The last {run} answers were rejections. That is hard. It may help to rest for a few days, then "
            "review which roles and companies you are aiming at before sending more.",
        ))
    return signals


# --- mood --------------------------------------------------------------------------------------


def check_in(owner, mood: int, note: str = "", *, day: dt.date | None = None) -> MoodCheckIn:
    try:
        mood = int(mood)
    except (TypeError, ValueError):
        raise RoutineError("Mood is a number from 1 to 5.") from None
    if not 1 <= mood <= 5:
        raise RoutineError("Mood is a number from 1 to 5.")
    # As for wins: a check-in says how a day went, so a day to come cannot have one yet.
    if day is not None and day > timezone.localdate():
        raise RoutineError("That date is in the future; a check-in is for today or a day gone by.")
    return MoodCheckIn.objects.create(owner=owner, mood=mood, note=note.strip(), day=day or timezone.localdate())


def mood_trend(owner, *, weeks: int = 12, today: dt.date | None = None) -> list[dict]:
    """Average mood per week (weeks with check-ins only), oldest first; one query for all the weeks."""
    return moods(owner, weeks=weeks, today=today).trend


def recent_check_ins(owner, limit: int = 8) -> list[MoodCheckIn]:
    return list(MoodCheckIn.objects.filter(owner=owner).order_by("-day", "-id")[:limit])


@dataclass
class Moods:
    recent: list[MoodCheckIn]  # the latest check-ins, newest first
    trend: list[dict]  # average mood per week with check-ins, oldest first


def moods(owner, *, weeks: int = 12, today: dt.date | None = None, limit: int = 8) -> Moods:
    """The latest `limit` check-ins and the weekly trend over `weeks` weeks, from one query: the weeks' check-ins
    and, when those are fewer than `limit`, the latest older ones."""
    current = week_start(today or timezone.localdate())
    first = current - dt.timedelta(weeks=weeks - 1)
    end = current + dt.timedelta(weeks=1)
    latest = MoodCheckIn.objects.filter(owner=owner).order_by("-day", "-id").values("pk")[:limit]
    rows = list(MoodCheckIn.objects.filter(owner=owner).filter(Q(day__gte=first, day__lt=end) | Q(pk__in=latest))
                .order_by("-day", "-id"))
    # The latest ones by the same order as recent_check_ins; a check-in dated after this week is one of them too.
    recent = sorted(rows, key=lambda c: (c.day, c.id), reverse=True)[:limit]
    by_week: dict[dt.date, list[int]] = {}
    for c in sorted(rows, key=lambda c: (c.day, c.id)):
        if first <= c.day < end:
            by_week.setdefault(week_start(c.day), []).append(c.mood)
    trend = [{"week": start.isoformat(), "mood": round(sum(m) / len(m), 2)} for start, m in sorted(by_week.items())]
    return Moods(recent, trend)


def wins(owner, limit: int = 10) -> list:
    """The wins journal from the playbook, newest first."""
    return list_wins(owner, limit=limit)
