"""How many more applications and interviews the next offer is likely to take, and how many weeks at this pace.

Each step's rate gets a Beta prior from broad published benchmarks (PRIORS, with their citations), updated with
the user's own finished outcomes. A seeded Monte Carlo draw from the posterior predictive gives 50% and 80%
ranges. Applications still in play are simulated too: an offer may come from them before any new application.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import numpy as np

from onward.insights.funnel import Facts, fit
from onward.tracker.stages import CLOSED


@dataclass(frozen=True)
class Prior:
    step: str
    label: str
    alpha: float
    beta: float
    benchmark: str
    citation: str

    @property
    def mean(self) -> float:
        return self.alpha / (self.alpha + self.beta)


# Kept deliberately weak (few pseudo-observations) because the benchmarks are broad averages across employers,
# industries and channels, not estimates for any one person.
PRIORS: dict[str, Prior] = {
    "interview": Prior(
        "interview", "Application to interview", 1.6, 18.4,
        "a few percent to about 15% of applications lead to an interview",
        "Range across published recruiting-funnel benchmarks, e.g. Jobvite Recruiting Funnel Benchmark Reports "
        "2015–2017; applications sent through job boards tend to sit at the low end.",
    ),
    "offer": Prior(
        "offer", "Interview to offer", 5.5, 19.5,
        "17–28% of interviewed candidates receive an offer",
        "Jobvite Recruiting Funnel Benchmark Reports, 2015–2017 (interview-to-offer rates).",
    ),
}
# Below these many finished outcomes of the user's own, the range mostly reflects the benchmarks.
FEW_APPLICATIONS = 20
FEW_INTERVIEWS = 5
# The "8 in 10" range is shown only while its top end stays within this many times the middle: beyond that it
# says more about how little is known than about the search, and discourages more than it informs.
WIDE_RATIO = 3
DRAWS = 4000
PACE_WEEKS = 4


@dataclass(frozen=True)
class Evidence:
    """The user's finished outcomes per step and what is still in play."""

    applications: int  # finished: got an interview, or closed / waited past the ghosting threshold without one
    interviews: int  # of those, how many reached an interview
    interview_outcomes: int  # interviewed applications with a final answer
    offers: int
    pending_applied: int  # still waiting to hear, could still lead to an interview
    pending_interviewing: int  # interviewing now, could still lead to an offer


def evidence(facts: Facts, *, ghost_days: int, today: dt.date | None = None) -> Evidence:
    facts = fit(facts, today, ghost_days)
    cutoff = facts.today - dt.timedelta(days=ghost_days)
    apps = interviews = outcomes = offers = pending_a = pending_i = 0
    for r in facts.rows:
        interviewed = r.reached("interviewed")
        offered = r.reached("offer")
        closed = r.stage in CLOSED
        if interviewed:
            apps += r.n
            interviews += r.n
            if offered or closed:
                outcomes += r.n
                offers += r.n if offered else 0
            else:
                pending_i += r.n
        elif closed or r.applied <= cutoff:
            apps += r.n
        else:
            pending_a += r.n
    return Evidence(apps, interviews, outcomes, offers, pending_a, pending_i)


@dataclass
class Projection:
    applications: dict[str, float]  # "p10", "p25", "p50", "p75", "p90": more applications for the next offer
    interviews: dict[str, float]  # the same for interviews
    weeks: dict[str, float] | None  # at the current pace; None when there is no recent pace
    pace_per_week: float
    posterior: dict[str, tuple[float, float]]  # step → (alpha, beta)
    few_data: bool
    evidence: Evidence
    # The same, counting only the outcomes where the offer does not come from an application already in play.
    applications_if_needed: dict[str, float] | None = None
    interviews_if_needed: dict[str, float] | None = None
    weeks_if_needed: dict[str, float] | None = None

    @property
    def offer_likely_in_play(self) -> bool:
        return self.applications["p50"] == 0

    def sentences(self) -> list[str]:
        """What the projection says, in words; with too few outcomes of the user's own it says so instead of
        showing a range (the benchmarks are shown beside it)."""
        ev = self.evidence
        if self.few_data:
            if not ev.applications:
                own = "You have no finished applications of your own yet"
            else:
                own = (f"You have {_count(ev.applications, 'finished application')} and "
                       f"{_count(ev.interview_outcomes, 'finished interview process', 'es')} of your own so far")
            needed = [f"about {FEW_APPLICATIONS} finished applications" if ev.applications < FEW_APPLICATIONS
                      else "", f"{FEW_INTERVIEWS} finished interview processes"
                      if ev.interview_outcomes < FEW_INTERVIEWS else ""]
            return [
                f"{own}: too few for an estimate of your own that would mean much. The broad benchmarks below "
                "are a rough guide until then.",
                f"Onward estimates your own range once you have {' and '.join(n for n in needed if n)}.",
            ]
        apps = self.applications_if_needed or self.applications
        interviews = self.interviews_if_needed or self.interviews
        out = []
        lead = "For the next offer, a likely range is"
        if self.offer_likely_in_play:
            out.append("In more than half of the simulated outcomes, the next offer comes from an application "
                       "already in play.")
            lead = "If it does not, a likely range is"
        wide = "" if not _tame(apps) else f"; 8 in 10 within {format_range(apps, 80)}"
        out.append(f"{lead} {format_range(apps, 50)} more applications and {format_range(interviews, 50)} more "
                   f"interview processes (half of the simulated outcomes fall here{wide}).")
        weeks = self.weeks_if_needed or self.weeks
        if weeks:
            out.append(f"At your pace of {format_number(self.pace_per_week)} applications a week over the last "
                       f"four weeks, that is about {format_range(weeks, 50)} weeks.")
        else:
            out.append("There were no applications in the last four weeks, so there is no pace to turn this into "
                       "weeks.")
        return out

    def rate(self, step: str) -> float:
        a, b = self.posterior[step]
        return a / (a + b)

    def rate_interval(self, step: str, level: float = 0.8) -> tuple[float, float]:
        from scipy.stats import beta

        a, b = self.posterior[step]
        lo = (1 - level) / 2
        return float(beta.ppf(lo, a, b)), float(beta.ppf(1 - lo, a, b))


    def steps(self, priors: dict[str, Prior] = PRIORS) -> list[dict]:
        """Each step's own outcomes, its estimate with an 80% range, and the benchmark it started from."""
        ev = self.evidence
        own = {"interview": (ev.interviews, ev.applications), "offer": (ev.offers, ev.interview_outcomes)}
        return [
            {"label": priors[step].label, "successes": own[step][0], "trials": own[step][1], "rate": self.rate(step),
             "interval": self.rate_interval(step), "benchmark": priors[step].benchmark}
            for step in ("interview", "offer")
        ]


QUANTILES = {"p10": 10, "p25": 25, "p50": 50, "p75": 75, "p90": 90}


def _count(n: int, noun: str, plural: str = "s") -> str:
    return f"{n} {noun}{'' if n == 1 else plural}"


def _tame(quantiles: dict[str, float]) -> bool:
    """Whether the 8-in-10 range is narrow enough to inform (see WIDE_RATIO)."""
    return quantiles["p90"] <= WIDE_RATIO * max(quantiles["p50"], 1)


def format_number(value: float) -> str:
    """Whole numbers for counts; one decimal below ten (weeks can be fractional)."""
    return f"{value:.1f}".rstrip("0").rstrip(".") if value < 10 else f"{round(value)}"


def format_range(quantiles: dict[str, float], level: int) -> str:
    """'7–47' for the central 50% or 80% of outcomes, or a single number when both ends agree."""
    lo, hi = (quantiles["p25"], quantiles["p75"]) if level == 50 else (quantiles["p10"], quantiles["p90"])
    return format_number(lo) if format_number(lo) == format_number(hi) else f"{format_number(lo)}–{format_number(hi)}"


def _quantiles(values: np.ndarray) -> dict[str, float]:
    return {k: float(np.percentile(values, q, method="inverted_cdf")) for k, q in QUANTILES.items()}


def project(ev: Evidence, *, pace_per_week: float, priors: dict[str, Prior] = PRIORS, draws: int = DRAWS,
            seed: int = 0) -> Projection:
    a1 = priors["interview"].alpha + ev.interviews
    b1 = priors["interview"].beta + ev.applications - ev.interviews
    a2 = priors["offer"].alpha + ev.offers
    b2 = priors["offer"].beta + ev.interview_outcomes - ev.offers
    rng = np.random.default_rng(seed)
    p1 = rng.beta(a1, b1, draws)
    p2 = rng.beta(a2, b2, draws)
    # An offer may still come from what is already in play; then no new application or interview is needed.
    pending_interviews = ev.pending_interviewing + rng.binomial(ev.pending_applied, p1)
    offer_in_play = rng.binomial(pending_interviews, p2) > 0
    # Otherwise: new interviews until the first offer, and the applications it takes to get those interviews.
    more_interviews = rng.geometric(p2)
    more_applications = more_interviews + rng.negative_binomial(more_interviews, p1)
    more_interviews = np.where(offer_in_play, 0, more_interviews)
    more_applications = np.where(offer_in_play, 0, more_applications)
    weeks = _quantiles(more_applications / pace_per_week) if pace_per_week > 0 else None
    few = ev.applications < FEW_APPLICATIONS or ev.interview_outcomes < FEW_INTERVIEWS
    needed = ~offer_in_play if (~offer_in_play).any() else np.ones(draws, dtype=bool)
    return Projection(
        applications=_quantiles(more_applications), interviews=_quantiles(more_interviews), weeks=weeks,
        pace_per_week=pace_per_week, posterior={"interview": (a1, b1), "offer": (a2, b2)}, few_data=few,
        evidence=ev, applications_if_needed=_quantiles(more_applications[needed]),
        interviews_if_needed=_quantiles(more_interviews[needed]),
        weeks_if_needed=_quantiles(more_applications[needed] / pace_per_week) if pace_per_week > 0 else None,
    )


def pace(facts: Facts, *, weeks: int = PACE_WEEKS, today: dt.date | None = None) -> float:
    """Applications per week over the last `weeks` weeks."""
    facts = fit(facts, today, 7 * weeks)
    start = facts.today - dt.timedelta(weeks=weeks)
    return sum(r.n for r in facts.rows if r.applied > start) / weeks


def projection_for(owner, facts: Facts, *, today: dt.date | None = None, ghost_days: int | None = None) -> Projection:
    if ghost_days is None:
        from onward.core.services import profile_for

        ghost_days = profile_for(owner).ghosting_threshold_days
    return project(evidence(facts, ghost_days=ghost_days, today=today), pace_per_week=pace(facts, today=today))
