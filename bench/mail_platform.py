"""What job platforms and career tools send a job seeker (bench/platform_mail.py, written for this project):
search appearances, profile views, job alerts, "closing soon", profile completion, résumé downloads, community
digests, anniversaries, premium trials, salary reports, company reviews, interview-prep courses, résumé services,
career fairs, webinars, message digests, invitations to connect, "finish applying", coding-challenge platforms,
careers-service newsletters, bootcamps, account notices and the reader's own sent mail, all `other`; beside them
job mail in the same shapes (relayed recruiters, assessments, acknowledgements, interviews, offers and rejections
sent through a board) that must keep its label.

    python bench/mail_platform.py [--half tune|report|both] [--reading NAME|all] [--kinds] [--no-import] [--examples]

The same figures as bench/mail_student.py, per half and reading (as written; lemmatised; lower case without
punctuation): the non-job mail's share passing the screen, given a job label by `classify`, kept by an import in
process, and applied + waiting for review of a real `onward mail import` of the half's non-job mail as an mbox in
a new process on a new data directory (target at most 1 %); for the job mail the share the screen keeps, the share
`classify` gives its own label, and what its import keeps (it should be all). --kinds adds the non-job figures per
kind. The `report` half is for measuring only: --examples prints the tune half's mistakes and refuses the report
half.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

for var in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(var, "1")

sys.path.insert(0, str(Path(__file__).resolve().parent))

import platform_mail  # noqa: E402
from mail_student import measure  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--half", choices=(*platform_mail.HALVES, "both"), default="both")
    parser.add_argument("--reading", choices=(*platform_mail.READINGS, "all"), default="all")
    parser.add_argument("--kinds", action="store_true", help="the non-job figures per kind too")
    parser.add_argument("--no-import", action="store_true", help="skip the CLI imports in new processes")
    parser.add_argument("--examples", action="store_true", help="print the tune half's mistakes")
    args = parser.parse_args()
    halves = platform_mail.HALVES if args.half == "both" else (args.half,)
    if args.examples and "report" in halves:
        parser.error("--examples shows the tune half only: the report half is measured, not read")
    chosen = platform_mail.READINGS if args.reading == "all" else (args.reading,)
    for half in halves:
        print(f"Job platforms and career tools, {half} half (self-written; non-job mail: screen, job label by "
              f"classify, import keeps in process, CLI import applied + review | job mail: screen keeps, own label, "
              f"CLI import)")
        print(f"{'reading':<24}{'n':>5}{'screen':>9}{'job lab.':>10}{'keeps':>10}{'CLI import':>14}   |"
              f"{'n':>4}{'screen':>9}{'own lab.':>10}{'CLI':>11}")
        for reading in chosen:
            for line in measure(platform_mail.messages(half, reading), args.examples, args.kinds,
                                not args.no_import, reading):
                print(line)
        print()


if __name__ == "__main__":
    main()
