"""A second within-profession ranking development set, for eight professions, read within and as a long list.

Built like bench/match_specialities.py (same composer) from tests/match/data/within2.toml: data work, sales,
hospitality, logistics, the electrical trades, corporate finance, design and social work, none of them a profession of
the specialities, within or hard sets. Written for the project in the eighth session; the label rule and the split
by profession are at the head of within2.toml, written before any ranking ran on the set.

Two readings:
- within (default): each resume against all postings of its profession (5 specialities x 22, levels intern to
  director, often under the profession's generic title) and every 12th posting of the other seven (about 175);
- --long: each resume against one long mixed list like the held-out one (640 postings: its profession's and others
  drawn, seeded, from the other seven), so a handful of relevant postings sit among many of neighbouring
  specialities and other professions.

Usage: python bench/match_within2.py [--long] [--report] [--misses N] [--show N]
  Mean ROC-AUC per resume of relevance, TF-IDF and word overlap; --report adds the report part (first run and end
  only); --misses N prints the tune part's worst misses.
"""

from __future__ import annotations

import random
import sys
from pathlib import Path

from match_auc import auc, overlap_scores
from match_eval import tfidf_scores
from match_professions import summary
from match_specialities import Posting, Resume, build, label, main, parts

WITHIN2 = Path(__file__).resolve().parents[1] / "tests" / "match" / "data" / "within2.toml"


def long_list(r: Resume, postings: tuple[Posting, ...], path: Path = WITHIN2) -> list[Posting]:
    """The resume's profession's postings and others drawn from the other professions up to `long_size`, seeded
    by the resume, in the set's shuffled order."""
    size = parts(path)["set"]["long_size"]
    own = [p for p in postings if p.profession == r.profession]
    others = [p for p in postings if p.profession != r.profession]
    picked = {p.id for p in random.Random(f"{r.id}-long").sample(others, max(0, size - len(own)))}
    return [p for p in postings if p.profession == r.profession or p.id in picked]


def evaluate_long(part: str, w: dict | None = None, path: Path = WITHIN2) -> dict[str, tuple[float, float, float]]:
    """Resume id -> ROC-AUC of (relevance, TF-IDF, word overlap) on the resume's long list, postings without titles."""
    from onward.match.relevance import Posting as Listed
    from onward.match.relevance import rank

    postings, resumes = build(path)
    out = {}
    for r in resumes:
        if r.part != part:
            continue
        pool = long_list(r, postings, path)
        texts = [p.text for p in pool]
        labels = [label(r, p) for p in pool]
        scores = dict(rank(r.text, [Listed(p.id, p.text) for p in pool], None, w))
        out[r.id] = (
            auc([scores[p.id] for p in pool], labels),
            auc(tfidf_scores(r.text, texts, [*texts, r.text]), labels),
            auc(overlap_scores(r.text, texts), labels),
        )
    return out


def main_long(path: Path = WITHIN2) -> None:
    postings, resumes = build(path)
    for r in resumes:
        labels = [label(r, p) for p in long_list(r, postings, path)]
        print(
            f"  {r.id:<24} {r.part:<7} long list {len(labels)}: relevant {labels.count(1.0)}, "
            f"left out {labels.count(None)}, not relevant {labels.count(0.0)}"
        )
    for part in ("tune", "report") if "--report" in sys.argv else ("tune",):
        summary(f"long {part}", evaluate_long(part, path=path))


if __name__ == "__main__":
    if "--long" in sys.argv:
        main_long()
    else:
        main(WITHIN2)
