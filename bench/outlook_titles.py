"""Job title -> occupation accuracy on the title lists of tests/match/data/outlook_titles.tsv, per list.

A list measured before it shaped the code is a held-out figure once; after that it is tuning data. A new list
kept unseen for later is run by naming it; until then, add its name to UNSEEN.
Usage: python bench/outlook_titles.py [SPLIT ...] [--misses] [--words]
  no SPLIT: every list not in UNSEEN; --misses prints the wrong rows; --words also measures words alone.
A row with no code is a vague or joking title ("Head of Vibes"): right when no occupation is named; the line says
how many of those were left unplaced and how many of the others were placed right.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

from onward.match.occupations import classify

TITLES = Path(__file__).resolve().parent.parent / "tests" / "match" / "data" / "outlook_titles.tsv"
UNSEEN: set[str] = {"thirty-seventh"}  # a new list kept unseen until the end of its session (docs/match.md)


def rows() -> list[tuple[str, list[str], str]]:
    lines = [line.split("\t") for line in TITLES.read_text().splitlines() if line and not line.startswith("#")]
    return [(title, codes.split(), split) for title, codes, split in lines[1:]]


def right(code: str | None, codes: list[str]) -> bool:
    """A row without codes is a vague or joking title: right when no occupation is named."""
    if not codes:
        return code is None
    return code is not None and any(code == c or (c.endswith("*") and code.startswith(c[:-1])) for c in codes)


def main(argv: list[str]) -> None:
    wanted = [a for a in argv if not a.startswith("--")]
    data = rows()
    splits = wanted or [s for s in dict.fromkeys(s for _t, _c, s in data) if s not in UNSEEN]
    classify("Nurse", meaning=True)  # loads the encoder and the spelling index outside the timing
    for split in splits:
        chosen = [(t, c) for t, c, s in data if s == split]
        start = time.perf_counter()
        found = [(t, c, classify(t, meaning=True)) for t, c in chosen]
        elapsed = (time.perf_counter() - start) / max(1, len(chosen)) * 1000
        wrong = [(t, c, f) for t, c, f in found if not right(f.code if f else None, c)]
        line = f"{split:10} {len(chosen) - len(wrong):4} of {len(chosen):4}  {1 - len(wrong) / len(chosen):6.1%}"
        if none := [t for t, c in chosen if not c]:
            missed = {t for t, _c, _f in wrong}
            line += (f"   (no occupation {sum(t not in missed for t in none)} of {len(none)}, jobs "
                     f"{len(chosen) - len(none) - len(missed - set(none))} of {len(chosen) - len(none)})")
        if "--words" in argv:
            alone = sum(right(f.code if (f := classify(t)) else None, c) for t, c in chosen)
            line += f"   words alone {alone / len(chosen):6.1%}"
        print(f"{line}   {elapsed:.1f} ms a title")
        if "--misses" in argv:
            for t, c, f in wrong:
                got = f"{f.code} {f.title} ({f.how}: {f.matched})" if f else None
                print(f"    {t!r:50} want {' '.join(c):24} got {got}")


if __name__ == "__main__":
    main(sys.argv[1:])
