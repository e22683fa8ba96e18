"""The specialities ranking development set: one resume against its own profession's postings in six specialities.

Where the other sets tell professions or differently-titled roles apart, here every resume meets many postings of its
own profession, often under the same generic title ("Software Engineer", "Registered Nurse", "Paralegal"), and only
the speciality's specific words tell them apart (FreeRTOS and SPI drivers against React or Kubernetes; fetal
monitoring against ventilators). Word overlap is an honest, strong signal in this shape, and it is the shape where
the ranking lost to plain TF-IDF on the hard set.

Everything is written for the project (tests/match/data/specialities.toml: professions, specialities, terms, duties,
firms, boilerplate, resumes; nothing copied from any data set) and composed at run time, seeded: per speciality 22
postings at levels 0-4, each taking some of its own duties, a few of the profession's generic duties and needs,
one or two requirement lines naming some of its specific terms (one in five also names a term of a sibling
speciality), a title (the profession's generic title, the speciality's own, or "generic - label") with level words,
boilerplate (none to heavy) and one of six styles. The title is only in the text, as in a folder of postings.

Label rule and split: at the head of specialities.toml (written before any ranking ran on the set). Relevant: the
resume's speciality at a level at most one step away; left out: its speciality two or more steps away and the
specialities it lists as `near`; not relevant: other specialities and other professions. Tune = firmware engineer,
labour and delivery nurse, litigation paralegal (may be read and may shape the code); report = tax accountant, diesel
technician, chemistry teacher (first run and end only; their misses are never printed).

Usage: python bench/match_specialities.py [--report] [--misses N] [--show N]
  Mean ROC-AUC per resume of relevance, TF-IDF and word overlap; --report adds the report part; --misses N prints,
  for the tune part only, the N best-ranked not-relevant and N worst-ranked relevant postings per resume.
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
from match_professions import summary

PARTS = Path(__file__).resolve().parents[1] / "tests" / "match" / "data" / "specialities.toml"
SEED = 1605
# Postings per level of every speciality (levels 0-4): 22 a speciality, 132 a profession.
PER_LEVEL = (2, 5, 7, 6, 2)
OTHERS_EVERY = 20
STYLES = ("bullets", "bullets", "prose", "flat", "labelled", "short", "long")
FRAMES = (
    "Experience with {a}, {b} and {c}.",
    "Hands-on knowledge of {a} and {b}.",
    "You know your way around {a}, {b}, {c} and {d}.",
    "Familiar with {a}; {b} or {c} a plus.",
    "Background in {a} and {b}, ideally also {c}.",
)


@dataclass
class Posting:
    id: str
    profession: str
    speciality: str
    level: int
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
    text: str


@cache
def parts(path: Path = PARTS) -> dict:
    return tomllib.loads(path.read_text())


def shape(path: Path = PARTS) -> tuple[int, tuple[int, ...], int]:
    """Seed, postings per level of every speciality, and which share of other professions joins a list: the
    data file's [set] table, else this set's values."""
    got = parts(path).get("set", {})
    return got.get("seed", SEED), tuple(got.get("per_level", PER_LEVEL)), got.get("others_every", OTHERS_EVERY)


def label(r: Resume, p: Posting) -> float | None:
    """1 relevant, 0 not, None left out (the rule at the head of specialities.toml)."""
    if p.profession == r.profession and p.speciality == r.speciality:
        return 1.0 if abs(p.level - r.level) <= 1 else None
    if p.profession == r.profession and p.speciality in r.near:
        return None
    return 0.0


def title_for(prof: dict, spec: dict, level: int, rng: random.Random) -> str:
    pick = rng.random()
    if pick < 0.4:
        base = rng.choice(prof["titles"])
    elif pick < 0.75:
        base = rng.choice(spec["titles"])
    else:
        base = f"{rng.choice(prof['titles'])} - {spec['label']}"
    form = rng.choice(prof[("intern", "junior", "mid", "senior", "director")[level]])
    return form.format(t=base, label=spec["label"])


def years_line(level: int, rng: random.Random) -> str:
    if level == 0:
        return rng.choice(["Open to students in an accredited program.", "No experience needed; we teach you."])
    if level == 4:
        return rng.choice(["8+ years of experience, including at least 3 leading people.",
                           "Ten years in the field and a track record of leading a team."])
    n = rng.randint(*((0, 2), (3, 5), (6, 9))[level - 1])
    if n == 0:
        return "New graduates welcome."
    return rng.choice([f"{n}+ years of experience.", f"At least {n} years in a similar role.",
                       f"Minimum {n} years of related experience."])


def requirement_lines(spec: dict, siblings: list[dict], rng: random.Random) -> list[str]:
    terms = rng.sample(spec["terms"], min(len(spec["terms"]), rng.randint(4, 8)))
    if rng.random() < 0.2:  # real postings borrow a term from the speciality next door
        terms.insert(rng.randrange(len(terms) + 1), rng.choice(rng.choice(siblings)["terms"]))
    out = []
    while terms:
        frame = rng.choice(FRAMES)
        need = frame.count("{")
        if len(terms) < need:
            need = len(terms)
            frame = "Experience with " + " and ".join("{" + k + "}" for k in "abcd"[:need]) + "."
        out.append(frame.format(**dict(zip("abcd", terms[:need], strict=False))))
        terms = terms[need:]
    return out


def compose(key: str, prof: dict, spec: dict, siblings: list[dict], level: int, rng: random.Random,
            path: Path = PARTS) -> Posting:
    duties = rng.sample(spec["duties"], rng.randint(2, 4)) + rng.sample(prof["duties"], rng.randint(1, 3))
    rng.shuffle(duties)
    needs = [years_line(level, rng), *requirement_lines(spec, siblings, rng),
             *rng.sample(prof["needs"], rng.randint(1, 3))]
    title = title_for(prof, spec, level, rng)
    firm = rng.choice(parts(path)["firm"])
    city = rng.choice(parts(path)["cities"])
    bp = parts(path)["boilerplate"]
    fill = {"firm": firm["name"], "city": city.split(" - ")[-1], "sector": firm["sector"],
            "slug": re.sub(r"[^a-z]", "", firm["name"].lower())}
    style = rng.choice(STYLES)
    heavy = style == "long"
    about = [s.format(**fill) for s in rng.sample(bp["about"], rng.randint(3, 4) if heavy else rng.randint(0, 2))]
    culture = [s.format(**fill) for s in rng.sample(bp["culture"], rng.randint(2, 3) if heavy else rng.randint(0, 1))]
    benefits = rng.sample(bp["benefits"], rng.randint(5, 8) if heavy else rng.randint(0, 3))
    low = rng.randint(35, 150) * 1000
    tail = ([rng.choice(bp["pay"]).format(low=f"{low:,}", high=f"{low + rng.randint(5, 35) * 1000:,}")]
            if heavy or rng.random() < 0.5 else [])
    tail += [s.format(**fill) for s in rng.sample(bp["eeo"], rng.randint(1, 3) if heavy else rng.randint(0, 2))]
    tail += [rng.choice(bp["apply"]).format(**fill)]
    if style in ("bullets", "long"):
        lines = [title, f"{firm['name']} | {city}", ""]
        if about or culture:
            lines += [rng.choice([f"About {firm['name']}", "Who we are", "Our company"]), " ".join(about + culture), ""]
        lines += [rng.choice(["Responsibilities", "What you'll do", "The role"]), *(f"- {d}" for d in duties), "",
                  rng.choice(["Requirements", "What you bring", "Qualifications"]), *(f"- {n}" for n in needs)]
        if benefits:
            lines += ["", rng.choice(["Benefits", "Perks", "What we offer"]), *(f"- {b}" for b in benefits)]
        lines += ["", *tail]
    elif style == "prose":
        article = "an" if title[0] in "AEIOU" else "a"
        lines = [title, "", " ".join(about),
                 f"{firm['name']} is looking for {article} {title} in {city}. " + " ".join(duties), "",
                 "About you: " + " ".join(needs), "", ". ".join(benefits) + ("." if benefits else ""), " ".join(tail)]
    elif style == "flat":
        lines = [rng.choice([" - ", " ", " • "]).join([title, city, *about, *duties, *needs, *benefits, *tail])]
    elif style == "labelled":
        lines = [f"Job Title: {title}", f"Company: {firm['name']}", f"Location: {city}",
                 f"Type: {rng.choice(['Full-time', 'Full-time', 'Part-time', 'Contract'])}", "",
                 "Description:", " ".join(about + duties), "", "Requirements:", "; ".join(needs), "",
                 "Benefits:", "; ".join(benefits), " ".join(tail)]
    else:
        lines = [f"{title} - {city}. {duties[0]} {needs[1]} {needs[0]} {tail[-1]}"]
    text = re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip()
    return Posting(key, prof["id"], spec["id"], level, style, title, text)


@cache
def build(path: Path = PARTS) -> tuple[tuple[Posting, ...], tuple[Resume, ...]]:
    seed, per_level, _ = shape(path)
    rng = random.Random(seed)
    profs = {p["id"]: p for p in parts(path)["profession"]}
    specs = parts(path)["speciality"]
    postings = []
    for spec in specs:
        siblings = [s for s in specs if s["profession"] == spec["profession"] and s is not spec]
        for level, n in enumerate(per_level):
            for _ in range(n):
                postings.append(compose(f"s{len(postings) + 1:03d}", profs[spec["profession"]], spec, siblings,
                                        level, rng, path))
    random.Random(seed + 1).shuffle(postings)
    resumes = tuple(Resume(r["id"], r["part"], r["profession"], r["speciality"], r["level"], tuple(r["near"]),
                           r["text"].strip()) for r in parts(path)["resume"])
    return tuple(postings), resumes


def list_for(r: Resume, postings: tuple[Posting, ...], path: Path = PARTS) -> list[Posting]:
    """The resume's own profession, and every others_every-th posting of the others."""
    every = shape(path)[2]
    return [p for i, p in enumerate(postings) if p.profession == r.profession or i % every == 0]


def evaluate(part: str, w: dict | None = None, misses: int = 0,
             path: Path = PARTS) -> dict[str, tuple[float, float, float]]:
    """Resume id -> ROC-AUC of (relevance, TF-IDF, word overlap), postings given without titles (a folder)."""
    from onward.match.relevance import Posting as Listed
    from onward.match.relevance import rank

    postings, resumes = build(path)
    out = {}
    for r in resumes:
        if r.part != part:
            continue
        pool = list_for(r, postings, path)
        texts = [p.text for p in pool]
        labels = [label(r, p) for p in pool]
        scores = dict(rank(r.text, [Listed(p.id, p.text) for p in pool], None, w))
        out[r.id] = (auc([scores[p.id] for p in pool], labels),
                     auc(tfidf_scores(r.text, texts, [*texts, r.text]), labels),
                     auc(overlap_scores(r.text, texts), labels))
        if misses and part == "tune":
            order = sorted(pool, key=lambda p: -scores[p.id])
            for head, picked in (("best-ranked not relevant", [p for p in order if label(r, p) == 0]),
                                 ("worst-ranked relevant", [p for p in reversed(order) if label(r, p) == 1])):
                print(f"\n{r.id}: {head}")
                for p in picked[:misses]:
                    print(f"  {order.index(p) + 1:>3} {scores[p.id]:6.2f} {p.speciality:<11} L{p.level} "
                          f"{p.style:<8} {p.title}")
    return out


def main(path: Path = PARTS) -> None:
    postings, resumes = build(path)
    print(f"{len(postings)} postings of {len({p.speciality for p in postings})} specialities in "
          f"{len({p.profession for p in postings})} professions; styles {dict(Counter(p.style for p in postings))}; "
          f"words median {sorted(len(p.text.split()) for p in postings)[len(postings) // 2]}")
    for r in resumes:
        labels = [label(r, p) for p in list_for(r, postings, path)]
        print(f"  {r.id:<21} {r.part:<7} {r.speciality} level {r.level}: list {len(labels)}, relevant "
              f"{labels.count(1.0)}, left out {labels.count(None)}, not relevant {labels.count(0.0)}")
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
