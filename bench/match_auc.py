"""The across-field AUC development set: one resume against ~700 generated postings of many occupations, as on the
held-out list (one real resume, 641 real postings, relevant or not).

Postings are generated at run time from public occupation data in ../shared/data/taxonomy (never copied into the
repo): per O*NET-SOC occupation, a title from the titles incumbents reported (else O*NET's alternate titles) with
level words, duties from the
essential skills of the ESCO occupation with the same name (their labels or their descriptions' first sentence)
and the O*NET description, tools from O*NET Technology Skills (hot technologies first), knowledge areas from O*NET
Knowledge ratings, education from the O*NET job zone. Then boilerplate written for the project
(tests/match/data/auc_parts.toml: company stories in many industries, benefits, equal opportunity, pay, how to
apply), drawn until it is a share of the posting picked uniformly from 0 to 70 %, and one of five styles (bulleted
with headings; prose; pasted as one run-on line; labelled fields; short). A posting's title is only in its text,
as in a folder of postings. Seeded: every run reads the same texts.

Which occupations: the resumes' own (10 postings each, levels intern to director), their O*NET related
occupations (2 each for "Primary-Short", 1 for "Primary-Long"), traps that share a title word but not the job
("sales engineer" for a software engineer, "data entry keyer" for a data analyst; listed in auc_parts.toml, 2
each), and one posting each of occupations drawn at random from all O*NET occupations with duties and tools.

Resumes: the Vanetik CVs in ../shared/data/resumes-dev, read at run time (only their file numbers and an
occupation and level assigned by hand from their headlines are stored here), the written resumes of the written
set (tests/match/data/resumes.toml) and resumes written for this set (auc_parts.toml).

Label rule, fixed before any ranking ran on this set: a posting is relevant (1) when its occupation is the
resume's (the same 6-digit SOC code, or the same O*NET-SOC code for the "all other" codes ending in 9) or one of
the "Primary-Short" related occupations O*NET lists for it, and its level (0 intern, 1 junior, 2 mid, 3 senior,
4 director) is at most one step from the resume's; left out (neither) when it is the resume's or a Primary-Short
occupation at a level further off, or a "Primary-Long" related occupation; not relevant (0) otherwise.

Split: tune = Vanetik CVs 1-30 and the written set's resumes (both already shaped the code); report = the Vanetik
CVs 31-65 with a job named and the resumes written for this set, of other occupations. The report part is
measured once before any change and once at the end, and is used for no choice.

Usage: python bench/match_auc.py [--show N] [--report] [--as-is]
  prints the set's size and, unless --show, ROC-AUC per resume of relevance, TF-IDF and word overlap (tune part;
  --report adds the report part).
"""

from __future__ import annotations

import bisect
import csv
import io
import random
import re
import sys
import tomllib
import zipfile
from collections import Counter, defaultdict
from dataclasses import dataclass
from functools import cache
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PARTS = ROOT / "tests" / "match" / "data" / "auc_parts.toml"
SHARED = Path("/work/shared/data")
if not SHARED.exists():
    SHARED = ROOT.parent / "shared" / "data"
ONET = SHARED / "taxonomy" / "onet_29_0"
ESCO = SHARED / "taxonomy" / "esco_v1_1_1"
KNOWLEDGE = SHARED / "taxonomy" / "onet_29_3_excel" / "Knowledge_29_3_from_xlsx.tsv"
CVS = SHARED / "resumes-dev" / "CV"

LEVELS = ("intern", "junior", "mid", "senior", "director")
OWN_LEVELS = (0, 1, 1, 2, 2, 2, 3, 3, 4, 2)
STYLES = ("bullets", "bullets", "prose", "flat", "labelled", "short")
SEED = 641


@dataclass
class AucPosting:
    id: str
    code: str  # O*NET-SOC, e.g. 15-1252.00
    level: int
    style: str
    title: str
    text: str
    boilerplate: float  # share of the text's words that are boilerplate


@dataclass
class AucResume:
    id: str
    code: str
    level: int
    part: str
    text: str


def _tsv(path: Path) -> list[dict]:
    with open(path, newline="", encoding="utf-8") as fh:
        return list(csv.DictReader(fh, delimiter="\t"))


@cache
def onet() -> dict:
    occ = {r["O*NET-SOC Code"]: (r["Title"], r["Description"]) for r in _tsv(ONET / "Occupation Data.txt")}
    # Titles incumbents reported first (the common ones); O*NET's alternate titles only for occupations without.
    titles: dict[str, list[str]] = defaultdict(list)
    for name, column in (("Sample of Reported Titles.txt", "Reported Job Title"), ("Alternate Titles.txt",
                                                                                   "Alternate Title")):
        found: dict[str, list[str]] = defaultdict(list)
        for r in _tsv(ONET / name):
            t = r[column]
            if len(t.split()) <= 4 and not re.search(r"[(),/0-9]", t):
                found[r["O*NET-SOC Code"]].append(t)
        for code, names in found.items():
            titles.setdefault(code, names)
    tech: dict[str, list[tuple[str, bool]]] = defaultdict(list)
    for r in _tsv(ONET / "Technology Skills.txt"):
        tech[r["O*NET-SOC Code"]].append((r["Example"], r["Hot Technology"] == "Y"))
    zone = {r["O*NET-SOC Code"]: int(r["Job Zone"]) for r in _tsv(ONET / "Job Zones.txt")}
    related: dict[str, dict[str, str]] = defaultdict(dict)
    for r in _tsv(ONET / "Related Occupations.txt"):
        related[r["O*NET-SOC Code"]][r["Related O*NET-SOC Code"]] = r["Relatedness Tier"]
    knowledge: dict[str, list[tuple[float, str]]] = defaultdict(list)
    for r in _tsv(KNOWLEDGE):
        if r["Scale ID"] == "IM":
            knowledge[r["O*NET-SOC Code"]].append((float(r["Data Value"]), r["Element Name"]))
    knowledge = {c: [name for _v, name in sorted(v, reverse=True)[:6]] for c, v in knowledge.items()}
    return {"occ": occ, "titles": titles, "tech": tech, "zone": zone, "related": related, "knowledge": knowledge}


@cache
def esco_duties() -> dict[str, list[str]]:
    """O*NET-SOC code -> duty lines from the essential skills of the ESCO occupation whose preferred label is one of
    the O*NET occupation's titles (the most often matched one)."""
    with open(ESCO / "occupations_en.csv", newline="", encoding="utf-8") as fh:
        occupations = list(csv.DictReader(fh))
    by_label = {o["preferredLabel"].lower(): o["conceptUri"] for o in occupations}
    with open(ESCO / "skills_en.csv", newline="", encoding="utf-8") as fh:
        skills = {s["conceptUri"]: (s["preferredLabel"], s["description"]) for s in csv.DictReader(fh)
                  if s["skillType"] == "skill/competence"}
    with zipfile.ZipFile(next(ESCO.glob("ESCO dataset*.zip"))) as z:
        rows = csv.DictReader(io.TextIOWrapper(z.open("occupationSkillRelations.csv"), encoding="utf-8"))
        essential: dict[str, list[str]] = defaultdict(list)
        for r in rows:
            if r["relationType"] == "essential" and r["skillUri"] in skills:
                essential[r["occupationUri"]].append(r["skillUri"])
    data = onet()
    out = {}
    for code, (title, _d) in data["occ"].items():
        names = [title, *data["titles"].get(code, [])]
        votes = Counter(by_label[n.lower()] for n in names if n.lower() in by_label)
        votes.update(by_label[n.lower()[:-1]] for n in names if n.lower().endswith("s") and n.lower()[:-1] in by_label)
        if not votes:
            continue
        uri = votes.most_common(1)[0][0]
        lines = []
        for s in essential.get(uri, []):
            label, description = skills[s]
            first = description.split(". ")[0].strip().rstrip(".")
            lines.append((label, first))
        if lines:
            out[code] = lines
    return out


def parts() -> dict:
    return tomllib.loads(PARTS.read_text())


def soc(code: str) -> str:
    """The unit of the label rule: the 6-digit SOC code, except for "all other" codes (ending in 9), whose O*NET
    occupations are different jobs."""
    return code if code[6] == "9" else code[:7]


def relation(resume: AucResume, p: AucPosting) -> str:
    if soc(p.code) == soc(resume.code):
        return "own"
    tiers = onet()["related"].get(resume.code, {})
    tier = next((t for c, t in tiers.items() if soc(c) == soc(p.code)), "")
    return {"Primary-Short": "short", "Primary-Long": "long"}.get(tier, "other")


def label(resume: AucResume, p: AucPosting) -> float | None:
    """1 relevant, 0 not, None left out (the rule in the module's docstring)."""
    kind = relation(resume, p)
    if kind in ("own", "short"):
        return 1.0 if abs(p.level - resume.level) <= 1 else None
    return None if kind == "long" else 0.0


# --- postings ----------------------------------------------------------------------------------------


def level_title(base: str, level: int, rng: random.Random) -> str:
    if level == 0:
        return rng.choice([f"{base} Intern", f"{base} Internship", f"Intern - {base}", f"Summer {base} Intern"])
    if level == 1:
        return rng.choice([f"Junior {base}", f"Entry-Level {base}", f"{base} I", f"Associate {base}",
                           f"{base} Trainee"])
    if level == 2:
        return rng.choice([base, base, f"{base} II", base])
    if level == 3:
        return rng.choice([f"Senior {base}", f"Sr. {base}", f"Lead {base}", f"{base} III", f"Principal {base}"])
    return rng.choice([f"Director of {base} Services", f"Head of {base} Operations", f"{base} Manager",
                       f"Director, {base}"])


def years_line(level: int, rng: random.Random) -> str:
    if level == 0:
        return rng.choice(["Currently enrolled in a degree or certificate program.",
                           "Open to students and recent graduates; no experience required."])
    low, high = ((0, 2), (2, 5), (5, 8), (8, 12))[level - 1]
    n = rng.randint(low, high)
    if n == 0:
        return "No prior experience required; we train on the job."
    if n == 1:
        return rng.choice(["At least one year of relevant experience.", "1+ year of experience."])
    return rng.choice([f"{n}+ years of relevant experience.", f"At least {n} years of experience in a similar role.",
                       f"Minimum {n} years of professional experience.", f"{n}-{n + 3} years of experience preferred."])


EDUCATION = {
    1: ("No formal education required.", "High school diploma or GED preferred but not required."),
    2: ("High school diploma or equivalent.", "High school diploma or GED; on-the-job training provided."),
    3: ("Associate degree, vocational certificate or equivalent experience.",
        "Completion of an apprenticeship or trade school program, or equivalent experience."),
    4: ("Bachelor's degree in a related field.", "Bachelor's degree or equivalent combination of education and "
        "experience."),
    5: ("Master's degree or higher in a related field.", "Graduate degree required; doctorate preferred."),
}
LEAD = ("Lead a team of {n} and handle hiring, coaching and performance reviews.",
        "Set the department's goals and budget and report results to senior leadership.",
        "Build relationships with leaders across the organization and represent the function externally.")
INTERN = ("This paid internship runs for twelve weeks and ends with a project you present to the team.",
          "You will shadow experienced staff and take on real work with close guidance.")


def duties(code: str, rng: random.Random, data: dict) -> list[str]:
    lines = esco_duties().get(code, [])
    picked = rng.sample(lines, min(len(lines), rng.randint(5, 12)))
    out = [(first if first and rng.random() < 0.5 else label.capitalize()) + "." for label, first in picked]
    description = [s.strip() for s in re.split(r"(?<=\.)\s+", data["occ"][code][1]) if s.strip()]
    out += rng.sample(description, min(len(description), rng.randint(1, 3)))
    rng.shuffle(out)
    return out


def requirements(code: str, level: int, rng: random.Random, data: dict) -> list[str]:
    tech = data["tech"].get(code, [])
    hot = [t for t, h in tech if h] or [t for t, _h in tech]
    tools = rng.sample(hot, min(len(hot), rng.randint(2, 6)))
    out = [years_line(level, rng), rng.choice(EDUCATION[data["zone"].get(code, 3)])]
    if tools:
        out.append(rng.choice(["Experience with {}.", "Working knowledge of {}.", "Proficiency in {}.",
                               "Familiarity with {} is a plus."]).format(", ".join(tools)))
    for k in rng.sample(data["knowledge"].get(code, []), min(2, len(data["knowledge"].get(code, [])))):
        out.append(rng.choice(["Knowledge of {}.", "Sound understanding of {}.", "Background in {}."]).format(
            k.lower()))
    return out


def boilerplate(bp: dict, company: dict, city: str, rng: random.Random) -> dict[str, list[str]]:
    """Pieces of boilerplate for one posting, by place: before the job, and after it."""
    low = rng.randint(32, 120) * 1000
    fill = {"company": company["name"], "city": city, "industry": company["industry"]}
    about = [s.format(**fill) for s in rng.sample(company["about"], len(company["about"]))]
    return {
        "about": about,
        "culture": [s.format(**fill) for s in rng.sample(bp["culture"], 3)],
        "benefits": rng.sample(bp["benefits"], rng.randint(3, 7)),
        "pay": [rng.choice(bp["pay"]).format(low=f"{low:,}", high=f"{low + rng.randint(5, 40) * 1000:,}")],
        "eeo": [s.format(**fill) for s in rng.sample(bp["eeo"], rng.randint(1, 2))],
        "apply": [s.format(**fill) for s in rng.sample(bp["apply"], rng.randint(1, 2))],
    }


def posting(key: str, code: str, level: int, rng: random.Random, bp: dict, companies: list[dict]) -> AucPosting:
    data = onet()
    names = data["titles"].get(code) or [data["occ"][code][0]]
    base = rng.choice(names)
    title = level_title(base, level, rng)
    jobs = duties(code, rng, data)
    if level == 4:
        jobs = [s.format(n=rng.randint(4, 20)) for s in rng.sample(LEAD, 2)] + jobs[:4]
    if level == 0:
        jobs = [rng.choice(INTERN)] + jobs[:4]
    needs = requirements(code, level, rng, data)
    company = rng.choice(companies)
    city = rng.choice(bp["cities"])
    extra = boilerplate(bp, company, city, rng)
    style = rng.choice(STYLES)
    share = rng.uniform(0, 0.7)
    job_words = sum(len(s.split()) for s in (title, *jobs, *needs))
    # Boilerplate pieces in the order postings put them, taken while the share stays under the target.
    order = [("about", p) for p in extra["about"]] + [("culture", p) for p in extra["culture"]] + \
            [("benefits", p) for p in extra["benefits"]] + [("pay", p) for p in extra["pay"]] + \
            [("eeo", p) for p in extra["eeo"]] + [("apply", p) for p in extra["apply"]]
    rng.shuffle(order)
    taken: dict[str, list[str]] = defaultdict(list)
    words = 0
    for kind, piece in order:
        n = len(piece.split())
        if (words + n) / (words + n + job_words) > share:
            continue
        taken[kind].append(piece)
        words += n
    head = taken["about"] + taken["culture"]
    tail_benefits, tail = taken["benefits"], taken["pay"] + taken["eeo"] + taken["apply"]
    if style == "short":
        head, tail_benefits, tail = [], [], tail[:1]
    words = sum(len(s.split()) for s in (*head, *tail_benefits, *tail))
    if style == "bullets":
        lines = [title, city, ""]
        if head:
            lines += [f"About {company['name']}", " ".join(head), ""]
        lines += [rng.choice(["Responsibilities", "What you'll do", "Key duties", "The role"]),
                  *(f"- {d}" for d in jobs), "", rng.choice(["Requirements", "Qualifications", "What you bring"]),
                  *(f"- {n}" for n in needs)]
        if tail_benefits:
            lines += ["", rng.choice(["Benefits", "What we offer", "Perks and benefits"]),
                      *(f"- {b}" for b in tail_benefits)]
        if tail:
            lines += ["", *tail]
    elif style == "prose":
        article = "an" if title[0] in "AEIOU" else "a"
        lines = [title, "", " ".join(head), "",
                 f"{company['name']} is looking for {article} {title} in {city}. " + " ".join(jobs), "",
                 " ".join(needs), "", " ".join(tail_benefits), " ".join(tail)]
    elif style == "flat":
        # Pasted from a web page: one run-on line, pieces joined by " - " or nothing at all.
        pieces = [title, city, *head, *jobs, *needs, *tail_benefits, *tail]
        lines = [rng.choice([" - ", " ", " • "]).join(pieces)]
    elif style == "labelled":
        lines = [f"Job Title: {title}", f"Company: {company['name']}", f"Location: {city}",
                 f"Employment Type: {rng.choice(['Full-time', 'Full-time', 'Part-time', 'Contract', 'Temporary'])}",
                 "", "Job Description:", " ".join(head), " ".join(jobs), "", "Requirements:", "; ".join(needs), "",
                 "Benefits:", "; ".join(tail_benefits), " ".join(tail)]
    else:
        lines = [f"{title} needed in {city}. {' '.join(jobs[:2])} {needs[0]}", *tail]
    text = re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip()
    total = len(text.split())
    return AucPosting(key, code, level, style, title, text, words / total if total else 0.0)


@cache
def build(seed: int = SEED) -> tuple[tuple[AucPosting, ...], tuple[AucResume, ...]]:
    data = onet()
    p = parts()
    rng = random.Random(seed)
    resumes = _resumes(p)
    usable = sorted(c for c in data["occ"] if c in esco_duties() and data["tech"].get(c))
    plan: list[tuple[str, int]] = []
    own = sorted({r.code for r in resumes})
    for code in own:
        plan += [(code, lv) for lv in OWN_LEVELS]
    near = set()
    for code in own:
        for other, tier in data["related"].get(code, {}).items():
            if other in data["occ"] and tier in ("Primary-Short", "Primary-Long") and other not in own:
                near.add(other)
                plan += [(other, rng.choice((1, 2, 2, 3)))] * (2 if tier == "Primary-Short" else 1)
    traps = sorted({t for code in own for t in p["traps"].get(code, [])} - set(own) - near)
    for code in traps:
        plan += [(code, rng.choice((1, 2, 3))), (code, rng.choice((1, 2, 3)))]
    taken = set(own) | near | set(traps)
    others = [c for c in usable if c not in taken]
    for code in rng.sample(others, 700 - len(plan)):
        plan.append((code, rng.choice((1, 2, 2, 2, 3))))
    postings = []
    for n, (code, level) in enumerate(plan):
        postings.append(posting(f"p{n + 1:03d}", code, level, rng, p["boilerplate"], p["company"]))
    order = list(range(len(postings)))
    random.Random(seed + 1).shuffle(order)
    return tuple(postings[i] for i in order), tuple(resumes)


def _resumes(p: dict) -> list[AucResume]:
    from onward.match.documents import read_document

    out = []
    for cv in p["cv"]:
        path = CVS / f"{cv['file']}.docx"
        if path.exists():
            out.append(AucResume(f"cv-{cv['file']}", cv["code"], cv["level"], cv["part"],
                                 read_document(path.name, path.read_bytes())))
    written = {r["id"]: r for r in tomllib.loads((PARTS.parent / "resumes.toml").read_text())["resume"]}
    for r in p["written"]:
        out.append(AucResume(f"written-{r['id']}", r["code"], r["level"], "tune", written[r["id"]]["text"].strip()))
    for r in p["resume"]:
        out.append(AucResume(r["id"], r["code"], r["level"], "report", r["text"].strip()))
    return out


WORD = re.compile(r"[a-z0-9+#]+")


def overlap_scores(resume: str, postings: list[str]) -> list[float]:
    """Word overlap: Jaccard of the two texts' sets of words."""
    mine = set(WORD.findall(resume.lower()))
    out = []
    for text in postings:
        theirs = set(WORD.findall(text.lower()))
        out.append(len(mine & theirs) / len(mine | theirs) if mine | theirs else 0.0)
    return out


def auc(scores: list[float], labels: list[float | None]) -> float:
    """ROC-AUC of relevant (1) against not relevant (0), ties half; postings labelled None are left out."""
    pos = sorted(s for s, y in zip(scores, labels, strict=True) if y == 1)
    neg = sorted(s for s, y in zip(scores, labels, strict=True) if y == 0)
    total = sum(bisect.bisect_left(neg, p) + 0.5 * (bisect.bisect_right(neg, p) - bisect.bisect_left(neg, p))
                for p in pos)
    return total / (len(pos) * len(neg))


def evaluate(part: str, w: dict | None = None) -> dict[str, tuple[float, float, float]]:
    """Resume id -> ROC-AUC of (relevance, TF-IDF, word overlap) on the whole list, postings given without titles
    as in a folder of postings."""
    from match_eval import tfidf_scores

    from onward.match.relevance import Posting, rank

    postings, resumes = build()
    listed = [Posting(p.id, p.text) for p in postings]
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
    return out


def summary(part: str, figures: dict[str, tuple[float, float, float]]) -> None:
    def avg(i: int, ids) -> float:
        ids = list(ids)
        return sum(figures[r][i] for r in ids) / len(ids)

    groups = (("CVs", [r for r in figures if r.startswith("cv-")]),
              ("written", [r for r in figures if not r.startswith("cv-")]), ("all", list(figures)))
    print(f"{part}: mean ROC-AUC per resume (relevance / TF-IDF / word overlap)")
    for name, ids in groups:
        if ids:
            worst = min(figures[r][0] for r in ids)
            print(f"  {name:<8} n={len(ids):<3} {avg(0, ids):.3f} / {avg(1, ids):.3f} / {avg(2, ids):.3f}   "
                  f"lowest relevance {worst:.3f}; resumes below TF-IDF "
                  f"{sum(figures[r][0] < figures[r][1] for r in ids)}")
    print("  per resume: " + ", ".join(f"{r} {a:.3f}/{b:.3f}/{c:.3f}" for r, (a, b, c) in figures.items()))


def main() -> None:
    postings, resumes = build()
    styles = Counter(p.style for p in postings)
    majors = Counter(p.code[:2] for p in postings)
    share = sorted(p.boilerplate for p in postings)
    print(f"{len(postings)} postings of {len({p.code for p in postings})} occupations in {len(majors)} major groups; "
          f"styles {dict(styles)}; boilerplate share median {share[len(share) // 2]:.2f}, max {share[-1]:.2f}; "
          f"words median {sorted(len(p.text.split()) for p in postings)[len(postings) // 2]}")
    for r in resumes:
        labels = [label(r, p) for p in postings]
        print(f"  {r.id:<22} {r.part:<7} {r.code} level {r.level}: relevant {labels.count(1.0)}, "
              f"left out {labels.count(None)}, not relevant {labels.count(0.0)}")
    show = int(sys.argv[sys.argv.index("--show") + 1]) if "--show" in sys.argv else 0
    for p in random.Random(1).sample(list(postings), show):
        print(f"\n--- {p.id} {p.code} ({p.style}, level {LEVELS[p.level]}, boilerplate {p.boilerplate:.0%}) ---\n"
              f"{p.text}")
    if show:
        return
    for part in ("tune", "report") if "--report" in sys.argv else ("tune",):
        summary(part, evaluate(part))


if __name__ == "__main__":
    main()
