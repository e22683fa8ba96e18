"""Ordinary business mail, third set, with the job mail that reaches the same mailbox (bench/en_business3_set.py,
written for this project on 2026-12-07 before any change it measures; issue #15).

    python bench/mail_business3.py [--show] [--report] [--no-import]

For the "tune" writers (and the "report" writers with --report, at the start and at the end of a piece of work):

- `classify`, as written (an HTML message turned into text as the import does) and lemmatised as
  bench/mail_lemmatised.py's exporter leaves it: per label precision / recall / F1 (bench/mail_en_others.py), the
  share of `other` mail given a job label (the issue's target: at most 1 %), and the job mail's precision and
  recall as one class (any job label against `other`);
- the import, reading each message as `onward mail import` does (parse.read, the screen, then classify): the share
  of `other` mail the screen passes, the `other` mail it would keep (a job label, or `other` below its threshold,
  which waits for review) and the job mail it keeps; then, unless --no-import, the half's `other` mail written as
  an mbox and imported by `onward mail import` in a new process on a new data directory: applied + waiting for
  review is the figure to keep at most 3 of 300.

`--show` lists the tune half's mistakes (never the report half's).
"""

from __future__ import annotations

import argparse
import os
import sys
from collections import Counter
from pathlib import Path

for var in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(var, "1")

sys.path.insert(0, str(Path(__file__).resolve().parent))

import en_business3_set  # noqa: E402
from mail_en_others import measure  # noqa: E402
from mail_lemmatised import _WORD, exported  # noqa: E402
from mail_readings import NOT_JOB, import_in_new_process, kept_by_import, readings  # noqa: E402
from personal_mail import write_mbox  # noqa: E402

from onward.core.text import html_to_text  # noqa: E402
from onward.mail.classify import load_rules  # noqa: E402
from onward.mail.classify.classifier import decide_all, read_all  # noqa: E402


def as_job(rows: list[dict], results) -> str:
    gold = [r["label"] != NOT_JOB for r in rows]
    given = [c.label != NOT_JOB for c in results]
    tp = sum(g and p for g, p in zip(gold, given, strict=True))
    others = len(gold) - sum(gold)
    wrong = sum(p and not g for g, p in zip(gold, given, strict=True))
    precision = tp / sum(given) if sum(given) else 0.0
    return (f"  `other` given a job label: {wrong} of {others} ({wrong / others:.1%}); job mail as one class: "
            f"precision {precision:.2f}, recall {tp / sum(gold):.2f} ({tp} of {sum(gold)})")


def imported(rows: list[dict], name: str, cli: bool, show: bool) -> None:
    """The import's reading of ROWS (a half's raw messages): the screen's share and what it keeps; with CLI, the
    `other` mail imported by `onward mail import` in a new process."""
    counts = Counter()
    for row, (_, s, ci) in zip(rows, readings(rows), strict=True):
        side = "job" if row["label"] != NOT_JOB else "other"
        counts[side] += 1
        counts[side, "screen"] += s
        counts[side, "kept"] += kept_by_import(ci)
        if show and side == "other" and kept_by_import(ci):
            print(f"    kept: {ci.label} {ci.confidence:.2f} ({row['writer']}) {row['subject']!r}")
    print(f"  import: screen passes {counts['other', 'screen']} of {counts['other']} `other` "
          f"({counts['other', 'screen'] / counts['other']:.1%}) and {counts['job', 'screen']} of {counts['job']} job "
          f"messages; keeps {counts['other', 'kept']} `other` and {counts['job', 'kept']} of {counts['job']} job")
    if cli:
        others = [r for r in rows if r["label"] == NOT_JOB]
        line, kept, took = import_in_new_process(others, write_mbox, name)
        kept = f"applied + review = {kept} of {len(others)}" if kept is not None else "no summary line (see above)"
        print(f"  onward mail import of the `other` mail ({took:.0f} s, new data directory): {line}\n    {kept}")


def main(mail=en_business3_set, doc: str = __doc__, name: str = "business3") -> None:
    """The bench for a set module MAIL (its `messages()` and `raw_messages(half)`); bench/mail_en_inbox4.py runs its
    own set through here."""
    ap = argparse.ArgumentParser(description=doc.splitlines()[0])
    ap.add_argument("--show", action="store_true", help="list the tune half's mistakes (never the report half's)")
    ap.add_argument("--report", action="store_true", help="also count the report half (start and end of a work only)")
    ap.add_argument("--no-import", action="store_true", help="skip the CLI import in a new process")
    args = ap.parse_args()
    rules = load_rules()
    rows = [r for r in mail.messages() if args.report or r["half"] == "tune"]
    written = [{**r, "body": html_to_text(r["body"]) if r["html"] else r["body"]} for r in rows]
    known = Counter(w.lower() for r in written for w in _WORD.findall(r["body"] + " " + r["subject"]))
    lemmatised = [{**r, "subject": exported(r["subject"], known, True), "body": exported(r["body"], known, True)}
                  for r in written]
    halves = ("tune", "report") if args.report else ("tune",)
    for form, msgs in (("as written", written), ("lemmatised", lemmatised)):
        results = decide_all(read_all(msgs, rules=rules), rules)
        for half in halves:
            idx = [i for i, r in enumerate(rows) if r["half"] == half]
            part = [rows[i] for i in idx]
            given = [results[i] for i in idx]
            measure(half, form, part, [msgs[i] for i in idx], given, args.show and half == "tune")
            print(as_job(part, given))
    for half in halves:
        print(f"== {half}, imported")
        imported(mail.raw_messages(half), f"{name}-{half}", not args.no_import, args.show and half == "tune")


if __name__ == "__main__":
    main()
