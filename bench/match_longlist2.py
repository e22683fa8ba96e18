"""The long-list set for resumes that are not textbook ones: career changers, new graduates with internships only,
senior people, people with two professions, resumes with long tool lists or a long objective (issue #16).

Twelve resumes written for the project (tests/match/data/longlist2.toml), each read against one list of 139
written postings: the resume's target work among neighbouring and unrelated work, one-liners and long ones, some
with benefits, equal-opportunity and "about us" paragraphs appended. The label rule and the split by resume are at
the head of the data file, written before any ranking ran on the set. Postings are given without titles, as in a
folder of postings, in a seeded shuffled order.

Usage: python bench/match_longlist2.py [--report] [--misses N]
  Mean ROC-AUC per resume of relevance, TF-IDF and word overlap, tune part (--report adds the report part: first
  run and end only); --misses N prints, per tune resume, the N worst-placed relevant postings and the N best-placed
  not relevant ones.
"""

from __future__ import annotations

import random
import sys
import tomllib
from dataclasses import dataclass
from pathlib import Path

from match_auc import auc, overlap_scores
from match_eval import tfidf_scores
from match_professions import summary

DATA = Path(__file__).resolve().parents[1] / "tests" / "match" / "data" / "longlist2.toml"


@dataclass(frozen=True)
class Posting:
    id: str
    occ: str
    level: int
    text: str


@dataclass(frozen=True)
class Resume:
    id: str
    part: str
    level: int
    target: tuple[str, ...]
    aside: tuple[str, ...]
    text: str


def build(path: Path = DATA) -> tuple[list[Posting], list[Resume]]:
    data = tomllib.loads(path.read_text())
    boiler = data["boilerplate"]
    postings = [
        Posting(p["id"], p["occ"], p["level"], "\n\n".join([p["text"], *(boiler[k] for k in p.get("add", []))]))
        for p in data["posting"]
    ]
    random.Random(139).shuffle(postings)
    resumes = [
        Resume(r["id"], r["part"], r["level"], tuple(r["target"]), tuple(r["aside"]), r["text"]) for r in data["resume"]
    ]
    return postings, resumes


def label(r: Resume, p: Posting) -> float | None:
    """1 relevant, 0 not, None left out (the rule at the head of the data file)."""
    if p.occ in r.target:
        return 1.0 if abs(p.level - r.level) <= 1 else None
    return None if p.occ in r.aside else 0.0


def evaluate(part: str, w: dict | None = None, misses: int = 0) -> dict[str, tuple[float, float, float]]:
    """Resume id -> ROC-AUC of (relevance, TF-IDF, word overlap) over the whole list."""
    from onward.match.relevance import Posting as Listed
    from onward.match.relevance import rank

    postings, resumes = build()
    texts = [p.text for p in postings]
    listed = [Listed(p.id, p.text) for p in postings]
    out = {}
    for r in resumes:
        if r.part != part:
            continue
        labels = [label(r, p) for p in postings]
        scores = dict(rank(r.text, listed, None, w))
        out[r.id] = (
            auc([scores[p.id] for p in postings], labels),
            auc(tfidf_scores(r.text, texts, [*texts, r.text]), labels),
            auc(overlap_scores(r.text, texts), labels),
        )
        if misses and part == "tune":
            order = sorted(postings, key=lambda p: -scores[p.id])
            place = {p.id: i + 1 for i, p in enumerate(order)}
            low = sorted((p for p in postings if label(r, p) == 1), key=lambda p: -place[p.id])[:misses]
            high = [p for p in order if label(r, p) == 0][:misses]
            print(
                f"{r.id}: relevant placed low "
                + ", ".join(f"{p.id}@{place[p.id]}" for p in low)
                + "; not relevant placed high "
                + ", ".join(f"{p.id}({p.occ})@{place[p.id]}" for p in high)
            )
    return out


def main() -> None:
    postings, resumes = build()
    print(
        f"{len(postings)} postings of {len({p.occ for p in postings})} occupations; words median "
        f"{sorted(len(p.text.split()) for p in postings)[len(postings) // 2]}"
    )
    for r in resumes:
        labels = [label(r, p) for p in postings]
        print(
            f"  {r.id:<24} {r.part:<7} level {r.level}: relevant {labels.count(1.0)}, left out "
            f"{labels.count(None)}, not relevant {labels.count(0.0)}"
        )
    misses = int(sys.argv[sys.argv.index("--misses") + 1]) if "--misses" in sys.argv else 0
    for part in ("tune", "report") if "--report" in sys.argv else ("tune",):
        summary(part, evaluate(part, misses=misses))


if __name__ == "__main__":
    main()
