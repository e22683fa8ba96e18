"""What the board page shows: each column's most recent cards and every count, in one query at any size.

A board of thousands must not load and render them all: this loads only the cards it shows, with only the
fields a card needs.
"""

from __future__ import annotations

from dataclasses import dataclass

from django.db.models import Count, F, Window
from django.db.models.functions import RowNumber

from onward.tracker.models import Application
from onward.tracker.stages import CLOSED, PIPELINE, Stage

# Cards show the company by name (annotated as company_name), so no Company rows are loaded.
CARD_FIELDS = ("title", "stage", "last_activity_at")


@dataclass
class Column:
    stage: Stage
    cards: list[Application]
    count: int

    @property
    def more(self) -> int:
        return self.count - len(self.cards)


@dataclass
class BoardPage:
    columns: list[Column]
    closed: list[Application]
    closed_count: int

    @property
    def closed_more(self) -> int:
        return self.closed_count - len(self.closed)


def board_page(owner, *, per_column: int = 50, closed_limit: int = 30, hide_rejections: bool = False) -> BoardPage:
    """The pipeline columns and the closed area, most recent activity first, each limited in length.

    One query: each row carries its column's total, so the counts need no query of their own (a stage with no
    row returned has no applications at all).
    """
    apps = Application.objects.filter(owner=owner)
    if hide_rejections:
        apps = apps.exclude(stage=Stage.REJECTED)
    recent_first = [F("last_activity_at").desc(), F("id").desc()]
    ranked = (
        apps.annotate(
            rank=Window(RowNumber(), partition_by=[F("stage")], order_by=recent_first),
            stage_count=Window(Count("id"), partition_by=[F("stage")]),
            company_name=F("company__name"),
        )
        .filter(rank__lte=max(per_column, closed_limit))
        .only(*CARD_FIELDS)
        .order_by(*recent_first)
    )
    by_stage: dict[str, list[Application]] = {s: [] for s in Stage}
    counts: dict[str, int] = {}
    for app in ranked:
        by_stage[app.stage].append(app)
        counts[app.stage] = app.stage_count
    columns = [Column(s, by_stage[s][:per_column], counts.get(s, 0)) for s in PIPELINE]
    closed = [a for s in CLOSED for a in by_stage[s]]
    closed.sort(key=lambda a: (a.last_activity_at, a.pk), reverse=True)
    return BoardPage(columns, closed[:closed_limit], sum(counts.get(s, 0) for s in CLOSED))
