"""English rejections in their own words against mail that speaks of a decision without rejecting the reader.

    python bench/mail_en_decisions6.py [--show]

Classifies bench/en_decision6_set.py (writers none of the earlier English sets has: hospital, insurance, airline
and manufacturing applicant systems, architects, a bakery, a vet and a dental practice, call-centre, IT-services,
engineering and logistics firms in India, universities and colleges in the US, UK and Australia, a school district,
a county, a federal agency, Australian state and local government, a Scottish health board, a police service,
agencies in London, Mumbai, Sydney and Auckland, founders, in US, UK, Indian, Australian and New Zealand English;
102 rejections that state the decision once: no offer, others fit better, the role paused, cancelled, filled,
frozen or its budget withdrawn, the resume kept though nothing fits now, the team not convinced, a score or a
requirement not met; 90 near-misses: acknowledgements that mention a future decision or that those not selected
will not hear, pending news, withdrawals confirmed, job alerts naming filled roles, business mail about deals and
investors, and refusals of loans, cards, rentals, admissions, grants, talks, claims and permits) as written and
as a lemmatising exporter leaves it (bench/mail_lemmatised.py's imitation). Prints rejection precision and recall,
negatives read as rejections and labels right for the "tune" writers and the "report" writers. `--show` lists the
tune half's mistakes, never the report half's; the report half is measured at the start and at the end of a piece
of work.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

for var in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(var, "1")

sys.path.insert(0, str(Path(__file__).resolve().parent))

import en_decision6_set  # noqa: E402
from mail_en_decisions import run_set  # noqa: E402

if __name__ == "__main__":
    run_set("bench/en_decision6_set.py (writers of the fifteenth session)", en_decision6_set.messages, __doc__)
