"""Mail classifier, learning from one's own reviews: does what a person taught early in their inbox help later?

    python bench/mail_lessons.py

Reads ../shared/data/emails-dev*.jsonl at run time (never copied). Each inbox is put in date order and cut in
half. The earlier half is taught as reviews with the gold labels, the way the review queue records them
(onward.mail.classify.memory: the sentence lessons only; the per-user message model is left out to show what
the sentences alone do): once with every message reviewed, once with only the ones Onward got wrong
(corrections). The later half is classified without and with those lessons. Prints, per inbox and scenario:
accuracy, macro-F1 over the labels with at least 5 gold messages, rejection precision / recall, and how many
later messages the lessons turned right and turned wrong. The lesson settings (memory.MEMORY_*) were chosen on
messages written for the tests, not on these inboxes.
"""

from __future__ import annotations

import datetime as dt
import os
import sys
from pathlib import Path

for var in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(var, "1")

sys.path.insert(0, str(Path(__file__).resolve().parent))

from mail_loio import INBOXES, load, metrics  # noqa: E402

from onward.mail.classify import classify_many, load_rules  # noqa: E402
from onward.mail.classify.memory import lessons_for, memory_of  # noqa: E402
from onward.mail.classify.sentences import default_sentence_model  # noqa: E402


def _request(row: dict) -> dict:
    return {"subject": row.get("subject") or "", "body": row.get("body") or "", "sender": row.get("sender") or ""}


def main() -> None:
    rules = load_rules()
    sentence_model = default_sentence_model()
    print(f"{'inbox':9} {'taught':18} {'n':>4} {'accuracy':>14} {'macro-F1':>14} {'rejection P/R':>24} "
          f"{'fixed':>5} {'broke':>5}")
    for name in INBOXES:
        rows = sorted(load(name), key=lambda r: (str(r.get("date") or ""), str(r.get("id"))))
        early, late = rows[: len(rows) // 2], rows[len(rows) // 2 :]
        taught_on = classify_many([_request(r) for r in early], rules=rules)
        base = classify_many([_request(r) for r in late], rules=rules)
        gold = [r["label"] for r in late]
        before = metrics(gold, [c.label for c in base])
        scenarios = {
            "every message": [(r, c) for r, c in zip(early, taught_on, strict=True)],
            "corrections only": [(r, c) for r, c in zip(early, taught_on, strict=True) if c.label != r["label"]],
        }
        for scenario, reviewed in scenarios.items():
            items = [{**_request(r), "label": r["label"], "id": i, "reviewed_on": dt.date(2026, 1, 1),
                      "given": c.label, "deciding": c.deciding_sentences} for i, (r, c) in enumerate(reviewed)]
            memory = memory_of([pair for found in lessons_for(items, sentence_model) for pair in found])
            after_c = classify_many([_request(r) for r in late], rules=rules, memory=memory)
            after = metrics(gold, [c.label for c in after_c])
            fixed = sum(b.label != g == a.label for b, a, g in zip(base, after_c, gold, strict=True))
            broke = sum(b.label == g != a.label for b, a, g in zip(base, after_c, gold, strict=True))
            taught = f"{scenario} ({len(reviewed)})"
            print(f"{name:9} {taught:18} {len(late):4} {before['accuracy']:6.3f} → {after['accuracy']:.3f} "
                  f"{before['macro_f1']:6.3f} → {after['macro_f1']:.3f} "
                  f"{before['rej_p']:.3f}/{before['rej_r']:.3f} → {after['rej_p']:.3f}/{after['rej_r']:.3f} "
                  f"{fixed:5} {broke:5}  ({len(memory)} lessons)")


if __name__ == "__main__":
    main()
