"""A sixth within-profession ranking development set: five more professions, aimed at where TF-IDF has won.

From tests/match/data/within6.toml (written for the project in the thirteenth session; the grade rule, the hard
cases and the split by resume are at its head, written before any ranking ran on the set): actuarial work (Ireland,
the United Kingdom), agronomy (Kenya, Brazil), food science (Mexico, the Netherlands), town and transport planning
(New Zealand, Ireland) and financial crime compliance (Poland, the Philippines), five specialities each, one of them
a neighbouring profession. Specialities of one profession are told apart by one word said again and again (pricing
and reserving, sanctions and KYC), the near specialities' postings are long, every profession's shared lines repeat
its own word, and some resumes are career changers or written in English as a second language. The set has
within3.toml's shape, so its postings are composed, graded and scored by bench/match_within3.py's helpers: per
speciality 15 postings at levels 0-4, each resume read against all 75 postings of its profession and every 10th
posting of the other four; the figure is the graded concordance per resume.

Usage: python bench/match_within6.py [--report] [--misses N] [--show N]
  Mean graded concordance per resume of relevance, TF-IDF and word overlap; --report adds the report part (first
  run and end only); --misses N prints the tune part's worst-ordered postings.
"""

from __future__ import annotations

from pathlib import Path

from match_within3 import main

WITHIN6 = Path(__file__).resolve().parents[1] / "tests" / "match" / "data" / "within6.toml"

if __name__ == "__main__":
    main(WITHIN6)
