"""The mail around a job search (bench/around_mail.py, written for this project): job-board alerts, network
notifications, career services, courses and coaching, recruiting software and HR news, and everyday mail that
borrows the words (orders, store-card, loan, rental, visa and insurance applications, admissions, sign-ups,
tickets, accounts, surveys), all `other`; beside them job mail from the same world that must stay job mail (a
recruiter's own outreach, acknowledgements sent through a board, interview invitations relayed by a board).

    python bench/mail_around.py [--half tune|report|both] [--no-import] [--examples]

For the non-job mail, per half and kind, the figures of bench/mail_business.py (reused): the share passing the
screen, the share given a job label by `classify`, the messages an import would keep in process, and, unless
--no-import, applied + waiting for review of a real `onward mail import` of that mail as an mbox in a new process
on a new data directory (target at most 3 of 300). For the job mail: the share the screen keeps, the share
`classify` gives its own label, what an import keeps in process and what the real import applies or sends to
review (it should be all).

The `report` half is for measuring only: --examples prints the tune half's mistakes and refuses the report half.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

for var in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(var, "1")

sys.path.insert(0, str(Path(__file__).resolve().parent))

import around_mail  # noqa: E402
import mail_business  # noqa: E402
from mail_readings import NOT_JOB, kept_by_import, readings  # noqa: E402


def job_mail(rows: list[dict], examples: bool) -> None:
    """The hard positives: kept by the screen, given their own label, kept by an import in process."""
    n = screened = own = kept = 0
    for row, (c, s, ci) in zip(rows, readings(rows), strict=True):
        n += 1
        screened += s
        own += c.label == row["gold"]
        kept += kept_by_import(ci)
        if examples and (c.label != row["gold"] or not kept_by_import(ci)):
            shown = ci if ci is not None else c
            print(
                f"  [{row['gold']}] {'screened out' if ci is None else 'import ' + ci.label} / classify "
                f"{c.label} {shown.confidence:.2f} {row['id']}: {row['subject']!r} {row['body'][:140]!r}"
            )
    print(
        f"job mail: {n} messages, screen keeps {screened / n:.1%}, own label by classify {own / n:.1%}, "
        f"import keeps (in process) {kept} ({kept / n:.1%})"
    )


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--half", choices=(*around_mail.HALVES, "both"), default="both")
    parser.add_argument("--no-import", action="store_true", help="skip the CLI imports in new processes")
    parser.add_argument("--examples", action="store_true", help="print the tune half's mistakes")
    args = parser.parse_args()
    halves = around_mail.HALVES if args.half == "both" else (args.half,)
    if args.examples and "report" in halves:
        parser.error("--examples shows the tune half only: the report half is measured, not read")
    for half in halves:
        rows = around_mail.messages(half)
        other = [r for r in rows if r["gold"] == NOT_JOB]
        job = [r for r in rows if r["gold"] != NOT_JOB]
        print(f"Mail around a job search, {half} half ({len(other)} non-job + {len(job)} job messages, self-written)")
        mail_business.in_process(other, args.examples)
        if not args.no_import:
            mail_business.cli_import(other, around_mail, "around")
        job_mail(job, args.examples)
        if not args.no_import:
            mail_business.cli_import(job, around_mail, "around-job")
        print()


if __name__ == "__main__":
    main()
