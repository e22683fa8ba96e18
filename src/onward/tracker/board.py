"""What the board page shows: each column's most recent cards and every count, in one query at any size.

A board of thousands must not load and render them all: this loads only the cards it shows, with only the
fields a card needs, as plain values rather than model instances.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from django.db.models import Count, F

from onward.tracker.models import Application, CardFacts
from onward.tracker.stages import CLOSED, PIPELINE, Stage


@dataclass(slots=True)
class Card(CardFacts):
    """What a board card shows of one application. The view adds the idle time and the stage control."""

    pk: int
    title: str
    stage: str
    last_activity_at: dt.datetime
    company_name: str
    location: str = ""
    remote_mode: str = ""
    salary_min: int | None = None
    salary_max: int | None = None
    salary_currency: str = ""
    deadline: dt.date | None = None
    tags: str = ""
    idle_days: int = 0
    idle_label: str = ""
    stage_options: str = ""

    @property
    def stage_label(self) -> str:
        return Stage(self.stage).label

    def deadline_note(self, today: dt.date) -> tuple[str, bool]:
        """ "Apply by 12 Dec" and whether it is close (within a week), or ("", False) without a deadline.

        A deadline only matters before applying; once past, it says so quietly rather than in warning colour.
        """
        if not self.deadline or self.stage != Stage.WISHLIST:
            return "", False
        days = (self.deadline - today).days
        when = f"{self.deadline.day} {self.deadline:%b}"
        if days < 0:
            return f"Deadline was {when}", False
        return ("Apply today" if days == 0 else f"Apply by {when}"), days <= 7


@dataclass
class Column:
    stage: Stage
    cards: list[Card]
    count: int

    @property
    def more(self) -> int:
        return self.count - len(self.cards)


@dataclass
class BoardPage:
    columns: list[Column]
    closed: list[Card]
    closed_count: int

    @property
    def closed_more(self) -> int:
        return self.closed_count - len(self.closed)


def board_page(owner, *, per_column: int = 50, closed_limit: int = 30, hide_rejections: bool = False) -> BoardPage:
    """The pipeline columns and the closed area, most recent activity first, each limited in length.

    One short query per column and one for the closed area, each reading only the rows it shows along the
    (owner, stage, last activity) index, and one count per stage: the time does not grow with the number of
    applications (a window over all of them did, at tens of thousands).
    """
    apps = Application.objects.filter(owner=owner)
    if hide_rejections:
        apps = apps.exclude(stage=Stage.REJECTED)
    counts = dict(apps.values_list("stage").annotate(n=Count("id")).order_by())
    recent_first = [F("last_activity_at").desc(), F("id").desc()]
    fields = ("pk", "title", "stage", "last_activity_at", "company__name", "location", "remote_mode", "salary_min",
              "salary_max", "salary_currency", "deadline", "tags")

    def cards(qs, limit: int) -> list[Card]:
        return [Card(*row) for row in qs.order_by(*recent_first).values_list(*fields)[:limit]]

    columns = [Column(s, cards(apps.filter(stage=s), per_column) if counts.get(s) else [], counts.get(s, 0))
               for s in PIPELINE]
    closed_count = sum(counts.get(s, 0) for s in CLOSED)
    closed = cards(apps.filter(stage__in=CLOSED), closed_limit) if closed_count else []
    return BoardPage(columns, closed, closed_count)
