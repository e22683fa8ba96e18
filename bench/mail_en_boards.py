"""English mail from job boards, staffing agencies, hiring managers writing by hand, and universities, public
bodies, hospitals and schools: rejections in their own shapes, against the same senders' mail that is not.

    python bench/mail_en_boards.py [--show] [--report]

Classifies bench/en_boards_set.py (36 senders, 265 messages) as written (an HTML message turned into text as the
import does, core.text.html_to_text) and lemmatised as bench/mail_lemmatised.py's exporter leaves it. Prints, for
the "tune" senders, per label precision / recall / F1, macro-F1 over the labels with at least 5 messages, the share
the import's screen keeps, and the confusion matrix (gold rows, given columns). The "report" senders are counted
only with `--report`, at the start and at the end of a piece of work, and print no confusion matrix and no
message. `--show` lists the tune half's mistakes with their evidence (never the report half's).
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

for var in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(var, "1")

sys.path.insert(0, str(Path(__file__).resolve().parent))

import en_boards_set  # noqa: E402
import mail_en_others  # noqa: E402

if __name__ == "__main__":
    mail_en_others.main(en_boards_set.messages, __doc__)
