"""Terse mid-process mail that only the tracker's context makes job mail (tests/mail/context_mail.py, written for
this project): how much of it a real import keeps and labels right, and how much of the negatives from the same
domains and from strangers it gives a job label.

    python bench/mail_context.py [--half tune|report|both] [--show-tune]

Per half: a new data directory is seeded with the tracker the messages arrive into (companies, contacts,
applications, and the earlier message of each thread, kept as an import would have kept it), the half is written
as an mbox and imported with `onward mail import` in a new process, and the ledger is read back. Printed: job
messages kept (applied or waiting for review) and kept with the right label, by language and by what the tracker
knows of the sender (`via`); negatives given a job label, and negatives kept for review as `other`.

The `report` half is for measuring only: --show-tune prints the tune half's misses and nothing of the report half.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from tests.mail import context_mail  # noqa: E402


def child_env(data: Path) -> dict:
    """The environment of a new process on the data directory `data` running this checkout's code (shared with
    bench/mail_terse.py)."""
    env = dict(os.environ, ONWARD_DATA_DIR=str(data))
    for var in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
        env.setdefault(var, "1")
    env["PYTHONPATH"] = os.pathsep.join(p for p in (str(ROOT / "src"), str(ROOT), env.get("PYTHONPATH", "")) if p)
    return env


def seed(half: str) -> None:
    """In a process whose ONWARD_DATA_DIR is the new data directory: the tracker of `half`'s companies."""
    import hashlib

    from onward.cli.context import setup_django

    setup_django()
    from onward.core.services import resolve_cli_user
    from onward.mail.models import LedgerEntry, MailMessage
    from onward.tracker.models import Application, Company, Contact

    user = resolve_cli_user(None)
    for co in context_mail.companies(half):
        company = Company.objects.create(owner=user, name=co.name, email_domains=co.email_domains)
        app = Application.objects.create(owner=user, company=company, title=co.title, stage=co.stage)
        if co.contact:
            Contact.objects.create(owner=user, name=co.contact.split("@")[0], company=company, email=co.contact)
        entry = LedgerEntry.objects.create(
            owner=user, source="mbox:earlier.mbox", message_id=co.kept_id, outcome=LedgerEntry.Outcome.APPLIED,
            content_hash=hashlib.sha256(co.kept_id.encode()).hexdigest(), label=co.kept_label)
        domain = co.kept_sender.rsplit("@", 1)[1].rstrip(">").lower()
        MailMessage.objects.create(
            owner=user, ledger=entry, application=app, subject=co.kept_subject, sender=co.kept_sender,
            body="(the earlier message)", label=co.kept_label, confidence=0.9, status=MailMessage.Status.APPLIED,
            extracted={"company": co.name, "sender_domain": domain})


def read_back() -> None:
    """In a process on the imported data directory: each ledger row's Message-ID, outcome and label, as JSON."""
    from onward.cli.context import setup_django

    setup_django()
    from onward.mail.models import LedgerEntry

    rows = LedgerEntry.objects.exclude(source="mbox:earlier.mbox").values_list("message_id", "outcome", "label")
    print(json.dumps([list(r) for r in rows]))


def run_half(half: str, show: bool) -> None:
    rows = context_mail.cases(half)
    with tempfile.TemporaryDirectory() as tmp:
        data = Path(tmp) / "data"
        env = child_env(data)
        me = [sys.executable, str(Path(__file__).resolve())]
        subprocess.run([*me, "--seed", half], env=env, check=True)
        box = Path(tmp) / "context.mbox"
        context_mail.write_mbox(rows, box)
        start = time.perf_counter()
        done = subprocess.run([sys.executable, "-m", "onward", "mail", "import", str(box)], env=env,
                              capture_output=True, text=True, check=False)
        took = time.perf_counter() - start
        back = subprocess.run([*me, "--read"], env=env, capture_output=True, text=True, check=True)
    summary = done.stdout.strip().splitlines()[-1] if done.stdout.strip() else done.stderr.strip()[-400:]
    outcome = {mid: (out, label) for mid, out, label in json.loads(back.stdout)}
    by = defaultdict(lambda: [0, 0, 0])  # job mail: n, kept, kept and right
    neg = defaultdict(lambda: [0, 0, 0])  # negatives: n, job label, kept for review as other
    misses = []
    for n, case in enumerate(rows):
        out, label = outcome.get(f"<{case.id}.{n}@context.example>", ("missing", ""))
        kept = out in ("applied", "review")
        if case.label == "other":
            job = kept and label != "other"
            for key in ("all", case.lang, "via " + case.via):
                counts = neg[key]
                counts[0] += 1
                counts[1] += job
                counts[2] += kept and not job
            if kept:
                misses.append((case, out, label))
            continue
        right = kept and label == case.label
        for key in ("all", case.lang, "via " + case.via, "label " + case.label):
            counts = by[key]
            counts[0] += 1
            counts[1] += kept
            counts[2] += right
        if not right:
            misses.append((case, out, label))
    print(f"Context mail, {half} half: {len(rows)} messages, self-written "
          f"(onward mail import in a new process, {took:.0f} s)\n  {summary}")
    print(f"  job mail{'':<18}{'n':>4}{'kept':>14}{'kept, right label':>22}")
    order = lambda kv: (kv[0] != "all", kv[0])  # noqa: E731
    for key, (n, kept, right) in sorted(by.items(), key=order):
        print(f"  {key:<26}{n:>4}{kept:>7} ({kept / n:>4.0%}){right:>13} ({right / n:>4.0%})")
    print(f"  negatives{'':<17}{'n':>4}{'job label':>14}{'review as other':>20}")
    for key, (n, job, review) in sorted(neg.items(), key=order):
        print(f"  {key:<26}{n:>4}{job:>7} ({job / n:>4.0%}){review:>11} ({review / n:>4.0%})")
    if show and half == "tune":
        for case, out, label in misses:
            print(f"    {case.id} [{case.via}] expected {case.label}, got {out} {label}: {case.subject!r} "
                  f"{case.body[:100]!r}")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--half", choices=(*context_mail.HALVES, "both"), default="both")
    parser.add_argument("--show-tune", action="store_true", help="print the tune half's misses")
    parser.add_argument("--seed", choices=context_mail.HALVES, help=argparse.SUPPRESS)
    parser.add_argument("--read", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.seed:
        seed(args.seed)
        return
    if args.read:
        read_back()
        return
    for half in context_mail.HALVES if args.half == "both" else (args.half,):
        run_half(half, args.show_tune)
        print()


if __name__ == "__main__":
    main()
