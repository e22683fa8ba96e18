"""English rejections against the mail that only sounds like one, on mail written for this project.

    python bench/mail_en_rejections.py [--show]

Classifies bench/en_rejection_set.py (29 writers: applicant-tracking templates, universities, governments,
agencies, founders; 116 rejections, 87 hard negatives: acknowledgements that promise a review, status updates,
withdrawals the company confirms, "this role is filled, here are others" alerts, invitations that open with
thanks) as written and as a lemmatising exporter leaves it (bench/mail_lemmatised.py's imitation, one line per
paragraph line). Prints rejection precision and recall, negatives read as rejections and label accuracy for the
"tune" writers and the "report" writers. Only the tune half may be read while the classifier is changed
(`--show` lists its mistakes); the report half is measured at the start and the end of a piece of work.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

for var in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(var, "1")

sys.path.insert(0, str(Path(__file__).resolve().parent))

from en_rejection_set import messages  # noqa: E402
from mail_en_decisions import measure  # noqa: E402

from onward.mail.classify import load_rules  # noqa: E402


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--show", action="store_true", help="list the tune half's mistakes")
    args = ap.parse_args()
    measure("", messages(), load_rules(), args.show, rejections_only=True)


if __name__ == "__main__":
    main()
