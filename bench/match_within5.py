"""A fifth within-profession ranking development set: five more professions, with the cases where TF-IDF is strong.

From tests/match/data/within5.toml (written for the project in the twelfth session; the grade rule, the hard cases
and the split by resume are at its head, written before any ranking ran on the set): translation and interpreting
(Spain, Germany), geology (Western Australia, Chile), libraries and archives (Canada), piloting (India, the Gulf) and
film and television post-production (Nigeria, the United Kingdom), five specialities each, one of them a
neighbouring profession. Specialities of one profession share tool names, some resumes are career changers or
say mostly what they did before, and some are written in English as a second language. The set has
within3.toml's shape, so its postings are composed, graded and scored by bench/match_within3.py's helpers: per
speciality 15 postings at levels 0-4, each resume read against all 75 postings of its profession and every 10th
posting of the other four; the figure is the graded concordance per resume.

Usage: python bench/match_within5.py [--report] [--misses N] [--show N]
  Mean graded concordance per resume of relevance, TF-IDF and word overlap; --report adds the report part (first
  run and end only); --misses N prints the tune part's worst-ordered postings.
"""

from __future__ import annotations

from pathlib import Path

from match_within3 import main

WITHIN5 = Path(__file__).resolve().parents[1] / "tests" / "match" / "data" / "within5.toml"

if __name__ == "__main__":
    main(WITHIN5)
