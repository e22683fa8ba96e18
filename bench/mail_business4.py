"""Ordinary business mail, fourth set: a software company's mailbox with shop, account, travel and course mail and
the reader's own job search (bench/en_business4_set.py, written for this project on 2026-12-07 before any change
it measures; issue #15).

    python bench/mail_business4.py [--show] [--report] [--no-import]

Classifies 63 writers' 244 messages (205 `other`: a customer's renewal and contract talk, sales, finance, the
company's HR mail to its employees, the reader as a hiring manager and interview panellist, IT tickets, calendar
invitations, applicant-tracking, HR and CRM vendors' marketing, recruiting-industry newsletters, shops, accounts,
job-board alerts, a landlord, banks, health, travel, courses; 39 the reader's own job mail) through
bench/mail_business3.py: for the "tune" writers (the "report" writers only with --report, at the start and at the
end of a piece of work), as written and lemmatised as bench/mail_lemmatised.py's exporter leaves it, per label
precision / recall / F1, the share of `other` given a job label (the issue's target: at most 1 %), job mail's
precision and recall as one class, and the import's reading (the screen's share of `other`, what it keeps; unless
--no-import, applied + waiting for review when the `other` mail is imported by `onward mail import` in a new
process; the bulk senders' messages carry List-Unsubscribe and Precedence: bulk). `--show` lists the tune half's
mistakes (never the report half's).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import en_business4_set  # noqa: E402
from mail_business3 import main  # noqa: E402

if __name__ == "__main__":
    main(en_business4_set, __doc__, "business4")
