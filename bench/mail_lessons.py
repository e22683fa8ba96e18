"""Mail classifier, learning from one's own reviews: does what a person taught early in their inbox help later?

    python bench/mail_lessons.py [--alternatives]

Reads ../shared/data/emails-dev*.jsonl at run time (never copied). Each inbox is put in date order and cut in
half. The earlier half is taught as reviews with the gold labels, the way the review queue records them
(onward.mail.classify.memory: the sentence lessons only; the per-user message model is left out to show what
the sentences alone do): once with every message reviewed, once with only the ones Onward got wrong
(corrections). The later half is classified without and with those lessons. Prints, per inbox and scenario:
accuracy, macro-F1 over the labels with at least 5 gold messages, rejection precision / recall, and how many
later messages the lessons turned right and turned wrong. The lesson settings (memory.MEMORY_*) were chosen on
messages written for the tests, not on these inboxes.

`--alternatives` measures two other designs on the same split, as turned right / turned wrong per setting:
- nearest reviewed message: a later message whose embedding (its candidate sentences together) is at least t
  similar to a reviewed one takes that one's label, for every t in SIMILARITIES; and the same only where Onward was
  unsure (confidence under 0.9);
- the sender's prior: a later message from an address the person reviewed leans to what they said of that
  address's mail (job or not job), for every confidence under which it is allowed to decide.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import re
import sys
from collections import Counter
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


SIMILARITIES = (0.7, 0.75, 0.8, 0.85, 0.9, 0.95)
UNSURE = 0.9
GATES = (0.6, 0.8, 0.9, 1.01)
_ADDRESS = re.compile(r"[\w.+*-]+@[\w.-]+")


def _address(sender: str | None) -> str:
    m = _ADDRESS.search(sender or "")
    return m.group(0).lower() if m else (sender or "").strip().lower()


def _turned(changes: list[tuple[str, str, str]]) -> str:
    """(gold, before, after) triples -> "+right/-wrong"."""
    right = sum(after == gold != before for gold, before, after in changes)
    wrong = sum(before == gold != after for gold, before, after in changes)
    return f"+{right}/-{wrong}"


def alternatives(name: str, early: list[dict], late: list[dict], taught_on, base) -> None:
    from onward.core.embeddings import encoder
    from onward.mail.classify.sentences import candidate_sentences
    from onward.mail.classify.text import normalise, sentences

    def text(row: dict) -> str:
        subject = normalise(row.get("subject") or "")
        return " ".join(candidate_sentences(subject, sentences(normalise(row.get("body") or ""))))[:1000] or "-"

    sims = encoder().encode([text(r) for r in late]) @ encoder().encode([text(r) for r in early]).T
    for scenario in ("every message", "corrections only"):
        taught = [i for i, (r, c) in enumerate(zip(early, taught_on, strict=True))
                  if scenario == "every message" or c.label != r["label"]]
        near, unsure = [], []
        for t in SIMILARITIES:
            changes, changes_unsure = [], []
            for j, (r, c) in enumerate(zip(late, base, strict=True)):
                if not taught:
                    break
                k = max(taught, key=lambda i, j=j: sims[j, i])
                if sims[j, k] >= t and early[k]["label"] != c.label:
                    changes.append((r["label"], c.label, early[k]["label"]))
                    if c.confidence < UNSURE:
                        changes_unsure.append(changes[-1])
            near.append(f"{t}: {_turned(changes)}")
            unsure.append(f"{t}: {_turned(changes_unsure)}")
        said: dict[str, Counter] = {}
        for i in taught:
            said.setdefault(_address(early[i].get("sender")), Counter())[early[i]["label"] != "other"] += 1
        prior = []
        for gate in GATES:
            changes = []
            for r, c in zip(late, base, strict=True):
                votes = said.get(_address(r.get("sender")))
                if not votes or c.confidence >= gate:
                    continue
                job = votes[True] > votes[False]
                if job and c.label == "other":
                    changes.append((r["label"], c.label, max((k for k in c.scores if k != "other"), key=c.scores.get)))
                elif not job and c.label != "other":
                    changes.append((r["label"], c.label, "other"))
            prior.append(f"<{min(gate, 1.0):.1f}: {_turned(changes)}")
        print(f"{name:9} {scenario} ({len(taught)} taught)")
        print(f"    nearest reviewed message, by similarity: {', '.join(near)}")
        print(f"    the same, only where Onward was unsure:  {', '.join(unsure)}")
        print(f"    sender's prior, by confidence allowed:   {', '.join(prior)}")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--alternatives", action="store_true",
                        help="also measure a nearest-message memory and a per-sender prior")
    args = parser.parse_args()
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
        if args.alternatives:
            alternatives(name, early, late, taught_on, base)


if __name__ == "__main__":
    main()
