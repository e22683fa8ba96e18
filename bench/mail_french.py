"""The French pack on a French job-seeker's inbox written for this project (tests/mail/fr_inbox.py): never real
mail, but kept apart from the mail the pack was written beside, and split by writer into a `tune` half (its
mistakes may be read) and a `report` half (only counted, at the start and the end of a piece of work).

    python bench/mail_french.py [--half tune] [--show tune] [--cli]

Each raw message is parsed as an import parses it, then classified as `onward mail classify` classifies it (no
screen: the evaluation contract reads every message); the screen is counted apart (job mail it would drop).
Per half: macro-F1 over the labels with at least 5 messages, rejection precision and recall, `other` mail given a
job label, the confusion matrix. `--cli` runs the real `onward mail classify` in a new process and counts labels
that differ from the in-process ones (there should be none).
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from mail_languages import cli_check  # noqa: E402  (the bench's sibling)
from tests.mail import fr_inbox  # noqa: E402

from onward.mail import parse, screen  # noqa: E402
from onward.mail.classify import classify_many  # noqa: E402
from onward.mail.classify.labels import LABELS  # noqa: E402

MIN_SUPPORT = 5


def figures(pairs: list[tuple[str, str]]) -> dict:
    support = Counter(g for g, _ in pairs)
    f1 = {}
    for label in sorted(support):
        tp = sum(g == p == label for g, p in pairs)
        fp = sum(p == label != g for g, p in pairs)
        fn = sum(g == label != p for g, p in pairs)
        f1[label] = 2 * tp / (2 * tp + fp + fn) if tp else 0.0
    counted = [f1[label] for label in f1 if support[label] >= MIN_SUPPORT]
    tp = sum(g == p == "rejection" for g, p in pairs)
    given = sum(p == "rejection" for _, p in pairs)
    gold = support["rejection"]
    other = [p for g, p in pairs if g == "other"]
    return {"n": len(pairs), "right": sum(g == p for g, p in pairs), "macro_f1": sum(counted) / len(counted),
            "rej_p": tp / given if given else float("nan"), "rej_r": tp / gold if gold else float("nan"),
            "other_job": sum(p != "other" for p in other), "other_n": len(other), "f1": f1}


def confusion(pairs: list[tuple[str, str]]) -> None:
    short = {lab: lab[:6] for lab in LABELS}
    print(f"    {'gold / given':<20}" + "".join(f"{short[lab]:>8}" for lab in LABELS))
    for gold in LABELS:
        row = [sum(g == gold and p == lab for g, p in pairs) for lab in LABELS]
        if sum(row):
            print(f"    {gold:<20}" + "".join(f"{v or '.':>8}" for v in row))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--show", choices=("tune", "report"))
    ap.add_argument("--cli", action="store_true")
    ap.add_argument("--half", choices=("tune", "report"), help="print only this half (tuning reads only `tune`)")
    args = ap.parse_args()
    cases = fr_inbox.messages()
    parsed = [parse.parse(c.raw) for c in cases]
    requests = [{"id": c.id, "subject": p.subject, "body": p.text, "sender": p.sender}
                for c, p in zip(cases, parsed, strict=True)]
    results = classify_many(requests)
    kept = [screen.passes(p.subject, p.text) for p in parsed]
    for split in (args.half,) if args.half else ("tune", "report"):
        rows = [(c, r, k) for c, r, k in zip(cases, results, kept, strict=True) if c.split == split]
        pairs = [(c.label, r.label) for c, r, _ in rows]
        f = figures(pairs)
        dropped = [c.id for c, _, k in rows if not k and c.label != "other"]
        print(f"\n{split} half: {f['n']} messages, {f['right']} right; macro-F1 (labels with ≥ {MIN_SUPPORT}) "
              f"{f['macro_f1']:.3f}; rejection P / R {f['rej_p']:.2f} / {f['rej_r']:.2f}; "
              f"other given a job label {f['other_job']} of {f['other_n']}; job mail the screen drops "
              f"{len(dropped)}")
        print("    F1: " + ", ".join(f"{lab} {v:.2f}" for lab, v in f["f1"].items()))
        confusion(pairs)
        if dropped:
            print("    dropped by the screen: " + ", ".join(dropped))
        if args.show == split:
            for c, r, _ in rows:
                if r.label != c.label:
                    print(f"    {c.id:<42} read as {r.label} ({r.confidence:.2f})  {c.subject[:50]}")
    if args.cli:
        cli_check(requests, [r.label for r in results])


if __name__ == "__main__":
    main()
