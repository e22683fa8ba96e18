"""Ordinary mail, fifth set: ten mailboxes of kinds the earlier business sets lack — a medical practice's manager, a
restaurant owner, a freelance designer, a charity's volunteer coordinator, an estate agent, a law firm's associate,
a university administrator, an event organiser and two consumers — each with its reader's own job search
(bench/en_business5_set.py, written for this project on 2026-12-08 before any change it measures; issue #15).

    python bench/mail_business5.py [--show] [--report] [--no-import]

Classifies 98 writers' 259 messages (220 `other`: patients, locums, a regulator, suppliers' offers and prices,
table bookings, people applying to work for the reader, clients, a freelance marketplace, volunteers' applications,
a funder's grant decision, admissions interviews, exam boards, a lecturer post the reader organises, buyers' offers
on houses, tenancy applications, a client's dismissal and settlement offers, speakers applying to an event, shops,
accounts, travel, banks, health, courses, newsletters, job-board alerts; 39 the readers' own job mail) through
bench/mail_business3.py: for the "tune" mailboxes (the "report" mailboxes only with --report, at the start and at
the end of a piece of work), as written and lemmatised, per label precision / recall / F1, the share of `other`
given a job label (the issue's target: at most 1 %), job mail's precision and recall as one class, and the
import's reading (the screen's share of `other`, what it keeps in process; unless --no-import, applied + waiting
for review when the `other` mail is imported by `onward mail import` in a new process, the issue's target at most
3 of 300; the bulk senders' messages carry List-Unsubscribe and Precedence: bulk). `--show` lists the tune half's
mistakes (never the report half's).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import en_business5_set  # noqa: E402
from mail_business3 import main  # noqa: E402

if __name__ == "__main__":
    main(en_business5_set, __doc__, "business5")
