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

import argparse
import os
import sys
from pathlib import Path

for var in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(var, "1")

sys.path.insert(0, str(Path(__file__).resolve().parent))

import business2_mail  # noqa: E402
from mail_business import in_process  # noqa: E402
from mail_readings import import_in_new_process  # noqa: E402


def cli_import(rows: list[dict]) -> None:
    line, kept, took = import_in_new_process(rows, business2_mail.write_mbox, "business2")
    kept = f"applied + review = {kept}" if kept is not None else "no summary line (see above)"
    print(f"onward mail import ({took:.0f} s, new data directory): {line}\n  {kept}")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--half", choices=(*business2_mail.HALVES, "both"), default="both")
    parser.add_argument("--no-import", action="store_true", help="skip the CLI import in a new process")
    parser.add_argument("--examples", action="store_true", help="print the tune half's messages kept or labelled")
    args = parser.parse_args()
    halves = business2_mail.HALVES if args.half == "both" else (args.half,)
    if args.examples and "report" in halves:
        parser.error("--examples shows the tune half only: the report half is measured, not read")
    for half in halves:
        rows = business2_mail.messages(half)
        print(f"Business mail, second set, {half} half ({len(rows)} messages, self-written; every one is `other`)")
        in_process(rows, args.examples)
        if not args.no_import:
            cli_import(rows)
        print()


if __name__ == "__main__":
    main()
