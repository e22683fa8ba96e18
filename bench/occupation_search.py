"""How well the outlook's occupation chooser finds the occupation a person means, from what they type.

bench/occupation_queries.tsv holds queries (whole titles, other countries' words, abbreviations, half-typed words)
with the occupation(s) meant, split by a hash into a tune half and a report half. Two choosers are measured:
- dropdown: the old 832-option <select>; typing in it jumps to the first option that starts with the typed text
  (what a browser's select does), and about 8 options show around it;
- search: the search-as-you-type field (onward.insights.occupation_search), its first 8 answers.
"found" = a meant occupation is among the 8 shown; "first" = it is the first one.
Usage: python bench/occupation_search.py [--misses]   (--misses prints the tune half's misses only)
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

from onward.match.occupations import occupations

QUERIES = Path(__file__).resolve().parent / "occupation_queries.tsv"
SHOWN = 8


def rows() -> list[tuple[str, list[str], str]]:
    lines = [line.split("\t") for line in QUERIES.read_text().splitlines() if line and not line.startswith("#")]
    return [(query, codes.split(), split) for query, codes, split in lines[1:]]


def dropdown(query: str) -> list[str]:
    options = occupations()
    typed = query.lower()
    start = next((i for i, (_code, title) in enumerate(options) if title.lower().startswith(typed)), None)
    return [] if start is None else [code for code, _title in options[start:start + SHOWN]]


def choosers() -> dict:
    found = {"dropdown": dropdown}
    try:
        from onward.insights.occupation_search import search
    except ImportError:  # the version before the search field
        return found
    found["search"] = lambda q: [hit.code for hit in search(q, limit=SHOWN)]
    return found


def main(argv: list[str]) -> None:
    data = rows()
    for name, chooser in choosers().items():
        chooser("nurse")  # loads the data outside the timing
        for split in ("tune", "report"):
            chosen = [(q, c) for q, c, s in data if s == split]
            start = time.perf_counter()
            answers = [(q, c, chooser(q)) for q, c in chosen]
            ms = (time.perf_counter() - start) / len(chosen) * 1000
            found = sum(any(code in shown for code in c) for _q, c, shown in answers)
            first = sum(bool(shown) and shown[0] in c for _q, c, shown in answers)
            n = len(chosen)
            print(f"{name:9} {split:7} found {found:4} of {n} ({found / n:6.1%})   first {first:4} of {n} "
                  f"({first / n:6.1%})   {ms:.1f} ms a query")
            if "--misses" in argv and split == "tune":
                for q, c, shown in answers:
                    if not any(code in shown for code in c):
                        print(f"    {q!r:32} want {' '.join(c):24} shown {' '.join(shown[:4])}")


if __name__ == "__main__":
    main(sys.argv[1:])
