"""Recruiter outreach read from the letter itself, against what is pasted, quoted or forwarded below it.

    python bench/mail_en_outreach2.py [--show] [--report]

Classifies bench/en_outreach2_set.py (36 writers, 210 messages, 45 % outreach, about a quarter in French, German,
Spanish and Dutch: approaches with a pasted job description, a forwarded posting, a signature with company
boilerplate or a quoted thread below, forwarded texts, two-line notes, vendors' rate lines; students asking the
reader for advice, recruiters asking for a referral, mentoring, sales prospecting, alerts and newsletters) as
written (an HTML message turned into text as the import does) and lemmatised as bench/mail_lemmatised.py's exporter
leaves it. Prints, for the "tune" writers, per label precision / recall / F1, macro-F1, the share the import's
screen keeps and the confusion matrix. The "report" writers are counted only with `--report`, at the start and at
the end of a piece of work, and print no confusion matrix and no message. `--show` lists the tune half's mistakes
with their evidence (never the report half's).
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

for var in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(var, "1")

sys.path.insert(0, str(Path(__file__).resolve().parent))

import en_outreach2_set  # noqa: E402
import mail_en_others  # noqa: E402

if __name__ == "__main__":
    mail_en_others.main(en_outreach2_set.messages, __doc__)
