"""Mail classifier on the tuning inboxes as a lemmatising exporter would leave them.

    python bench/mail_lemmatised.py

One of the real inboxes (emails-dev-vivek) came lemmatised, with punctuation and digits removed, and is held out;
this passes emails-dev and emails-dev-onlyjobs (read at run time from ../shared/data, never copied) through a
rough imitation of such an exporter, so choices about word forms can be made on tuning mail: words lemmatised
by inflection rules and irregular forms ("were" -> "be", "candidates" -> "candidate", "decided" -> "decide",
kept only when the base word occurs in the inboxes), punctuation and digits removed, lower case; once with the
line breaks kept and once as one line. Prints rejection precision and recall and accuracy per inbox and form,
with the rejection mistakes (gold -> given), using the shipped models and weights.
"""

from __future__ import annotations

import json
import os
import re
import sys
from collections import Counter
from pathlib import Path

for var in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(var, "1")

from onward.mail.classify import load_rules  # noqa: E402
from onward.mail.classify.classifier import decide_all, read_all  # noqa: E402

DATA = Path(os.environ.get("ONWARD_DEV_DATA") or Path(__file__).resolve().parents[2] / "shared" / "data")
INBOXES = {"dev": "emails-dev.jsonl", "onlyjobs": "emails-dev-onlyjobs.jsonl"}
IRREGULAR = {
    "be": "is are was were am been being",
    "have": "has had having",
    "do": "does did done doing",
    "make": "made", "choose": "chose chosen", "feel": "felt", "find": "found", "get": "got gotten",
    "give": "gave given", "take": "took taken", "go": "went gone", "meet": "met", "send": "sent",
    "see": "saw seen", "come": "came", "know": "knew known", "think": "thought", "hear": "heard",
    "keep": "kept", "leave": "left", "tell": "told", "say": "said", "hold": "held", "write": "wrote written",
    "begin": "began begun", "speak": "spoke spoken", "spend": "spent", "bring": "brought", "build": "built",
    "understand": "understood", "lead": "led", "pay": "paid", "lose": "lost",
    "we": "us", "i": "me", "who": "whose", "they": "them", "he": "him", "she": "her", "good": "best",
    "well": "better",
}
LEMMA = {form: base for base, forms in IRREGULAR.items() for form in forms.split()}
_WORD = re.compile(r"[A-Za-z]+")


def load(name: str) -> list[dict]:
    with (DATA / INBOXES[name]).open(encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def lemma(word: str, known: Counter) -> str:
    w = word.lower()
    if w in LEMMA:
        return LEMMA[w]

    def ok(base: str | None) -> bool:
        return bool(base) and len(base) >= 2 and known[base] >= 2 and base != w

    def doubled(base: str) -> str | None:
        return base[:-1] if len(base) > 2 and base[-1] == base[-2] else None

    if w.endswith(("ies", "ied")) and ok(w[:-3] + "y"):
        return w[:-3] + "y"
    if w.endswith("ing"):
        for base in (w[:-3], w[:-3] + "e", doubled(w[:-3])):
            if ok(base):
                return base
    if w.endswith("ed"):
        for base in (w[:-2] + "e", w[:-1], doubled(w[:-2]), w[:-2]):
            if ok(base):
                return base
    if w.endswith("es") and w[-3:-2] in ("s", "x", "z", "h") and ok(w[:-2]):
        return w[:-2]
    if w.endswith("s") and not w.endswith("ss") and ok(w[:-1]):
        return w[:-1]
    return w


def exported(text: str | None, known: Counter, lines: bool) -> str:
    text = (text or "").replace("\u2019", "'")
    text = re.sub(r"\b[Ww]on't", "will not", text)
    text = re.sub(r"\b[Cc]an't", "can not", text)
    text = text.replace("n't", " not")
    out = [" ".join(lemma(w, known) for w in _WORD.findall(line)) for line in text.split("\n")]
    return ("\n" if lines else " ").join(line for line in out if line)


def main() -> None:
    missing = [f for f in INBOXES.values() if not (DATA / f).exists()]
    if missing:
        sys.exit(f"not found under {DATA}: {', '.join(missing)} (set ONWARD_DEV_DATA to the folder that holds them)")
    rules = load_rules()
    data = {name: load(name) for name in INBOXES}
    known = Counter(w.lower() for rows in data.values() for r in rows for w in _WORD.findall(r.get("body") or ""))
    print(f"{'inbox':<10}{'form':<14}{'rej P':>7}{'rej R':>7}{'accuracy':>10}  rejection mistakes (gold -> given)")
    for name, rows in data.items():
        for form in ("as written", "lemmatised", "one line"):
            msgs = rows if form == "as written" else [
                {**r, "subject": exported(r.get("subject"), known, True),
                 "body": exported(r.get("body"), known, form == "lemmatised")} for r in rows]
            pred = [c.label for c in decide_all(read_all(msgs, rules=rules), rules)]
            gold = [r["label"] for r in rows]
            tp = sum(g == p == "rejection" for g, p in zip(gold, pred, strict=True))
            given, wanted = pred.count("rejection"), gold.count("rejection")
            accuracy = sum(g == p for g, p in zip(gold, pred, strict=True)) / len(gold)
            wrong = Counter(f"{g} -> {p}" for g, p in zip(gold, pred, strict=True) if g != p and "rejection" in (g, p))
            print(f"{name:<10}{form:<14}{tp / max(given, 1):>7.3f}{tp / max(wanted, 1):>7.3f}{accuracy:>10.3f}  "
                  + ", ".join(f"{k} {n}" for k, n in wrong.most_common()))


if __name__ == "__main__":
    main()
