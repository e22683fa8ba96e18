"""English decision mail by other writers: rejections in their own words against mail that only sounds like one.

    python bench/mail_en_decisions.py [--show] [--old]

Classifies bench/en_decision_set.py (34 writers, 150 rejections, 110 hard negatives: British, Indian,
Australian, Canadian, Singaporean, Irish and New Zealand English, public sector and academia, applicant-tracking
templates, agencies, founders, one-liners, implied decisions, feedback after interviews, decisions buried after
thanks; acknowledgements warning of a long process, unreadable attachments, invitations after "the first slot
is gone", confirmed withdrawals, talent-pool newsletters, offers whose start date moves) as written and as a
lemmatising exporter leaves it (bench/mail_lemmatised.py's imitation). Prints rejection precision and recall,
negatives read as rejections and label accuracy for the "tune" writers and the "report" writers. Only the tune
half may be read while the classifier is changed (`--show` lists its mistakes, never the report half's); the
report half is measured at the start and at the end of a piece of work. `--old` also measures
bench/en_rejection_set.py the same way.
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

import en_decision_set  # noqa: E402
import en_rejection_set  # noqa: E402
from mail_lemmatised import _WORD, exported  # noqa: E402

from onward.mail.classify import load_rules  # noqa: E402
from onward.mail.classify.classifier import decide_all, read_all  # noqa: E402


def header(column: str) -> str:
    return f"{'half':<8}{column:<12}{'n':>5}{'rej P':>7}{'rej R':>7}{'neg->rej':>10}{'labels right':>14}"


def rejection_line(half: str, form: str, pairs: list[tuple[str, str, dict]]) -> str:
    """One half's rejection precision and recall, negatives read as rejections and labels right."""
    tp = sum(g == p == "rejection" for g, p, _ in pairs)
    given = sum(p == "rejection" for _, p, _ in pairs)
    gold = sum(g == "rejection" for g, _, _ in pairs)
    neg_fp = sum(p == "rejection" != g for g, p, _ in pairs)
    right = sum(g == p for g, p, _ in pairs)
    return (f"{half:<8}{form:<12}{len(pairs):>5}{tp / max(given, 1):>7.3f}{tp / max(gold, 1):>7.3f}"
            f"{neg_fp:>6} of {len(pairs) - gold:<3}{right:>7} of {len(pairs)}")


def measure(title: str, rows: list[dict], rules, show: bool, rejections_only: bool = False) -> None:
    """Both halves as written and lemmatised; `show` lists the tune half's mistakes (with `rejections_only`,
    those where a rejection is given or missed)."""
    known = Counter(w.lower() for r in rows for w in _WORD.findall(r["body"] + " " + r["subject"]))
    if title:
        print(title)
    print(header("form"))
    for form in ("as written", "lemmatised"):
        msgs = rows if form == "as written" else [
            {**r, "subject": exported(r["subject"], known, True), "body": exported(r["body"], known, True)}
            for r in rows]
        pred = [c.label for c in decide_all(read_all(msgs, rules=rules), rules)]
        for half in ("tune", "report"):
            pairs = [(r["label"], p, m) for r, p, m in zip(rows, pred, msgs, strict=True) if r["half"] == half]
            print(rejection_line(half, form, pairs))
            if show and half == "tune":
                for g, p, m in pairs:
                    if g != p and (not rejections_only or "rejection" in (g, p)):
                        print(f"    {g} -> {p}: {m['subject']} | {' '.join(m['body'].split())[:300]}")


def run_set(title: str, messages, doc: str) -> None:
    """A later decision set's bench (mail_en_decisions2.py, mail_en_decisions3.py): its command line and both
    halves."""
    ap = argparse.ArgumentParser(description=doc.splitlines()[0])
    ap.add_argument("--show", action="store_true", help="list the tune half's mistakes (never the report half's)")
    args = ap.parse_args()
    measure(title, messages(), load_rules(), args.show)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--show", action="store_true", help="list the tune half's mistakes (never the report half's)")
    ap.add_argument("--old", action="store_true", help="also measure bench/en_rejection_set.py")
    args = ap.parse_args()
    rules = load_rules()
    measure("bench/en_decision_set.py (new writers)", en_decision_set.messages(), rules, args.show)
    if args.old:
        measure("\nbench/en_rejection_set.py (first set)", en_rejection_set.messages(), rules, args.show)


if __name__ == "__main__":
    main()
