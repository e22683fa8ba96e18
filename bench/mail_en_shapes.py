"""English decisions in the shapes real inboxes store them: HTML-only notices, quoted and forwarded threads,
decisions in the subject, one-line mail, job descriptions and legal text below the letter.

    python bench/mail_en_shapes.py [--show]

Classifies bench/en_shapes_set.py (32 writers; rejections and hard negatives in the same voices and shapes) in
three readings: as written (an HTML-only message turned into text as the import does, core.text.html_to_text);
lemmatised as bench/mail_lemmatised.py's exporter leaves it, every other message also with its pronouns as
"-PRON-" (as an old spaCy lemmatiser writes them); lower-cased with the punctuation stripped, on one line; and as a
common NLTK preprocessing leaves mail ("nltk": URLs and tags removed by pattern, so an HTML-only message keeps its
style sheet and entity names; digits and every character but letters dropped, so "won't" becomes "wont"; one line,
case kept; each word lemmatised as a noun, WordNet's way, "applications" -> "application", "was" -> "wa", "has" ->
"ha", "us" -> "u").
Prints rejection precision and recall, negatives read as rejections and labels right, for the "tune" writers
and the "report" writers, and which labels the tune half's rejections got instead. Only the tune half may be read
while the classifier is changed (`--show` lists its mistakes, never the report half's); the report half is
measured at the start and at the end of a piece of work.
"""

from __future__ import annotations

import argparse
import os
import re
import sys
from collections import Counter
from pathlib import Path

for var in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(var, "1")

sys.path.insert(0, str(Path(__file__).resolve().parent))

import en_shapes_set  # noqa: E402
from mail_en_decisions import header, rejection_line  # noqa: E402
from mail_lemmatised import _WORD, exported  # noqa: E402

from onward.core.text import html_to_text  # noqa: E402
from onward.mail.classify import load_rules  # noqa: E402
from onward.mail.classify.classifier import decide_all, read_all  # noqa: E402

READINGS = ("as written", "lemmatised", "bare", "nltk")
# WordNet's noun lemmatiser on function words (its best-known slips) and irregular plurals.
_WORDNET = {"was": "wa", "has": "ha", "us": "u", "does": "doe", "as": "a", "its": "it", "people": "people",
            "children": "child", "men": "men", "women": "woman"}
_PRONOUN = re.compile(r"\b(?:i|me|my|mine|myself|you|your|yours|yourself|we|us|our|ours|ourselves|they|them|"
                      r"their|theirs|he|him|his|she|her|it|its)\b")
_PUNCT = re.compile(r"[^\w\s]|_")


def readings(rows: list[dict]) -> dict[str, list[dict]]:
    """The three readings of every message."""
    written = [{**r, "body": html_to_text(r["body"]) if r["html"] else r["body"]} for r in rows]
    known = Counter(w.lower() for r in written for w in _WORD.findall(r["body"] + " " + r["subject"]))

    def lemmatised(r: dict) -> dict:
        subject, body = exported(r["subject"], known, True), exported(r["body"], known, True)
        if r["i"] % 2 == 0:
            subject, body = _PRONOUN.sub("-PRON-", subject), _PRONOUN.sub("-PRON-", body)
        return {**r, "subject": subject, "body": body}

    def bare(r: dict) -> dict:
        return {**r, "subject": " ".join(_PUNCT.sub(" ", r["subject"].lower()).split()),
                "body": " ".join(_PUNCT.sub(" ", r["body"].lower()).split())}

    def noun(word: str) -> str:
        low = word.lower()
        if low in _WORDNET:
            return _WORDNET[low] if word.islower() else word
        for cut, add in (("ies", "y"), ("ses", "s"), ("xes", "x"), ("ches", "ch"), ("shes", "sh"), ("s", "")):
            base = low[: -len(cut)] + add
            if low.endswith(cut) and not low.endswith("ss") and len(base) > 2 and known[base] >= 1:
                return word[: len(base)] if not add else word[: -len(cut)] + add
        return word

    def nltk(r: dict) -> dict:
        def clean(text: str) -> str:
            text = re.sub(r"https?://\S+|www\.\S+", "", text)
            text = re.sub(r"<.*?>", "", text)
            text = re.sub(r"[^a-zA-Z\s]", "", re.sub(r"\d+", "", text))
            return " ".join(noun(w) for w in text.split())

        return {**r, "subject": clean(r["subject"]), "body": clean(r["raw"])}

    raw = {"as written": written, "lemmatised": [lemmatised(r) for r in written], "bare": [bare(r) for r in written]}
    raw["nltk"] = [nltk({**w, "raw": r["body"]}) for w, r in zip(written, rows, strict=True)]
    return raw


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--show", action="store_true", help="list the tune half's mistakes (never the report half's)")
    args = ap.parse_args()
    rules = load_rules()
    rows = en_shapes_set.messages()
    for half in ("tune", "report"):
        part = [r for r in rows if r["half"] == half]
        print(f"{half}: {len({r['writer'] for r in part})} writers, "
              f"{sum(r['label'] == 'rejection' for r in part)} rejections, "
              f"{sum(r['label'] != 'rejection' for r in part)} other messages")
    print(header("reading"))
    missed: dict[str, Counter] = {}
    for reading, msgs in readings(rows).items():
        pred = [c.label for c in decide_all(read_all(msgs, rules=rules), rules)]
        for half in ("tune", "report"):
            pairs = [(r["label"], p, m) for r, p, m in zip(rows, pred, msgs, strict=True) if r["half"] == half]
            print(rejection_line(half, reading, pairs))
            if half == "tune":
                missed[reading] = Counter(p for g, p, _ in pairs if g == "rejection" != p)
                if args.show:
                    for g, p, m in pairs:
                        if g != p:
                            print(f"    {g} -> {p}: [{m['writer']}] {m['subject']} | "
                                  f"{' '.join(m['body'].split())[:400]}")
    print("tune half, rejections given another label: " + "; ".join(
        f"{reading}: " + (", ".join(f"{k} {n}" for k, n in c.most_common()) or "none")
        for reading, c in missed.items()))


if __name__ == "__main__":
    main()
