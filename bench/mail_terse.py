"""Terse job mail from strangers (tests/mail/terse_mail.py, written for this project): how much of it a real import
keeps and labels right, and how many of the everyday notes of the same shape it keeps.

    python bench/mail_terse.py [--half tune|report|both] [--show-tune]

Per half, twice: on a fresh data directory, and on one seeded with a few applications (tests/mail/terse_mail.py
SEEDED; some messages name those companies, from addresses the tracker does not know). Each time the half is
written as an mbox and imported with `onward mail import` in a new process, and the ledger is read back. Printed:
job messages kept (applied or waiting for review) and kept with the right label, by language and by label;
negatives applied, and negatives kept (applied or waiting for review, whatever the label).

The `report` half is for measuring only: --show-tune prints the tune half's misses and nothing of the report half.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from mail_context import child_env  # noqa: E402
from tests.mail import terse_mail  # noqa: E402


def seed(half: str) -> None:
    """In a process whose ONWARD_DATA_DIR is the new data directory: `half`'s applications in the tracker."""
    from onward.cli.context import setup_django

    setup_django()
    from onward.core.services import resolve_cli_user
    from onward.tracker.models import Application, Company

    user = resolve_cli_user(None)
    for name, title, stage in terse_mail.seeded(half):
        company = Company.objects.create(owner=user, name=name)
        Application.objects.create(owner=user, company=company, title=title, stage=stage)


def read_back() -> None:
    """In a process on the imported data directory: each ledger row's Message-ID, outcome and label, as JSON."""
    from onward.cli.context import setup_django

    setup_django()
    from onward.mail.models import LedgerEntry

    print(json.dumps([list(r) for r in LedgerEntry.objects.values_list("message_id", "outcome", "label")]))


def import_half(rows: list, half: str, seeded: bool) -> tuple[dict, str, float]:
    with tempfile.TemporaryDirectory() as tmp:
        data = Path(tmp) / "data"
        env = child_env(data)
        me = [sys.executable, str(Path(__file__).resolve())]
        if seeded:
            subprocess.run([*me, "--seed", half], env=env, check=True)
        box = Path(tmp) / "terse.mbox"
        terse_mail.write_mbox(rows, box)
        start = time.perf_counter()
        done = subprocess.run([sys.executable, "-m", "onward", "mail", "import", str(box)], env=env,
                              capture_output=True, text=True, check=False)
        took = time.perf_counter() - start
        back = subprocess.run([*me, "--read"], env=env, capture_output=True, text=True, check=True)
    summary = done.stdout.strip().splitlines()[-1] if done.stdout.strip() else done.stderr.strip()[-400:]
    return {mid: (out, label) for mid, out, label in json.loads(back.stdout)}, summary, took


def run_half(half: str, show: bool) -> None:
    rows = terse_mail.cases(half)
    for seeded in (False, True):
        outcome, summary, took = import_half(rows, half, seeded)
        by = defaultdict(lambda: [0, 0, 0])  # job mail: n, kept, kept and right
        neg = defaultdict(lambda: [0, 0, 0])  # negatives: n, applied, kept
        misses = []
        for n, case in enumerate(rows):
            out, label = outcome.get(terse_mail.message_id(n), ("missing", ""))
            kept = out in ("applied", "review")
            if case.label == "other":
                for key in ("all", case.lang):
                    counts = neg[key]
                    counts[0] += 1
                    counts[1] += out == "applied"
                    counts[2] += kept
                if kept:
                    misses.append((case, out, label))
                continue
            right = kept and label == case.label
            for key in ("all", case.lang, "label " + case.label):
                counts = by[key]
                counts[0] += 1
                counts[1] += kept
                counts[2] += right
            if not right:
                misses.append((case, out, label))
        tracker = "seeded with applications" if seeded else "fresh data directory"
        print(f"Terse mail from strangers, {half} half, {tracker}: {len(rows)} messages, self-written "
              f"(onward mail import in a new process, {took:.0f} s)\n  {summary}")
        print(f"  job mail{'':<18}{'n':>4}{'kept':>14}{'kept, right label':>22}")
        order = lambda kv: (kv[0] != "all", kv[0])  # noqa: E731
        for key, (n, kept, right) in sorted(by.items(), key=order):
            print(f"  {key:<26}{n:>4}{kept:>7} ({kept / n:>4.0%}){right:>13} ({right / n:>4.0%})")
        print(f"  negatives{'':<17}{'n':>4}{'applied':>14}{'kept (applied or review)':>27}")
        for key, (n, applied, kept) in sorted(neg.items(), key=order):
            print(f"  {key:<26}{n:>4}{applied:>7} ({applied / n:>4.0%}){kept:>13} ({kept / n:>4.0%})")
        if show and half == "tune":
            for case, out, label in misses:
                print(f"    [{case.lang}] expected {case.label}, got {out} {label}: {case.subject!r} "
                      f"{case.body[:110]!r}")
        print()


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--half", choices=(*terse_mail.HALVES, "both"), default="both")
    parser.add_argument("--show-tune", action="store_true", help="print the tune half's misses")
    parser.add_argument("--seed", choices=terse_mail.HALVES, help=argparse.SUPPRESS)
    parser.add_argument("--read", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.seed:
        seed(args.seed)
        return
    if args.read:
        read_back()
        return
    for half in terse_mail.HALVES if args.half == "both" else (args.half,):
        run_half(half, args.show_tune)


if __name__ == "__main__":
    main()
