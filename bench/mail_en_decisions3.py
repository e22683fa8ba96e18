"""English rejections and their look-alikes by writers nobody tuned on: precision as well as recall.

    python bench/mail_en_decisions3.py [--show]

Classifies bench/en_decision3_set.py (38 writers none of the earlier English sets has, 201 messages: about two
fifths rejections in the shapes real ones take (the decision once after long thanks, a fact about the process, a
role paused or re-scoped, kept on file, feedback offered, short agency notes, templates; US, UK, Indian,
Australian, Nigerian, Filipino and Kenyan English), a third look-alikes (acknowledgements that warn of silence,
status updates, conditionals, withdrawals confirmed, invitations and offers that mention others, a referral's
outcome, "not this one, but here is another role") and a quarter decisions about other things) as written and
as a lemmatising exporter leaves it (bench/mail_lemmatised.py's imitation). Prints rejection precision and
recall, negatives read as rejections and labels right for the "tune" writers and the "report" writers. `--show`
lists the tune half's mistakes, never the report half's; the report half is measured at the start and at the end
of a piece of work.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

for var in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(var, "1")

sys.path.insert(0, str(Path(__file__).resolve().parent))

import en_decision3_set  # noqa: E402
from mail_en_decisions import run_set  # noqa: E402

if __name__ == "__main__":
    run_set("bench/en_decision3_set.py (writers of the twelfth session)", en_decision3_set.messages, __doc__)
