"""A seventh within-profession ranking development set: five more professions, aimed at where TF-IDF has won.

From tests/match/data/within7.toml (written for the project in the fourteenth session; the grade rule, the hard
cases and the split by resume are at its head, written before any ranking ran on the set): applied psychology (the
United Kingdom, Australia), medical imaging (Canada, the United Arab Emirates), ecology (Scotland, South Africa),
dietetics (Ireland, India) and occupational health and safety (the United Kingdom, Saudi Arabia), five specialities
each, one of them a neighbouring profession. Specialities of one profession are told apart by one word said again and
again (clinical and forensic, MRI and CT, bat and bird), the near specialities' postings are long, every profession's
shared lines repeat its own word, some resumes are career changers or written in English as a second language, and
the resumes take the forms people write: short, skills-only, long with many jobs. The set has within3.toml's shape,
so its postings are composed, graded and scored by bench/match_within3.py's helpers: per speciality 15 postings at
levels 0-4, each resume read against all 75 postings of its profession and every 10th posting of the other four; the
figure is the graded concordance per resume.

Usage: python bench/match_within7.py [--report] [--misses N] [--show N]
  Mean graded concordance per resume of relevance, TF-IDF and word overlap; --report adds the report part (first
  run and end only); --misses N prints the tune part's worst-ordered postings.
"""

from __future__ import annotations

from pathlib import Path

from match_within3 import main

WITHIN7 = Path(__file__).resolve().parents[1] / "tests" / "match" / "data" / "within7.toml"

if __name__ == "__main__":
    main(WITHIN7)
