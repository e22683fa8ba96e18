"""English rejections that open with thanks and state the decision once, in varied words: precision and recall.

    python bench/mail_en_decisions5.py [--show]

Classifies bench/en_decision5_set.py (writers none of the earlier English sets has: applicant systems of mid-sized
firms, small firms and their owners, agencies, universities and colleges, councils, health boards and state
agencies, in US, UK, Indian, Australian, Canadian, Irish and New Zealand English; 100 rejections that say the
decision once after thanks: no offer can be made, others fit better, the role paused, cancelled, filled or merged,
the resume kept on file though nothing fits now, the panel not convinced; 80 near-misses: acknowledgements that
promise a decision, news still pending, withdrawals confirmed, job alerts that mention filled roles, business mail
that says "unfortunately" about a deal) as written and as a lemmatising exporter leaves it (bench/mail_lemmatised.py's
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

import en_decision5_set  # noqa: E402
from mail_en_decisions import run_set  # noqa: E402

if __name__ == "__main__":
    run_set("bench/en_decision5_set.py (writers of the fourteenth session)", en_decision5_set.messages, __doc__)
