"""The within-profession ranking development set: the specialities set's shape, for six other professions.

Built like bench/match_specialities.py (same composer), from tests/match/data/within.toml: civil engineering,
marketing, human resources, clinical laboratory science, physical therapy and pharmacy, none of them in the
specialities or hard sets. Each resume is ranked against every posting of its own profession (5 specialities x 25
postings, levels intern to director, often under the profession's generic title) and every 12th posting of the other
five professions. Written for the project; the label rule and the split by resume are at the head of within.toml,
written before any ranking ran on the set.

Usage: python bench/match_within.py [--report] [--misses N] [--show N]
  Mean ROC-AUC per resume of relevance, TF-IDF and word overlap; --report adds the report part (first run and end
  only); --misses N prints the tune part's worst misses.
"""

from __future__ import annotations

from pathlib import Path

from match_specialities import main

WITHIN = Path(__file__).resolve().parents[1] / "tests" / "match" / "data" / "within.toml"

if __name__ == "__main__":
    main(WITHIN)
