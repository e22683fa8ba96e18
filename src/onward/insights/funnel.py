"""The application funnel from the user's own history: counts, conversion, breakdowns, response times, ghosting.

What counts as a response, an interview or an offer is data (STEP_STAGES), read from the stage history, so an
application rejected after interviews still counts as interviewed.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from functools import cached_property, lru_cache
from typing import NamedTuple, TypeVar, overload

from django.db import connections, transaction
from django.db.models import Case, Count, DateField, F, Max, Q, Value, When
from django.utils import timezone

from onward.core.errors import OnwardError
from onward.core.models import Origin
from onward.core.services import profile_for
from onward.insights.expressions import DaysBetween, LocalDate
from onward.playbook.rejections import RejectionSummary, rejection_summary
from onward.tracker.models import Application, Company
from onward.tracker.services import move
from onward.tracker.stages import ANSWER_STAGES, CLOSED, INTERVIEW_BIT, PIPELINE, Stage, stage_mask, stages_in

# Each funnel step and the stages whose presence in an application's history means it got that far.
STEP_STAGES: dict[str, frozenset[str]] = {
    "responded": ANSWER_STAGES,
    "interviewed": frozenset({Stage.INTERVIEWING, Stage.OFFER, Stage.ACCEPTED, Stage.OFFER_DECLINED,
                              Stage.OFFER_RESCINDED}),
    "offer": frozenset({Stage.OFFER, Stage.ACCEPTED, Stage.OFFER_DECLINED, Stage.OFFER_RESCINDED}),
}
# The same as bits of Application.stages_seen; a logged interview counts as reaching the interview step.
STEP_MASK = {
    "responded": stage_mask(STEP_STAGES["responded"]),
    "interviewed": stage_mask(STEP_STAGES["interviewed"]) | INTERVIEW_BIT,
    "offer": stage_mask(STEP_STAGES["offer"]),
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

T = TypeVar("T")


class InsightsError(OnwardError):
    """A choice the insights pages do not offer (a window, a breakdown)."""


def title_group(title: str) -> str:
    """A role title without seniority, level and details: 'Senior Data Analyst (Remote)' → 'data analyst'."""
    title = re.sub(r"\(.*?\)|\[.*?\]", " ", title.lower())
    title = re.split(r"\s[-–—|,/]\s|,", title)[0]
    words = [w for w in _NOT_WORD.split(title) if w and w not in SENIORITY_WORDS]
    return " ".join(words) or title.strip()


@dataclass(frozen=True)
class Row:
    """Applications sent on one day that share a current stage, the set of stages ever held and the day of their
    first answer; `n` of them."""

    mask: int  # Application.stages_seen: stages ever held as bits, and INTERVIEW_BIT
    stage: str
    applied: dt.date
    answered: dt.date | None  # the local day of the first answer, when it is recent enough to be told apart
    quiet: bool  # still at Applied and quiet since before Facts.quiet_since
    n: int

    def reached(self, step: str) -> bool:
        return step == "applied" or bool(self.mask & STEP_MASK[step])

    @property
    def stages(self) -> frozenset[str]:
        return _stages_in(self.mask) | {self.stage}


class Facts:
    """One person's sent applications (in a window), read as grouped counts: the figures are aggregate queries
    over Application's counted facts (kept up to date by the tracker's services), never one query per group
    or per week, and never every history row."""

    def __init__(self, owner, start: dt.date | None = None, rows: list[Row] | None = None, *,
                 today: dt.date | None = None, horizon_days: int = 0, quiet_since: dt.datetime | None = None):
        self.owner, self.start = owner, start
        # Applications at Applied whose last activity is older are told apart (the ghosting lists' split).
        self.quiet_since = quiet_since
        self.parent: Facts | None = None
        # A window's start whose (source, title) counts the grouped query over every application also reads.
        self.split: dt.date | None = None
        self.today = today or timezone.localdate()
        # How far back a day must be told apart: the longest window, weekly chart and ghosting threshold.
        self.horizon_days = max(horizon_days, 7 * max(w for w in WINDOWS.values() if w) + 14, 7 * 12 + 14)
        if rows is not None:
            self.__dict__["rows"] = rows

    @property
    def queryset(self):
        qs = Application.objects.filter(owner=self.owner, date_applied__isnull=False)
        return qs if self.start is None else qs.filter(date_applied__gt=self.start)

    @cached_property
    def rows(self) -> list[Row]:
        # Grouped by day only where a day can matter (windows, weekly counts, pace, the ghosting cutoff);
        # older applications are grouped on OLD_DAY, a day before all of those, so the rows stay few.
        # First answers are told apart by their local day over the same stretch (the weekly answers read them).
        day = self.today - dt.timedelta(days=self.horizon_days)
        applied = Case(When(date_applied__lt=day, then=Value(day - dt.timedelta(days=1))), default=F("date_applied"),
                       output_field=DateField())
        since = dt.datetime.combine(day, dt.time.min, tzinfo=timezone.get_current_timezone())
        answered = Case(When(first_answer_at__gte=since, then=LocalDate("first_answer_at")), output_field=DateField())
        quiet = (Case(When(stage=Stage.APPLIED, last_activity_at__lt=self.quiet_since, then=Value(True)),
                      default=Value(False)) if self.quiet_since else Value(False))
        return [Row(mask, stage, day, answer_day, bool(is_quiet), n) for mask, stage, day, answer_day, is_quiet, n in
                self.queryset.annotate(day=applied, answered=answered, quiet=quiet)
                .values_list("stages_seen", "stage", "day", "answered", "quiet").annotate(n=Count("pk")).order_by()]

    def __len__(self) -> int:
        return sum(r.n for r in self.rows)

    @cached_property
    def by_source_title(self) -> list[tuple[str, str, dict[str, int]]]:
        """(source, title, step counts) for every pair applied to: both breakdowns from one grouped query.
        They come from the query that reads every application's titles (see `titles`), a window's too when the
        window asked for it before that query ran (see `in_window`)."""
        if self.start is None:
            rows = self._all_source_title
        elif self.parent is not None and self.parent.split == self.start:
            rows = [row for row in self.parent._all_source_title if row[2]]
        else:
            return [(row.pop("source"), row.pop("title"), row) for row in
                    _with_steps(self.queryset).values("source", "title").annotate(**_STEP_COUNTS).order_by()]
        pairs: dict[tuple[str, str], Counter] = {}
        for source, title, _, counts, _, _ in rows:
            pairs.setdefault((source, title), Counter()).update(counts)
        return [(source, title, {s: counts[s] for s in STEPS}) for (source, title), counts in pairs.items()
                if counts["applied"]]

    @cached_property
    def titles(self) -> list[tuple[str, int]]:
        """(title, applications) over all the owner's applications, sent or not, the most recently active first:
        what the job outlook groups, read in the same query as the breakdowns."""
        if self.parent is not None:
            return self.parent.titles
        totals: Counter = Counter()
        last: dict[str, dt.datetime] = {}
        for _, title, _, _, n, latest in self._all_source_title:
            totals[title] += n
            last[title] = max(last.get(title, latest), latest)
        return [(title, totals[title]) for title in sorted(totals, key=lambda t: (-last[t].timestamp(), t))]

    @cached_property
    def _all_source_title(self) -> list[tuple[str, str, bool, dict[str, int], int, dt.datetime]]:
        """(source, title, inside the split window, step counts of the sent ones, applications, latest activity)."""
        sent = Q(date_applied__isnull=False)
        counts = {"applied": Count("pk", filter=sent),
                  **{step: Count("pk", filter=sent & Q(**{f"_{step}__gt": 0})) for step in STEPS[1:]}}
        inside = (Case(When(date_applied__gt=self.split, then=Value(True)), default=Value(False))
                  if self.split else Value(False))
        rows = (_with_steps(Application.objects.filter(owner=self.owner)).annotate(_inside=inside)
                .values("source", "title", "_inside")
                .annotate(**counts, _n=Count("pk"), _last=Max("last_activity_at")).order_by())
        return [(row.pop("source"), row.pop("title"), bool(row.pop("_inside")), row, row.pop("_n"), row.pop("_last"))
                for row in rows]

    @cached_property
    def companies(self) -> list[CompanyFigures]:
        """Every company applied to, by id: its step counts and its answers' days, from one pass over the
        applications. The median days to the first answer come from the middle answers, ranked in the database."""
        base = self.queryset.annotate(span=DaysBetween(LocalDate("first_answer_at"), F("date_applied"))).values(
            "company_id", "stages_seen", "span").order_by()
        base_sql, base_params = base.query.sql_with_params()
        connection = connections[base.db]
        q = connection.ops.quote_name
        cid, seen, span = (f"v.{q(name)}" for name in ("company_id", "stages_seen", "span"))
        steps = ", ".join("COUNT(CASE WHEN (w.seen & %s) <> 0 THEN 1 END)" for _ in STEPS[1:])
        middle = "CASE WHEN w.span >= 0 AND 2 * w.rn IN (w.cnt, w.cnt + 1, w.cnt + 2) THEN w.span END"
        # Standard SQL over a compiled queryset, so both databases run it; every value in it is a parameter.
        sql = (
            f"SELECT g.*, c.{q('name')} FROM (SELECT w.cid, COUNT(*), {steps}, COUNT(w.span), "  # noqa: S608
            f"COUNT(CASE WHEN w.span < 0 THEN 1 END), MIN({middle}), MAX({middle}) "
            f"FROM (SELECT {cid} AS cid, {seen} AS seen, {span} AS span, "
            f"ROW_NUMBER() OVER (PARTITION BY {cid}, {span} >= 0 ORDER BY {span}) AS rn, "
            f"COUNT(*) OVER (PARTITION BY {cid}, {span} >= 0) AS cnt FROM ({base_sql}) v) w GROUP BY w.cid) g "
            f"JOIN {q(Company._meta.db_table)} c ON c.{q('id')} = g.cid ORDER BY g.cid"
        )
        with connection.cursor() as cursor:
            cursor.execute(sql, (*(STEP_MASK[step] for step in STEPS[1:]), *base_params))
            rows = cursor.fetchall()
        return [CompanyFigures(pk, name, applied, responded, interviewed, offer, answers, bad,
                               None if answers == bad else lo if (answers - bad) % 2 else (lo + hi) / 2)
                for pk, applied, responded, interviewed, offer, answers, bad, lo, hi, name in rows]

    @property
    def by_company(self) -> list[tuple[int, str, dict[str, int]]]:
        """(company id, name, step counts) for every company applied to."""
        return [(c.pk, c.name, c.counts) for c in self.companies]


class CompanyFigures(NamedTuple):
    """One company's figures; a plain tuple, as a heavy user has thousands of companies."""

    pk: int
    name: str
    applied: int
    responded: int
    interviewed: int
    offer: int
    answered: int
    bad_dates: int  # answers dated before the application was sent
    median_days: float | None  # days from applying to the first answer, over the well-dated answers

    @property
    def counts(self) -> dict[str, int]:
        return {"applied": self.applied, "responded": self.responded, "interviewed": self.interviewed,
                "offer": self.offer}


class Lazy(Sequence[T]):
    """A long list whose items are made when first read: the page shows the first few of thousands of
    companies, `onward stats` all of them."""

    def __init__(self, raw: list, make: Callable[..., T]):
        self._raw, self._make = raw, make
        self._made: dict[int, T] = {}

    def __len__(self) -> int:
        return len(self._raw)

    @overload
    def __getitem__(self, index: int) -> T: ...

    @overload
    def __getitem__(self, index: slice) -> list[T]: ...

    def __getitem__(self, index):
        if isinstance(index, slice):
            return [self[i] for i in range(*index.indices(len(self._raw)))]
        index = range(len(self._raw))[index]  # negative indexes, and IndexError past the end
        if index not in self._made:
            self._made[index] = self._make(self._raw[index])
        return self._made[index]


def fit(facts: Facts, today: dt.date | None, days: int = 0) -> Facts:
    """The facts as seen from `today`, with days told apart `days` back: these, or read again if they were not."""
    today = today or facts.today
    if today == facts.today and days < facts.horizon_days:
        return facts
    fresh = Facts(facts.owner, today=today, horizon_days=max(days + 1, facts.horizon_days),
                  quiet_since=facts.quiet_since)
    return fresh if facts.start is None else Facts(
        facts.owner, facts.start, [r for r in fresh.rows if r.applied > facts.start], today=today,
        horizon_days=fresh.horizon_days, quiet_since=facts.quiet_since)


_stages_in = lru_cache(maxsize=1024)(stages_in)


def _with_steps(qs):
    return qs.alias(**{f"_{step}": F("stages_seen").bitand(STEP_MASK[step]) for step in STEPS[1:]})


_STEP_COUNTS = {"applied": Count("pk"), **{step: Count("pk", filter=Q(**{f"_{step}__gt": 0})) for step in STEPS[1:]}}


def gather(owner, *, today: dt.date | None = None, ghost_days: int | None = None,
           offer_max_days: int | None = None) -> Facts:
    """Every sent application, as grouped counts (one query, run when first needed). Days before `today` are
    told apart as far back as the windows and `ghost_days` (the profile's threshold by default) need, and
    the applications quiet for longer than `offer_max_days` when it is given (the ghosting lists count them)."""
    if ghost_days is None:
        ghost_days = profile_for(owner).ghosting_threshold_days
    today = today or timezone.localdate()
    quiet_since = None if offer_max_days is None else _quiet_since(today, offer_max_days)
    return Facts(owner, today=today, horizon_days=ghost_days + 1, quiet_since=quiet_since)


def in_window(facts: Facts, window: str, today: dt.date | None = None) -> Facts:
    weeks = WINDOWS[window]
    facts = fit(facts, today)
    if weeks is None:
        return facts
    start = facts.today - dt.timedelta(weeks=weeks)
    if "_all_source_title" not in facts.__dict__:
        facts.split = start  # the window's (source, title) counts come along with every application's
    part = Facts(facts.owner, start, [r for r in facts.rows if r.applied > start], today=facts.today,
                 horizon_days=facts.horizon_days, quiet_since=facts.quiet_since)
    part.parent = facts
    return part


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


def funnel(facts: Facts) -> Funnel:
    return Funnel({s: sum(r.n for r in facts.rows if r.reached(s)) for s in STEPS})


@dataclass
class Group:
    key: str
    label: str
    funnel: Funnel


def breakdown(facts: Facts, by: str) -> Sequence[Group]:
    """Funnels per source, title group or company, largest first; small groups stay in the list, flagged.
    One grouped query each (titles are grouped again by title_group here)."""
    if by == "company":
        # Stable sort from the companies' id order, as the other groups are from theirs.
        order = sorted(facts.companies, key=lambda c: (-c.applied, c.name.lower()))
        return Lazy(order, lambda c: Group(str(c.pk), c.name, Funnel(c.counts)))
    if by in ("source", "title"):
        rows = []
        for source, title, counts in facts.by_source_title:
            value = source if by == "source" else title
            if by == "source":
                key = value or "unknown"
                label = SOURCE_LABELS.get(value, value) if value else "Not recorded"
            else:
                key = label = title_group(value)
            rows.append((key, label, counts))
    else:
        raise InsightsError(f"Unknown breakdown {by!r}. Choose one of: source, title, company.")
    groups: dict[str, dict[str, int]] = {}
    labels: dict[str, str] = {}
    for key, label, counts in rows:
        if key in groups:
            groups[key] = {s: groups[key][s] + counts[s] for s in STEPS}
        else:
            groups[key] = counts
        labels[key] = label
    result = [Group(k, labels[k], Funnel(dict(v))) for k, v in groups.items()]
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


def response_times(facts: Facts) -> Sequence[ResponseTime]:
    """Median days from applying to the first answer, per company; companies that never answered are listed too."""
    order = sorted(facts.companies, key=lambda c: (c.median_days is None, c.median_days or 0, c.name.lower()))
    return Lazy(order, lambda c: ResponseTime(c.name, c.pk, c.answered, c.applied, c.median_days,
                                              bad_dates=c.bad_dates))


# The page names at most this many applications in each ghosting list; the counts cover them all.
GHOSTING_SHOWN = 30


@dataclass
class Ghosting:
    threshold_days: int
    eligible: int
    ghosted: list[Application]  # the first GHOSTING_SHOWN
    stale: list[Application]  # offered to be marked as no answer: the first GHOSTING_SHOWN, the longest waiting first
    # Still at Applied but quiet for longer than the profile's offer window: an earlier search, listed apart.
    long_quiet: list[Application] = field(default_factory=list)
    offer_max_days: int = 0
    ghosted_count: int = 0
    stale_count: int = 0
    long_quiet_count: int = 0

    @property
    def count(self) -> int:
        return self.ghosted_count + self.stale_count

    @property
    def rate(self) -> float | None:
        return self.count / self.eligible if self.eligible else None


def ghosting(owner, facts: Facts, *, days: int | None = None, today: dt.date | None = None,
             shown: int = GHOSTING_SHOWN, profile=None) -> Ghosting:
    """Applications with no answer `days` after applying (the profile's threshold by default).

    `ghosted` are already marked so (they can be reopened); `stale` are still at Applied and can be marked.
    Counted from the grouped facts; the lists hold the first `shown` of each. A caller that has read the
    profile already passes it, which spares a query.
    """
    profile = profile or profile_for(owner)
    days = profile.ghosting_threshold_days if days is None else days
    facts = fit(facts, today, days)
    cutoff = facts.today - dt.timedelta(days=days)
    eligible = sum(r.n for r in facts.rows if r.applied <= cutoff)
    ghosted_count = sum(r.n for r in facts.rows if r.stage == Stage.GHOSTED)
    quiet_since = _quiet_since(facts.today, profile.ghosting_offer_max_days)
    waiting = [r for r in facts.rows if r.applied <= cutoff and r.stage == Stage.APPLIED and not r.reached("responded")]
    if facts.quiet_since == quiet_since:
        long_quiet_count = sum(r.n for r in waiting if r.quiet)
        stale_count = sum(r.n for r in waiting) - long_quiet_count
    elif waiting:
        stale_count, long_quiet_count = _waiting(facts, cutoff, quiet_since).aggregate(
            stale=Count("pk", filter=Q(last_activity_at__gte=quiet_since)),
            quiet=Count("pk", filter=Q(last_activity_at__lt=quiet_since))).values()
    else:
        stale_count = long_quiet_count = 0
    ghosted: list[Application] = []
    stale: list[Application] = []
    long_quiet: list[Application] = []
    if ghosted_count or waiting:
        # The three lists in one query: the first `shown` of each, picked by a small sorted subquery of its own
        # (the marked ones by latest activity, the waiting ones longest waiting first).
        part = Case(When(stage=Stage.GHOSTED, then=Value("ghosted")),
                    When(last_activity_at__gte=quiet_since, then=Value("stale")), default=Value("quiet"))
        order = [Case(When(stage=Stage.GHOSTED, then=F("last_activity_at"))).desc(nulls_last=True),
                 Case(When(stage=Stage.APPLIED, then=F("date_applied"))).asc(), F("pk").asc()]
        marked = facts.queryset.filter(stage=Stage.GHOSTED).order_by("-last_activity_at", "pk")
        still = _waiting(facts, cutoff, quiet_since).order_by("date_applied", "pk")
        first = (Q(pk__in=marked.values("pk")[:shown])
                 | Q(pk__in=still.filter(last_activity_at__gte=quiet_since).values("pk")[:shown])
                 | Q(pk__in=still.filter(last_activity_at__lt=quiet_since).values("pk")[:shown]))
        lists = {"ghosted": ghosted, "stale": stale, "quiet": long_quiet}
        for app in Application.objects.filter(first).annotate(_part=part).select_related("company").order_by(*order):
            lists[app._part].append(app)
    return Ghosting(days, eligible + sum(r.n for r in facts.rows if r.applied > cutoff and r.stage == Stage.GHOSTED),
                    ghosted, stale, long_quiet, profile.ghosting_offer_max_days, ghosted_count, stale_count,
                    long_quiet_count)


def _quiet_since(today: dt.date, offer_max_days: int) -> dt.datetime:
    """The moment before which an application at Applied counts as quiet for longer than the offer window."""
    return dt.datetime.combine(today - dt.timedelta(days=offer_max_days - 1), dt.time.min,
                               tzinfo=timezone.get_current_timezone())


def _waiting(facts: Facts, cutoff: dt.date, quiet_since: dt.datetime):
    """Applications still at Applied with no answer since `cutoff`, the longest waiting first."""
    waiting = _with_steps(facts.queryset).filter(stage=Stage.APPLIED, date_applied__lte=cutoff, _responded=0)
    return waiting.select_related("company").order_by("date_applied", "pk")


@transaction.atomic
def mark_stale_as_ghosted(owner, *, days: int | None = None, today: dt.date | None = None) -> list[Application]:
    """The user's explicit request to close applications with no answer after the threshold (those quiet for
    longer than the offer window are left alone); each move says why."""
    profile = profile_for(owner)
    days = profile.ghosting_threshold_days if days is None else days
    facts = gather(owner, today=today, ghost_days=days)
    quiet_since = _quiet_since(facts.today, profile.ghosting_offer_max_days)
    stale = list(_waiting(facts, facts.today - dt.timedelta(days=days), quiet_since).filter(
        last_activity_at__gte=quiet_since))
    for app in stale:
        waited = (facts.today - app.date_applied).days
        move(
            app, Stage.GHOSTED, origin=Origin.PLAYBOOK,
            reason=f"No answer {waited} days after applying (threshold {days} days); "
            "marked from Insights at your request.",
        )
    return stale


# --- stage flow (Sankey) ---------------------------------------------------------------------


def flow_path(stages_in_order: list[str], current: str) -> list[str]:
    """An application's path for the flow chart: the pipeline stages it reached in order, then how it ended.

    Reopened applications and moves backwards collapse to the furthest progress, so the chart has no loops,
    and the interview stages of a later rejection are kept (applied → interviewing → rejected).
    """
    reached = set(stages_in_order) | {current}
    path: list[str] = [s for s in PIPELINE if s in reached and s != Stage.WISHLIST]
    if not path or path[0] != Stage.APPLIED:
        path.insert(0, Stage.APPLIED)
    if current in CLOSED:
        path.append(current)
    return path


@dataclass
class Flows:
    links: Counter  # (from stage, to stage) → applications
    reached: Counter  # stage → applications whose path passes through it (some stop there, still waiting)


def flows(facts: Facts) -> Flows:
    """Counts of (from, to) stage pairs and of stages reached, over all applications' paths."""
    links: Counter = Counter()
    reached: Counter = Counter()
    paths: dict[tuple[int, str], list[str]] = {}  # many rows share their stages and differ by day only
    for r in facts.rows:
        path = paths.get((r.mask, r.stage))
        if path is None:
            history = list(r.stages) + ([Stage.INTERVIEWING] if r.mask & INTERVIEW_BIT else [])
            path = paths[r.mask, r.stage] = flow_path(history, r.stage)
        for pair in zip(path, path[1:], strict=False):
            links[pair] += r.n
        for stage in path:
            reached[stage] += r.n
    return Flows(links, reached)


# --- rejections --------------------------------------------------------------------------------

def rejections(owner, facts: Facts) -> RejectionSummary:
    """The rejections of the applications in view, as the playbook counts them (every closing move logs one)."""
    sent = Q(application__owner=owner, application__date_applied__isnull=False)
    if facts.start is not None:
        sent &= Q(application__date_applied__gt=facts.start)
    return rejection_summary(owner, where=sent)


# --- weekly activity ---------------------------------------------------------------------------


def week_start(day: dt.date) -> dt.date:
    return day - dt.timedelta(days=day.weekday())


def weekly_activity(facts: Facts, *, weeks: int = 12, today: dt.date | None = None) -> list[dict]:
    """Applications sent and first answers received per week, oldest first (weeks start on Monday)."""
    facts = fit(facts, today, 7 * weeks + 7)
    this_week = week_start(facts.today)
    starts = [this_week - dt.timedelta(weeks=i) for i in range(weeks - 1, -1, -1)]
    sent: Counter[dt.date] = Counter()
    for r in facts.rows:
        if r.applied >= starts[0]:
            sent[week_start(r.applied)] += r.n
    # The answer's local day decides its week; answers before the first week fall outside the chart.
    answered: Counter[dt.date] = Counter()
    for r in facts.rows:
        if r.answered is not None and r.answered >= starts[0]:
            answered[week_start(r.answered)] += r.n
    return [{"week": s.isoformat(), "applications": sent[s], "responses": answered[s]} for s in starts]
