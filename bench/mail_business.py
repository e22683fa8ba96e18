"""Ordinary business mail (bench/business_mail.py, written for this project): how much of it the import's screen
lets through, how much `classify` gives a job label, and how much a real import keeps.

    python bench/mail_business.py [--half tune|report|both] [--no-import] [--examples]

Per half and per kind of writer: messages, the share passing the screen (as an import reads the message:
parse.read, then screen.passes), the share given a job label by `classify` (subject, whole body and sender, as
`onward mail classify` is given them, screen or not), and the messages an import would keep (passing the
screen, then a job label, or `other` below its threshold, which waits for review). Then, unless --no-import, the
half is written as an mbox and imported by `onward mail import` in a new process on a new data directory, and its
summary line is printed: applied + waiting for review is the figure to keep at most 3 of 300.

The `report` half is for measuring only: --examples prints the tune half's mistakes and refuses the report half.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections import defaultdict
from pathlib import Path

for var in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(var, "1")

sys.path.insert(0, str(Path(__file__).resolve().parent))

import business_mail  # noqa: E402
from mail_readings import NOT_JOB, import_in_new_process, kept_by_import, readings  # noqa: E402


def in_process(rows: list[dict], examples: bool) -> None:
    by = defaultdict(lambda: [0, 0, 0, 0])
    for row, (c, s, ci) in zip(rows, readings(rows), strict=True):
        job = c.label != NOT_JOB
        kept = kept_by_import(ci)
        for key in (row["kind"], "all"):
            counts = by[key]
            counts[0] += 1
            counts[1] += s
            counts[2] += job
            counts[3] += kept
        if examples and (job or kept):
            shown = c if job else ci
            print(f"  [{row['kind']}] {'job label' if job else 'kept'} {shown.label} {shown.confidence:.2f} "
                  f"{row['id']}: {row['subject']!r} {row['body'][:140]!r}")
    print(f"{'':<20}{'n':>5}{'passes screen':>15}{'job label':>11}{'import keeps':>14}")
    for name, (n, s, job, kept) in sorted(by.items(), key=lambda kv: (kv[0] == "all", kv[0])):
        print(f"{name:<20}{n:>5}{s / n:>15.1%}{job / n:>11.1%}{kept:>9} ({kept / n:.1%})")


def cli_import(rows: list[dict], the_set=business_mail, name: str = "business") -> None:
    line, kept, took = import_in_new_process(rows, the_set.write_mbox, name)
    kept = f"applied + review = {kept}" if kept is not None else "no summary line (see above)"
    print(f"onward mail import ({took:.0f} s, new data directory): {line}\n  {kept}")


def main(the_set=business_mail, title: str = "Business mail", name: str = "business") -> None:
    """The bench for a set of business mail (a module with HALVES, messages(half) and write_mbox);
    bench/mail_business2.py runs the second set through here."""
    parser = argparse.ArgumentParser()
    parser.add_argument("--half", choices=(*the_set.HALVES, "both"), default="both")
    parser.add_argument("--no-import", action="store_true", help="skip the CLI import in a new process")
    parser.add_argument("--examples", action="store_true", help="print the tune half's messages kept or labelled")
    args = parser.parse_args()
    halves = the_set.HALVES if args.half == "both" else (args.half,)
    if args.examples and "report" in halves:
        parser.error("--examples shows the tune half only: the report half is measured, not read")
    for half in halves:
        rows = the_set.messages(half)
        print(f"{title}, {half} half ({len(rows)} messages, self-written; every one is `other`)")
        in_process(rows, args.examples)
        if not args.no_import:
            cli_import(rows, the_set, name)
        print()


if __name__ == "__main__":
    main()
