"""Ordinary business mail, second set (bench/business2_mail.py, written for this project on 2026-12-07 before any
change it measures): how much of it the import's screen lets through, how much `classify` gives a job label, and
how much a real import keeps. The same measures as bench/mail_business.py, on mail no rule was tuned on at first.

    python bench/mail_business2.py [--half tune|report|both] [--no-import] [--examples]

Per half and per kind of writer: messages, the share passing the screen, the share given a job label by `classify`
and the messages an import would keep (see bench/mail_business.py); then, unless --no-import, the half is imported
as an mbox by `onward mail import` in a new process on a new data directory: applied + waiting for review is the
figure to keep at most 3 of 300.

The `report` half is for measuring only: --examples prints the tune half's mistakes and refuses the report half.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

for var in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(var, "1")

sys.path.insert(0, str(Path(__file__).resolve().parent))

import business2_mail  # noqa: E402
import mail_business  # noqa: E402

if __name__ == "__main__":
    mail_business.main(business2_mail, "Business mail, second set", "business2")
