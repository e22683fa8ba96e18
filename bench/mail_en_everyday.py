"""Everyday mail that borrows the job words, and job mail from the same kinds of senders (issue #15).

    python bench/mail_en_everyday.py [--show] [--report]

Classifies bench/en_everyday_set.py (57 writers, 222 messages, 70 % `other`: university and course admin,
scholarship, visa and tax letters, bank, insurance and health mail, software notifications, courses, conferences,
newsletters, volunteering, clubs, apps, travel, shops; and the job mail of a university's HR, a bank's careers
team, a software company's recruiter, a hospital) as written (an HTML message turned into text as the import
does) and lemmatised as bench/mail_lemmatised.py's exporter leaves it, through bench/mail_en_others.py. Prints, for
the "tune" writers, per label precision / recall / F1, macro-F1, the share of job and of `other` mail the import's
screen lets through, and the confusion matrix. The "report" writers are counted only with `--report`, at the start
and at the end of a piece of work, and print no confusion matrix and no message; `--show` lists only the tune
half's mistakes.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import en_everyday_set  # noqa: E402
from mail_en_others import main  # noqa: E402

if __name__ == "__main__":
    main(en_everyday_set.messages, __doc__)
