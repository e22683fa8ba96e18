"""The application funnel from the user's own history: counts, conversion, breakdowns, response times, ghosting.

What counts as a response, an interview or an offer is data (STEP_STAGES), read from the stage history, so an
application rejected after interviews still counts as interviewed.
"""

from __future__ import annotations

import datetime as dt
import re
import statistics
from collections import Counter, defaultdict
from dataclasses import dataclass, field

from django.db import transaction
from django.db.models import Min
from django.utils import timezone

from onward.core.errors import OnwardError
from onward.core.models import Origin
from onward.core.services import profile_for
from onward.playbook.rejections import RejectionSummary, rejection_summary
from onward.tracker.models import Application, Interview, StageChange
from onward.tracker.services import move
from onward.tracker.stages import CLOSED, PIPELINE, Stage

# Each funnel step and the stages whose presence in an application's history means it got that far.
STEP_STAGES: dict[str, frozenset[str]] = {
    "responded": frozenset(
        {
            Stage.SCREENING, Stage.INTERVIEWING, Stage.OFFER, Stage.ACCEPTED, Stage.REJECTED,
            Stage.OFFER_DECLINED, Stage.OFFER_RESCINDED, Stage.POSITION_CLOSED,
        }
    ),
    "interviewed": frozenset({Stage.INTERVIEWING, Stage.OFFER, Stage.ACCEPTED, Stage.OFFER_DECLINED,
                              Stage.OFFER_RESCINDED}),
    "offer": frozenset({Stage.OFFER, Stage.ACCEPTED, Stage.OFFER_DECLINED, Stage.OFFER_RESCINDED}),
}
STEPS = ["applied", "responded", "interviewed", "offer"]
STEP_LABELS = {"applied": "Applied", "responded": "Any response", "interviewed": "Interview", "offer": "Offer"}
# Time windows in weeks; None is all time.
WINDOWS: dict[str, int | None] = {"all": None, "12w": 12, "4w": 4}
WINDOW_LABELS = {"all": "All time", "12w": "Last 12 weeks", "4w": "Last 4 weeks"}
SMALL_GROUP = 5
SOURCE_LABELS = dict(Application.Source.choices)

# Words that say how senior a role is, not what it is: dropped when grouping titles.
SENIORITY_WORDS = frozenset(
    "senior sr junior jr lead principal staff head chief associate assistant intern trainee entry level mid "
    "i ii iii iv v 1 2 3 4 graduate apprentice".split()
)
_NOT_WORD = re.compile(r"[^a-z0-9+#]+")


class InsightsError(OnwardError):
    """A choice the insights pages do not offer (a window, a breakdown)."""


def title_group(title: str) -> str:
    """A role title without seniority, level and details: 'Senior Data Analyst (Remote)' → 'data analyst'."""
    title = re.sub(r"\(.*?\)|\[.*?\]", " ", title.lower())
    title = re.split(r"\s[-–—|,/]\s|,", title)[0]
    words = [w for w in _NOT_WORD.split(title) if w and w not in SENIORITY_WORDS]
    return " ".join(words) or title.strip()


@dataclass
class AppFacts:
    """What the funnel needs to know about one application, read as plain values (no model instances)."""

    pk: int
    title: str
    source: str
    company_id: int
    company: str
    stage: str
    applied: dt.date
    history: list[str]  # the stages moved to, oldest first
    first_response: dt.date | None
    has_interview: bool
    stages: frozenset[str] = field(init=False)

    def __post_init__(self):
        self.stages = frozenset(self.history) | {self.stage}

    def reached(self, step: str) -> bool:
        if step == "applied":
            return True
        if step == "interviewed" and self.has_interview:
            return True
        return bool(self.stages & STEP_STAGES[step])


def gather(owner) -> list[AppFacts]:
    """Every applied application with its history, in three value queries (fast for thousands of rows)."""
    history: dict[int, list[str]] = defaultdict(list)
    first_answer: dict[int, dt.datetime] = {}
    for app_id, to_stage, at in (
        StageChange.objects.filter(owner=owner).order_by("changed_at", "id")
        .values_list("application_id", "to_stage", "changed_at")
    ):
        history[app_id].append(to_stage)
        if to_stage in STEP_STAGES["responded"] and app_id not in first_answer:
            first_answer[app_id] = at
    first_interview = dict(
        Interview.objects.filter(owner=owner).values("application_id").annotate(first=Min("scheduled_at"))
        .values_list("application_id", "first")
    )
    facts = []
    for pk, title, source, company_id, company, stage, applied in (
        Application.objects.filter(owner=owner, date_applied__isnull=False)
        .values_list("pk", "title", "source", "company_id", "company__name", "stage", "date_applied")
    ):
        answers = [t for t in (first_answer.get(pk), first_interview.get(pk)) if t is not None]
        first = timezone.localdate(min(answers)) if answers else None
        facts.append(AppFacts(pk, title, source, company_id, company, stage, applied, history.get(pk, []), first,
                              pk in first_interview))
    return facts


def in_window(facts: list[AppFacts], window: str, today: dt.date | None = None) -> list[AppFacts]:
    weeks = WINDOWS[window]
    if weeks is None:
        return facts
    start = (today or timezone.localdate()) - dt.timedelta(weeks=weeks)
    return [f for f in facts if f.applied > start]


@dataclass
class Funnel:
    counts: dict[str, int]
    small: bool = field(init=False)

    def __post_init__(self):
        self.small = self.counts["applied"] < SMALL_GROUP

    def rate(self, step: str) -> float | None:
        """Conversion from the previous step."""
        i = STEPS.index(step)
        base = self.counts[STEPS[i - 1]] if i else self.counts["applied"]
        return self.counts[step] / base if base else None

    def overall(self, step: str) -> float | None:
        return self.counts[step] / self.counts["applied"] if self.counts["applied"] else None

    def rows(self) -> list[dict]:
        return [
            {"step": s, "label": STEP_LABELS[s], "count": self.counts[s], "rate": self.rate(s) if i else None,
             "overall": self.overall(s)}
            for i, s in enumerate(STEPS)
        ]


def funnel(facts: list[AppFacts]) -> Funnel:
    return Funnel({s: sum(1 for f in facts if f.reached(s)) for s in STEPS})


@dataclass
class Group:
    key: str
    label: str
    funnel: Funnel


def breakdown(facts: list[AppFacts], by: str) -> list[Group]:
    """Funnels per source, title group or company, largest first; small groups stay in the list, flagged."""
    groups: dict[str, list[AppFacts]] = defaultdict(list)
    labels: dict[str, str] = {}
    for f in facts:
        if by == "source":
            key = f.source or "unknown"
            labels[key] = SOURCE_LABELS.get(f.source, f.source) if f.source else "Not recorded"
        elif by == "title":
            key = title_group(f.title)
            labels[key] = key
        elif by == "company":
            key = str(f.company_id)
            labels[key] = f.company
        else:
            raise InsightsError(f"Unknown breakdown {by!r}. Choose one of: source, title, company.")
        groups[key].append(f)
    result = [Group(k, labels[k], funnel(v)) for k, v in groups.items()]
    result.sort(key=lambda g: (-g.funnel.counts["applied"], g.label.lower()))
    return result


@dataclass
class ResponseTime:
    company: str
    company_id: int
    answered: int
    applied: int
    median_days: float | None
    # Answers dated before the application was sent: left out of the median and shown as dates to check.
    bad_dates: int = 0


def response_times(facts: list[AppFacts]) -> list[ResponseTime]:
    """Median days from applying to the first answer, per company; companies that never answered are listed too."""
    per: dict[int, list[AppFacts]] = defaultdict(list)
    for f in facts:
        per[f.company_id].append(f)
    rows = []
    for company_id, items in per.items():
        spans = [(f.first_response - f.applied).days for f in items if f.first_response]
        days = [d for d in spans if d >= 0]
        rows.append(
            ResponseTime(items[0].company, company_id, len(spans), len(items),
                         statistics.median(days) if days else None, bad_dates=len(spans) - len(days))
        )
    rows.sort(key=lambda r: (r.median_days is None, r.median_days or 0, r.company.lower()))
    return rows


@dataclass
class Ghosting:
    threshold_days: int
    eligible: int
    ghosted: list[Application]
    stale: list[Application]  # offered to be marked as no answer
    # Still at Applied but quiet for longer than the profile's offer window: an earlier search, listed apart.
    long_quiet: list[Application] = field(default_factory=list)
    offer_max_days: int = 0

    @property
    def count(self) -> int:
        return len(self.ghosted) + len(self.stale)

    @property
    def rate(self) -> float | None:
        return self.count / self.eligible if self.eligible else None


def ghosting(owner, facts: list[AppFacts], *, days: int | None = None, today: dt.date | None = None) -> Ghosting:
    """Applications with no answer `days` after applying (the profile's threshold by default).

    `ghosted` are already marked so (they can be reopened); `stale` are still at Applied and can be marked.
    """
    profile = profile_for(owner)
    days = profile.ghosting_threshold_days if days is None else days
    today = today or timezone.localdate()
    cutoff = today - dt.timedelta(days=days)
    eligible = {f.pk for f in facts if f.applied <= cutoff}
    ghosted = [f.pk for f in facts if f.stage == Stage.GHOSTED]
    stale = [f.pk for f in facts if f.pk in eligible and f.stage == Stage.APPLIED and not f.reached("responded")]
    apps = Application.objects.filter(owner=owner, pk__in=ghosted + stale).select_related("company")
    by_pk = {a.pk: a for a in apps}
    quiet_since = today - dt.timedelta(days=profile.ghosting_offer_max_days)
    waiting = sorted((by_pk[pk] for pk in stale), key=lambda a: (a.date_applied, a.pk))
    return Ghosting(
        days, len(eligible | set(ghosted)), [by_pk[pk] for pk in ghosted],
        [a for a in waiting if timezone.localdate(a.last_activity_at) > quiet_since],
        [a for a in waiting if timezone.localdate(a.last_activity_at) <= quiet_since],
        profile.ghosting_offer_max_days,
    )


@transaction.atomic
def mark_stale_as_ghosted(owner, *, days: int | None = None, today: dt.date | None = None) -> list[Application]:
    """The user's explicit request to close applications with no answer after the threshold; each move says why."""
    result = ghosting(owner, gather(owner), days=days, today=today)
    for app in result.stale:
        waited = ((today or timezone.localdate()) - app.date_applied).days
        move(
            app, Stage.GHOSTED, origin=Origin.PLAYBOOK,
            reason=f"No answer {waited} days after applying (threshold {result.threshold_days} days); "
            "marked from Insights at your request.",
        )
    return result.stale


# --- stage flow (Sankey) ---------------------------------------------------------------------


def flow_path(stages_in_order: list[str], current: str) -> list[str]:
    """An application's path for the flow chart: the pipeline stages it reached in order, then how it ended.

    Reopened applications and moves backwards collapse to the furthest progress, so the chart has no loops,
    and the interview stages of a later rejection are kept (applied → interviewing → rejected).
    """
    reached = set(stages_in_order) | {current}
    path = [s for s in PIPELINE if s in reached and s != Stage.WISHLIST]
    if not path or path[0] != Stage.APPLIED:
        path.insert(0, Stage.APPLIED)
    if current in CLOSED:
        path.append(current)
    return path


@dataclass
class Flows:
    links: Counter  # (from stage, to stage) → applications
    reached: Counter  # stage → applications whose path passes through it (some stop there, still waiting)


def flows(facts: list[AppFacts]) -> Flows:
    """Counts of (from, to) stage pairs and of stages reached, over all applications' paths."""
    links: Counter = Counter()
    reached: Counter = Counter()
    for f in facts:
        history = f.history + [Stage.INTERVIEWING] if f.has_interview else f.history
        path = flow_path(history, f.stage)
        links.update(zip(path, path[1:], strict=False))
        reached.update(path)
    return Flows(links, reached)


# --- rejections --------------------------------------------------------------------------------

def rejections(owner, facts: list[AppFacts]) -> RejectionSummary:
    """The rejections of the applications in view, as the playbook counts them (every closing move logs one)."""
    return rejection_summary(owner, applications=[f.pk for f in facts])


# --- weekly activity ---------------------------------------------------------------------------


def week_start(day: dt.date) -> dt.date:
    return day - dt.timedelta(days=day.weekday())


def weekly_activity(facts: list[AppFacts], *, weeks: int = 12, today: dt.date | None = None) -> list[dict]:
    """Applications sent and first answers received per week, oldest first (weeks start on Monday)."""
    this_week = week_start(today or timezone.localdate())
    starts = [this_week - dt.timedelta(weeks=i) for i in range(weeks - 1, -1, -1)]
    sent = Counter(week_start(f.applied) for f in facts)
    answered = Counter(week_start(f.first_response) for f in facts if f.first_response)
    return [{"week": s.isoformat(), "applications": sent[s], "responses": answered[s]} for s in starts]
