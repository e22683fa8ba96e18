"""The "hard" ranking development set: resumes against postings of their own and neighbouring roles.

Built from the parts in tests/match/data/hard_roles.toml (written for the project; its header states the
labelling rule and the split). Each role gets postings at several levels, in five styles that real postings
use: bulleted, prose, long and boilerplate-heavy (company first, benefits and equal-opportunity text after),
short, and labelled fields ("Job Title: ..."). A posting's title is only in its text, as in a folder of postings.
Seeded, so every run reads the same texts.

Each resume is ranked against its own family's postings and every sixth posting of the other families, so most
postings it is not relevant to are neighbours (other roles of its family, or its own role at a level that does not
suit it). Relevant: the resume's role at a level at most one step from the resume's.

Usage: python bench/match_hard.py [--show N]   (prints the set's size and N sample postings)
"""

from __future__ import annotations

import random
import sys
import tomllib
from dataclasses import dataclass
from pathlib import Path

DATA = Path(__file__).resolve().parents[1] / "tests" / "match" / "data" / "hard_roles.toml"
LEVELS = ("intern", "junior", "mid", "senior", "director")
# The target role of a family gets postings at every level; its neighbours at the levels people move between.
TARGET_LEVELS = (0, 1, 1, 2, 2, 2, 3, 3, 4, 4)
NEIGHBOUR_LEVELS = (1, 2, 2, 3, 3)
STYLES = ("bullets", "prose", "boilerplate", "short", "labelled")
CITIES = ("Columbus, OH", "Denver, CO", "Raleigh, NC", "Phoenix, AZ", "Minneapolis, MN", "Remote (US)",
          "Pittsburgh, PA", "Austin, TX", "Hybrid - Chicago, IL", "Sacramento, CA")
LEAD = (
    "Lead and develop a team of {n} people, including hiring, coaching and performance reviews.",
    "Set the department's strategy, goals and budget and report progress to the executive team.",
    "Build relationships with senior leaders across the organization and represent the function.",
    "Own policies, standards and compliance for the department.",
)
INTERN = (
    "This paid internship runs for twelve weeks over the summer and is open to current students.",
    "You will shadow experienced team members and complete a project you present at the end.",
    "Must be enrolled in a degree program and available 20-40 hours a week.",
)


@dataclass
class HardPosting:
    id: str
    family: str
    role: str
    level: int
    style: str
    title: str
    text: str


@dataclass
class HardResume:
    id: str
    family: str
    role: str
    level: int
    part: str
    text: str


def parts() -> dict:
    return tomllib.loads(DATA.read_text())


def level_title(role: dict, level: int, rng: random.Random) -> str:
    words = role.get("level_words", {})
    name = LEVELS[level]
    if name in words and rng.random() < 0.6:
        return words[name]
    base = rng.choice(role["titles"])
    if level == 0:
        return rng.choice([f"{base} Intern", f"{base} Internship", f"Intern - {base}"])
    if level == 1:
        return rng.choice([f"Junior {base}", f"Entry-Level {base}", f"{base} I", f"Associate {base}"])
    if level == 2:
        return rng.choice([base, base, f"{base} II"])
    if level == 3:
        return rng.choice([f"Senior {base}", f"Sr. {base}", f"Lead {base}", f"{base} III"])
    return rng.choice(role["director"])


def years_line(role: dict, level: int, rng: random.Random) -> str:
    if level == 0:
        return rng.choice(INTERN)
    n = role["years"][min(level, 3) - 1] + (4 if level == 4 else 0)
    if n == 0:
        return "No experience required; we will train the right person."
    return rng.choice([
        f"{n}+ years of relevant experience.",
        f"At least {n} years of experience in a similar role.",
        f"Minimum of {n} years' professional experience required.",
        f"{n}-{n + 3} years of experience preferred.",
    ])


def posting(role: dict, family: dict, neighbours: list[dict], level: int, style: str, rng: random.Random,
            bp: dict, key: str) -> HardPosting:
    title = level_title(role, level, rng)
    duties = rng.sample(role["duties"], min(len(role["duties"]), rng.randint(3, 6)))
    if neighbours and rng.random() < 0.3:  # real postings borrow from next-door roles
        duties.append(rng.choice(rng.choice(neighbours)["duties"]))
    if level == 4:
        duties = [s.format(n=rng.randint(4, 15)) for s in rng.sample(LEAD, 2)] + duties[:3]
    skills = rng.sample(role["skills"], min(len(role["skills"]), rng.randint(3, 6)))
    years = years_line(role, level, rng)
    education = rng.choice(role["education"])
    blurb = rng.choice(family["blurbs"])
    city = rng.choice(CITIES)
    article = "an" if title[0] in "AEIOU" else "a"
    if style == "bullets":
        lines = [title, city, "", "What you'll do", *(f"- {d}" for d in duties), "", "What you bring",
                 f"- {years}", *(f"- {s}" for s in skills), f"- {education}"]
        if rng.random() < 0.5:
            lines += ["", "Benefits", f"- {rng.choice(bp['benefits'])}"]
    elif style == "prose":
        lines = [title, "",
                 f"We are looking for {article} {title} to join our team in {city}. " + " ".join(duties),
                 "", f"The ideal candidate has {', '.join(skills[:-1])} and {skills[-1]}. {years} {education}"]
    elif style == "boilerplate":
        company = blurb.split(" ")[0]
        lines = [f"About {company}", blurb, rng.choice(bp["culture"]), " ".join(rng.sample(bp["culture"], 2)), "",
                 f"Job Title: {title}", f"Location: {city}", "",
                 f"{company} is hiring {article} {title}. In this role you will:", *(f"* {d}" for d in duties), "",
                 "Qualifications", *(f"* {s}" for s in skills), f"* {years}", f"* {education}", "",
                 "What we offer", *rng.sample(bp["benefits"], 3), "", *rng.sample(bp["eeo"], 2),
                 rng.choice(bp["apply"])]
    elif style == "short":
        lines = [f"{title} needed in {city}. {duties[0]} Must have: {', '.join(skills[:3])}. {years}",
                 rng.choice(bp["apply"])]
    else:
        lines = [f"Job Title: {title}", f"Location: {city}",
                 f"Employment Type: {rng.choice(['Full-time', 'Full-time', 'Part-time', 'Contract'])}",
                 "", "Job Description:", blurb, " ".join(duties), "", "Requirements:",
                 "; ".join([*skills, years, education]), "", rng.choice(bp["eeo"])]
    return HardPosting(key, role["family"], role["id"], level, style, title, "\n".join(lines).strip())


def build(seed: int = 16) -> tuple[list[HardPosting], list[HardResume]]:
    data = parts()
    rng = random.Random(seed)
    families = {f["id"]: f for f in data["family"]}
    roles = data["role"]
    out = []
    for role in roles:
        family = families[role["family"]]
        neighbours = [r for r in roles if r["family"] == role["family"] and r is not role]
        levels = TARGET_LEVELS if role["id"] == family["target"] else NEIGHBOUR_LEVELS
        for n, level in enumerate(levels):
            key = f"{role['id'].replace(' ', '-')}-{n + 1}"
            out.append(posting(role, family, neighbours, level, rng.choice(STYLES), rng, data["boilerplate"], key))
    resumes = [HardResume(r["id"], r["family"], r["role"], r["level"], families[r["family"]]["part"],
                          r["text"].strip()) for r in data["resume"]]
    return out, resumes


def relevant(resume: HardResume, p: HardPosting) -> bool:
    """The rule in hard_roles.toml: the same role, at a level at most one step from the resume's."""
    return p.role == resume.role and abs(p.level - resume.level) <= 1


def list_for(resume: HardResume, postings: list[HardPosting]) -> list[HardPosting]:
    """The resume's own family, and every sixth posting of the others."""
    return [p for i, p in enumerate(postings) if p.family == resume.family or i % 6 == 0]


def main() -> None:
    postings, resumes = build()
    print(f"{len(postings)} postings, {len(resumes)} resumes")
    for r in resumes:
        pool = list_for(r, postings)
        pos = sum(relevant(r, p) for p in pool)
        near = sum(p.family == r.family and not relevant(r, p) for p in pool)
        print(f"  {r.id:<20} {r.part:<7} list {len(pool)}: relevant {pos}, own family not relevant {near}, "
              f"other families {len(pool) - pos - near}")
    show = int(sys.argv[sys.argv.index("--show") + 1]) if "--show" in sys.argv else 0
    for p in random.Random(1).sample(postings, show):
        print(f"\n--- {p.id} ({p.style}, level {LEVELS[p.level]}) ---\n{p.text}")


if __name__ == "__main__":
    main()
