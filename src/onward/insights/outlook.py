"""Job outlook for the roles the user applies to: title → SOC occupation → BLS 2024–34 projections.

Titles are mapped by `onward.match.occupations.classify` (O*NET titles and the project's table); the user may
choose another occupation for a role, and that choice is kept. The data file is built by
scripts/build_outlook.py; its sources and licences are in data/ATTRIBUTION.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from django.db import transaction
from django.db.models import Count, Max

from onward.core.errors import OnwardError
from onward.insights.funnel import title_group
from onward.insights.models import OccupationChoice
from onward.match.occupations import Projection as Occupation
from onward.match.occupations import classify, projection
from onward.match.occupations import data as load
from onward.tracker.models import UNNAMED_ROLE, Application

SOURCE = "U.S. Bureau of Labor Statistics, Employment Projections 2024–34"
TITLES_SOURCE = (
    "Includes information from the O*NET 29.0 Database by USDOL/ETA, used under the CC BY 4.0 license; "
    "modified by the Onward authors. O*NET® is a trademark of USDOL/ETA."
)


class OutlookError(OnwardError):
    """A problem the user can fix, with a message meant for them."""


def match_title(title: str) -> str | None:
    """The BLS occupation code for a job title, or None when no occupation is close enough."""
    found = classify(title, meaning=True)
    return found.code if found else None


@dataclass
class RoleOutlook:
    role: str  # the user's title group
    applications: int
    occupation: Occupation | None
    related: list[Occupation]
    chosen: bool = False  # the user picked the occupation
    matched_title: str = ""  # the O*NET or curated title the automatic choice rests on
    by_meaning: bool = False  # the automatic choice rests on the title's meaning, not on a title with its words


@transaction.atomic
def choose_occupation(owner, role: str, code: str) -> OccupationChoice | None:
    """Keep the user's occupation for a role; an empty code goes back to the automatic choice."""
    role = " ".join(role.split()).lower()[:200]
    if not role:
        raise OutlookError("Choose which of your roles this is for.")
    if not code:
        OccupationChoice.objects.filter(owner=owner, role=role).delete()
        return None
    if projection(code) is None:
        raise OutlookError("That occupation is not in the projections. Pick one from the list.")
    choice, _ = OccupationChoice.objects.update_or_create(owner=owner, role=role, defaults={"code": code})
    return choice


def outlook_for(owner, *, limit: int = 6, titles: list[tuple[str, int]] | None = None) -> list[RoleOutlook]:
    """The user's most frequent role-title groups, each with its occupation's outlook and related occupations.
    `titles` are the (title, applications) pairs when the caller has read them already (Facts.titles)."""
    groups: Counter = Counter()
    examples: dict[str, str] = {}
    # One row per distinct title, the most recently active first (its title is the group's example).
    if titles is None:
        titles = (Application.objects.filter(owner=owner).values_list("title")
                  .annotate(n=Count("pk"), last=Max("last_activity_at")).order_by("-last", "title")
                  .values_list("title", "n"))
    for title, n in titles:
        if title == UNNAMED_ROLE:  # mail that did not name the role: no job title to project
            continue
        group = title_group(title)
        groups[group] += n
        examples.setdefault(group, title)
    chosen = dict(OccupationChoice.objects.filter(owner=owner).values_list("role", "code"))
    related = load()["related"]
    result = []
    for group, count in groups.most_common(limit):
        found = classify(examples[group], meaning=True)
        code = chosen.get(group) or (found.code if found else None)
        occ = projection(code) if code else None
        rel = [o for c in related.get(code, []) if (o := projection(c))] if code else []
        result.append(
            RoleOutlook(
                group,
                count,
                occ,
                rel,
                chosen=group in chosen,
                matched_title=found.matched if found and group not in chosen else "",
                by_meaning=bool(found and found.how == "meaning"),
            )
        )
    return result
