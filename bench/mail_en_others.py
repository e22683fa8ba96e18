"""English job-search mail other than rejections, by other writers: interview invitations, assessments, offers,
acknowledgements and recruiter outreach, against `other` mail that only sounds like them.

    python bench/mail_en_others.py [--show] [--report]

Classifies bench/en_others_set.py (32 writers, 301 messages) as written (an HTML message turned into text as the
import does, core.text.html_to_text) and lemmatised as bench/mail_lemmatised.py's exporter leaves it. Prints, for
the "tune" writers, per label precision / recall / F1, macro-F1 over the labels with at least 5 messages, the `other`
mail given a job label, the share the import's screen keeps, and the confusion matrix (gold rows, given columns).
The "report" writers are counted only with `--report`, at the start and at the end of a piece of work, and print
no confusion matrix and no message. `--show` lists the tune half's mistakes with their evidence (never the report
half's).
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

import en_others_set  # noqa: E402
from mail_lemmatised import _WORD, exported  # noqa: E402

from onward.core.text import html_to_text  # noqa: E402
from onward.mail.classify import load_rules  # noqa: E402
from onward.mail.classify.classifier import decide_all, read_all  # noqa: E402
from onward.mail.classify.labels import LABELS  # noqa: E402
from onward.mail.screen import passes  # noqa: E402

SHORT = {"rejection": "rej", "interview": "int", "offer": "off", "application_ack": "ack", "assessment": "test",
         "recruiter_outreach": "out", "other": "oth"}


def scores(gold: list[str], pred: list[str]) -> tuple[dict[str, tuple[float, float, float, int, int]], float]:
    per, f1s = {}, []
    for label in LABELS:
        n_gold, n_pred = gold.count(label), pred.count(label)
        if not n_gold and not n_pred:
            continue
        tp = sum(g == p == label for g, p in zip(gold, pred, strict=True))
        f1 = 2 * tp / (n_gold + n_pred) if tp else 0.0
        per[label] = (tp / n_pred if n_pred else 0.0, tp / n_gold if n_gold else 0.0, f1, n_gold, n_pred)
        if n_gold >= 5:
            f1s.append(f1)
    return per, sum(f1s) / len(f1s)


def measure(half: str, form: str, rows: list[dict], msgs: list[dict], results, show: bool) -> None:
    gold = [r["label"] for r in rows]
    pred = [c.label for c in results]
    per, macro = scores(gold, pred)
    kept = [passes(m["subject"], m["body"]) for m in msgs]
    job = sum(k for k, g in zip(kept, gold, strict=True) if g != "other")
    n_job = sum(g != "other" for g in gold)
    others_in = sum(k for k, g in zip(kept, gold, strict=True) if g == "other")
    others_job = sum(g == "other" != p for g, p in zip(gold, pred, strict=True))
    print(f"== {half}, {form}: {len(rows)} messages, {sum(g == p for g, p in zip(gold, pred, strict=True))} right, "
          f"macro-F1 {macro:.3f}; screen keeps {job} of {n_job} job messages, lets {others_in} of "
          f"{len(gold) - n_job} others through; {others_job} others given a job label")
    for label, (p, r, f1, n_gold, n_pred) in per.items():
        print(f"  {label:<20} P {p:.2f}  R {r:.2f}  F1 {f1:.2f}  ({n_gold} gold, {n_pred} given)")
    if half != "tune":
        return
    labels = [label for label in LABELS if label in per]
    print("  confusion (gold rows, given columns): " + " ".join(f"{SHORT[x]:>5}" for x in labels))
    pairs = Counter(zip(gold, pred, strict=True))
    for g in labels:
        print(f"  {'':<37}{SHORT[g]:<5}" + " ".join(f"{pairs[(g, p)]:>5}" for p in labels))
    if show:
        for row, m, c in zip(rows, msgs, results, strict=True):
            if row["label"] != c.label:
                print(f"\n  [{row['label']} -> {c.label} {c.confidence:.2f}] ({row['writer']}) {m['subject']} | "
                      f"{' '.join(m['body'].split())[:260]}")
                for line in c.evidence[:6]:
                    print("      ", line)


def main(messages=en_others_set.messages, doc: str = __doc__, sets: dict | None = None) -> None:
    """The bench for a set of English messages: MESSAGES gives its rows (label, writer, half, html, subject, body);
    bench/mail_en_ats.py runs its own set through here. SETS, when given, names sets of the same kinds to choose
    from with `--set` (the first is the default) instead of MESSAGES."""
    ap = argparse.ArgumentParser(description=doc.splitlines()[0])
    ap.add_argument("--show", action="store_true", help="list the tune half's mistakes (never the report half's)")
    ap.add_argument("--report", action="store_true", help="also count the report half (start and end of a work only)")
    if sets:
        ap.add_argument("--set", choices=list(sets), default=next(iter(sets)), help="which set to measure")
    args = ap.parse_args()
    if sets:
        messages = sets[args.set]
    rules = load_rules()
    rows = [r for r in messages() if args.report or r["half"] == "tune"]
    written = [{**r, "body": html_to_text(r["body"]) if r["html"] else r["body"]} for r in rows]
    known = Counter(w.lower() for r in written for w in _WORD.findall(r["body"] + " " + r["subject"]))
    lemmatised = [{**r, "subject": exported(r["subject"], known, True), "body": exported(r["body"], known, True)}
                  for r in written]
    for form, msgs in (("as written", written), ("lemmatised", lemmatised)):
        results = decide_all(read_all(msgs, rules=rules), rules)
        for half in ("tune", "report"):
            idx = [i for i, r in enumerate(rows) if r["half"] == half]
            if idx:
                measure(half, form, [rows[i] for i in idx], [msgs[i] for i in idx], [results[i] for i in idx],
                        args.show and half == "tune")


if __name__ == "__main__":
    main()
