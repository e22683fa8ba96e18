"""Mail classifier on whole English messages written for this project (tests/mail/english_mail.py): interview
invitations, offers, assessments, acknowledgements, recruiter outreach and job-adjacent mail that is none of them.

    python bench/mail_english.py [--show-tune]

Prints, for the "tune" and the "report" half (split by writer and vendor, so no sender style is in both): precision
and recall per label, macro-F1, the confusion counts, the share the import's screen lets through, and how far the
confidence can be trusted (of the messages given at least 0.7 and at least 0.95, the share right). `--show-tune`
lists the tune half's mistakes with their evidence; the report half's messages are never listed, so that its
figures stay a measurement. Self-written mail: a check of coverage, not of real inboxes (bench/mail_loio.py).
"""

from __future__ import annotations

import argparse
import os
import sys
from collections import Counter
from pathlib import Path

for var in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(var, "1")

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from tests.mail.english_mail import MAILS  # noqa: E402

from onward.mail.classify import classify_many  # noqa: E402
from onward.mail.classify.labels import LABELS  # noqa: E402
from onward.mail.screen import passes  # noqa: E402


def report(name: str, mails, results) -> None:
    gold = [m.label for m in mails]
    pred = [r.label for r in results]
    print(f"== {name}: {len(mails)} messages, {sum(g == p for g, p in zip(gold, pred, strict=True))} right")
    f1s = []
    for label in LABELS:
        n_gold, n_pred = gold.count(label), pred.count(label)
        if not n_gold and not n_pred:
            continue
        tp = sum(g == p == label for g, p in zip(gold, pred, strict=True))
        f1 = 2 * tp / (n_gold + n_pred) if tp else 0.0
        if n_gold >= 5:
            f1s.append(f1)
        p = f"{tp / n_pred:.2f}" if n_pred else "  - "
        r = f"{tp / n_gold:.2f}" if n_gold else "  - "
        print(f"  {label:<20} P {p}  R {r}  F1 {f1:.2f}  ({n_gold} gold, {n_pred} given)")
    print(f"  macro-F1 (labels with >= 5 gold): {sum(f1s) / len(f1s):.3f}")
    wrong = Counter((g, p) for g, p in zip(gold, pred, strict=True) if g != p)
    print("  mistakes (gold -> given): " + (", ".join(f"{g}->{p} {n}" for (g, p), n in wrong.most_common()) or "none"))
    for c in (0.7, 0.95):
        above = [g == r.label for g, r in zip(gold, results, strict=True) if r.confidence >= c]
        share = f"{sum(above) / len(above):.3f} right" if above else "-"
        print(f"  confidence >= {c:.2f}: {len(above)} messages, {share}")
    kept = [passes(m.subject, m.body) for m in mails]
    job = [k for k, m in zip(kept, mails, strict=True) if m.label != "other"]
    print(f"  screen keeps {sum(job)} of {len(job)} job messages; lets {sum(kept) - sum(job)} of "
          f"{len(kept) - len(job)} others through")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--show-tune", action="store_true", help="list the tune half's mistakes with evidence")
    args = parser.parse_args()
    results = classify_many([{"subject": m.subject, "body": m.body, "sender": m.sender} for m in MAILS])
    for half in ("tune", "report"):
        pairs = [(m, r) for m, r in zip(MAILS, results, strict=True) if m.split == half]
        report(half, [m for m, _ in pairs], [r for _, r in pairs])
    if args.show_tune:
        for m, r in zip(MAILS, results, strict=True):
            if m.split == "tune" and m.label != r.label:
                print(f"\n[{m.label} -> {r.label} {r.confidence:.2f}] {m.subject}")
                for line in r.evidence[:8]:
                    print("   ", line)


if __name__ == "__main__":
    main()
