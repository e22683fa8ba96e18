"""Why the extractor misses hand-listed skills, by kind and as shares, on the TUNING sets only (issue 16).

Words compare as written (lower case, plural "s" off). Each skill a posting lists by hand that neither the
taxonomy nor the open reader found (bench/match_extraction.py --open) gets one kind, the first that applies:
  in a skipped line    its words stand in order in a line the open reader does not read (heading, benefits, pay,
                       employer, banner in capitals, the header line);
  across a line break  its words stand in order in the posting only across two lines;
  inside a longer item its words stand in order in a read line and an extracted item contains them, but the item
                       says more (a single word inside an item of four or more words);
  verbatim, not taken  its words stand in order in a read line and nothing extracted contains them;
  words apart          all its words are in one line, not in that order or with words between ("logging and
                       syncing footage" for "logging footage");
  other form           its words are there only in another form (a verb for the hand list's noun: "calibrate" for
                       "calibration", "chart in Dentrix" for "charting");
  said otherwise       some or none of its words are there: the hand list words it differently.
and, across kinds, whether it is an acronym, a certification or a name written with capitals.
Sets 3, 9, 11, 12, 13, 14r, 15, 16r, 17r, 18r, 19r, 20r, 21r, 22r and 23r only report: this script refuses them.
Usage: python bench/match_miss_kinds.py [--set N] [--examples]   (--set: one tuning set, e.g. 14, the newest: its
misses were first seen by code not shaped by it, the nearest thing here to what held-out postings miss)
"""

from __future__ import annotations

import sys
import tomllib
from collections import Counter

from match_extraction import DATA, evaluate, key

from onward.match.extract import employer_names
from onward.match.open_items import _first_line, read_lines, vocab
from onward.match.taxonomy import CERTIFICATION, TOKEN, norm
from onward.match.wording import base_verb

TUNING = {"heldout2": 2, "heldout4": 4, "heldout5": 5, "heldout6": 6, "heldout7": 7, "heldout8": 8,
          "heldout10": 10, "heldout14": 14, "heldout16": 16, "heldout17": 17, "heldout18": 18, "heldout19": 19,
          "heldout20": 20, "heldout21": 21, "heldout22": 22, "heldout23": 23}
KINDS = ("in a skipped line", "across a line break", "inside a longer item", "verbatim, not taken", "words apart",
         "other form", "said otherwise")


def contains(seq: tuple[str, ...], part: tuple[str, ...]) -> bool:
    return any(seq[i : i + len(part)] == part for i in range(len(seq) - len(part) + 1))


def roots(words) -> set[str]:
    out = set()
    for w in words:
        out.add(w[:5])
        if (b := base_verb(w)) is not None:
            out.add(norm(b)[:5])
    return out


def surface(text: str) -> tuple[str, ...]:
    """Words as written, lower case, a plural "s" off: "monitor" and "monitoring" differ here, though the stemmed
    key makes them one."""
    return tuple(m.group().lower().removesuffix("s") for m in TOKEN.finditer(text.replace("/", " ").replace("-", " ")))


def kind(phrase: str, text: str, title: str, got: list[tuple[str, ...]]) -> str:
    want = surface(phrase)
    v = vocab()
    title_words = {norm(m.group()) for m in TOKEN.finditer(title or _first_line(text))}
    read = [surface(body) for body, _level in read_lines(text, title_words, v, employer_names(text))]
    every = [surface(line) for line in text.splitlines()]
    if any(contains(line, want) for line in read):
        return "inside a longer item" if any(contains(g, key(phrase)) for g in got) else "verbatim, not taken"
    if any(contains(line, want) for line in every):
        return "in a skipped line"
    if contains(surface(" ".join(text.split())), want):
        return "across a line break"
    if any(set(want) <= set(line) for line in every):
        return "words apart"
    lines = [roots(key(line)) for line in text.splitlines()]
    if any(roots(key(phrase)) <= line for line in lines):
        return "other form"
    return "said otherwise"


def main() -> None:
    counts, marks, examples = Counter(), Counter(), {}
    total = 0
    sets = TUNING
    if "--set" in sys.argv:
        n = int(sys.argv[sys.argv.index("--set") + 1])
        sets = {split: m for split, m in TUNING.items() if m == n}
        if not sets:
            sys.exit(f"Set {n} is no tuning set: the report-only sets are not analysed.")
    for split, n in sets.items():
        postings = [p for p in tomllib.loads(DATA.with_name(f"postings_heldout{n}.toml").read_text())["posting"]
                    if p["split"] == split]
        for p, found, right in evaluate(postings, with_open=True):
            got = [key(name) for _c, name, _ok in right]
            for category, phrase, ok in found:
                total += 1
                if ok:
                    continue
                k = kind(phrase, p["text"], p["title"], got)
                counts[k] += 1
                examples.setdefault(k, []).append(f"{p['id']}: {phrase}")
                words = phrase.split()
                if category == CERTIFICATION:
                    marks["certification"] += 1
                if any(len(w) > 1 and w.isupper() for w in words):
                    marks["acronym"] += 1
                elif any(w[:1].isupper() for w in words[1:]) or (phrase[:1].isupper() and phrase not in p["text"]
                                                                  .lower()):
                    marks["name with capitals"] += 1
    missed = sum(counts.values())
    print(f"Tuning sets {sorted(sets.values())}: {total} hand-listed skills, {missed} missed "
          f"(recall {1 - missed / total:.2f})")
    for k in KINDS:
        print(f"  {k:<22}{counts[k]:>5}  {counts[k] / missed:>5.0%}")
    print("Across kinds:")
    for k, c in marks.most_common():
        print(f"  {k:<22}{c:>5}  {c / missed:>5.0%}")
    if "--examples" in sys.argv:
        for k in KINDS:
            print(f"\n{k}:")
            for e in examples.get(k, []):
                print("  " + e)


if __name__ == "__main__":
    main()
