"""A job seeker's own inbox, fourth set: its non-job mail against its job mail, as written and lemmatised
(bench/en_inbox4_set.py, written for this project on 2026-12-07 before any change it measures; issue #15).

    python bench/mail_en_inbox4.py [--show] [--report] [--no-import]

Classifies 57 writers' 244 messages (three in four `other`: a professional network's notifications about the
reader's network and other people's jobs, job-board digests and saved-search alerts, career fairs and webinars,
resume and course upsells, a career-services newsletter and placement circulars, MOOC certificates and
assessments, decisions about a loan, a card, a flat, a bootcamp place, shops, subscriptions, travel, clinics, tax
and passport forms, clubs, friends and family; the rest the same reader's job mail) through bench/mail_business3.py:
for the "tune" writers (the "report" writers only with --report, at the start and at the end of a piece of work),
as written and lemmatised as bench/mail_lemmatised.py's exporter leaves it, per label precision / recall / F1, the
share of `other` given a job label (the issue's target: at most 1 %), job mail's precision and recall as one class,
and the import's reading (the screen's share of `other`, what it keeps; unless --no-import, applied + waiting for
review when the `other` mail is imported by `onward mail import` in a new process; the bulk senders' messages carry
List-Unsubscribe and Precedence: bulk). `--show` lists the tune half's mistakes (never the report half's).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import en_inbox4_set  # noqa: E402
from mail_business3 import main  # noqa: E402

if __name__ == "__main__":
    main(en_inbox4_set, __doc__, "inbox4")
