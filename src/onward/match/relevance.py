"""How well postings fit one person: a relevance score for ranking, separate from the coverage report.

The coverage report (report.py) answers "what does this posting ask for that the resume lacks"; it favours
short postings and cannot tell professions apart. Ranking asks "which of these jobs is this person's".
A posting given without a title has its title found in its text. The text and semantic components can read a
posting without its boilerplate (the "About us" and benefits sections, sentences about pay, equal opportunity and
applying: rules.toml `[boilerplate]`), each when its switch in `[relevance]` says so. Then, per posting:

- text: cosine of the word counts of the resume and the posting's title and text, weighted by IDF over the
  postings being ranked, the more so the more postings there are (`text_idf_pool`);
- tfidf: the plain TF-IDF cosine (full IDF over the list), as a share of the list's best posting's;
- role: how many of the posting title's words the resume's own job titles share, weighted by IDF over the titles
  of the list (a data analyst and a data engineer share one SOC code but not a title);
- level: whether the posting's level (intern to director, from its title, else the years it asks for) is within
  one step of the person's (their latest title's level words, else their years);
- title: how close the posting title's occupation is to the occupations of the resume's own job titles
  (same SOC occupation, related in O*NET, or sharing the broad, minor or major SOC group), recent titles first;
- skills: cosine of the taxonomy skills both name, each weighted by how specific it is (IDF over the postings);
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
import tomllib
from collections import Counter, OrderedDict
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import cache, lru_cache
from importlib import resources
from itertools import chain
from pathlib import Path

import numpy as np

from onward.core.cache import cache_dir, read_cached_arrays, replace_cached_arrays
from onward.core.embeddings import encode, encoder_key, load_in_background
from onward.match.extract import extract_resume, find_concepts
from onward.match.occupations import classify, data, key
from onward.match.rules import RULES
from onward.match.taxonomy import load

COMPONENTS = ("text", "tfidf", "skills", "title", "role", "level", "years", "place", "semantic")
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


@dataclass(frozen=True)
class ResumeTitle:
    """A job title the resume names: its line, its words (as occupations.key reads them), its occupation, and how
    much it counts (the first, most recent, 1; later ones less)."""

    line: str
    words: tuple[str, ...]
    code: str
    weight: float


# What a CV puts around a job title on its line: dates ("2019 – present", "Jun 2019Oct"), "with 5+ years of
# experience", "I am a". Removed before the title is read, so "2021 - present, FULL STACK DEVELOPER" and
# "FULL STACK DEVELOPER WITH 7+ YEARS OF EXPERIENCE" read as titles (on the Vanetik CVs a third named no title
# before).
_DATES = re.compile(
    r"(?<![a-z])(?:jan|january|feb|february|mar|march|apr|april|may|jun|june|jul|july|aug|august|sep|sept|september"
    r"|oct|october|nov|november|dec|december)\.?(?=[\s\d,.-]|$)|(?<!\d)(?:19|20)\d\d(?!\d)"
    r"|\b(?:present|current time|currently|now|today)\b", re.I)
_AROUND = re.compile(r"\s(?:with|who|having|looking|seeking)\s.*$|^\W*(?:i am|i'm|i was)\s+(?:an?\s+)?", re.I)
# Parts that name a course, a degree or a sentence's middle, not a job.
_NOT_TITLE = re.compile(r"\b(?:degree|university|college|school|bachelor|master of|courses?|bootcamp)\b"
                        r"|^(?:the|a|an|and|or|of|to|in|for|as|namely|by|on)\b", re.I)


# Contact details on a title's line ("github.com/name", "name@mail.com"): read as titles they named occupations.
_CONTACT = re.compile(r"@|https?:|www\.|\.(?:com|org|net|io|dev|design)\b|\b(?:linkedin|github)\b", re.I)
# A rank alone, its function in the next piece ("Director, Financial Planning & Analysis"): read together.
_RANK_ALONE = re.compile(r"^(?:senior |sr\.? |assistant |associate )?(?:director|manager|head|vice president|vp|lead"
                         r"|chief|principal)$", re.I)
# Where a summary or objective says what work the person is after: "seeking a systems administrator position",
# "moving into instructional design", "to move from retail management into a human resources role". The clause
# runs to the end of its sentence or to where it says what the person brings ("where", "bringing", "with").
_TARGET = re.compile(
    r"\b(?:seeking|looking for|in search of|aspiring|pursuing|want to (?:join|work as|become|move into)"
    r"|(?:move|moving|pivot|pivoting)(?: careers?)?(?: from [^.;]{0,80}?)? into"
    r"|(?:transition|transitioning|change careers|changing careers)(?: from [^.;]{0,80}?)? (?:in)?to"
    r"|open to (?:roles|positions|work) in)\s+([^.;:!?]{3,200}?)"
    r"(?=[.;:!?]|$|\s(?:where|bringing|with|who|that|so that|to (?:apply|use|leverage|bring|contribute))\b)", re.I)
_TARGET_CUT = re.compile(r",|/|\s(?:or|and)\s", re.I)
# Words around the work named: "a challenging ... position in a growth-oriented organization".
_TARGET_TAIL = re.compile(r"\s(?:role|roles|position|positions|job|jobs|team|teams|career|opportunity|work)\b.*$"
                          r"|\s(?:in|at|within|for)\s.*$", re.I)


def resume_targets(text: str, lines: int = 25) -> list[str]:
    """The clauses in which a resume's opening lines (its summary or objective) state the work it is after, in
    order; lines are joined first, as a summary's sentences run over them."""
    head = " ".join(line.strip() for line in text.splitlines()[:lines])
    return [m.group(1).strip() for m in _TARGET.finditer(head)]


def _target_titles(clauses: list[str]) -> list[tuple[str, object]]:
    """(phrase, occupation) for the job titles the target clauses name: each piece between "or", "and" and commas,
    without the words around it, read from its longest ending that names an occupation ("challenging systems
    administrator" is a systems administrator)."""
    out = []
    for clause in clauses:
        for piece in _TARGET_CUT.split(clause):
            words = _TARGET_TAIL.sub("", f" {piece.strip()}").split()
            for start in range(len(words)):
                phrase = " ".join(words[start:])
                if len(words) - start > 6 or _NOT_TITLE.search(phrase):
                    continue
                occ = classify(phrase)
                if occ is not None and occ.how != "similar":
                    out.append((phrase, occ))
                    break
    return out


def resume_titles(text: str, lines: int = 60) -> list[ResumeTitle]:
    """The job titles a resume names, in order, each once: first those its summary or objective says it is after
    (a career changer's past titles name the work they are leaving), then those of its lines.

    Only short pieces of lines are read, and only exact or curated title matches count, so skills lists and
    sentences do not pass for titles; dates and "with N years of experience" around a title are left out first,
    and pieces holding contact details are skipped.
    """
    found: list[ResumeTitle] = []
    seen: set[tuple[str, ...]] = set()

    def add(line: str, part: str, occ) -> None:
        words = key(part)
        if occ is None or occ.how == "similar" or words in seen:
            return
        seen.add(words)
        found.append(ResumeTitle(line, words, occ.code, 1 / (1 + 0.3 * len(found))))

    for phrase, occ in _target_titles(resume_targets(text)):
        add(phrase, phrase, occ)
    for line in text.splitlines()[: lines * 3]:
        line = _AROUND.sub("", _DATES.sub(" ", line.replace("\t", " | "))).strip(" *#-–—,.:;()")
        if not line or len(line) > 120:
            continue
        parts = [p.strip(" -–—,.:;") for p in _LINE_CUT.split(line)]
        parts = [p for p in parts if p and not _CONTACT.search(p)]
        if len(parts) > 1 and _RANK_ALONE.match(parts[0]):
            parts = [f"{parts[0]} of {parts[1]}", *parts[2:]]
        for part in parts[:2]:
            if len(part.split()) > 6 or any(ch.isdigit() for ch in part) or _NOT_TITLE.search(part):
                continue
            add(line, part, classify(part))
    return found


def resume_occupations(text: str, lines: int = 60) -> dict[str, float]:
    """SOC code -> weight for the job titles a resume names, the first (most recent) weighing most."""
    found: dict[str, float] = {}
    for t in resume_titles(text, lines):
        found.setdefault(t.code, 1 / (1 + 0.3 * len(found)))
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


def role_fit(mine: list[ResumeTitle], titles: list[str], idf_pool: float = 0.0) -> list[float | None]:
    """How much of its title each posting shares with the resume's own titles (level words left out), each word
    weighted by its IDF over the posting titles of the list, the first resume title weighing most: the mean of the
    share of the resume title found in the posting's and of the Dice overlap of the two. The share alone does not
    mind extra words ("Data Analyst / Engineer"); Dice alone marks down "Backend Software Developer" against
    "Software Developer" for a word neither job lacks; the mean did best of the three, cross-validated
    (docs/match.md). The occupation codes cannot tell a data analyst from a data scientist or a backend developer
    from a DevOps engineer (one SOC code each); the words can, and IDF keeps a word many titles share
    ("assistant", "analyst") from counting as much as the one that names the job ("accountant"). IDF is scaled by
    n / (n + idf_pool) as in text_similarity. None when the resume names no title."""
    if not mine:
        return [None] * len(titles)
    keys = [set(key(t)) if t.strip() else set() for t in titles]
    n = len(titles)
    df = Counter(w for k in keys for w in k)
    share = n / (n + idf_pool) if n else 0.0

    def idf(word: str) -> float:
        return 1 + math.log((1 + n) / (1 + df.get(word, 0))) * share

    own = [(set(t.words), t.weight) for t in mine]
    out: list[float | None] = []
    for words in keys:
        best = 0.0
        for theirs, weight in own:
            shared = sum(idf(w) for w in words & theirs)
            mine_total, their_total = sum(idf(w) for w in theirs), sum(idf(w) for w in words)
            if mine_total and their_total:
                best = max(best, weight * (shared / mine_total + 2 * shared / (mine_total + their_total)) / 2)
        out.append(best)
    return out


# Level from title words, checked in this order (a "Senior Director" is a director). 0 intern, 1 junior, 2 mid,
# 3 senior, 4 director; the numbers of the hard development set's labelling rule (docs/match.md).
_LEVEL_WORDS = (
    (4.0, re.compile(r"\b(director|head of|vp|vice president|chief|cfo|cto|coo|ceo|controller)\b", re.I)),
    (0.0, re.compile(r"\b(intern|internship|student|extern|co-?op)\b", re.I)),
    (0.5, re.compile(r"\b(apprentice|trainee)\b", re.I)),
    (1.0, re.compile(r"\b(junior|jr|entry[- ]level|new grad(uate)?|graduate)\b|\bI$", re.I)),
    (3.0, re.compile(r"\b(senior|sr|lead|principal|staff|master|charge|supervisor|superintendent|foreman|III|IV)\b",
                     re.I)),
)


def title_level(title: str) -> float | None:
    for level, pattern in _LEVEL_WORDS:
        if pattern.search(title):
            return level
    return None


def posting_level(title: str, text: str) -> float:
    """The posting's level from its title's words, else from the years it asks for (none: mid)."""
    found = title_level(title)
    if found is not None:
        return found
    need = years_required(text)
    if need is None:
        return 2.0
    return 1.0 if need < 2 else 2.0 if need < 5 else 2.5 if need < 8 else 3.0


def resume_level(mine: list[ResumeTitle], years: float | None) -> float:
    """The person's level from the words of their most recent title, else from their years of experience."""
    found = title_level(mine[0].line) if mine else None
    if found is not None:
        return found
    if years is None:
        return 2.0
    return 1.0 if years < 2 else 2.0 if years < 5 else 2.5 if years < 10 else 3.0


def level_fit(mine: float, theirs: float) -> float:
    """1 within one level of each other (a mid-level person applies to junior and senior jobs alike), falling
    to 0 three levels apart."""
    gap = abs(mine - theirs)
    return 1.0 if gap <= 1 else max(0.0, 1 - (gap - 1) / 2)


# --- years and place -------------------------------------------------------------------------------


@lru_cache(maxsize=1024)  # a ranking reads each posting's twice: for its level and for the years it asks
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


# --- what a posting says about the job --------------------------------------------------------------


@cache
def _boilerplate() -> tuple[re.Pattern, re.Pattern]:
    rules = tomllib.loads(resources.files("onward.match").joinpath("data", "rules.toml").read_text())["boilerplate"]
    # Every pattern starts a word: anchoring the alternation at word starts makes the search about twice as fast.
    return (re.compile(r"\b(?:" + "|".join(f"(?:{p})" for p in rules["sentences"]) + ")"),
            re.compile(r"^\W*(?:" + "|".join(f"(?:{p})" for p in rules["about"]) + r")\W*$"))


# Sentences, and the pieces of run-on text pasted from a page ("...years.Please apply", "Must have - Strong OOP -
# At least 3 years"), so that one boilerplate clause does not take the requirements around it along.
_SENTENCE = re.compile(r"(?<=[.!?;])\s*(?=[A-Z])|\s+[-–•·*]\s+")


def job_text(text: str) -> str:
    """The posting without what every posting of a firm says (rules.toml `[boilerplate]`): the "About us" and
    benefits sections, and sentences about pay, benefits, equal opportunity and applying. The whole text when
    nothing would be left."""
    out: list[str] = []
    skipping = False
    for line in text.splitlines():
        kind, kept = _line(line)
        if kind == "blank":
            skipping = False
            out.append("")
        elif kind == "about":
            skipping = True
        elif not skipping and kept is not None:
            out.append(kept)
    return "\n".join(out).strip() or text


# Lines read, each once per process: a firm's postings repeat their boilerplate, and a list's its headings.
_LINES_KEPT = 100_000


@lru_cache(maxsize=_LINES_KEPT)
def _line(line: str) -> tuple[str, str | None]:
    """What a line of a posting is for job_text ("blank", "about": it starts an "About us" section, or "text") and
    what is kept of it: the line without its boilerplate sentences, None when nothing is."""
    sentence, about = _boilerplate()
    low = line.strip().lower()
    if not low:
        return "blank", None
    if about.match(low):
        return "about", None
    if not sentence.search(low):  # most lines: one search, no split
        return "text", line
    kept = [part for part in _SENTENCE.split(line) if not sentence.search(part.lower())]
    return "text", " ".join(kept) if kept else None


_TITLE_LABEL = re.compile(r"^\W*(?:job title|position title|job|position|title|role)\s*[:–-]\s*(.{3,90}?)\s*$", re.I)
_HIRING = re.compile(
    r"\b(?:hiring|looking for|seeking|seeks|recruiting|searching for)\s+(?:an?|our next|our new|one)\s+"
    r"([A-Z][\w/&'().-]*(?:[ ,]+[A-Z][\w/&'().-]*|\s(?:of|and|in|for|-)(?=\s)){0,7})"
)
# Where a one-line posting's title ends: "Electrician needed in Denver. ...", "Data Analyst - Remote", "Staff Nurse •
# Remote • ..." (text pasted from a page keeps its bullets).
# A piece of a first line that names a place, not a job: "Baltimore, MD" (read as an occupation, "MD" being a
# doctor), "Remote (US)", "Hybrid".
_STATES = ("AL|AK|AZ|AR|CA|CO|CT|DE|DC|FL|GA|HI|ID|IL|IN|IA|KS|KY|LA|ME|MD|MA|MI|MN|MS|MO|MT|NE|NV|NH|NJ|NM|NY|NC|ND"
           "|OH|OK|OR|PA|RI|SC|SD|TN|TX|UT|VT|VA|WA|WV|WI|WY")
_PLACE = re.compile(rf"^(?i:remote|hybrid|on-?site)\b|^[A-Z][a-z.' ]*(?: [A-Z][a-z.' ]*)*,\s*(?:{_STATES})$")
_TITLE_END = re.compile(r"\s+(?:needed|wanted|in|at)\b|(?<!Sr)(?<!Jr)\.(?:\s|$)|[!:;(|•·]|\s[-–—]\s")


def posting_title(text: str) -> str:
    """The job title of a posting given without one (a folder of postings): a "Job Title:" line near the top; else
    the first line, or its start ("Electrician needed in ..."), or one of its next pieces ("Summer Intern - Apprentice
    Electrician"), when it names an occupation; else the role in "we are hiring a ..."; else the first line."""
    lines = [line.strip() for line in text.splitlines() if line.strip()][:15]
    for line in lines:
        found = _TITLE_LABEL.match(line)
        if found:
            return found.group(1)
    first = lines[0][:120] if lines else ""
    pieces = [p.strip() for p in _TITLE_END.split(first, maxsplit=3)]
    start = pieces[0]
    for candidate in (first, *pieces[:3]):
        if not candidate or len(candidate.split()) > 10 or _PLACE.match(candidate):
            continue
        occ = classify(candidate)
        if occ is not None and occ.how != "similar":  # a loose match is often a firm's name ("Acme Tools Inc.")
            return candidate
    hiring = _HIRING.search(text[:3000])
    if hiring:
        return hiring.group(1).strip(" ,-")
    return start if start and len(start.split()) <= 10 else first


# --- text and skills -------------------------------------------------------------------------------


def text_similarity(resume: str, postings: list[str], idf_pool: float = 0.0, sublinear: bool = False) -> list[float]:
    """Cosine of the word counts, each word weighted by its IDF over the postings and the resume.

    IDF read off a handful of postings is mostly noise, so its effect is scaled by n / (n + idf_pool) for n
    postings: with idf_pool = 50, five postings get a tenth of it and 5,000 nearly all. No stop-word list: on the
    development data it ranked worse (docs/match.md). With `sublinear` a word said c times counts 1 + log c: a
    posting that repeats its profession's words ("nurse" eight times) then no longer outweighs the few words that
    name its speciality, tools and level, which tell one profession's postings apart; the `tfidf` component counts so
    (`tfidf_sublinear`, in lists of at least `tfidf_sublinear_min`), the `text` component raw counts, which did
    better on the Vanetik lists (eleventh session). Counted here, not by a vectorizer library: importing one costs
    more time than counting 5,000 postings' words.
    """
    return text_similarities(resume, postings, (idf_pool,), (sublinear,))[0]


def text_similarities(resume: str, postings: list[str], idf_pools: tuple[float, ...],
                      sublinear: tuple[bool, ...] = ()) -> list[list[float]]:
    """text_similarity for several `idf_pool` values, the words counted once; `sublinear` says for each of them
    whether a word said c times counts 1 + log c (none: raw counts for all).

    The same numbers to the last bit as the plain loops over each posting's words (a dict of counts per posting,
    sums taken word by word): every word's count and weight is worked out by the same Python expression, once per
    distinct value; numpy only multiplies them, element by element, and adds them up in the same order, one word
    position at a time over all postings (numpy's own sums add in another order and round otherwise). About a
    third of the time of the loops on 5,000 postings."""
    counts = [Counter(_WORD.findall(t.lower())) for t in (resume, *postings)]
    if not postings:
        return [[] for _ in idf_pools]
    words = dict.fromkeys(chain.from_iterable(counts))  # every word, in the order first said
    vocab = dict(zip(words, range(len(words)), strict=True))
    lengths = np.fromiter(map(len, counts), dtype=np.intp, count=len(counts))
    total = int(lengths.sum())
    # Every posting's words in the order its counts hold them, one after another (the resume's first).
    ids = np.fromiter(map(vocab.__getitem__, chain.from_iterable(counts)), dtype=np.intp, count=total)
    raw = np.fromiter(chain.from_iterable(map(dict.values, counts)), dtype=np.float64, count=total)
    damped = _each(raw, lambda c: 1 + math.log(c)) if any(sublinear) else raw
    starts = np.zeros(len(counts), dtype=np.intp)
    np.cumsum(lengths[:-1], out=starts[1:])
    # Postings longest first, so that at each word position the postings that have a word there come first.
    order = np.argsort(-lengths[1:], kind="stable") + 1
    ascending = np.sort(lengths[1:])
    alive = len(ascending) - np.searchsorted(ascending, np.arange(int(ascending[-1])), side="right")
    first = starts[order]
    frequency = np.bincount(ids, minlength=len(vocab)).astype(np.float64)  # the documents that say each word
    # Where a posting says a word of the resume, grouped by word in the resume's order (each posting once a group).
    position = np.full(len(vocab), -1, dtype=np.intp)
    position[ids[:lengths[0]]] = np.arange(lengths[0])
    shared = np.flatnonzero(position[ids[lengths[0]:]] >= 0) + lengths[0]
    shared = shared[np.argsort(position[ids[shared]], kind="stable")]
    bounds = np.flatnonzero(np.diff(position[ids[shared]])) + 1
    groups = [(group, np.searchsorted(starts, group, side="right") - 1)
              for group in np.split(shared, bounds) if len(group)]
    out = []
    for i, idf_pool in enumerate(idf_pools):
        values = damped if i < len(sublinear) and sublinear[i] else raw
        share = len(postings) / (len(postings) + idf_pool)
        weight = _each(frequency, lambda d, share=share: 1 + math.log((1 + len(counts)) / (1 + int(d))) * share)
        scaled = values * weight[ids]  # count * weight, each word of each posting
        mine = {int(k): float(v) for k, v in zip(ids[:lengths[0]], scaled[:lengths[0]], strict=True)}
        mine_norm = math.sqrt(sum(v * v for v in mine.values()))
        squares = _each(scaled, lambda v: v ** 2)
        norm = np.zeros(len(counts))
        for at, many in enumerate(alive):  # the postings with a word at this position are the first `many`
            norm[order[:many]] += squares[first[:many] + at]
        dot = np.zeros(len(counts))
        for group, rows in groups:
            word = ids[group[0]]
            dot[rows] += mine[int(word)] * values[group] * weight[word]
        norm = np.sqrt(norm[1:]) * mine_norm
        out.append(np.divide(dot[1:], norm, out=np.zeros(len(postings)), where=norm != 0).tolist())
    return out


def _each(values: np.ndarray, f: Callable[[float], float]) -> np.ndarray:
    """f of each value, worked out by Python once per distinct value (so to the last bit what f gives)."""
    distinct, where = np.unique(values, return_inverse=True)
    return np.array([f(v) for v in distinct.tolist()], dtype=np.float64)[where]


def relative(values: list[float]) -> list[float]:
    """Each value as a share of the list's highest (0 when none is above 0)."""
    top = max(values, default=0.0)
    return [v / top if top > 0 else 0.0 for v in values]


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
# About 10 MB: a wishlist, or a few rankings. Kept on disk too (`cache/encoder-vectors-*.npz`, named by the encoder's
# exact numbers, core.embeddings.encoder_key), so a new process ranking postings it ranked before (the same folder
# after the resume was edited, the wishlist) reads their vectors instead of running the encoder again.
_CACHE_SIZE = 5_000
# Writing the kept vectors (up to 10 MB) costs about what the encoder takes for a dozen postings, so a call that
# embedded fewer new texts than this leaves the file as it is (a handful of postings costs little to embed again).
_KEEP_FROM = 64
_vectors: OrderedDict[str, np.ndarray] = OrderedDict()
_vectors_lock = threading.Lock()
_read_from: set[Path] = set()


def _text_key(text: str) -> str:
    return hashlib.blake2b(text.encode(), digest_size=16).hexdigest()


def _vectors_file() -> Path | None:
    directory = cache_dir()
    return directory / f"encoder-vectors-{encoder_key()}.npz" if directory else None


def _read_kept() -> None:
    """Take in the vectors kept on disk, once per process and file (the lock held): a file with other shapes than
    this code writes is left unread."""
    path = _vectors_file()
    if path is None or path in _read_from:
        return
    _read_from.add(path)
    found = read_cached_arrays(path) or {}
    keys, vectors = found.get("keys"), found.get("vectors")
    if (keys is None or vectors is None or keys.dtype != np.dtype("S32") or vectors.dtype != np.float32
            or vectors.ndim != 2 or len(keys) != len(vectors)):
        return
    mine = list(_vectors.items())
    _vectors.clear()
    for k, v in zip(keys.tolist(), vectors, strict=True):
        _vectors[k.decode()] = v
    for k, v in mine:  # what this process embedded counts as the newest
        _vectors[k] = v
        _vectors.move_to_end(k)
    while len(_vectors) > _CACHE_SIZE:
        _vectors.popitem(last=False)


def _kept(texts: list[str]) -> int:
    """How many of the texts have their vector in memory or on disk."""
    with _vectors_lock:
        _read_kept()
        return sum(_text_key(t) in _vectors for t in texts)


def embed(texts: list[str]) -> np.ndarray:
    """Unit vectors of the texts, remembered by content (the wishlist ranks the same postings again and again, and a
    folder is often ranked again after the resume was edited); shape (len(texts), 512)."""
    keys = [_text_key(t) for t in texts]
    with _vectors_lock:
        _read_kept()
        missing = list({k: t for k, t in zip(keys, texts, strict=True) if k not in _vectors}.items())
    fresh = encode([t for _k, t in missing]) if missing else []
    with _vectors_lock:
        for (k, _t), v in zip(missing, fresh, strict=True):
            _vectors[k] = v
        # This call's texts count as the newest before the oldest go: the ones read from disk could be among those.
        for k in keys:
            _vectors.move_to_end(k)
        out = np.array([_vectors[k] for k in keys], dtype=np.float32).reshape(len(keys), -1)
        while len(_vectors) > _CACHE_SIZE:
            _vectors.popitem(last=False)
        kept = list(_vectors.items())
    path = _vectors_file() if len(missing) >= _KEEP_FROM else None
    if path is not None:
        replace_cached_arrays({"keys": np.array([k.encode() for k, _v in kept], dtype="S32"),
                               "vectors": np.array([v for _k, v in kept], dtype=np.float32)},
                              path, "encoder-vectors")
    return out


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
    semantic = bool(w.get("semantic") and postings)
    # The encoder loads while the other components are worked out (about a second of CPU), unless this resume was
    # embedded before: then it loads below only when the postings' vectors are not kept either.
    loading = semantic and not _kept([resume_text[:RESUME_CHARS]])
    if loading:
        load_in_background()
    resume = extract_resume(resume_text, load())
    mine = resume_titles(resume_text)
    codes: dict[str, float] = {}
    for t in mine:
        codes.setdefault(t.code, 1 / (1 + 0.3 * len(codes)))
    level = resume_level(mine, resume.years_stated)
    titles = [p.title or posting_title(p.text) for p in postings]
    # With the title in front: it is part of what the posting says about the job, and often the only place it names
    # it. Without the firm's boilerplate where the weights say so (`text_boilerplate`, `semantic_boilerplate`: 1
    # leaves it out); the fit decides, per component, as it did not help both everywhere (docs/match.md).
    # Boilerplate counts in the word counts only in lists under `text_boilerplate_min` postings: in a long list of many
    # firms' postings, a few long ones carrying benefits and equal-opportunity paragraphs otherwise share words with
    # every resume and rose for all (the long-list set, ninth session); in a handful of postings a person picked,
    # leaving it out lowered both Vanetik annotators' agreement (docs/match.md).
    lean = bool(w.get("text_boilerplate", 0)) and len(postings) >= w.get("text_boilerplate_min", 0)
    jobs = [posting_text(p, lean) for p in postings]
    if semantic and not loading:
        top, chars = semantic_plan(len(postings), w)
        if lean != bool(w.get("semantic_boilerplate", 0)) or _kept([t[:chars] for t in jobs]) < top:
            load_in_background()
    # `tfidf` is the plain TF-IDF cosine (full IDF), as a share of the list's best: a cosine's spread depends on
    # text lengths (often 0.05 to 0.3), so on its own scale the title's and the encoder's 0-1 steps outweigh it
    # at any weight. Where the specific words of a speciality tell postings of one profession apart, that cosine
    # ranks best, and with its weight the ranking cannot fall far below it (docs/match.md, sixth session).
    # With `tfidf_pooled` it counts n / (n + text_idf_pool) of itself for n postings, as IDF does in `text`: a
    # full-IDF cosine read off five postings is mostly noise, off hundreds it is the well-tried baseline.
    pool = w.get("text_idf_pool", 0.0)
    both = w.get("tfidf") or w.get("title_text")
    # The tfidf component counts a word said c times as 1 + log c in lists of at least `tfidf_sublinear_min`
    # postings (text_similarity says why); in the handful a person picked (the Vanetik lists) raw counts did better.
    damp = bool(w.get("tfidf_sublinear")) and len(postings) >= w.get("tfidf_sublinear_min", 0)
    text, *full = text_similarities(resume_text, jobs, (pool, 0.0) if both else (pool,), (False, damp))
    tfidf = [None] * len(postings)
    if full and w.get("tfidf"):
        share = len(postings) / (len(postings) + pool) if w.get("tfidf_pooled") else 1.0
        tfidf = [v * share for v in relative(full[0])]
    # Role weighs nothing as shipped (the fit switched it off): then it is not worked out. Level counts only within
    # one's own field (`field_level`, list_weights), so it is worked out when either weight has a value.
    roles = role_fit(mine, titles, w.get("text_idf_pool", 0.0)) if w.get("role") else [None] * len(postings)
    levels = bool(w.get("level") or w.get("field_level"))
    # The title's occupation tells fields apart; within one profession it is mostly noise: specialities share one
    # occupation under the generic title ("Civil Engineer"), while the speciality's own title may read as another
    # ("Microbiologist" is a life scientist, "Embedded Systems Engineer" a computer occupation "all other"). So the
    # title counts at least as much as the posting's words agree with the resume (`title_text`: the TF-IDF cosine as a
    # share of the list's best, to that power; 0 leaves the title as read): a title read as another occupation cannot
    # sink the posting whose words match best, and where the words agree less the title decides as before. With
    # `title_text_pooled` that floor is scaled by n / (n + text_idf_pool), as `tfidf` is: off five postings the
    # cosine's IDF is noise.
    floor = None
    if w.get("title_text"):
        share = len(postings) / (len(postings) + pool) if w.get("title_text_pooled") else 1.0
        floor = [v ** w["title_text"] * share for v in relative(full[0])]
    out = []
    for i, p in enumerate(postings):
        title = titles[i]
        fit = title_fit(codes, title)
        if floor and fit is not None:
            fit = max(fit, floor[i])
        out.append({
            "text": text[i],
            "tfidf": tfidf[i],
            "skills": None,
            "title": fit,
            "role": roles[i],
            "level": level_fit(level, posting_level(title, p.text)) if levels else None,
            "years": years_fit(resume.years_stated, p.text, title),
            "place": place_fit(prefs, p.text) if prefs else None,
            "semantic": None,
        })
    if w.get("skills") and postings:
        _add_skills(set(resume.counts()), jobs, out, w)
    if w.get("semantic") and postings:
        # The texts the word counts read, when the encoder reads the same (boilerplate out for both): not cut twice.
        same = lean == bool(w.get("semantic_boilerplate", 0))
        _add_semantic(resume_text, postings, out, w, jobs if same else None)
    return out


def posting_text(p: Posting, lean: bool) -> str:
    """What the ranking reads of a posting: its title and text, without boilerplate when `lean`."""
    body = job_text(p.text) if lean else p.text
    return f"{p.title}\n{body}" if p.title else body


def _add_skills(mine: set[int], jobs: list[str], out: list[dict], w: dict) -> None:
    """Fill in `skills` for the best `skills_max` postings by the components so far (reading skills takes about
    0.3 ms a posting, the most of any component); the others get the least value found among those, which keeps
    the order consistent for the reason _add_semantic gives."""
    order = range(len(jobs))
    most = int(w.get("skills_max", len(jobs)))
    if most < len(jobs):
        order = sorted(order, key=lambda i: -combine(out[i], w))[:most]
    values = skill_similarity(mine, [_skills(jobs[i]) for i in order])
    for i, value in zip(order, values, strict=True):
        out[i]["skills"] = value
    floor = min(values)
    for parts in out:
        if parts["skills"] is None:
            parts["skills"] = floor


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


def _add_semantic(
    resume_text: str, postings: list[Posting], out: list[dict], w: dict, texts: list[str] | None = None
) -> None:
    """Fill in `semantic` for the postings `semantic_plan` allows, the best by the other components first; any
    others get the least value found among those. A posting ranked lower by everything else and given that
    least value can never pass one that was embedded (the score is a weighted mean with the same weights for
    all), so the order stays consistent; where the field gate (list_weights) then gives the words more weight, a
    posting not embedded may pass one that was on its words alone, as it should. Boilerplate is taken out
    (`semantic_boilerplate`) only of the postings embedded (of 5,000, that saves about 0.4 s), unless the word
    counts already read every posting without it: then their `texts` are read."""
    top, chars = semantic_plan(len(postings), w)
    order = range(len(postings))
    if top < len(postings):
        order = sorted(order, key=lambda i: -combine(out[i], w))[:top]
    lean = bool(w.get("semantic_boilerplate", 0))
    read = [texts[i] if texts is not None else posting_text(postings[i], lean) for i in order]
    values = semantic_similarity(resume_text, read, chars)
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


def field_gate(out: list[dict], w: dict) -> float:
    """How much of the list the encoder puts in the person's own field, 0-1: the share of postings whose semantic
    cosine reaches `semantic_cap`, read from `field_low` (0) to `field_high` (1), scaled by n / (n + text_idf_pool)
    for n postings as IDF is, and 0 for lists under `field_min` postings (five postings a person picked say nothing
    of a list's make-up; on the Vanetik lists even the pooled gate moved annotator 2 by 0.01). Within one profession
    nearly every posting reaches the cap (0.8-0.97 on the within-profession sets); in a mixed list like the held-out
    one, few (0.04-0.34 on the across-field AUC set). The title's occupation was tried as the measure and failed
    where a profession's generic titles name no occupation ("Hotel Team Member", "Data Specialist"; docs/match.md,
    eighth session)."""
    if len(out) < w.get("field_min", 0) or not (w.get("field_tfidf") or w.get("field_title")):
        return 0.0
    cap = w.get("semantic_cap", 0.25)
    values = [p["semantic"] for p in out if p["semantic"] is not None]
    if not out or not values:
        return 0.0
    share = sum(v >= cap for v in values) / len(out)
    low, high = w.get("field_low", 0.5), w.get("field_high", 0.8)
    gate = min(1.0, max(0.0, (share - low) / (high - low)))
    return gate * len(out) / (len(out) + w.get("text_idf_pool", 0.0))


def list_weights(out: list[dict], w: dict) -> dict:
    """The weights for one list: where it is mostly of the person's own field (field_gate), the title's occupation
    stops telling postings apart (nearly all share it, and what moves it is a speciality's title read as another
    occupation), while the words a resume and posting share (speciality, tools, licences) do. So there the TF-IDF
    cosine gains up to `field_tfidf` of weight and the title loses up to `field_title` of its own. There the postings
    also differ in seniority, which the shared words hardly show, so the level (`field_level`) and the years asked
    for (`field_years`) gain up to that much weight; across fields they stay as fitted (off), as the field decides."""
    gate = field_gate(out, w)
    if not gate:
        return w
    return w | {"tfidf": w.get("tfidf", 0.0) + w.get("field_tfidf", 0.0) * gate,
                "title": w.get("title", 0.0) * (1 - w.get("field_title", 0.0) * gate),
                "level": w.get("level", 0.0) + w.get("field_level", 0.0) * gate,
                "years": w.get("years", 0.0) + w.get("field_years", 0.0) * gate}


def combine(parts: dict, w: dict[str, float]) -> float:
    """The weighted mean of the components that apply, 0-100. The semantic cosine counts up to
    `semantic_cap` (1 from there): it tells fields apart, not jobs within one field."""
    used = [k for k in COMPONENTS if parts.get(k) is not None and w.get(k)]
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
    found = signals(resume_text, postings, prefs, w)
    w = list_weights(found, w)
    scores = [
        (p.id, round(combine(parts, w), 2) if p.text.strip() else 0.0)
        for p, parts in zip(postings, found, strict=True)
    ]
    scores.sort(key=lambda s: -s[1])
    return scores
