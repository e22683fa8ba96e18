"""Weekly goals and their progress, streaks counted in weeks with rest allowed, the burnout guard, mood check-ins."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from django.db.models import Avg, Sum
from django.utils import timezone

from onward.core.errors import OnwardError
from onward.insights.funnel import STEP_STAGES, week_start
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
    label = " ".join(label.split())
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
                                    note=note.strip())


def goals_in_week(owner, start: dt.date) -> list[WeeklyGoal]:
    """The goals that applied to a week: created before it ended and not archived before it began."""
    begin, end = _week_bounds(start)
    return [
        g for g in WeeklyGoal.objects.filter(owner=owner, created_at__lt=end)
        if g.archived_at is None or g.archived_at >= begin + dt.timedelta(weeks=1)
    ]


def progress(goal: WeeklyGoal, start: dt.date) -> int:
    begin, end = _week_bounds(start)
    if goal.kind == WeeklyGoal.Kind.APPLICATIONS:
        return Application.objects.filter(
            owner=goal.owner, date_applied__gte=start, date_applied__lt=start + dt.timedelta(weeks=1)
        ).count()
    if goal.kind == WeeklyGoal.Kind.FOLLOW_UPS:
        return Task.objects.filter(
            owner=goal.owner, status=Task.Status.DONE, kind__in=FOLLOW_UP_KINDS, completed_at__gte=begin,
            completed_at__lt=end,
        ).count()
    total = goal.entries.filter(day__gte=start, day__lt=start + dt.timedelta(weeks=1)).aggregate(n=Sum("amount"))
    return max(total["n"] or 0, 0)


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


def week_progress(owner, start: dt.date | None = None) -> list[GoalProgress]:
    start = start or week_start(timezone.localdate())
    return [GoalProgress(g, progress(g, start)) for g in goals_in_week(owner, start)]


# --- rest and streaks --------------------------------------------------------------------------


def declare_rest(owner, day: dt.date | None = None, note: str = "") -> RestWeek:
    start = week_start(day or timezone.localdate())
    rest, _ = RestWeek.objects.update_or_create(owner=owner, week_start=start, defaults={"note": note.strip()})
    return rest


def cancel_rest(owner, day: dt.date | None = None) -> None:
    RestWeek.objects.filter(owner=owner, week_start=week_start(day or timezone.localdate())).delete()


@dataclass
class Streak:
    weeks: int  # weeks kept (goals met or rest) in the current run
    rested: int  # of which rest weeks
    forgiven: int  # missed weeks inside the run that the rules forgave
    this_week_met: bool


def week_status(owner, start: dt.date, rest_weeks: set[dt.date]) -> str:
    """'rest', 'met', 'missed', or 'none' when no goal applied that week."""
    if start in rest_weeks:
        return "rest"
    items = week_progress(owner, start)
    if not items:
        return "none"
    return "met" if all(p.met for p in items) else "missed"


def streak(owner, *, today: dt.date | None = None) -> Streak:
    """Consecutive kept weeks back from now. A missed week is forgiven while the misses within any window of
    `forgiveness_window_weeks` stay at or below `forgiven_misses`; the week in progress never counts as missed."""
    rules = rules_for(owner)
    current = week_start(today or timezone.localdate())
    rest_weeks = set(RestWeek.objects.filter(owner=owner).values_list("week_start", flat=True))
    this_week = week_status(owner, current, rest_weeks)
    kept = rested = forgiven = 0
    if this_week in ("met", "rest"):
        kept, rested = 1, int(this_week == "rest")
    misses: list[int] = []
    for back in range(1, 520):
        status = week_status(owner, current - dt.timedelta(weeks=back), rest_weeks)
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
    return Streak(kept, rested, forgiven if kept else 0, this_week == "met")


# --- burnout guard -----------------------------------------------------------------------------


@dataclass
class BurnoutSignal:
    kind: str  # "volume" or "rejections"
    message: str


def burnout_signals(owner, *, today: dt.date | None = None) -> list[BurnoutSignal]:
    """Patterns where a pause and a look at targeting help more than more volume. Thresholds are the user's rules."""
    rules = rules_for(owner)
    day = today or timezone.localdate()
    since = day - dt.timedelta(days=7)
    signals = []
    sent = Application.objects.filter(owner=owner, date_applied__gt=since, date_applied__lte=day).count()
    begin = dt.datetime.combine(since + dt.timedelta(days=1), dt.time.min, tzinfo=timezone.get_current_timezone())
    answered = StageChange.objects.filter(
        owner=owner, changed_at__gte=begin, to_stage__in=STEP_STAGES["responded"] - {Stage.REJECTED}
    ).count()
    if rules.burnout_applications and sent >= rules.burnout_applications and answered == 0:
        signals.append(BurnoutSignal(
            "volume",
            f"You sent {sent} applications in the last seven days and have not heard back yet. A short pause and a "
            "look at which roles fit best often does more than sending more.",
        ))
    outcomes = StageChange.objects.filter(
        owner=owner, to_stage__in=[Stage.SCREENING, Stage.INTERVIEWING, Stage.OFFER, Stage.REJECTED]
    ).order_by("-changed_at", "-id").values_list("to_stage", flat=True)[: max(rules.burnout_rejection_run, 1)]
    run = 0
    for stage in outcomes:
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
    return MoodCheckIn.objects.create(owner=owner, mood=mood, note=note.strip(), day=day or timezone.localdate())


def mood_trend(owner, *, weeks: int = 12, today: dt.date | None = None) -> list[dict]:
    """Average mood per week (weeks with check-ins only), oldest first."""
    current = week_start(today or timezone.localdate())
    first = current - dt.timedelta(weeks=weeks - 1)
    rows = []
    for i in range(weeks):
        start = first + dt.timedelta(weeks=i)
        agg = MoodCheckIn.objects.filter(owner=owner, day__gte=start, day__lt=start + dt.timedelta(weeks=1)).aggregate(
            avg=Avg("mood")
        )
        if agg["avg"] is not None:
            rows.append({"week": start.isoformat(), "mood": round(agg["avg"], 2)})
    return rows


def recent_check_ins(owner, limit: int = 8) -> list[MoodCheckIn]:
    return list(MoodCheckIn.objects.filter(owner=owner).order_by("-day", "-id")[:limit])


def wins(owner, limit: int = 10) -> list:
    """The wins journal from the playbook, newest first."""
    return list_wins(owner, limit=limit)
