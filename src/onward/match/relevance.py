"""How well postings fit one person: a relevance score for ranking, separate from the coverage report.

The coverage report (report.py) answers "what does this posting ask for that the resume lacks"; it favours
short postings and cannot tell professions apart. Ranking asks "which of these jobs is this person's",
and combines, per posting:

- text: cosine of the word counts of the resume and the posting's title and text, weighted by IDF over the
  postings being ranked, the more so the more postings there are (`text_idf_pool`);
- skills: cosine of the taxonomy skills both name, each weighted by how specific it is (IDF over the postings);
- title: how close the posting title's occupation is to the occupations of the resume's own job titles
  (same SOC occupation, related in O*NET, or sharing the broad, minor or major SOC group), recent titles first;
- years: whether the resume's years of experience meet the posting's stated minimum, and whether
  "Junior"/"Senior" in the title suits them;
- place: only when the user states a location or remote preference, whether the posting offers it;
- semantic: whether the posting is in the person's field at all, read by a sentence encoder (cosine of the
  embeddings of the resume and of the posting's title and opening text), capped at `semantic_cap`: above it
  every posting counts as "same field", so within one profession it never overrides the other components.

Weights are in data/rules.toml `[relevance]`; docs/match.md says how they were fitted.
"""

from __future__ import annotations

import hashlib
import math
import re
import threading
from collections import Counter, OrderedDict
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache

import numpy as np

from onward.core.embeddings import encoder
from onward.match.extract import extract_resume, find_concepts
from onward.match.occupations import classify, data
from onward.match.rules import RULES
from onward.match.taxonomy import load

COMPONENTS = ("text", "skills", "title", "years", "place", "semantic")
# The title closeness given to a posting whose title names no known occupation: neither a match nor a miss.
UNKNOWN_TITLE = 0.25
_LINE_CUT = re.compile(r"\s[-–—|]\s|[|–—•·]|,|\s@\s|\sat\s|\(|:")
_JUNIOR = re.compile(r"\b(junior|jr|entry|graduate|intern|trainee|apprentice)\b", re.I)
_SENIOR = re.compile(r"\b(senior|sr|lead|principal|staff|head|chief|director)\b", re.I)
_WORD = re.compile(r"[a-z0-9+#]+")
_REMOTE = re.compile(r"\b(remote|work from home|wfh|telecommute|distributed team|anywhere)\b", re.I)


@dataclass(frozen=True)
class Preferences:
    """What the user said about place: a location to look for in postings, and whether remote work is wanted."""

    location: str = ""
    remote: bool = False

    def __bool__(self) -> bool:
        return bool(self.location.strip() or self.remote)


@dataclass
class Posting:
    id: str
    text: str
    title: str = ""


def weights() -> dict[str, float]:
    return dict(RULES.relevance)


# --- title -----------------------------------------------------------------------------------------


def resume_occupations(text: str, lines: int = 60) -> dict[str, float]:
    """SOC code -> weight for the job titles a resume names, the first (most recent) weighing most.

    Only short lines are read, and only exact or curated title matches count, so skills lists and
    sentences do not pass for titles.
    """
    found: dict[str, float] = {}
    order = 0
    for line in text.splitlines()[: lines * 3]:
        line = line.strip(" *#\t")
        if not line or len(line) > 90:
            continue
        for part in _LINE_CUT.split(line)[:2]:
            part = part.strip()
            if not part or len(part.split()) > 6 or any(ch.isdigit() for ch in part):
                continue
            occ = classify(part)
            if occ is None or occ.how == "similar":
                continue
            if occ.code not in found:
                found[occ.code] = 1 / (1 + 0.3 * order)
                order += 1
    return found


@cache
def _related() -> dict[str, frozenset[str]]:
    return {code: frozenset(codes) for code, codes in data()["related"].items()}


def occupation_closeness(a: str, b: str) -> float:
    """1 for the same occupation, less for related ones and for shared SOC groups, 0 for unrelated work."""
    if a == b:
        return 1.0
    if b in _related().get(a, ()) or a in _related().get(b, ()):
        return 0.7
    if a[:6] == b[:6]:
        return 0.6
    if a[:5] == b[:5]:
        return 0.45
    if a[:2] == b[:2]:
        return 0.2
    return 0.0


def title_fit(mine: dict[str, float], title: str) -> float | None:
    """How close the posting title's occupation is to the resume's; None when the resume names no title."""
    if not mine:
        return None
    occ = classify(title) if title.strip() else None
    if occ is None:
        return UNKNOWN_TITLE
    return max(w * occupation_closeness(code, occ.code) for code, w in mine.items())


# --- years and place -------------------------------------------------------------------------------


def years_required(text: str) -> float | None:
    found = [float(m.group(1)) for m in RULES.years.finditer(text.lower())]
    found = [y for y in found if y <= 20]
    return min(found) if found else None


def years_fit(have: float | None, text: str, title: str) -> float:
    need = years_required(text) or years_required(title)
    score = 1.0
    if need and have is not None:
        score = min(1.0, have / need)
    if have is not None:
        if _JUNIOR.search(title) and have >= 8:
            score *= 0.6
        elif _SENIOR.search(title) and have < 3:
            score *= 0.6
    return score


def place_fit(prefs: Preferences, text: str) -> float:
    score = 0.0
    if prefs.remote and _REMOTE.search(text):
        score = 1.0
    if prefs.location.strip() and prefs.location.strip().lower() in text.lower():
        score = max(score, 1.0 if not prefs.remote else 0.7)
    return score


# --- text and skills -------------------------------------------------------------------------------


def text_similarity(resume: str, postings: list[str], idf_pool: float = 0.0) -> list[float]:
    """Cosine of the word counts, each word weighted by its IDF over the postings and the resume.

    IDF read off a handful of postings is mostly noise, so its effect is scaled by n / (n + idf_pool) for n
    postings: with idf_pool = 50, five postings get a tenth of it and 5,000 nearly all. Raw term counts and no
    stop-word list: on the development data both other variants ranked worse (docs/match.md). Plain dicts, not
    a vectorizer library: importing one costs more time than counting 5,000 postings' words.
    """
    docs = [Counter(_WORD.findall(t.lower())) for t in (resume, *postings)]
    df = Counter(word for doc in docs for word in doc)
    share = len(postings) / (len(postings) + idf_pool) if postings else 0.0
    weight = {word: 1 + math.log((1 + len(docs)) / (1 + d)) * share for word, d in df.items()}
    mine = {word: count * weight[word] for word, count in docs[0].items()}
    mine_norm = math.sqrt(sum(v * v for v in mine.values()))
    out = []
    for doc in docs[1:]:
        norm = math.sqrt(sum((count * weight[word]) ** 2 for word, count in doc.items())) * mine_norm
        dot = sum(v * doc[word] * weight[word] for word, v in mine.items() if word in doc)
        out.append(dot / norm if norm else 0.0)
    return out


def skill_similarity(resume_skills: set[int], posting_skills: list[set[int]]) -> list[float]:
    n = len(posting_skills)
    df: dict[int, int] = {}
    for skills in posting_skills:
        for c in skills:
            df[c] = df.get(c, 0) + 1
    idf = {c: math.log((n + 1) / (d + 1)) + 1 for c, d in df.items()}
    default = math.log(n + 1) + 1
    resume_norm = math.sqrt(sum(idf.get(c, default) ** 2 for c in resume_skills))
    out = []
    for skills in posting_skills:
        shared = sum(idf[c] ** 2 for c in skills & resume_skills)
        norm = math.sqrt(sum(idf[c] ** 2 for c in skills)) * resume_norm
        out.append(shared / norm if norm else 0.0)
    return out


def _skills(text: str) -> set[int]:
    return {c for c, _surface in find_concepts(text, load())}


# --- semantic ---------------------------------------------------------------------------------------

# A resume is embedded whole up to this length; longer ones are mostly older jobs and lists.
RESUME_CHARS = 8000
# About 10 MB: a wishlist, or a few rankings, per process.
_CACHE_SIZE = 5_000
_vectors: OrderedDict[str, np.ndarray] = OrderedDict()
_vectors_lock = threading.Lock()


def embed(texts: list[str]) -> np.ndarray:
    """Unit vectors of the texts, remembered by content for the process's life (the wishlist ranks the same
    postings again and again); shape (len(texts), 512)."""
    keys = [hashlib.blake2b(t.encode(), digest_size=16).hexdigest() for t in texts]
    with _vectors_lock:
        missing = list({k: t for k, t in zip(keys, texts, strict=True) if k not in _vectors}.items())
    if missing:
        fresh = encoder().encode([t for _k, t in missing])
        with _vectors_lock:
            for (k, _t), v in zip(missing, fresh, strict=True):
                _vectors[k] = v
            while len(_vectors) > _CACHE_SIZE:
                _vectors.popitem(last=False)
    with _vectors_lock:
        for k in keys:
            _vectors.move_to_end(k)
        return np.array([_vectors[k] for k in keys], dtype=np.float32).reshape(len(keys), -1)


def semantic_similarity(resume: str, postings: list[str], chars: int) -> list[float]:
    """Cosine of the sentence embeddings of the resume and of each posting's first `chars` characters."""
    vectors = embed([resume[:RESUME_CHARS], *(p[:chars] for p in postings)])
    return (vectors[1:] @ vectors[0]).astype(float).tolist()


# --- the score -------------------------------------------------------------------------------------


def signals(
    resume_text: str, postings: list[Posting], prefs: Preferences | None = None, w: dict | None = None
) -> list[dict]:
    """Each posting's component scores (0-1), or None where a component does not apply or weighs nothing."""
    w = w or weights()
    resume = extract_resume(resume_text, load())
    mine = resume_occupations(resume_text)
    texts = [p.text for p in postings]
    # The title is part of what the posting says about the job, and often the only place it names it.
    text = text_similarity(
        resume_text, [f"{p.title}\n{p.text}" if p.title else p.text for p in postings], w.get("text_idf_pool", 0.0)
    )
    # Reading skills costs most of the time; with no weight (as fitted) it is left out.
    if w.get("skills"):
        skills = skill_similarity(set(resume.counts()), [_skills(t) for t in texts])
    else:
        skills = [None] * len(postings)
    out = []
    for i, p in enumerate(postings):
        title = p.title or _first_line(p.text)
        out.append({
            "text": text[i],
            "skills": skills[i],
            "title": title_fit(mine, title),
            "years": years_fit(resume.years_stated, p.text, title),
            "place": place_fit(prefs, p.text) if prefs else None,
            "semantic": None,
        })
    if w.get("semantic") and postings:
        _add_semantic(resume_text, postings, out, w)
    return out


def semantic_plan(n: int, w: dict) -> tuple[int, int]:
    """How many postings to embed (the best by the other components) and how many characters of each.

    The encoder's time grows with the characters it reads, so a fixed `semantic_budget` of characters is shared
    out: every posting of a list gets up to `semantic_chars`, a longer list gets fewer each, down to
    `semantic_min_chars`, and past that only the best budget / `semantic_min_chars` postings are embedded.
    Reaching every posting matters more than reading each further: a posting that is not embedded cannot be
    told to be of another field."""
    most = int(w.get("semantic_chars", 2000))
    least = min(most, int(w.get("semantic_min_chars", most)))
    budget = w.get("semantic_budget", 200_000)
    chars = int(min(most, max(least, budget / max(n, 1))))
    return min(n, max(1, int(budget // chars))), chars


def _cap_at(chars: int, w: dict) -> float:
    cap = w.get("semantic_cap", 0.25)
    most = int(w.get("semantic_chars", 2000))
    least = min(most, int(w.get("semantic_min_chars", most)))
    short = w.get("semantic_short_cap", cap)
    if most == least or chars >= most:
        return cap
    return short + (cap - short) * (max(chars, least) - least) / (most - least)


def _add_semantic(resume_text: str, postings: list[Posting], out: list[dict], w: dict) -> None:
    """Fill in `semantic` for the postings `semantic_plan` allows, the best by the other components first; any
    others get the least value found among those. A posting ranked lower by everything else and given that
    least value can never pass one that was embedded (the score is a weighted mean with the same weights for
    all), so the order stays consistent."""
    top, chars = semantic_plan(len(postings), w)
    order = range(len(postings))
    if top < len(postings):
        order = sorted(order, key=lambda i: -combine(out[i], w))[:top]
    values = semantic_similarity(
        resume_text, [f"{postings[i].title}\n{postings[i].text}" if postings[i].title else postings[i].text
                      for i in order], chars,
    )
    # A shorter text reads lower cosines against a whole resume, so a posting of the person's own field may fall
    # under the cap: the cap falls in a straight line from semantic_cap at semantic_chars to semantic_short_cap
    # at semantic_min_chars, applied by scaling the cosine, so combine() keeps one cap.
    scale = w.get("semantic_cap", 0.25) / _cap_at(chars, w)
    for i, value in zip(order, values, strict=True):
        out[i]["semantic"] = value * scale
    floor = min(values) * scale
    for parts in out:
        if parts["semantic"] is None:
            parts["semantic"] = floor


def combine(parts: dict, w: dict[str, float]) -> float:
    """The weighted mean of the components that apply, 0-100. The semantic cosine counts up to
    `semantic_cap` (1 from there): it tells fields apart, not jobs within one field."""
    used = [k for k in COMPONENTS if parts[k] is not None and w.get(k)]
    total = sum(w[k] for k in used)
    if not total:
        return 0.0
    cap = w.get("semantic_cap") or 1.0
    value = {k: min(max(parts[k], 0.0), cap) / cap if k == "semantic" else parts[k] for k in used}
    return 100 * sum(w[k] * value[k] for k in used) / total


def rank(
    resume_text: str, postings: Iterable[Posting], prefs: Preferences | None = None, w: dict | None = None
) -> list[tuple[str, float]]:
    """(id, relevance 0-100) for each posting, best first. Scores compare postings within one ranking."""
    postings = list(postings)
    if not postings:
        return []
    w = w or weights()
    scores = [
        (p.id, round(combine(parts, w), 2) if p.text.strip() else 0.0)
        for p, parts in zip(postings, signals(resume_text, postings, prefs, w), strict=True)
    ]
    scores.sort(key=lambda s: -s[1])
    return scores


def _first_line(text: str) -> str:
    for line in text.splitlines():
        if line.strip():
            return line.strip()[:120]
    return ""
