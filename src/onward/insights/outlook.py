"""Job outlook for the roles the user applies to: O*NET titles → SOC occupation → BLS 2024–34 projections.

The data file is built by scripts/build_outlook.py; its sources and licences are in data/ATTRIBUTION.
"""

from __future__ import annotations

import gzip
import json
import re
from collections import Counter, defaultdict
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from onward.insights.funnel import SENIORITY_WORDS, title_group
from onward.tracker.models import Application

SOURCE = "U.S. Bureau of Labor Statistics, Employment Projections 2024–34"
TITLES_SOURCE = (
    "Includes information from the O*NET 29.0 Database by USDOL/ETA, used under the CC BY 4.0 license; "
    "modified by the Onward authors. O*NET® is a trademark of USDOL/ETA."
)
# Only words at least this distinctive may decide a fuzzy title match on their own.
_MIN_SCORE = 0.5
_WORD = re.compile(r"[a-z0-9+#]+")


@lru_cache(maxsize=1)
def load() -> dict:
    with resources.files("onward.insights").joinpath("data/outlook.json.gz").open("rb") as raw:
        return json.loads(gzip.decompress(raw.read()))


@lru_cache(maxsize=1)
def _index() -> tuple[dict[str, set[str]], dict[str, frozenset[str]]]:
    """Word → titles containing it, and each title's words (seniority words left out)."""
    by_word: dict[str, set[str]] = defaultdict(set)
    words_of: dict[str, frozenset[str]] = {}
    for title in load()["titles"]:
        words = frozenset(w for w in _WORD.findall(title) if w not in SENIORITY_WORDS)
        words_of[title] = words
        for w in words:
            by_word[w].add(title)
    return by_word, words_of


def match_title(title: str) -> str | None:
    """The BLS occupation code for a job title: an exact O*NET title first, then the closest by shared words."""
    data = load()
    plain = " ".join(title.lower().split())
    for candidate in (plain, title_group(title)):
        if candidate in data["titles"]:
            return data["titles"][candidate]
    words = {w for w in _WORD.findall(title_group(title)) if w not in SENIORITY_WORDS}
    if not words:
        return None
    by_word, words_of = _index()
    candidates = set().union(*(by_word.get(w, set()) for w in words))
    best, best_score = None, 0.0
    for cand in sorted(candidates):
        shared = words & words_of[cand]
        score = len(shared) / len(words | words_of[cand])
        if score > best_score:
            best, best_score = cand, score
    return data["titles"][best] if best and best_score >= _MIN_SCORE else None


@dataclass
class Occupation:
    code: str
    title: str
    change_pct: float | None
    openings_thousands: float | None
    employment_thousands: float | None
    wage: float | str | None
    education: str

    @property
    def openings(self) -> int | None:
        return round(self.openings_thousands * 1000) if self.openings_thousands is not None else None


def occupation(code: str) -> Occupation | None:
    row = load()["occupations"].get(code)
    if row is None:
        return None
    return Occupation(code, row["title"], row["change_pct"], row["openings"], row["employment_2024"], row["wage"],
                      row["education"])


@dataclass
class RoleOutlook:
    role: str  # the user's title group
    applications: int
    occupation: Occupation | None
    related: list[Occupation]


def outlook_for(owner, *, limit: int = 6) -> list[RoleOutlook]:
    """The user's most frequent role-title groups, each with its occupation's outlook and related occupations."""
    groups: Counter = Counter()
    examples: dict[str, str] = {}
    for title in Application.objects.filter(owner=owner).values_list("title", flat=True):
        group = title_group(title)
        groups[group] += 1
        examples.setdefault(group, title)
    related = load()["related"]
    result = []
    for group, count in groups.most_common(limit):
        code = match_title(examples[group])
        occ = occupation(code) if code else None
        rel = [o for c in related.get(code, []) if (o := occupation(c))] if code else []
        result.append(RoleOutlook(group, count, occ, rel))
    return result
