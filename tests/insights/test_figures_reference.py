"""Insights' figures against the straightforward computation: every application and its history read one by one,
in plain Python. The page's figures come from grouped queries for speed; whatever they do, they must say the same.

The tracker is seeded with what tends to break shortcuts: deleted applications, moves back and reopened ones,
interviews logged without a stage move, answers dated before the application, answers near midnight in a zone
with summer time, company names equal but for case or accents, more companies than the page lists, applications
on the edges of the windows, and a change of the waiting time before an application counts as unanswered.
"""

from __future__ import annotations

import datetime as dt
import random
import statistics
from collections import Counter, defaultdict
from zoneinfo import ZoneInfo

import pytest
from django.test import override_settings
from django.utils import timezone

from onward.core.services import profile_for
from onward.insights import funnel
from onward.insights.dashboard import stats
from onward.insights.funnel import STEP_STAGES, STEPS, flow_path, title_group, week_start
from onward.playbook.rejections import rejection_summary
from onward.tracker import services
from onward.tracker.models import Application, Interview, StageChange
from onward.tracker.stages import CLOSED, Stage

TODAY = dt.date(2026, 3, 30)  # a Monday, the day after summer time began in Europe
NAMES = ["Acme", "ACME", "acme", "Ärzte Plus", "ärzte plus", "Zeta", "Éclair", "eclair", "Beta", "beta GmbH"]
NAMES += [f"Company {i:02d}" for i in range(40)]
TITLES = ["Senior Data Analyst (Remote)", "Data Analyst II", "Backend Engineer", "Sr. Backend Engineer - Payments",
          "UX Designer", "Product Manager", "Lead"]
SOURCES = ["", "referral", "job_board", "recruiter", "company_site"]
PATHS = [
    [], [Stage.REJECTED], [Stage.SCREENING], [Stage.SCREENING, Stage.INTERVIEWING, Stage.REJECTED],
    [Stage.SCREENING, Stage.INTERVIEWING, Stage.OFFER, Stage.ACCEPTED], [Stage.GHOSTED],
    [Stage.SCREENING, Stage.INTERVIEWING, Stage.SCREENING],  # moved back
    [Stage.REJECTED, "reopen", Stage.INTERVIEWING], [Stage.POSITION_CLOSED], [Stage.WITHDRAWN],
    [Stage.INTERVIEWING, Stage.OFFER, Stage.OFFER_DECLINED], [Stage.GHOSTED, "reopen"],
]


def _seed(owner, seed: int = 7) -> None:
    rng = random.Random(seed)
    tz = timezone.get_current_timezone()
    doomed = []
    for i in range(260):
        days_ago = rng.choice([0, 1, 6, 7, 13, 27, 28, 29, 83, 84, 85]) if i % 4 == 0 else rng.randint(0, 700)
        applied_on = TODAY - dt.timedelta(days=days_ago)
        at = dt.datetime.combine(applied_on, dt.time(rng.choice([0, 9, 23]), rng.randint(0, 59)), tzinfo=tz)
        stage = Stage.WISHLIST if i % 23 == 0 else Stage.APPLIED
        app = services.create_application(
            owner, company_name=rng.choice(NAMES), title=rng.choice(TITLES), source=rng.choice(SOURCES), at=at,
            stage=stage, **({} if stage == Stage.WISHLIST else {"date_applied": applied_on}))
        if stage == Stage.WISHLIST:
            continue
        when = at
        for step in rng.choice(PATHS):
            # Answers come late in the evening or just after midnight, some before the application was sent.
            when = when + dt.timedelta(days=rng.randint(0, 30), hours=rng.choice([0, 1, 14]))
            if rng.random() < 0.05:
                when = at - dt.timedelta(days=2)
            when = min(when, dt.datetime.combine(TODAY, dt.time(23, 30), tzinfo=tz))
            if step == "reopen":
                app.refresh_from_db()
                if app.stage in CLOSED:
                    services.reopen_application(app)
            else:
                services.move(app, step, at=when)
        if rng.random() < 0.08:
            services.log_interview(app, scheduled_at=at + dt.timedelta(days=rng.randint(-3, 20), hours=22),
                                   advance=False)
        if rng.random() < 0.05:
            doomed.append(app)
    for app in doomed:
        app.delete()


# --- the straightforward computation -----------------------------------------------------------------------


def _reference(owner, window: str, today: dt.date) -> dict:
    ghost_days = profile_for(owner).ghosting_threshold_days
    offer_max_days = profile_for(owner).ghosting_offer_max_days
    weeks = funnel.WINDOWS[window]
    start = None if weeks is None else today - dt.timedelta(weeks=weeks)
    history: dict[int, list[StageChange]] = defaultdict(list)
    for change in StageChange.objects.filter(owner=owner).order_by("changed_at", "pk"):
        history[change.application_id].append(change)
    interviews: dict[int, list[dt.datetime]] = defaultdict(list)
    for interview in Interview.objects.filter(owner=owner):
        interviews[interview.application_id].append(interview.scheduled_at)
    every = [a for a in Application.objects.filter(owner=owner).select_related("company").order_by("pk")
             if a.date_applied is not None]
    apps = [a for a in every if start is None or a.date_applied > start]

    def stages(app):
        return {c.to_stage for c in history[app.pk]} | {app.stage}

    def reached(app, step):
        if step == "applied":
            return True
        return bool(stages(app) & STEP_STAGES[step]) or (step == "interviewed" and bool(interviews[app.pk]))

    def first_answer(app):
        times = [c.changed_at for c in history[app.pk] if c.to_stage in STEP_STAGES["responded"]]
        times += interviews[app.pk]
        return min(times) if times else None

    def counts(group):
        return {s: sum(reached(a, s) for a in group) for s in STEPS}

    def breakdown(key, label):
        groups = defaultdict(list)
        labels = {}
        for a in apps:
            groups[key(a)].append(a)
            labels[key(a)] = label(a)
        rows = [(k, labels[k], counts(g)) for k, g in groups.items()]
        return sorted(rows, key=lambda r: (-r[2]["applied"], r[1].lower()))

    source_labels = dict(Application.Source.choices)
    by_company = defaultdict(list)
    for a in apps:
        by_company[a.company_id].append(a)
    response = []
    for company_id in sorted(by_company):
        group = by_company[company_id]
        spans = [(timezone.localdate(first_answer(a)) - a.date_applied).days for a in group if first_answer(a)]
        good = [d for d in spans if d >= 0]
        response.append((group[0].company.name, company_id, len(spans), len(group),
                         statistics.median(good) if good else None, len(spans) - len(good)))
    response.sort(key=lambda r: (r[4] is None, r[4] or 0, r[0].lower()))

    this_week = week_start(today)
    starts = [this_week - dt.timedelta(weeks=i) for i in range(11, -1, -1)]
    sent = Counter(week_start(a.date_applied) for a in every)
    answered = Counter(week_start(timezone.localdate(first_answer(a))) for a in every if first_answer(a))
    weekly = [{"week": s.isoformat(), "applications": sent[s], "responses": answered[s]} for s in starts]

    cutoff = today - dt.timedelta(days=ghost_days)
    quiet_since = dt.datetime.combine(today - dt.timedelta(days=offer_max_days - 1), dt.time.min,
                                      tzinfo=timezone.get_current_timezone())
    ghosted = sorted((a for a in apps if a.stage == Stage.GHOSTED), key=lambda a: (-a.last_activity_at.timestamp(),
                                                                                    a.pk))
    waiting = sorted((a for a in apps if a.stage == Stage.APPLIED and a.date_applied <= cutoff
                      and not reached(a, "responded")), key=lambda a: (a.date_applied, a.pk))
    stale = [a for a in waiting if a.last_activity_at >= quiet_since]
    quiet = [a for a in waiting if a.last_activity_at < quiet_since]
    eligible = sum(a.date_applied <= cutoff or a.stage == Stage.GHOSTED for a in apps)

    links, through = Counter(), Counter()
    for a in apps:
        path = flow_path(list(stages(a)) + ([Stage.INTERVIEWING] if interviews[a.pk] else []), a.stage)
        links.update(zip(path, path[1:], strict=False))
        through.update(path)

    titles, last = Counter(), {}
    for a in Application.objects.filter(owner=owner):
        titles[a.title] += 1
        last[a.title] = max(last.get(a.title, a.last_activity_at), a.last_activity_at)

    return {
        "funnel": counts(apps),
        "by_source": breakdown(lambda a: a.source or "unknown",
                               lambda a: source_labels.get(a.source, a.source) if a.source else "Not recorded"),
        "by_title": breakdown(lambda a: title_group(a.title), lambda a: title_group(a.title)),
        "by_company": breakdown(lambda a: str(a.company_id), lambda a: a.company.name),
        "response_times": response,
        "weekly": weekly,
        "ghosting": (eligible, len(ghosted) + len(stale), [a.pk for a in ghosted[:30]], [a.pk for a in stale[:30]],
                     [a.pk for a in quiet[:30]], len(stale), len(quiet)),
        "flows": (links, through),
        "titles": [(t, titles[t]) for t in sorted(titles, key=lambda t: (-last[t].timestamp(), t))],
        "facts_count": len(apps),
        "rejections": rejection_summary(owner, applications=[a.pk for a in apps]),
    }


def _ghosting(g: funnel.Ghosting) -> tuple:
    return (g.eligible, g.count, [a.pk for a in g.ghosted], [a.pk for a in g.stale], [a.pk for a in g.long_quiet],
            g.stale_count, g.long_quiet_count)


def _figures(owner, window: str, today: dt.date) -> dict:
    s = stats(owner, window, today=today)
    # Asked for alone, from facts that did not count the quiet ones along, the lists and counts are the same.
    alone = funnel.ghosting(owner, funnel.in_window(funnel.gather(owner, today=today), window), today=today)
    assert _ghosting(alone) == _ghosting(s.ghosting)
    return {
        "funnel": s.funnel.counts,
        "by_source": [(x.key, x.label, x.funnel.counts) for x in s.by_source],
        "by_title": [(x.key, x.label, x.funnel.counts) for x in s.by_title],
        "by_company": [(x.key, x.label, x.funnel.counts) for x in s.by_company],
        "response_times": [(r.company, r.company_id, r.answered, r.applied, r.median_days, r.bad_dates)
                           for r in s.response_times],
        "weekly": s.weekly,
        "ghosting": _ghosting(s.ghosting),
        "flows": (+s.flows.links, +s.flows.reached),
        "titles": s.every.titles,
        "facts_count": s.facts_count,
        "rejections": s.rejections,
    }


@pytest.mark.parametrize("zone", ["UTC", "Europe/Berlin", "America/Los_Angeles"])
def test_figures_match_the_straightforward_computation(alice, zone):
    with override_settings(TIME_ZONE=zone):
        _seed(alice)
        profile = profile_for(alice)
        profile.ghosting_offer_max_days = 200
        profile.save()
        assert Application.objects.filter(owner=alice).values("company").distinct().count() > 30
        for days in (21, 45):  # the waiting time changes: the figures follow without anything else being told
            profile.ghosting_threshold_days = days
            profile.save()
            for window in funnel.WINDOWS:
                expected = _reference(alice, window, TODAY)
                got = _figures(alice, window, TODAY)
                if window == "all":  # the tricky cases are there to be counted
                    assert expected["rejections"].total and expected["ghosting"][1]
                    assert any(r[5] for r in expected["response_times"])  # answers dated before applying
                for name in expected:
                    assert got[name] == expected[name], (zone, days, window, name)


def test_answers_near_midnight_count_on_their_local_day(alice):
    """An answer at 00:30 in Berlin in summer is 22:30 UTC the day before: its day, and so its week and the
    days it took, are Berlin's."""
    with override_settings(TIME_ZONE="Europe/Berlin"):
        tz = ZoneInfo("Europe/Berlin")
        app = services.create_application(alice, company_name="Nightly", title="Data Analyst",
                                          at=dt.datetime(2026, 3, 23, 9, tzinfo=tz), date_applied=dt.date(2026, 3, 23))
        services.move(app, Stage.SCREENING, at=dt.datetime(2026, 3, 30, 0, 30, tzinfo=tz))
        s = stats(alice, "all", today=TODAY)
        [row] = s.response_times
        assert row.median_days == 7
        assert s.weekly[-1] == {"week": "2026-03-30", "applications": 0, "responses": 1}


@pytest.mark.parametrize("zone", ["Europe/Berlin", "America/Santiago", "Asia/Beirut", "UTC"])
def test_local_dates_in_the_database_are_python_s(alice, zone):
    """The database's local day of a time is the one Python gives: around the changes of summer time (to the
    second), at midnight, and long ago or far ahead, where Django's own function decides."""
    from onward.insights.expressions import LocalDate

    with override_settings(TIME_ZONE=zone):
        tz = ZoneInfo(zone)
        moments = [dt.datetime(1975, 6, 1, 23, 30, tzinfo=tz), dt.datetime(2090, 1, 1, 0, 30, tzinfo=tz),
                   dt.datetime(2026, 3, 30, 0, 0, tzinfo=tz), dt.datetime(2026, 12, 31, 23, 59, 59, tzinfo=tz)]
        # A second either side of every change of offset in these years (Santiago and Beirut change at midnight).
        for year in (2025, 2026):
            day = dt.datetime(year, 1, 1, tzinfo=dt.UTC)
            while day.year == year:
                later = day + dt.timedelta(hours=1)
                if later.astimezone(tz).utcoffset() != day.astimezone(tz).utcoffset():
                    change = day
                    while change.astimezone(tz).utcoffset() == day.astimezone(tz).utcoffset():
                        change += dt.timedelta(seconds=1)
                    moments += [change - dt.timedelta(seconds=1), change]
                day = later
        app = services.create_application(alice, company_name="Clockwork", title="Analyst")
        for at in moments:
            Application.objects.filter(pk=app.pk).update(first_answer_at=at)
            assert Application.objects.annotate(d=LocalDate("first_answer_at")).values_list(
                "d", flat=True).get(pk=app.pk) == timezone.localdate(at, tz), (zone, at)
