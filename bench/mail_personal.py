"""A person's ordinary inbox while job hunting (bench/personal_mail.py, written for this project): shop orders, banks,
flats, visas, universities, doctors, volunteering, dating apps, the press, freelance clients, newsletters, job-board
alerts and digests, profile views, career fairs, recruiting newsletters and applicant-system account mail, all
`other`; beside them job mail that must keep its label.

    python bench/mail_personal.py [--half tune|report|both] [--no-import] [--examples]

Per half and per kind: messages, the share passing the import's screen (parse.read, then screen.passes), the share
given a job label by `classify` (subject, whole body and sender, as `onward mail classify` is given them), and the
messages an import would keep (passing the screen, then a job label, or `other` below its threshold, which waits
for review). For the job mail: the share the screen keeps and the share `classify` gives its own label. Then,
unless --no-import, the half's non-job mail and its job mail are written as two mboxes and imported by `onward mail
import` in new processes on new data directories: applied + waiting for review of the non-job mail is the figure
(target at most 1 %), and of the job mail it should be all.

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

import personal_mail  # noqa: E402
from mail_readings import NOT_JOB, import_in_new_process, kept_by_import, readings  # noqa: E402


def in_process(rows: list[dict], examples: bool) -> None:
    other = defaultdict(lambda: [0, 0, 0, 0])
    job = defaultdict(lambda: [0, 0, 0])
    for row, (c, s, ci) in zip(rows, readings(rows), strict=True):
        if row["gold"] == NOT_JOB:
            labelled = c.label != NOT_JOB
            kept = kept_by_import(ci)
            for key in (row["kind"], f"lang {row['lang']}", "all non-job"):
                counts = other[key]
                counts[0] += 1
                counts[1] += s
                counts[2] += labelled
                counts[3] += kept
            if examples and (labelled or kept):
                shown = c if labelled else ci
                print(f"  [{row['kind']} {row['lang']}] {'job label' if labelled else 'kept'} {shown.label} "
                      f"{shown.confidence:.2f} {row['id']}: {row['subject']!r} {row['body'][:150]!r}")
        else:
            right = c.label == row["gold"]
            for key in (row["kind"], "all job"):
                counts = job[key]
                counts[0] += 1
                counts[1] += s
                counts[2] += right
            if examples and not (s and right):
                print(f"  [{row['kind']} {row['lang']}] {'screened out, ' if not s else ''}{c.label} "
                      f"{c.confidence:.2f} {row['id']}: {row['subject']!r} {row['body'][:150]!r}")
    print(f"{'non-job':<22}{'n':>5}{'passes screen':>15}{'job label':>11}{'import keeps':>14}")
    for name, (n, s, labelled, kept) in sorted(other.items(), key=lambda kv: (kv[0].startswith(("lang", "all")),
                                                                              kv[0].startswith("all"), kv[0])):
        print(f"{name:<22}{n:>5}{s / n:>15.1%}{labelled / n:>11.1%}{kept:>9} ({kept / n:.1%})")
    print(f"{'job mail':<22}{'n':>5}{'screen keeps':>15}{'own label':>11}")
    for name, (n, s, right) in sorted(job.items(), key=lambda kv: (kv[0].startswith("all"), kv[0])):
        print(f"{name:<22}{n:>5}{s / n:>15.1%}{right / n:>11.1%}")


def cli_import(rows: list[dict], what: str) -> None:
    line, kept, _took = import_in_new_process(rows, personal_mail.write_mbox, "personal")
    kept = (f"applied + review = {kept} of {len(rows)} ({kept / len(rows):.1%})" if kept is not None
            else "no summary line (see above)")
    print(f"onward mail import, {what} ({len(rows)} messages, new data directory): {line}\n  {kept}")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--half", choices=(*personal_mail.HALVES, "both"), default="both")
    parser.add_argument("--no-import", action="store_true", help="skip the CLI imports in new processes")
    parser.add_argument("--examples", action="store_true", help="print the tune half's mistakes")
    args = parser.parse_args()
    halves = personal_mail.HALVES if args.half == "both" else (args.half,)
    if args.examples and "report" in halves:
        parser.error("--examples shows the tune half only: the report half is measured, not read")
    for half in halves:
        rows = personal_mail.messages(half)
        print(f"Personal mail, {half} half ({len(rows)} messages, self-written)")
        in_process(rows, args.examples)
        if not args.no_import:
            cli_import([r for r in rows if r["gold"] == NOT_JOB], "non-job mail")
            cli_import([r for r in rows if r["gold"] != NOT_JOB], "job mail")
        print()


if __name__ == "__main__":
    main()
