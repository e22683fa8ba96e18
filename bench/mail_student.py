"""A student's or young engineer's inbox (bench/student_mail.py, written for this project): courses, university
admin, career services, hackathons, coding contests, developer services and app stores, talk and paper decisions,
scholarships, clubs, chat digests, social networks, job-board digests, referral programmes, scams and payments,
all `other`; beside them job mail in the same style that must keep its label.

    python bench/mail_student.py [--half tune|report|both] [--reading NAME|all] [--kinds] [--no-import] [--examples]

For each half and reading (as written; lemmatised by bench/mail_lemmatised.py's exporter; lower case without
punctuation): the non-job mail's share passing the import's screen, its share given a job label by `classify`
(subject, whole body and sender, as `onward mail classify` is given them), the messages an import would keep
(passing the screen, then a job label or `other` below its threshold), and, unless --no-import, applied + waiting
for review of a real `onward mail import` of the half's non-job mail as an mbox in a new process on a new data
directory (target at most 1 %). For the job mail: the share the screen keeps, the share `classify` gives its own
label, and what its import keeps (it should be all). --kinds adds the non-job figures per kind.

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

import student_mail  # noqa: E402
from mail_readings import NOT_JOB, import_in_new_process, kept_by_import, readings  # noqa: E402


def measure(rows: list[dict], examples: bool, kinds: bool, cli: bool, reading: str) -> list[str]:
    other = defaultdict(lambda: [0, 0, 0, 0])
    job = [0, 0, 0]
    for row, (c, s, ci) in zip(rows, readings(rows), strict=True):
        if row["gold"] == NOT_JOB:
            labelled, kept = c.label != NOT_JOB, kept_by_import(ci)
            for key in (row["kind"], "all"):
                counts = other[key]
                counts[0] += 1
                counts[1] += s
                counts[2] += labelled
                counts[3] += kept
            if examples and (labelled or kept):
                shown = c if labelled else ci
                print(f"  [{reading} | {row['kind']} {row['lang']}] {'job label' if labelled else 'kept'} "
                      f"{shown.label} {shown.confidence:.2f} {row['id']}: {row['subject']!r} {row['body'][:200]!r}")
        else:
            right = c.label == row["gold"]
            job[0] += 1
            job[1] += s
            job[2] += right
            if examples and not (s and right):
                print(f"  [{reading} | {row['kind']} {row['lang']}] {'screened out, ' if not s else ''}{c.label} "
                      f"{c.confidence:.2f} {row['id']}: {row['subject']!r} {row['body'][:200]!r}")
    n, s, labelled, kept = other["all"]
    imported = ""
    if cli:
        _line, count, _took = import_in_new_process([r for r in rows if r["gold"] == NOT_JOB],
                                                    student_mail.write_mbox, "student")
        imported = f"{count} ({count / n:.1%})" if count is not None else "no summary"
    line = [f"{reading:<24}{n:>5}{s / n:>9.1%}{labelled / n:>10.1%}{kept / n:>10.1%}{imported:>14}"]
    jn, js, jr = job
    jimported = ""
    if cli:
        _line, count, _took = import_in_new_process([r for r in rows if r["gold"] != NOT_JOB],
                                                    student_mail.write_mbox, "student-jobs")
        jimported = f"{count} of {jn}" if count is not None else "no summary"
    line[0] += f"   |{jn:>4}{js / jn:>9.1%}{jr / jn:>10.1%}{jimported:>11}"
    if kinds:
        for name, (kn, ks, kl, kk) in sorted(other.items()):
            if name != "all":
                line.append(f"    {name:<20}{kn:>5}{ks / kn:>9.1%}{kl / kn:>10.1%}{kk / kn:>10.1%}")
    return line


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--half", choices=(*student_mail.HALVES, "both"), default="both")
    parser.add_argument("--reading", choices=(*student_mail.READINGS, "all"), default="all")
    parser.add_argument("--kinds", action="store_true", help="the non-job figures per kind too")
    parser.add_argument("--no-import", action="store_true", help="skip the CLI imports in new processes")
    parser.add_argument("--examples", action="store_true", help="print the tune half's mistakes")
    args = parser.parse_args()
    halves = student_mail.HALVES if args.half == "both" else (args.half,)
    if args.examples and "report" in halves:
        parser.error("--examples shows the tune half only: the report half is measured, not read")
    chosen = student_mail.READINGS if args.reading == "all" else (args.reading,)
    for half in halves:
        print(f"Student inbox, {half} half (self-written; non-job mail: screen, job label by classify, import "
              f"keeps in process, CLI import applied + review | job mail: screen keeps, own label, CLI import)")
        print(f"{'reading':<24}{'n':>5}{'screen':>9}{'job lab.':>10}{'keeps':>10}{'CLI import':>14}   |"
              f"{'n':>4}{'screen':>9}{'own lab.':>10}{'CLI':>11}")
        for reading in chosen:
            for line in measure(student_mail.messages(half, reading), args.examples, args.kinds,
                                not args.no_import, reading):
                print(line)
        print()


if __name__ == "__main__":
    main()
