"""Job title -> occupation (2018 SOC code, as BLS projects it), from O*NET titles and the project's own table.

A title is reduced to its words in the singular, without level words ("Senior", "II") and with common abbreviations
spelled out ("Sr. Backend Eng" -> back end engineer). Then, in order:
1. the curated table (data/titles.toml), for modern titles O*NET files under a neighbouring occupation;
2. an O*NET title with the same words; when several occupations use it, the one with the most evidence
   (an occupation's own name, the number of O*NET sources that reported an alternate title);
3. the longest part of the title that keeps its last word, the job itself ("Clinical Oncology Pharmacist" ->
   pharmacist), found the same way;
4. the O*NET title sharing the most distinctive words, including the last one.
Pure functions over shipped data: the outlook page, `onward outlook` and the match ranking all use `classify`.
"""

from __future__ import annotations

import gzip
import json
import math
import re
import tomllib
from collections import Counter, defaultdict
from dataclasses import dataclass
from functools import cache, lru_cache
from importlib import resources
from itertools import combinations

# Words that say level, contract or place, not the job.
NOISE = frozenset(
    "senior sr junior jr principal staff entry level mid midlevel experienced remote hybrid onsite contract "
    "contractor temporary temp permanent full part time fulltime parttime i ii iii iv v vi 1 2 3 4 5 the of "
    "and for in at to a an with".split()
)
_WORD = re.compile(r"[a-z0-9+#]+")
_CUT = re.compile(r"\s[-–—|]\s|\s*[|–—]\s*|,|\s@\s|\sat\s")
# Below this share of distinctive words in common, a title is left without an occupation.
MIN_SIMILARITY = 0.5


@dataclass(frozen=True)
class Occupation:
    code: str
    title: str
    matched: str  # the O*NET or curated title that decided it
    how: str  # "curated", "title", "part" or "similar"


@cache
def data() -> dict:
    raw = resources.files("onward.insights").joinpath("data/outlook.json.gz").read_bytes()
    return json.loads(gzip.decompress(raw))


@cache
def _curated() -> dict:
    return tomllib.loads(resources.files("onward.match").joinpath("data", "titles.toml").read_text())


def words(title: str, cut: bool = True) -> list[str]:
    """The title's words with abbreviations spelled out and level words dropped; `cut` keeps only the part
    before a dash, bar or comma ("Nurse - ICU, nights"), as in a posting, not in O*NET's own names."""
    title = re.sub(r"\(.*?\)|\[.*?\]", " ", title.lower()).replace("&", " and ")
    if cut:
        title = _CUT.split(title)[0]
    expand = _curated()["abbreviations"]
    out: list[str] = []
    for w in _WORD.findall(title.replace("/", " ").replace(".", " ")):
        out.extend(expand.get(w, w).split())
    return [w for w in out if w not in NOISE]


def singular(word: str) -> str:
    """A plural's singular, by spelling alone ("nurses", "secretaries"); O*NET names occupations in the plural."""
    if len(word) <= 3 or not word.isalpha():
        return word
    if word.endswith("ies"):
        return word[:-3] + "y"
    if word.endswith(("sses", "shes", "ches", "xes")):
        return word[:-2]
    if word.endswith("s") and not word.endswith(("ss", "us", "is")):
        return word[:-1]
    return word


def key(title: str, cut: bool = True) -> tuple[str, ...]:
    return tuple(singular(w) for w in words(title, cut))


@dataclass
class _Index:
    votes: dict[tuple[str, ...], Counter]
    names: dict[tuple[str, ...], str]
    by_word: dict[str, set[tuple[str, ...]]]
    idf: dict[str, float]
    curated: dict[tuple[str, ...], tuple[str, str]]
    rarest: float


@cache
def _index() -> _Index:
    votes: dict[tuple[str, ...], Counter] = defaultdict(Counter)
    names: dict[tuple[str, ...], str] = {}
    for title, codes in data()["titles"].items():
        keys = {key(title, cut=False)}
        # "Preschool teachers, except special education" is also just "preschool teacher".
        if re.search(r",\s*(except|all other|including)\b", title):
            keys.add(key(title))
        for k in keys:
            if k:
                votes[k].update(codes)
                names.setdefault(k, title)
    by_word: dict[str, set[tuple[str, ...]]] = defaultdict(set)
    for k in votes:
        for w in k:
            by_word[w].add(k)
    n = len(votes)
    idf = {w: math.log(n / len(ks)) for w, ks in by_word.items()}
    curated = {key(t): (code, t) for t, code in _curated()["titles"].items()}
    return _Index(dict(votes), names, dict(by_word), idf, curated, max(idf.values()))


def occupation_title(code: str) -> str:
    row = data()["occupations"].get(code)
    return row["title"] if row else ""


def _best(votes: Counter) -> str:
    return max(sorted(votes), key=lambda c: votes[c])


def _found(code: str, matched: str, how: str) -> Occupation | None:
    title = occupation_title(code)
    return Occupation(code, title, matched, how) if title else None


@lru_cache(maxsize=20_000)
def classify(title: str) -> Occupation | None:
    """The occupation a job title names, or None when nothing close enough is known."""
    index = _index()
    k = key(title)
    # Words no O*NET title uses ("Golang developer") cannot decide anything; the rest still can.
    k = tuple(w for w in k if w in index.by_word or (w,) in index.curated) if len(k) > 1 else k
    if not k:
        return None
    if k in index.curated:
        return _found(*index.curated[k], "curated")
    if k in index.votes:
        return _found(_best(index.votes[k]), index.names[k], "title")
    # Drop modifiers, keep the last word (the job itself): longest part first, then the most evidence.
    head, rest = k[-1], k[:-1]
    for size in range(len(rest) - 1, -1, -1):
        if len(rest) > 8:
            break
        found: Counter = Counter()
        names = []
        for part in combinations(rest, size):
            sub = (*part, head)
            if sub in index.curated:
                return _found(*index.curated[sub], "curated")
            if sub in index.votes and size:
                found.update(index.votes[sub])
                names.append(index.names[sub])
        if found:
            return _found(_best(found), names[0], "part")
    return _similar(k, index)


def _similar(k: tuple[str, ...], index: _Index) -> Occupation | None:
    """The O*NET title with the most distinctive words in common, sharing the query's last word if any does."""
    mine = set(k)
    rare = index.rarest
    pool = index.by_word.get(k[-1]) or set().union(*(index.by_word.get(w, set()) for w in mine))
    # Titles that end in the same job word come first: "auto mechanic" is a mechanic, not a supervisor.
    same_head = sorted(c for c in pool if c[-1] == k[-1])
    best, best_score = None, 0.0
    for cand in same_head or sorted(pool):
        theirs = set(cand)
        shared = sum(index.idf[w] for w in mine & theirs)
        union = sum(index.idf.get(w, rare) for w in mine | theirs)
        score = shared / union if union else 0.0
        if score > best_score:
            best, best_score = cand, score
    if best is None or best_score < MIN_SIMILARITY:
        # A one-word title whose word only appears inside longer titles ("Pharmacist"): the most common sense.
        if len(k) == 1 and k[0] in index.by_word:
            votes: Counter = Counter()
            for cand in index.by_word[k[0]]:
                if cand[-1] == k[0]:
                    votes.update(index.votes[cand])
            if votes:
                return _found(_best(votes), k[0], "similar")
        return None
    return _found(_best(index.votes[best]), index.names[best], "similar")


FIGURES = ("change_pct", "openings_per_year", "employment_2024", "employment_2034", "median_wage", "education")


@dataclass
class Projection:
    code: str
    title: str
    change_pct: float | None
    openings_thousands: float | None
    employment_thousands: float | None
    employment_2034_thousands: float | None
    wage: float | str | None
    education: str

    @property
    def openings(self) -> int | None:
        return round(self.openings_thousands * 1000) if self.openings_thousands is not None else None

    def figures(self) -> dict:
        """The projection figures the app shows, in plain units (people, USD)."""

        def people(thousands):
            return round(thousands * 1000) if thousands is not None else None

        return {
            "change_pct": self.change_pct,
            "openings_per_year": self.openings,
            "employment_2024": people(self.employment_thousands),
            "employment_2034": people(self.employment_2034_thousands),
            "median_wage": self.wage,
            "education": self.education,
        }


def projection(code: str) -> Projection | None:
    row = data()["occupations"].get(code)
    if row is None:
        return None
    return Projection(
        code,
        row["title"],
        row["change_pct"],
        row["openings"],
        row["employment_2024"],
        row.get("employment_2034"),
        row["wage"],
        row["education"],
    )


def occupations() -> list[tuple[str, str]]:
    """(code, title) of every projected occupation, by title: the choices offered to the user."""
    return sorted(((c, r["title"]) for c, r in data()["occupations"].items()), key=lambda o: o[1].lower())


def title_outlook(title: str) -> dict:
    """One title's occupation and figures, as `onward outlook --json` prints them."""
    found = classify(title)
    occ = projection(found.code) if found else None
    return {
        "title": title,
        "soc": occ.code if occ else None,
        "occupation": occ.title if occ else None,
        "matched_title": found.matched if found else None,
        **(occ.figures() if occ else dict.fromkeys(FIGURES)),
    }
