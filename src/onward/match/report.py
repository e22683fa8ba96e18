"""The match report: weighted coverage of a posting's requirements by a resume, plus checks outside the score.

Pure functions over text: the web views, the CLI and the ranking all call `match` or `score`.
"""

from __future__ import annotations

import multiprocessing
import os
import re
from concurrent.futures import ProcessPoolExecutor
from dataclasses import asdict, dataclass, field

from onward.match.extract import (
    LEVEL_ORDER,
    Extraction,
    date_ranges,
    extract_posting,
    extract_resume,
)
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
}
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


@dataclass
class CategoryScore:
    category: str
    label: str
    score: int
    weight: float
    matched: int
    total: int


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
    # Filled only when the optional embedding model is installed: close to a missing item, not the same.
    related: list[Related] = field(default_factory=list)

    def to_dict(self) -> dict:
        return asdict(self)


def match(resume_text: str, posting_text: str, title: str = "", rules: Rules = RULES, encode=None) -> Report:
    if not posting_text.strip():
        raise ValueError("The job description is empty. Paste the posting's text to compare it with your resume.")
    taxonomy = load()
    resume = extract_resume(resume_text, taxonomy)
    posting = extract_posting(posting_text, title, taxonomy)
    report = build_report(resume, posting, rules)
    present = sorted({taxonomy.concept(c).name for c in resume.counts()})
    missing = [i.name for i in report.missing if i.category == HARD]
    report.related = related(missing, present, rules.semantic_threshold, encode=encode)
    return report


def _importance(level: str, count: int, rules: Rules) -> float:
    return rules.level_weights[level] * (1 + rules.repeat_bonus * min(count - 1, 3))


def _title_words(title: str) -> set[str]:
    return {
        norm(m.group()) for m in TOKEN.finditer(title) if m.group().lower() not in TITLE_NOISE and len(m.group()) > 1
    }


def resume_words(resume: Extraction) -> set[str]:
    if resume.words is None:
        resume.words = {norm(m.group()) for m in TOKEN.finditer(resume.text)}
    return resume.words


def category_scores(resume: Extraction, posting: Extraction, rules: Rules = RULES) -> dict[str, tuple[float, int, int]]:
    """Category -> (coverage 0..1, matched items, items) for the categories the posting asks for."""
    taxonomy = load()
    have = resume.counts()
    sums: dict[str, list[float]] = {}
    for concept, (level, _wording, count) in posting.items().items():
        category = taxonomy.concept(concept).category
        weight = _importance(level, count, rules)
        total = sums.setdefault(category, [0.0, 0.0, 0, 0])
        total[1] += weight
        total[3] += 1
        if concept in have:
            total[0] += weight
            total[2] += 1
    out = {c: (s[0] / s[1], s[2], s[3]) for c, s in sums.items()}
    if posting.years_required:
        got = resume.years_stated or 0
        out["experience"] = (min(1.0, got / posting.years_required), int(got >= posting.years_required), 1)
    if posting.education_level:
        met = (resume.education_level or 0) >= posting.education_level
        out["education"] = (1.0 if met else 0.0, int(met), 1)
    wanted = _title_words(posting.title)
    if wanted:
        found = wanted & resume_words(resume)
        out["title"] = (len(found) / len(wanted), int(found == wanted), 1)
    return out


def score(resume: Extraction, posting: Extraction, rules: Rules = RULES) -> int:
    """The match rate 0-100: category coverages weighted by the rules, over the categories present."""
    scores = category_scores(resume, posting, rules)
    weights = {c: rules.category_weights.get(c, 0.0) for c in scores}
    total = sum(weights.values())
    if not total:
        return 0
    return round(100 * sum(weights[c] * scores[c][0] for c in scores) / total)


def build_report(resume: Extraction, posting: Extraction, rules: Rules = RULES) -> Report:
    taxonomy = load()
    have = resume.counts()
    missing, matched = [], []
    for concept, (level, wording, count) in posting.items().items():
        c = taxonomy.concept(concept)
        item = Item(c.name, c.category, level, wording, count, have.get(concept, 0))
        (matched if item.resume_count else missing).append(item)
    category_rank = {HARD: 0, CERTIFICATION: 1, SOFT: 2}
    missing.sort(
        key=lambda i: (LEVEL_ORDER[i.level], category_rank.get(i.category, 3), -i.posting_count, i.name.lower())
    )
    matched.sort(
        key=lambda i: (LEVEL_ORDER[i.level], category_rank.get(i.category, 3), -i.posting_count, i.name.lower())
    )
    scores = category_scores(resume, posting, rules)
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
    if not posting.items():
        notes.append("No skills or tools from the taxonomy were found in this posting, so the rate rests on the rest.")
    return Report(
        score=score(resume, posting, rules),
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
    )


def resume_checks(text: str, rules: Rules = RULES) -> Checks:
    """What an applicant tracking system needs to read a resume at all, outside the match rate."""
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    names = ["Summary", "Experience", "Education", "Skills", "Projects", "Certifications"]
    found = [
        name
        for name, pattern in zip(names, rules.sections, strict=True)
        if any(len(line) < 40 and pattern.match(line) for line in lines)
    ]
    return Checks(
        text_extracted=bool(text.strip()),
        word_count=len(text.split()),
        email=bool(EMAIL.search(text)),
        phone=bool(PHONE.search(text)),
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
