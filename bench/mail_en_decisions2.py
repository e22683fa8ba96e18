"""English decisions read by their grammar: rejections in many sentence shapes against decisions about other things.

    python bench/mail_en_decisions2.py [--show]

Classifies bench/en_decision2_set.py (33 writers none of the earlier English sets has, 205 messages: rejections
said once, mid-letter, after thanks, passive and impersonal, by a panel, as a role given to someone, a vacancy
withdrawn, hedged or kept on file; acknowledgements that sound negative, conditionals, withdrawals the company
confirms, invitations that mention other candidates; and about a third mail with decisions about a grant, a loan,
a tenancy, a school place, a visa, planning permission or a tender) as written and as a lemmatising exporter
leaves it (bench/mail_lemmatised.py's imitation). Prints rejection precision and recall, negatives read as
rejections and labels right for the "tune" writers and the "report" writers. `--show` lists the tune half's
mistakes, never the report half's; the report half is measured at the start and at the end of a piece of work.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

for var in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(var, "1")

sys.path.insert(0, str(Path(__file__).resolve().parent))

import en_decision2_set  # noqa: E402
from mail_en_decisions import run_set  # noqa: E402

if __name__ == "__main__":
    run_set("bench/en_decision2_set.py (writers of the eleventh session)", en_decision2_set.messages, __doc__)
