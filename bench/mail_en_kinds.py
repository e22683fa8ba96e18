"""English job-search mail of every kind but rejection by a fourth group of writers: recruiter outreach in many
voices, interviews and scheduling, assessments and their receipts, offers and offer-stage paperwork, withdrawals
the company confirms, against `other` mail in the same words.

    python bench/mail_en_kinds.py [--show] [--report] [--set en_kinds|en_kinds2]

Classifies bench/en_kinds_set.py (36 writers, 275 messages), or with `--set en_kinds2` bench/en_kinds2_set.py
(29 other writers, 161 messages: the middle steps of a selection that name no job, against the same steps of
other worlds: a client's slot, a landlord's references, a volunteer's checks, a supplier's trial order), as
written (an HTML message turned into text as the import does, core.text.html_to_text) and lemmatised as
bench/mail_lemmatised.py's exporter leaves it. Prints, for the "tune" writers, per label precision / recall / F1,
macro-F1 over the labels with at least 5 messages, the share the import's screen keeps, and the confusion matrix
(gold rows, given columns). The "report" writers are counted only with `--report`, at the start and at the end of
a piece of work, and print no confusion matrix and no message. `--show` lists the tune half's mistakes with their
evidence (never the report half's).
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

for var in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(var, "1")

sys.path.insert(0, str(Path(__file__).resolve().parent))

import en_kinds2_set  # noqa: E402
import en_kinds_set  # noqa: E402
import mail_en_others  # noqa: E402

if __name__ == "__main__":
    mail_en_others.main(doc=__doc__, sets={"en_kinds": en_kinds_set.messages, "en_kinds2": en_kinds2_set.messages})
