"""Search-as-you-type over the projected occupations, for the outlook's "Not the right occupation?" chooser.

A query matches an occupation through its own name or any of its O*NET alternate and reported titles: every word
typed starts a word of that title, the last one possibly half typed ("pharmac", "vet nur"). Words are read as the
occupation mapping reads them (abbreviations spelled out, "labourer" in O*NET's spelling, plurals as singulars),
and the occupation the outlook itself would choose for the whole query comes first when it has one. Occupations
are ordered by how closely a title matches (the same words, then a title that starts with them, then fewer other
words) and by how many O*NET sources report that title for the occupation.
"""

from __future__ import annotations

import bisect
import re
from collections import defaultdict
from dataclasses import dataclass
from functools import cache

from onward.match.occupations import OWN_NAME, classify, data, known_spelling, singular, words

# Below this many letters a query names too much to list ("a", "n").
MIN_LETTERS = 2
_WORD = re.compile(r"[a-z0-9+#]+")


@dataclass(frozen=True)
class Hit:
    code: str
    title: str  # the occupation's name, as BLS writes it
    via: str = ""  # the alternate title that matched, when the occupation's name itself did not


@dataclass
class _Titles:
    texts: list[str]
    words: list[tuple[str, ...]]
    codes: list[dict[str, int]]
    by_word: dict[str, list[int]]
    vocabulary: list[str]  # sorted, for prefix look-ups


def _title_words(text: str) -> tuple[str, ...]:
    return tuple(singular(w) for w in _WORD.findall(text.lower().replace("/", " ")))


@cache
def _titles() -> _Titles:
    texts: list[str] = []
    codes: list[dict[str, int]] = []
    for code, row in data()["occupations"].items():
        texts.append(row["title"])
        codes.append({code: OWN_NAME})
    for text, found in data()["titles"].items():
        texts.append(text)
        codes.append(found)
    title_words = [_title_words(t) for t in texts]
    by_word: dict[str, list[int]] = defaultdict(list)
    for i, ws in enumerate(title_words):
        for w in dict.fromkeys(ws):
            by_word[w].append(i)
    return _Titles(texts, title_words, codes, dict(by_word), sorted(by_word))


def _query_words(query: str) -> list[str]:
    """The query's words as titles spell them; the last one is kept as typed, since it may be half a word."""
    typed = _WORD.findall(query.lower())
    if not typed:
        return []
    read = [singular(p) for w in words(" ".join(typed[:-1]), cut=False) for p in known_spelling(w)]
    last = words(typed[-1], cut=False)
    if not last:  # a level word such as "senior" alone
        return read
    *whole, end = last
    read += [singular(p) for w in whole for p in known_spelling(w)]
    spelt = known_spelling(end)
    return read + [singular(p) for p in spelt[:-1]] + [spelt[-1]]


def _starting(prefix: str) -> set[int]:
    t = _titles()
    found: set[int] = set()
    i = bisect.bisect_left(t.vocabulary, prefix)
    while i < len(t.vocabulary) and t.vocabulary[i].startswith(prefix):
        found.update(t.by_word[t.vocabulary[i]])
        i += 1
    return found


def _matching(query: list[str]) -> set[int]:
    t = _titles()
    found: set[int] | None = None
    for w in sorted(query, key=lambda w: len(t.by_word.get(w, ()))):
        ids = _starting(w) if w == query[-1] else set(t.by_word.get(w, ())) | _starting(w)
        found = ids if found is None else found & ids
        if not found:
            return set()
    return found or set()


def _closeness(title: tuple[str, ...], query: list[str]) -> tuple[int, int]:
    """(2 same words, 1 starts with them, 0 has them elsewhere; the number of other words, negated)."""
    whole = [*query[:-1], singular(query[-1])]
    if list(title) in (whole, query):
        return 2, 0
    starts = len(title) >= len(query) and list(title[: len(query) - 1]) == query[:-1] \
        and title[len(query) - 1].startswith(query[-1])
    return int(starts), -(len(title) - len(query))


def search(query: str, limit: int = 8) -> list[Hit]:
    """The occupations a query may mean, the likeliest first; none for a query shorter than MIN_LETTERS."""
    query = " ".join(query.split())[:100]
    if len(re.sub(r"[^a-z0-9]", "", query.lower())) < MIN_LETTERS:
        return []
    read = _query_words(query)
    t = _titles()
    best: dict[str, tuple] = {}
    via: dict[str, str] = {}
    for i in _matching(read) if read else ():
        close = _closeness(t.words[i], read)
        for code, evidence in t.codes[i].items():
            rank = (*close, evidence)
            if code not in best or rank > best[code]:
                best[code], via[code] = rank, t.texts[i]
    order = sorted(best, key=lambda c: best[c], reverse=True)
    found = classify(query, meaning=True)
    if found and found.code in data()["occupations"]:
        order = [found.code] + [c for c in order if c != found.code]
        via.setdefault(found.code, found.matched)
    names = data()["occupations"]
    return [Hit(c, names[c]["title"], "" if via[c].lower() == names[c]["title"].lower() else via[c])
            for c in order[:limit]]
