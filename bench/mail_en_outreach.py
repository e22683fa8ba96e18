"""Recruiter outreach by writers the rules were not tuned on, against mail that only looks like it.

    python bench/mail_en_outreach.py [--show] [--report]

Classifies bench/en_outreach_set.py (34 writers, 221 messages, about 40 % outreach, a quarter in French, German,
Spanish and Dutch) as written (an HTML message turned into text as the import does, core.text.html_to_text) and
lemmatised as bench/mail_lemmatised.py's exporter leaves it. Prints, for the "tune" writers, per label precision /
recall / F1, macro-F1 over the labels with at least 5 messages, the share the import's screen keeps, and the
confusion matrix (gold rows, given columns). The "report" writers are counted only with `--report`, at the start
and at the end of a piece of work, and print no confusion matrix and no message. `--show` lists the tune half's
mistakes with their evidence (never the report half's).
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

for var in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(var, "1")

sys.path.insert(0, str(Path(__file__).resolve().parent))

import en_outreach_set  # noqa: E402
import mail_en_others  # noqa: E402

if __name__ == "__main__":
    mail_en_others.main(en_outreach_set.messages, __doc__)
