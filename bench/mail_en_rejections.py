"""English rejections against the mail that only sounds like one, on mail written for this project.

    python bench/mail_en_rejections.py [--show]

Classifies bench/en_rejection_set.py (29 writers: applicant-tracking templates, universities, governments,
agencies, founders; 116 rejections, 87 hard negatives: acknowledgements that promise a review, status updates,
withdrawals the company confirms, "this role is filled, here are others" alerts, invitations that open with
thanks) as written and as a lemmatising exporter leaves it (bench/mail_lemmatised.py's imitation, one line per
paragraph line). Prints rejection precision and recall, negatives read as rejections and label accuracy for the
"tune" writers and the "report" writers. Only the tune half may be read while the classifier is changed
(`--show` lists its mistakes); the report half is measured at the start and the end of a piece of work.
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

from en_rejection_set import messages  # noqa: E402
from mail_lemmatised import _WORD, exported  # noqa: E402

from onward.mail.classify import load_rules  # noqa: E402
from onward.mail.classify.classifier import decide_all, read_all  # noqa: E402


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--show", action="store_true", help="list the tune half's mistakes")
    args = ap.parse_args()
    rules = load_rules()
    rows = messages()
    known = Counter(w.lower() for r in rows for w in _WORD.findall(r["body"] + " " + r["subject"]))
    print(f"{'half':<8}{'form':<12}{'n':>5}{'rej P':>7}{'rej R':>7}{'neg->rej':>10}{'labels right':>14}")
    for form in ("as written", "lemmatised"):
        msgs = rows if form == "as written" else [
            {**r, "subject": exported(r["subject"], known, True), "body": exported(r["body"], known, True)}
            for r in rows]
        pred = [c.label for c in decide_all(read_all(msgs, rules=rules), rules)]
        for half in ("tune", "report"):
            pairs = [(r["label"], p, m) for r, p, m in zip(rows, pred, msgs, strict=True) if r["half"] == half]
            tp = sum(g == p == "rejection" for g, p, _ in pairs)
            given = sum(p == "rejection" for _, p, _ in pairs)
            gold = sum(g == "rejection" for g, _, _ in pairs)
            neg_fp = sum(p == "rejection" != g for g, p, _ in pairs)
            right = sum(g == p for g, p, _ in pairs)
            print(f"{half:<8}{form:<12}{len(pairs):>5}{tp / max(given, 1):>7.3f}{tp / max(gold, 1):>7.3f}"
                  f"{neg_fp:>6} of {len(pairs) - gold:<3}{right:>7} of {len(pairs)}")
            if args.show and half == "tune":
                for g, p, m in pairs:
                    if g != p and "rejection" in (g, p):
                        print(f"    {g} -> {p}: {m['subject']} | {' '.join(m['body'].split())[:300]}")


if __name__ == "__main__":
    main()
