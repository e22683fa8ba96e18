"""Everything the Insights page and `onward stats` show, gathered in one place so both say the same."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from django.db.models import Count
from django.utils import timezone

from onward.core.services import profile_for
from onward.insights import funnel, projection
from onward.playbook.rejections import RejectionSummary
from onward.tracker.models import Application
from onward.tracker.stages import Stage


@dataclass
class Stats:
    window: str
    funnel: funnel.Funnel
    by_source: Sequence[funnel.Group]
    by_title: Sequence[funnel.Group]
    by_company: Sequence[funnel.Group]
    response_times: Sequence[funnel.ResponseTime]
    ghosting: funnel.Ghosting
    rejections: RejectionSummary
    flows: funnel.Flows
    weekly: list[dict]
    projection: projection.Projection
    facts_count: int
    every: funnel.Facts | None = None  # every sent application, whatever the window, for other figures to reuse

    @property
    def window_label(self) -> str:
        return funnel.WINDOW_LABELS[self.window]


def stats(owner, window: str = "all", *, today: dt.date | None = None) -> Stats:
    if window not in funnel.WINDOWS:
        raise funnel.InsightsError(f"Unknown window {window!r}. Choose one of: {', '.join(funnel.WINDOWS)}.")
    today = today or timezone.localdate()
    profile = profile_for(owner)
    ghost_days = profile.ghosting_threshold_days
    every = funnel.gather(owner, today=today, ghost_days=ghost_days, offer_max_days=profile.ghosting_offer_max_days)
    facts = funnel.in_window(every, window, today)
    return Stats(
        window=window,
        funnel=funnel.funnel(facts),
        by_source=funnel.breakdown(facts, "source"),
        by_title=funnel.breakdown(facts, "title"),
        by_company=funnel.breakdown(facts, "company"),
        response_times=funnel.response_times(facts),
        ghosting=funnel.ghosting(owner, facts, days=ghost_days, today=today, profile=profile),
        rejections=funnel.rejections(owner, facts),
        flows=funnel.flows(facts),
        weekly=funnel.weekly_activity(every, today=today),
        # The projection learns from the whole history whatever the window, and paces on recent weeks.
        projection=projection.projection_for(owner, every, today=today, ghost_days=ghost_days),
        facts_count=len(facts),
        every=every,
    )


def coach_summary(owner) -> dict:
    """What a coach sees of someone who shares with them: counts per stage and the funnel; no companies, roles,
    people or notes."""
    counts = dict(Application.objects.filter(owner=owner).values_list("stage").annotate(n=Count("id")))
    return {
        "stage_counts": [(Stage(value).label, counts[value]) for value in Stage.values if counts.get(value)],
        "funnel": stats(owner, "all").funnel,
    }
