"""English rejections as US and UK applicant systems and hiring teams sent them in 2016-2022: precision and recall.

    python bench/mail_en_decisions4.py [--show]

Classifies bench/en_decision4_set.py (writers none of the earlier English sets has: applicant-tracking templates
of the big systems with their boilerplate and footers, university recruiting, graduate and summer programmes,
hiring managers' two lines, founders, design studios; about 45 % rejections sent to students, new graduates,
interns and early-career engineers, analysts and designers, 35 % look-alikes from the same senders, 20 %
decisions about other things) as written and as a lemmatising exporter leaves it (bench/mail_lemmatised.py's
imitation). Prints rejection precision and recall, negatives read as rejections and labels right for the "tune"
writers and the "report" writers. `--show` lists the tune half's mistakes, never the report half's; the report
half is measured at the start and at the end of a piece of work.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

for var in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(var, "1")

sys.path.insert(0, str(Path(__file__).resolve().parent))

import en_decision4_set  # noqa: E402
from mail_en_decisions import run_set  # noqa: E402

if __name__ == "__main__":
    run_set("bench/en_decision4_set.py (writers of the thirteenth session)", en_decision4_set.messages, __doc__)
