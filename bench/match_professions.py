"""The professions AUC development set: one resume against ~260 postings, relevant or not, for professions the other
ranking sets hardly hold (registered nurse, electrician, account manager, primary school teacher, staff accountant,
pharmacist), in the shape of the held-out test (one real resume against 641 real postings).

Everything is written for the project (tests/match/data/professions.toml: roles, duties, requirements, firms,
boilerplate, resumes; nothing copied from any data set) and composed at run time, seeded: per role two postings at
each of its levels, each taking a random part of its duties and requirements, a title with level words, a city
(or remote), boilerplate (none to heavy) and one of six styles (bulleted with headings; prose; pasted as one run-on
line; labelled fields; a short ad; a long posting whose company story, culture, benefits and legal text outweigh
the job). A posting's title is only in its text, as in a folder of postings. Postings of a resume's own occupation
come in several specialities and levels; its neighbours share its words (nursing assistant, electrical engineer,
customer success manager, teacher assistant, bookkeeper, pharmacy technician); traps share a title word only
(nurse recruiter, nursery assistant, electrical supply sales, accounts payable clerk, pharmaceutical sales); other
work lists few skills (cashier, barista, custodian).

Label rule and split: see the head of professions.toml (written before any ranking ran on the set). Relevant when
the posting's occupation is the resume's at a level at most one step away; left out at two or more steps or for
occupations the resume lists as `unsure`; not relevant otherwise. Tune = nurse, electrician, account manager (may be
read and may shape the code); report = teacher, accountant, pharmacist (first run and end only; their misses are
never printed).

Usage: python bench/match_professions.py [--report] [--misses N] [--show N]
  ROC-AUC per resume of relevance, TF-IDF and word overlap; --report adds the report part; --misses N prints, for
  the tune part only, the N best-ranked not-relevant and N worst-ranked relevant postings per resume.
"""

from __future__ import annotations

import random
import re
import sys
import tomllib
from collections import Counter
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from match_auc import auc, overlap_scores
from match_eval import tfidf_scores

PARTS = Path(__file__).resolve().parents[1] / "tests" / "match" / "data" / "professions.toml"
SEED = 2612
COPIES = 2
STYLES = ("bullets", "bullets", "prose", "flat", "labelled", "short", "long")


@dataclass
class Posting:
    id: str
    role: str
    occupation: str
    level: int
    style: str
    title: str
    text: str


@dataclass
class Resume:
    id: str
    part: str
    occupation: str
    level: int
    unsure: tuple[str, ...]
    text: str


@cache
def parts() -> dict:
    return tomllib.loads(PARTS.read_text())


def label(r: Resume, p: Posting) -> float | None:
    """1 relevant, 0 not, None left out (the rule at the head of professions.toml)."""
    if p.occupation == r.occupation:
        return 1.0 if abs(p.level - r.level) <= 1 else None
    return None if p.occupation in r.unsure else 0.0


def level_title(role: dict, level: int, rng: random.Random) -> str:
    base = rng.choice(role["titles"])
    if level == 0:
        return rng.choice([f"{base} Intern", f"Student {base}", f"Summer Intern - {base}", f"{base} Internship"])
    if level == 1:
        return rng.choice([f"Entry-Level {base}", f"Junior {base}", f"{base} I", f"New Graduate {base}",
                           f"Associate {base}"])
    if level == 2:
        return rng.choice([base, base, f"{base} II"])
    if level == 3:
        return rng.choice([f"Senior {base}", f"Lead {base}", f"{base} III", f"Sr. {base}"])
    return rng.choice(role.get("director") or [base])


def years_line(level: int, rng: random.Random) -> str:
    if level == 0:
        return rng.choice(["Open to current students in an accredited program.",
                           "No experience needed; this is a learning role for students."])
    if level == 4:
        return rng.choice(["Eight or more years of experience, including three leading a team.",
                           "10+ years of progressive experience with people management."])
    low, high = ((0, 1), (2, 4), (5, 8))[level - 1]
    n = rng.randint(low, high)
    if n == 0:
        return "No prior experience required; we train you."
    return rng.choice([f"{n}+ years of related experience.", f"Minimum of {n} years of experience.",
                       f"At least {n} year{'s' if n > 1 else ''} in a similar role."])


def compose(key: str, role: dict, level: int, rng: random.Random) -> Posting:
    roles = {r["id"]: r for r in parts()["role"]}
    duties = list(role["duties"]) + list(roles[role["shared_duties"]]["duties"] if "shared_duties" in role else [])
    needs = list(role["needs"]) + list(roles[role["shared_needs"]]["needs"] if "shared_needs" in role else [])
    own_duties = rng.sample(role["duties"], min(len(role["duties"]), rng.randint(2, 4)))
    duties = own_duties + rng.sample([d for d in duties if d not in own_duties],
                                     min(len(duties) - len(own_duties), rng.randint(1, 4)))
    needs = [years_line(level, rng)] + rng.sample(needs, min(len(needs), rng.randint(2, 5)))
    title = level_title(role, level, rng)
    firm = rng.choice(parts()["firm"])
    city = rng.choice(parts()["cities"])
    bp = parts()["boilerplate"]
    fill = {"firm": firm["name"], "city": city.split(" - ")[-1], "sector": firm["sector"],
            "slug": re.sub(r"[^a-z]", "", firm["name"].lower())}
    low = rng.randint(28, 140) * 1000
    style = rng.choice(STYLES)
    heavy = style == "long"
    about = [s.format(**fill) for s in rng.sample(bp["about"], rng.randint(3, 5) if heavy else rng.randint(0, 2))]
    culture = [s.format(**fill) for s in rng.sample(bp["culture"], rng.randint(2, 4) if heavy else rng.randint(0, 1))]
    benefits = rng.sample(bp["benefits"], rng.randint(5, 9) if heavy else rng.randint(0, 4))
    tail = ([rng.choice(bp["pay"]).format(low=f"{low:,}", high=f"{low + rng.randint(4, 30) * 1000:,}")]
            if heavy or rng.random() < 0.5 else [])
    tail += [s.format(**fill) for s in rng.sample(bp["eeo"], rng.randint(2, 4) if heavy else rng.randint(0, 2))]
    tail += [s.format(**fill) for s in rng.sample(bp["apply"], rng.randint(1, 2))]
    if style in ("bullets", "long"):
        lines = [title, f"{firm['name']} - {city}", ""]
        if about or culture:
            lines += [rng.choice([f"About {firm['name']}", "Who we are", "About us"]), " ".join(about + culture), ""]
        lines += [rng.choice(["Responsibilities", "What you will do", "Duties", "Your day"]),
                  *(f"- {d}" for d in duties), "",
                  rng.choice(["Qualifications", "Requirements", "What we are looking for"]), *(f"- {n}" for n in needs)]
        if benefits:
            lines += ["", rng.choice(["Benefits", "Why you'll love working here", "We offer"]),
                      *(f"- {b}" for b in benefits)]
        lines += ["", *tail]
    elif style == "prose":
        article = "an" if title[0] in "AEIOU" else "a"
        lines = [title, "", " ".join(about), "",
                 f"We are hiring {article} {title} to join our team in {city}. " + " ".join(duties), "",
                 "You have: " + " ".join(needs), "", ". ".join(benefits) + ("." if benefits else ""), " ".join(tail)]
    elif style == "flat":
        pieces = [title, city, *about, *duties, *needs, *benefits, *tail]
        lines = [rng.choice([" - ", " ", " • "]).join(pieces)]
    elif style == "labelled":
        lines = [f"Position: {title}", f"Employer: {firm['name']}", f"Location: {city}",
                 f"Schedule: {rng.choice(['Full-time', 'Part-time', 'Full-time, days', 'PRN', 'Contract'])}", "",
                 "Summary:", " ".join(about + duties), "", "Minimum qualifications:", "; ".join(needs), "",
                 "Benefits:", "; ".join(benefits), " ".join(tail)]
    else:
        lines = [f"{title} wanted - {city}. {duties[0]} {needs[0]} {tail[-1]}"]
    text = re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip()
    return Posting(key, role["id"], role["occupation"], level, style, title, text)


@cache
def build(seed: int = SEED) -> tuple[tuple[Posting, ...], tuple[Resume, ...]]:
    rng = random.Random(seed)
    postings = []
    for role in parts()["role"]:
        for level in role["levels"]:
            for _ in range(COPIES):
                postings.append(compose(f"q{len(postings) + 1:03d}", role, level, rng))
    random.Random(seed + 1).shuffle(postings)
    resumes = tuple(Resume(r["id"], r["part"], r["occupation"], r["level"], tuple(r.get("unsure", ())),
                           r["text"].strip()) for r in parts()["resume"])
    return tuple(postings), resumes


def evaluate(part: str, w: dict | None = None, misses: int = 0) -> dict[str, tuple[float, float, float]]:
    """Resume id -> ROC-AUC of (relevance, TF-IDF, word overlap), postings given without titles (a folder)."""
    from onward.match.relevance import Posting as Listed
    from onward.match.relevance import rank

    postings, resumes = build()
    listed = [Listed(p.id, p.text) for p in postings]
    texts = [p.text for p in postings]
    out = {}
    for r in resumes:
        if r.part != part:
            continue
        labels = [label(r, p) for p in postings]
        scores = dict(rank(r.text, listed, None, w))
        out[r.id] = (auc([scores[p.id] for p in postings], labels),
                     auc(tfidf_scores(r.text, texts, [*texts, r.text]), labels),
                     auc(overlap_scores(r.text, texts), labels))
        if misses and part == "tune":
            order = sorted(postings, key=lambda p: -scores[p.id])
            for head, picked in (("best-ranked not relevant", [p for p in order if label(r, p) == 0]),
                                 ("worst-ranked relevant", [p for p in reversed(order) if label(r, p) == 1])):
                print(f"\n{r.id}: {head}")
                for p in picked[:misses]:
                    print(f"  {order.index(p) + 1:>3} {scores[p.id]:6.2f} {p.occupation:<34} L{p.level} "
                          f"{p.style:<8} {p.title}")
    return out


def summary(part: str, figures: dict[str, tuple[float, float, float]]) -> None:
    n = len(figures)
    means = [sum(f[i] for f in figures.values()) / n for i in range(3)]
    print(f"{part}: mean ROC-AUC per resume, relevance / TF-IDF / word overlap: "
          f"{means[0]:.3f} / {means[1]:.3f} / {means[2]:.3f}; lowest relevance "
          f"{min(f[0] for f in figures.values()):.3f}; resumes below TF-IDF "
          f"{sum(f[0] < f[1] for f in figures.values())} of {n}")
    print("  per resume: " + ", ".join(f"{r} {a:.3f}/{b:.3f}/{c:.3f}" for r, (a, b, c) in figures.items()))


def main() -> None:
    postings, resumes = build()
    print(f"{len(postings)} postings of {len({p.role for p in postings})} roles, "
          f"{len({p.occupation for p in postings})} occupations; styles {dict(Counter(p.style for p in postings))}; "
          f"words median {sorted(len(p.text.split()) for p in postings)[len(postings) // 2]}")
    for r in resumes:
        labels = [label(r, p) for p in postings]
        print(f"  {r.id:<16} {r.part:<7} {r.occupation} level {r.level}: relevant {labels.count(1.0)}, "
              f"left out {labels.count(None)}, not relevant {labels.count(0.0)}")
    show = int(sys.argv[sys.argv.index("--show") + 1]) if "--show" in sys.argv else 0
    for p in random.Random(1).sample(list(postings), show):
        print(f"\n--- {p.id} {p.occupation} ({p.style}, level {p.level}) ---\n{p.text}")
    if show:
        return
    misses = int(sys.argv[sys.argv.index("--misses") + 1]) if "--misses" in sys.argv else 0
    for part in ("tune", "report") if "--report" in sys.argv else ("tune",):
        summary(part, evaluate(part, misses=misses))


if __name__ == "__main__":
    main()
