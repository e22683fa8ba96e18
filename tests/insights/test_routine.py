import datetime as dt

import pytest
from django.utils import timezone

from onward.insights import routine
from onward.insights.funnel import week_start
from onward.insights.models import RoutineRules, WeeklyGoal
from onward.tracker import services
from onward.tracker.models import Task
from onward.tracker.stages import Stage

from .conftest import TODAY, applied, at

MONDAY = week_start(TODAY)


def _goal(owner, kind="custom", target=1, weeks_ago=0, label="Read"):
    goal = routine.add_goal(owner, kind, target, label if kind == "custom" else "")
    WeeklyGoal.objects.filter(pk=goal.pk).update(created_at=at((TODAY - MONDAY).days + 7 * weeks_ago))
    goal.refresh_from_db()
    return goal


def test_application_goal_counts_applications_sent_this_week(alice):
    goal = _goal(alice, "applications", 3)
    applied(alice, "A", "Analyst", 0)
    applied(alice, "B", "Analyst", (TODAY - MONDAY).days)  # Monday of this week
    applied(alice, "C", "Analyst", (TODAY - MONDAY).days + 1)  # Sunday before: last week
    assert routine.progress(goal, MONDAY) == 2
    [item] = routine.week_progress(alice, MONDAY)
    assert (item.done, item.met, item.percent) == (2, False, 67)


def test_follow_up_goal_counts_done_follow_up_kinds(alice):
    goal = _goal(alice, "follow_ups", 2)
    for kind in (Task.Kind.FOLLOW_UP, Task.Kind.THANK_YOU, Task.Kind.PREP):
        task = services.add_task(alice, title=f"{kind}", kind=kind)
        services.complete_task(task)
        Task.objects.filter(pk=task.pk).update(completed_at=at(0))
    services.add_task(alice, title="open one", kind=Task.Kind.FOLLOW_UP)
    assert routine.progress(goal, MONDAY) == 2  # prep does not count, the open one is not done


def test_manual_goal_counts_entries_and_refuses_tracked_kinds(alice):
    goal = _goal(alice, "networking", 2)
    routine.log_progress(goal, day=TODAY)
    routine.log_progress(goal, 2, day=TODAY)
    routine.log_progress(goal, -1, day=TODAY)
    routine.log_progress(goal, day=MONDAY - dt.timedelta(days=1))
    assert routine.progress(goal, MONDAY) == 2
    with pytest.raises(routine.RoutineError, match="counted from your tracker"):
        routine.log_progress(_goal(alice, "applications", 1))
    with pytest.raises(routine.RoutineError, match="custom goal needs a name"):
        routine.add_goal(alice, "custom", 1)
    with pytest.raises(routine.RoutineError, match="Unknown goal kind"):
        routine.add_goal(alice, "juggling", 1)


def _meet(goal, *weeks_ago):
    for w in weeks_ago:
        routine.log_progress(goal, day=MONDAY - dt.timedelta(weeks=w) + dt.timedelta(days=2))


def test_streak_forgives_one_missed_week_in_four(alice):
    goal = _goal(alice, weeks_ago=6)
    _meet(goal, 1, 2, 4, 5)  # week 3 missed (forgiven); week 6 missed too, only 3 weeks later: the run ends
    s = routine.streak(alice, today=TODAY)
    assert (s.weeks, s.rested, s.forgiven, s.this_week_met) == (4, 0, 1, False)


def test_rest_week_keeps_the_streak(alice):
    goal = _goal(alice, weeks_ago=6)
    _meet(goal, 0, 1, 2, 4, 5)
    routine.declare_rest(alice, MONDAY - dt.timedelta(weeks=3))
    s = routine.streak(alice, today=TODAY)
    # This week met, 5 kept weeks back (one a rest), week 6 forgiven, then no goal existed.
    assert (s.weeks, s.rested, s.forgiven, s.this_week_met) == (6, 1, 1, True)


def _set_rules(user, **values):
    # The Insights page changes these through its rules form (tested in test_views.py).
    RoutineRules.objects.filter(pk=routine.rules_for(user).pk).update(**values)


def test_forgiveness_follows_the_users_rules(alice):
    goal = _goal(alice, weeks_ago=6)
    _meet(goal, 1, 2, 4, 5)
    _set_rules(alice, forgiven_misses=0)
    assert routine.streak(alice, today=TODAY).weeks == 2


def test_archived_goal_stops_counting_from_that_week(alice):
    goal = _goal(alice, weeks_ago=2)
    _meet(goal, 1, 2)
    routine.archive_goal(goal)
    WeeklyGoal.objects.filter(pk=goal.pk).update(archived_at=at(0))
    assert routine.week_progress(alice, MONDAY) == []
    assert [p.goal for p in routine.week_progress(alice, MONDAY - dt.timedelta(weeks=1))] == [goal]


def test_burnout_guard_on_volume_without_answers(alice):
    for i in range(15):
        applied(alice, f"Co {i}", "Analyst", i % 7)
    [signal] = routine.burnout_signals(alice, today=TODAY)
    assert signal.kind == "volume" and "15 applications" in signal.message
    _set_rules(alice, burnout_applications=16)
    assert routine.burnout_signals(alice, today=TODAY) == []


def test_burnout_guard_on_a_run_of_rejections(alice):
    apps = [applied(alice, f"Co {i}", "Analyst", 40 + i) for i in range(6)]
    services.move(apps[0], Stage.INTERVIEWING, at=at(30))
    for i, app in enumerate(apps[1:]):
        services.move(app, Stage.REJECTED, at=at(20 - i))
    [signal] = routine.burnout_signals(alice, today=TODAY)
    assert signal.kind == "rejections" and "last 5" in signal.message
    # An answer that moves things forward breaks the run.
    services.move(apps[0], Stage.OFFER, at=timezone.now())
    assert routine.burnout_signals(alice, today=TODAY) == []


def test_mood_check_ins_and_weekly_trend(alice, bob):
    routine.check_in(alice, 2, "tired", day=MONDAY - dt.timedelta(weeks=1))
    routine.check_in(alice, 4, day=MONDAY - dt.timedelta(weeks=1, days=-1))
    routine.check_in(alice, 5, day=TODAY)
    routine.check_in(bob, 1, day=TODAY)
    trend = routine.mood_trend(alice, weeks=3, today=TODAY)
    assert trend == [{"week": (MONDAY - dt.timedelta(weeks=1)).isoformat(), "mood": 3.0},
                     {"week": MONDAY.isoformat(), "mood": 5.0}]
    for bad in (0, 6, "x"):
        with pytest.raises(routine.RoutineError, match="1 to 5"):
            routine.check_in(alice, bad)


def test_wins_come_from_the_playbook(alice):
    from onward.playbook.wins import add_win

    add_win(alice, "Good call with a recruiter")
    assert [w.text for w in routine.wins(alice)] == ["Good call with a recruiter"]
