"""Rejections shaped like acknowledgements against acknowledgements with the same furniture.

    python bench/mail_en_acks.py [--show]

Classifies bench/en_ack_set.py (32 writers; in each voice, rejections whose decision is one soft clause among
thanks, "we received", "we have reviewed", "we will keep your résumé on file", and acknowledgements and status
notices with that furniture that decide nothing) in the four readings of bench/mail_en_shapes.py: as written;
lemmatised as bench/mail_lemmatised.py's exporter leaves it (every other message with "-PRON-"); bare (lower case,
no punctuation, one line); "nltk" (a common NLTK preprocessing: no digits or punctuation, nouns lemmatised
WordNet's way).
Prints, per half and reading, rejection precision and recall, acknowledgement precision and recall, negatives
read as rejections and labels right; for the "tune" half only, which labels each gold label got instead. Only the
tune half may be read while the classifier is changed (`--tune` measures it alone, `--show` lists its mistakes,
never the report half's); the report half is measured at the start and at the end of a piece of work.
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

import en_ack_set  # noqa: E402
from mail_en_shapes import readings  # noqa: E402

from onward.mail.classify import load_rules  # noqa: E402
from onward.mail.classify.classifier import decide_all, read_all  # noqa: E402

REJ, ACK = "rejection", "application_ack"


def _pr(pairs: list[tuple[str, str]], label: str) -> tuple[float, float]:
    tp = sum(g == p == label for g, p in pairs)
    return tp / max(sum(p == label for _, p in pairs), 1), tp / max(sum(g == label for g, _ in pairs), 1)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--show", action="store_true", help="list the tune half's mistakes (never the report half's)")
    ap.add_argument("--tune", action="store_true", help="the tune half only (while the classifier is changed)")
    args = ap.parse_args()
    rules = load_rules()
    halves = ("tune",) if args.tune else ("tune", "report")
    every = en_ack_set.messages()
    keep = [r["half"] in halves for r in every]
    rows = [r for r, k in zip(every, keep, strict=True) if k]
    for half in halves:
        part = [r for r in rows if r["half"] == half]
        print(f"{half}: {len({r['writer'] for r in part})} writers, {sum(r['label'] == REJ for r in part)} "
              f"rejections, {sum(r['label'] == ACK for r in part)} acknowledgements, "
              f"{sum(r['label'] not in (REJ, ACK) for r in part)} other messages")
    print(f"{'half':<8}{'reading':<12}{'n':>5}{'rej P':>7}{'rej R':>7}{'ack P':>7}{'ack R':>7}{'neg->rej':>11}"
          f"{'labels right':>15}")
    confusions: dict[str, Counter] = {}
    # Each reading is made of the whole set (the lemmatiser keeps the base words the set holds), then cut.
    for reading, whole in readings(every).items():
        msgs = [m for m, k in zip(whole, keep, strict=True) if k]
        pred = [c.label for c in decide_all(read_all(msgs, rules=rules), rules)]
        for half in halves:
            trip = [(r["label"], p, m) for r, p, m in zip(rows, pred, msgs, strict=True) if r["half"] == half]
            pairs = [(g, p) for g, p, _ in trip]
            rp, rr = _pr(pairs, REJ)
            ap_, ar = _pr(pairs, ACK)
            negatives = sum(g != REJ for g, _ in pairs)
            neg_fp = sum(p == REJ != g for g, p in pairs)
            right = sum(g == p for g, p in pairs)
            print(f"{half:<8}{reading:<12}{len(pairs):>5}{rp:>7.3f}{rr:>7.3f}{ap_:>7.3f}{ar:>7.3f}"
                  f"{neg_fp:>6} of {negatives:<3}{right:>8} of {len(pairs)}")
            if half == "tune":
                confusions[reading] = Counter(f"{g}->{p}" for g, p in pairs if g != p)
                if args.show:
                    for g, p, m in trip:
                        if g != p:
                            print(f"    {g} -> {p}: [{m['writer']}] {m['subject']} | "
                                  f"{' '.join(m['body'].split())[:500]}")
    print("tune half, mistakes by kind:")
    for reading, c in confusions.items():
        print(f"  {reading}: " + (", ".join(f"{k} {n}" for k, n in c.most_common()) or "none"))


if __name__ == "__main__":
    main()
