"""A fourth within-profession ranking development set: five professions none of the other sets uses, graded.

From tests/match/data/within4.toml (written for the project in the eleventh session; the grade rule and the split by
resume are at its head, written before any ranking ran on the set): veterinary work (New Zealand), architecture
(United States), plumbing and heating (Scotland), journalism (South Africa) and dentistry (Singapore and Malaysia),
five specialities each, one of them a neighbouring profession. The set has within3.toml's shape, so its postings
are composed, graded and scored by bench/match_within3.py's helpers: per speciality 15 postings at levels 0-4, each
resume read against all 75 postings of its profession and every 10th posting of the other four; the figure is the
graded concordance per resume.

Usage: python bench/match_within4.py [--report] [--misses N] [--show N]
  Mean graded concordance per resume of relevance, TF-IDF and word overlap; --report adds the report part (first
  run and end only); --misses N prints the tune part's worst-ordered postings.
"""

from __future__ import annotations

from pathlib import Path

from match_within3 import main

WITHIN4 = Path(__file__).resolve().parents[1] / "tests" / "match" / "data" / "within4.toml"

if __name__ == "__main__":
    main(WITHIN4)
