"""A third within-profession ranking development set: speciality, seniority, tools, place and hours, graded.

From tests/match/data/within3.toml (written for the project in the tenth session; the grade rule and the split by
resume are at its head, written before any ranking ran on the set): five professions in five countries' wording
(UK nursing, Irish accounting, Indian software, Australian schools, Canadian and US mechanics), five specialities
each, one of them a neighbouring profession. Per speciality 18 postings at levels 0-4, composed at run time (seeded)
from the speciality's and the profession's duties and terms (requirement lines and years as bench/match_specialities.py
writes them), a title with the profession's level forms, a place (a city, hybrid or remote) and hours, boilerplate
and one of six styles of this set (a recruiter's advert, key facts, a story, a terse ad, a job-board page, a long
posting). The title is only in the text, as in a folder of postings.

Each resume is read against all 90 postings of its profession and every 10th posting of the other four. The figure
is the graded concordance per resume: of all pairs of postings with different grades (0-3), the share put in the
right order, ties half (computed with match_auc.auc per pair of grades, weighted by their number of pairs).

Usage: python bench/match_within3.py [--report] [--misses N] [--show N]
  Mean graded concordance per resume of relevance, TF-IDF and word overlap; --report adds the report part (first
  run and end only); --misses N prints the tune part's worst-ordered postings.
"""

from __future__ import annotations

import random
import re
import sys
from collections import Counter
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from match_auc import auc, overlap_scores
from match_eval import tfidf_scores
from match_specialities import parts, requirement_lines, years_line

WITHIN3 = Path(__file__).resolve().parents[1] / "tests" / "match" / "data" / "within3.toml"
STYLES = ("agency", "keyfacts", "story", "terse", "board", "board", "long")


@dataclass
class Posting:
    id: str
    profession: str
    speciality: str
    level: int
    place: str
    hours: str
    style: str
    title: str
    text: str


@dataclass
class Resume:
    id: str
    part: str
    profession: str
    speciality: str
    level: int
    near: tuple[str, ...]
    places: tuple[str, ...]
    hours: tuple[str, ...]
    text: str


def grade(r: Resume, p: Posting) -> int:
    """0-3 by the rule at the head of within3.toml."""
    close = abs(p.level - r.level) <= 1
    if p.profession == r.profession and p.speciality == r.speciality:
        misfits = (p.place not in r.places) + (p.hours not in r.hours)
        return 3 - misfits if close and misfits < 2 else 1
    if p.profession == r.profession and p.speciality in r.near and close:
        return 1
    return 0


def concordance(scores: list[float], grades: list[int]) -> float:
    """Of all pairs with different grades, the share ordered right (ties half)."""
    counts = Counter(grades)
    total = weight = 0.0
    for hi in counts:
        for lo in counts:
            if hi > lo:
                n = counts[hi] * counts[lo]
                total += n * auc(scores, [1.0 if g == hi else 0.0 if g == lo else None for g in grades])
                weight += n
    return total / weight


def compose(key: str, prof: dict, spec: dict, siblings: list[dict], level: int, rng: random.Random,
            path: Path = WITHIN3) -> Posting:
    bp = parts(path)["boilerplate"]
    base = rng.choice(spec["titles"] if rng.random() < 0.5 else prof["titles"])
    title = rng.choice(prof[f"level{level}"]).format(t=base, label=spec["label"])
    place, hours = rng.choice(prof["places"]), rng.choice(prof["hours"])
    firm = rng.choice(parts(path)["firm"])
    fill = {"firm": firm["name"], "sector": firm["sector"], "place": place.split(" - ")[-1],
            "slug": re.sub(r"[^a-z]", "", firm["name"].lower())}
    duties = rng.sample(spec["duties"], rng.randint(2, 3)) + rng.sample(prof["duties"], rng.randint(1, 2))
    rng.shuffle(duties)
    needs = [years_line(level, rng), *requirement_lines(spec, siblings, rng), *rng.sample(prof["needs"], 2)]
    style = rng.choice(STYLES)
    heavy = style == "long"
    about = [s.format(**fill) for s in rng.sample(bp["about"], 3 if heavy else rng.randint(0, 1))]
    extra = [s.format(**fill) for s in rng.sample(bp["culture"], 2 if heavy else rng.randint(0, 1))]
    benefits = rng.sample(bp["benefits"], rng.randint(5, 7) if heavy else rng.randint(0, 3))
    low = rng.randint(30, 120) * 1000
    tail = [rng.choice(bp["pay"]).format(low=f"{low:,}", high=f"{low + rng.randint(4, 30) * 1000:,}"),
            *(s.format(**fill) for s in rng.sample(bp["eeo"], 2 if heavy else rng.randint(0, 1))),
            rng.choice(bp["apply"]).format(**fill)]
    if style == "agency":
        lines = [f"{title} | {place} | {hours}", "",
                 f"My client, a well-regarded {firm['sector']} employer, needs {title.lower()} to join them "
                 f"in {place} ({hours}).", "", "You will:", *(f"• {d}" for d in duties), "", "You have:",
                 *(f"• {n}" for n in needs), "", *tail[-1:]]
    elif style == "keyfacts":
        lines = [f"Role: {title}", f"Employer: {firm['name']}", f"Where: {place}", f"Hours: {hours}", tail[0], "",
                 "The job", " ".join(duties), "", "You'll need", *(f"- {n}" for n in needs), "", *tail[1:]]
    elif style == "story":
        lines = [title, "", " ".join(about + extra),
                 f"This is a {hours} post based in {place}. Day to day you would " + " ".join(
                     d[0].lower() + d[1:] for d in duties), "", "What matters to us: " + " ".join(needs), "",
                 " ".join(tail)]
    elif style == "terse":
        lines = [f"{title}, {place}, {hours}. {duties[0]} {needs[1]} {tail[-1]}"]
    else:
        lines = [title, f"{firm['name']} · {place} · {hours}", f"Posted {rng.randint(1, 28)} days ago", "",
                 *((["About us", " ".join(about + extra), ""]) if about or extra else []),
                 "Key responsibilities", *(f"- {d}" for d in duties), "", "Requirements", *(f"- {n}" for n in needs)]
        if benefits:
            lines += ["", "What's in it for you", *(f"- {b}" for b in benefits)]
        lines += ["", *tail]
    text = re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip()
    return Posting(key, prof["id"], spec["id"], level, place, hours, style, title, text)


@cache
def build(path: Path = WITHIN3) -> tuple[tuple[Posting, ...], tuple[Resume, ...]]:
    """The set's postings (seeded) and resumes; any data file of this set's shape (within3.toml, within4.toml)."""
    data = parts(path)
    rng = random.Random(data["set"]["seed"])
    profs = {p["id"]: p for p in data["profession"]}
    postings = []
    for spec in data["speciality"]:
        siblings = [s for s in data["speciality"] if s["profession"] == spec["profession"] and s is not spec]
        for level, n in enumerate(data["set"]["per_level"]):
            for _ in range(n):
                postings.append(compose(f"w{len(postings) + 1:03d}", profs[spec["profession"]], spec, siblings,
                                        level, rng, path))
    random.Random(data["set"]["seed"] + 1).shuffle(postings)
    resumes = tuple(Resume(r["id"], r["part"], r["profession"], r["speciality"], r["level"], tuple(r["near"]),
                           tuple(r["places"]), tuple(r["hours"]), r["text"].strip()) for r in data["resume"])
    return tuple(postings), resumes


def list_for(r: Resume, postings: tuple[Posting, ...], path: Path = WITHIN3) -> list[Posting]:
    every = parts(path)["set"]["others_every"]
    return [p for i, p in enumerate(postings) if p.profession == r.profession or i % every == 0]


def evaluate(part: str, w: dict | None = None, misses: int = 0,
             path: Path = WITHIN3) -> dict[str, tuple[float, float, float]]:
    """Resume id -> graded concordance of (relevance, TF-IDF, word overlap), postings given without titles."""
    from onward.match.relevance import Posting as Listed
    from onward.match.relevance import rank

    postings, resumes = build(path)
    out = {}
    for r in resumes:
        if r.part != part:
            continue
        pool = list_for(r, postings, path)
        texts = [p.text for p in pool]
        grades = [grade(r, p) for p in pool]
        scores = dict(rank(r.text, [Listed(p.id, p.text) for p in pool], None, w))
        out[r.id] = (concordance([scores[p.id] for p in pool], grades),
                     concordance(tfidf_scores(r.text, texts, [*texts, r.text]), grades),
                     concordance(overlap_scores(r.text, texts), grades))
        if misses and part == "tune":
            order = sorted(pool, key=lambda p: -scores[p.id])
            print(f"\n{r.id}: the {misses} best-ranked of grade 0 and worst-ranked of grade 3")
            for p in [p for p in order if grade(r, p) == 0][:misses] + [
                    p for p in reversed(order) if grade(r, p) == 3][:misses]:
                print(f"  {order.index(p) + 1:>3} {scores[p.id]:6.2f} g{grade(r, p)} {p.speciality:<10} L{p.level} "
                      f"{p.style:<8} {p.place:<16} {p.hours[:24]:<24} {p.title}")
    return out


def summary(part: str, figures: dict[str, tuple[float, float, float]]) -> None:
    n = len(figures)
    means = [sum(f[i] for f in figures.values()) / n for i in range(3)]
    print(f"{part}: mean graded concordance per resume, relevance / TF-IDF / word overlap: "
          f"{means[0]:.3f} / {means[1]:.3f} / {means[2]:.3f}; lowest relevance "
          f"{min(f[0] for f in figures.values()):.3f}; resumes below TF-IDF "
          f"{sum(f[0] < f[1] for f in figures.values())} of {n}")
    if part == "tune":
        print("  per resume: " + ", ".join(f"{r} {a:.3f}/{b:.3f}/{c:.3f}" for r, (a, b, c) in figures.items()))


def main(path: Path = WITHIN3) -> None:
    postings, resumes = build(path)
    print(f"{len(postings)} postings of {len({p.speciality for p in postings})} specialities in "
          f"{len({p.profession for p in postings})} professions; styles {dict(Counter(p.style for p in postings))}; "
          f"words median {sorted(len(p.text.split()) for p in postings)[len(postings) // 2]}")
    for r in resumes:
        grades = Counter(grade(r, p) for p in list_for(r, postings, path))
        print(f"  {r.id:<25} {r.part:<7} {r.speciality} level {r.level}: list {sum(grades.values())}, grades "
              + ", ".join(f"{g}: {grades[g]}" for g in (3, 2, 1, 0)))
    show = int(sys.argv[sys.argv.index("--show") + 1]) if "--show" in sys.argv else 0
    tune = {r.profession for r in resumes if r.part == "tune"}
    for p in random.Random(1).sample([p for p in postings if p.profession in tune], show):
        print(f"\n--- {p.id} {p.speciality} ({p.style}, level {p.level}) ---\n{p.text}")
    if show:
        return
    misses = int(sys.argv[sys.argv.index("--misses") + 1]) if "--misses" in sys.argv else 0
    for part in ("tune", "report") if "--report" in sys.argv else ("tune",):
        summary(part, evaluate(part, misses=misses, path=path))


if __name__ == "__main__":
    main()
