"""The match report: weighted coverage of a posting's requirements by a resume, plus checks outside the score.

Pure functions over text: the web views, the CLI and the ranking all call `match` or `score`.
"""

from __future__ import annotations

import multiprocessing
import os
import re
from concurrent.futures import ProcessPoolExecutor
from dataclasses import asdict, dataclass, field
from typing import Any

from onward.core.errors import OnwardError
from onward.match.extract import (
    LEVEL_ORDER,
    PREFERRED,
    Extraction,
    date_ranges,
    extract_posting,
    extract_resume,
)
from onward.match.open_items import in_text, open_items
from onward.match.rules import RULES, Rules
from onward.match.semantic import Related, related
from onward.match.taxonomy import CERTIFICATION, HARD, SOFT, TOKEN, load, norm

CATEGORY_LABELS = {
    HARD: "Hard skills and tools",
    SOFT: "Soft skills",
    CERTIFICATION: "Certifications and licences",
    "education": "Education",
    "experience": "Years of experience",
    "title": "Job title",
    "preferred": "Nice to have (any kind)",
}
PREFERRED_CATEGORY = "preferred"
# Words in a job title that say level or place, not the job itself.
TITLE_NOISE = {
    "senior",
    "sr",
    "junior",
    "jr",
    "lead",
    "principal",
    "staff",
    "level",
    "remote",
    "hybrid",
    "i",
    "ii",
    "iii",
    "iv",
    "entry",
    "mid",
    "the",
    "of",
    "and",
    "for",
    "to",
    "in",
    "a",
    "an",
    "with",
    "years",
    "year",
    "experience",
    "intern",
    "internship",
    "contract",
    "full",
    "part",
    "time",
}

EMAIL = re.compile(r"[\w.+-]+@[\w-]+\.[\w.-]+")
PHONE = re.compile(r"(?:\+?\d[\s().-]*){7,15}\d")
# What PHONE also matches on a resume that is no phone number: year ranges ("2019-2024", "2016 – 2019 2021")
# and ISO dates ("2017-06-01").
_YEARS = re.compile(r"(?:(?:19|20)\d\d)+")
_ISO_DATE = re.compile(r"\d{4}-\d\d-\d\d")


def has_phone(text: str) -> bool:
    for m in PHONE.finditer(text):
        number = m.group().strip()
        if not (_YEARS.fullmatch(re.sub(r"\D", "", number)) or _ISO_DATE.fullmatch(number)):
            return True
    return False
LINK = re.compile(r"linkedin\.com/\S+|github\.com/\S+", re.I)
MEASURABLE = re.compile(
    r"\d+(?:[.,]\d+)?\s*%|[$€£]\s?\d|\b\d+(?:[.,]\d+)?\s*[kKmM]?\+?\s+(?:users|customers|clients|people|projects|"
    r"hours|days|weeks|requests|servers|engineers|developers|members|countries|teams|reports|applications|sites)\b"
)


@dataclass
class Item:
    name: str
    category: str
    level: str
    wording: str
    posting_count: int
    resume_count: int
    # When the posting offered alternatives ("SQL or Python", "Computer Science, Economics or a related
    # field"): the one the resume has, if it is not this item itself.
    met_by: str = ""

    @property
    def counts_in(self) -> str:
        """The report's category row this item is counted in (what is only preferred has its own)."""
        return CATEGORY_LABELS[PREFERRED_CATEGORY if self.level == PREFERRED else self.category]


def named_inside(resume: Extraction, taxonomy) -> dict[int, int]:
    """Names that open a longer skill the resume was read as: "wrote SQL queries" is the duty SQL queries and shows
    SQL; "AWS Lambda" shows AWS. Only a name written as the skill writes it ("SQL", "Oracle"; not "Windows" opening a
    sentence for "assemble windows") counts, and only at the phrase's start, since what follows a name is what was
    done with it ("Lambda" in "AWS Lambda" is no other tool)."""
    out: dict[int, int] = {}
    for hit in resume.hits:
        if " " not in taxonomy.concept(hit.concept).name:
            continue  # one name written apart ("Java Script"): no name inside it
        raw = [m.group() for m in TOKEN.finditer(hit.surface)]
        for size in range(1, len(raw)):
            written = " ".join(raw[:size])
            concept = taxonomy.lower.get(tuple(taxonomy.token_info(w)[0] for w in raw[:size]))
            if concept is None or concept == hit.concept or written not in taxonomy.concept(concept).forms:
                continue
            if written != written.lower() and len(written) > 1:
                out[concept] = out.get(concept, 0) + 1
    return out


def held(resume: Extraction, taxonomy) -> dict[int, int]:
    """Concept -> how often the resume shows it, the names inside its longer skills included."""
    have = resume.counts()
    for concept, count in named_inside(resume, taxonomy).items():
        have.setdefault(concept, count)
    return have


def requirements(resume: Extraction, posting: Extraction) -> list[tuple[int, Item]]:
    """The posting's items as the applicant meets them: alternatives listed together count as one item,
    met when the resume has any of them."""
    taxonomy = load()
    have = held(resume, taxonomy)
    items = posting.items()
    groups, others = posting.groups(), posting.others()
    low = resume.text.lower()
    seen: set[int] = set()
    out = []
    for concept in items:
        if concept in seen:
            continue
        members = [c for c in groups.get(concept, (concept,)) if c in items and c not in seen] or [concept]
        seen.update(members)
        found = next((c for c in members if c in have), None)
        lead = found if found is not None else concept
        level = min((items[c][0] for c in members), key=LEVEL_ORDER.__getitem__)
        wording = " or ".join(items[c][1] for c in members)
        met_by = taxonomy.concept(found).name if found is not None and found != concept else ""
        resume_count = have.get(lead, 0)
        if not resume_count:
            options = others.get(concept, ())
            text_alt = next((o for o in options if re.search(rf"\b{re.escape(o.lower())}\b", low)), "")
            if text_alt:
                met_by, resume_count = text_alt, 1
        # The list's other items in the posting's words, less those already named as taxonomy alternatives.
        named = {items[c][1].lower() for c in members}
        if rest := [o for o in others.get(concept, ()) if o.lower() not in named]:
            wording = f"{wording} (or {', '.join(rest)})"
        c = taxonomy.concept(lead)
        out.append((lead, Item(c.name, c.category, level, wording, sum(items[m][2] for m in members),
                               resume_count, met_by)))
    return out


def posting_items(resume_text: str, items) -> list[Item]:
    """The open items written as a name ("PACS", "NPrinting") as hard items of the match rate, each met when the
    resume has the same words: their precision is that of the taxonomy's own items (docs/match.md, "Open items
    in the match rate")."""
    words = tuple(norm(m.group()) for m in TOKEN.finditer(resume_text))
    return [Item(i.wording, HARD, i.level, i.wording, 1, int(in_text(i, words))) for i in items if i.named]


@dataclass
class AlsoAsked:
    """A skill the posting names in words the taxonomy does not know ("Also asked for in the posting"). Shown
    with whether the resume has the same words, never counted in the match rate: their precision (0.72-0.83 on
    the tuning sets) is below the 0.9 the counted items need (docs/match.md, "Open-vocabulary items"). Those
    written as a name are counted instead (posting_items)."""

    wording: str
    level: str
    in_resume: bool


@dataclass
class CategoryScore:
    category: str
    label: str
    score: int
    weight: float
    matched: int
    total: int


def shares(categories) -> list[tuple[Any, int]]:
    """(category, its share of the match rate in percent), for a report's categories or a saved report's (dicts):
    the rate is the covered percentages averaged with these shares, which a bare rule weight does not tell a
    reader when some categories are absent from the posting. The web page and the command line both show them."""

    def weight(c) -> float:
        return c["weight"] if isinstance(c, dict) else c.weight

    total = sum(weight(c) for c in categories)
    return [(c, round(100 * weight(c) / total) if total else 0) for c in categories]


@dataclass
class Checks:
    text_extracted: bool
    word_count: int
    email: bool
    phone: bool
    profile_link: bool
    sections_found: list[str]
    sections_missing: list[str]
    date_ranges: int
    measurable_results: int


@dataclass
class Report:
    score: int
    categories: list[CategoryScore]
    missing: list[Item]
    matched: list[Item]
    title: str
    title_found: bool
    years_required: float | None
    years_in_resume: float | None
    education_required: str
    education_in_resume: str
    education_met: bool | None
    checks: Checks
    posting_words: int
    notes: list[str] = field(default_factory=list)
    # The title's words (level words such as "Senior" left out) the resume has and lacks: the "Job title" row.
    title_words_found: list[str] = field(default_factory=list)
    title_words_missing: list[str] = field(default_factory=list)
    # Filled only when the optional embedding model is installed: close to a missing item, not the same.
    related: list[Related] = field(default_factory=list)
    # Read from the posting's lists in words the taxonomy does not know; outside the match rate.
    also_asked: list[AlsoAsked] = field(default_factory=list)

    def to_dict(self) -> dict:
        return asdict(self)


class EmptyPosting(OnwardError):
    pass


def match(resume_text: str, posting_text: str, title: str = "", rules: Rules = RULES, encode=None) -> Report:
    if not posting_text.strip():
        raise EmptyPosting("The job description is empty. Paste the posting's text to compare it with your resume.")
    taxonomy = load()
    resume = extract_resume(resume_text, taxonomy)
    posting = extract_posting(posting_text, title, taxonomy)
    found = open_items(posting_text, taxonomy, posting.title)
    report = build_report(resume, posting, rules, posting_items(resume_text, found))
    present = sorted({taxonomy.concept(c).name for c in resume.counts()})
    missing = [i.name for i in report.missing if i.category == HARD]
    report.related = related(missing, present, rules.semantic_threshold, encode=encode)
    report.also_asked = also_asked(resume_text, posting_text, posting.title, found)
    return report


def also_asked(resume_text: str, posting_text: str, title: str = "", found=None) -> list[AlsoAsked]:
    """The posting's open-vocabulary items not counted in the rate (those not written as a name), required first,
    each with whether the resume says the same."""
    words = tuple(norm(m.group()) for m in TOKEN.finditer(resume_text))
    found = open_items(posting_text, load(), title) if found is None else found
    items = [AlsoAsked(i.wording, i.level, in_text(i, words)) for i in found if not i.named]
    return sorted(items, key=lambda i: LEVEL_ORDER[i.level])


def _title_words(title: str) -> set[str]:
    return set(_title_wording(title))


def _title_wording(title: str) -> dict[str, str]:
    """Normalised word -> the title's own wording of it, for the words that name the job."""
    out: dict[str, str] = {}
    for m in TOKEN.finditer(title):
        if m.group().lower() not in TITLE_NOISE and len(m.group()) > 1:
            out.setdefault(norm(m.group()), m.group())
    return out


def resume_words(resume: Extraction) -> set[str]:
    if resume.words is None:
        resume.words = {norm(m.group()) for m in TOKEN.finditer(resume.text)}
    return resume.words


def category_scores(
    resume: Extraction, posting: Extraction, rules: Rules = RULES, extra: list[Item] | tuple = ()
) -> dict[str, tuple[float, float, float]]:
    """Category -> (coverage 0..1, matched, out of) for the categories the posting asks for; `extra`: items read
    from the posting's own words (posting_items).

    Coverage is always matched ÷ out of, so a percentage shown next to "3 of 4" is 75 %: items counted for
    skills, years for experience, words for the title.
    """
    sums: dict[str, list[int]] = {}
    for item in [item for _concept, item in requirements(resume, posting)] + list(extra):
        # What a posting only prefers is its own category, so it weighs less than what it requires.
        total = sums.setdefault(PREFERRED_CATEGORY if item.level == PREFERRED else item.category, [0, 0])
        total[1] += 1
        total[0] += bool(item.resume_count)
    out: dict[str, tuple[float, float, float]] = {c: (m / t, m, t) for c, (m, t) in sums.items()}
    if posting.years_required:
        # Rounded first, as shown ("3.5 of 5"), so the percentage beside it is recomputed from what is shown.
        got = round(min(resume.years_stated or 0, posting.years_required), 1)
        out["experience"] = (got / posting.years_required, got, posting.years_required)
    if posting.education_level:
        met = (resume.education_level or 0) >= posting.education_level
        out["education"] = (1.0 if met else 0.0, int(met), 1)
    wanted = _title_words(posting.title)
    if wanted:
        found = wanted & resume_words(resume)
        out["title"] = (len(found) / len(wanted), len(found), len(wanted))
    return out


def score(resume: Extraction, posting: Extraction, rules: Rules = RULES, extra: list[Item] | tuple = ()) -> int:
    """The match rate 0-100: category coverages weighted by the rules, over the categories present.

    Each coverage is taken as the whole percentage the report shows, so the rate can be recomputed from the
    category table (percentages and weights) alone.
    """
    scores = category_scores(resume, posting, rules, extra)
    weights = {c: rules.category_weights.get(c, 0.0) for c in scores}
    total = sum(weights.values())
    if not total:
        return 0
    return round(sum(weights[c] * round(100 * scores[c][0]) for c in scores) / total)


def build_report(
    resume: Extraction, posting: Extraction, rules: Rules = RULES, extra: list[Item] | tuple = ()
) -> Report:
    """The report; `extra` are items read from the posting's own words (posting_items), counted like the rest."""
    missing, matched = [], []
    for item in [item for _concept, item in requirements(resume, posting)] + list(extra):
        (matched if item.resume_count else missing).append(item)
    category_rank = {HARD: 0, CERTIFICATION: 1, SOFT: 2}
    missing.sort(
        key=lambda i: (LEVEL_ORDER[i.level], category_rank.get(i.category, 3), -i.posting_count, i.name.lower())
    )
    matched.sort(
        key=lambda i: (LEVEL_ORDER[i.level], category_rank.get(i.category, 3), -i.posting_count, i.name.lower())
    )
    scores = category_scores(resume, posting, rules, extra)
    categories = [
        CategoryScore(
            c,
            CATEGORY_LABELS[c],
            round(100 * scores[c][0]),
            rules.category_weights.get(c, 0.0),
            scores[c][1],
            scores[c][2],
        )
        for c in CATEGORY_LABELS
        if c in scores
    ]
    edu_labels = rules.education_labels
    wanted = _title_words(posting.title)
    notes = []
    if not posting.items() and not extra:
        notes.append("No skills or tools from the taxonomy were found in this posting, so the rate rests on the rest.")
    return Report(
        score=score(resume, posting, rules, extra),
        categories=categories,
        missing=missing,
        matched=matched,
        title=posting.title,
        title_found=bool(wanted) and wanted <= resume_words(resume),
        years_required=posting.years_required,
        years_in_resume=resume.years_stated,
        education_required=edu_labels.get(posting.education_level, "") if posting.education_level else "",
        education_in_resume=edu_labels.get(resume.education_level, "") if resume.education_level else "",
        education_met=None if not posting.education_level else (resume.education_level or 0) >= posting.education_level,
        checks=resume_checks(resume.text, rules),
        posting_words=posting.word_count,
        notes=notes,
        title_words_found=[w for k, w in _title_wording(posting.title).items() if k in resume_words(resume)],
        title_words_missing=[w for k, w in _title_wording(posting.title).items() if k not in resume_words(resume)],
    )


def resume_checks(text: str, rules: Rules = RULES) -> Checks:
    """What an applicant tracking system needs to read a resume at all, outside the match rate."""
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    names = ["Summary", "Experience", "Education", "Skills", "Projects", "Certifications"]
    # A heading on its own line, or one that starts its line before a colon ("Skills: Python, SQL, Excel").
    heads = [line for line in lines if len(line) < 40] + [
        head for line in lines if ":" in line and len(head := line.split(":", 1)[0]) < 40
    ]
    found = [name for name, pattern in zip(names, rules.sections, strict=True) if any(pattern.match(h) for h in heads)]
    return Checks(
        text_extracted=bool(text.strip()),
        word_count=len(text.split()),
        email=bool(EMAIL.search(text)),
        phone=has_phone(text),
        profile_link=bool(LINK.search(text)),
        sections_found=found,
        sections_missing=[n for n in names[:4] if n not in found],
        date_ranges=len(date_ranges(text)),
        measurable_results=sum(1 for line in lines if MEASURABLE.search(line)),
    )


def _score_all(resume: Extraction, items: list[tuple[str, str, str]]) -> list[tuple[str, int]]:
    taxonomy = load()
    out = []
    for key, text, title in items:
        value = score(resume, extract_posting(text, title, taxonomy)) if text and text.strip() else 0
        out.append((key, value))
    return out


# Below this many postings a second process costs more than it saves.
PARALLEL_FROM = 500


def rank(resume_text: str, postings, title_of=None, workers: int | None = None) -> list[tuple[str, int]]:
    """(id, match rate) for each (id, text) posting, best first; the resume is read once.

    Large batches are split over the machine's cores (forked processes inherit the loaded taxonomy).
    """
    resume = extract_resume(resume_text, load())
    resume_words(resume)
    items = [(key, text, title_of(key) if title_of else "") for key, text in postings]
    workers = workers or os.cpu_count() or 1
    if workers > 1 and len(items) >= PARALLEL_FROM and "fork" in multiprocessing.get_all_start_methods():
        size = -(-len(items) // workers)
        chunks = [items[i : i + size] for i in range(0, len(items), size)]
        with ProcessPoolExecutor(len(chunks), mp_context=multiprocessing.get_context("fork")) as pool:
            results = [r for part in pool.map(_score_all, [resume] * len(chunks), chunks) for r in part]
    else:
        results = _score_all(resume, items)
    results.sort(key=lambda r: -r[1])
    return results
