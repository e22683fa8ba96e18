"""A language pack's word list found in one pass over a text.

The packs write whole words and phrases ("seat", not "seating"), stems ending in "*" ("opportunit*") and compound
ends starting with it ("*stelle" in "Geschäftsführerstelle"). A regular expression alternating a few hundred such
words tries each of them at every character of a letter (about 20 ms a message on real mail); an Aho-Corasick
automaton reads the text once, and the word ends are checked on what it finds. The answers are the alternation's:
the leftmost match, and at one place the longest word as the pack wrote it (a tie goes to the longer match, then to
the first in alphabetical order, where the alternation's order was the set's).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

import ahocorasick


def _word_char(text: str, i: int) -> bool:
    # What a regular expression's \w is: a letter, a digit or "_".
    return 0 <= i < len(text) and (text[i].isalnum() or text[i] == "_")


class PackWords:
    """Words with the packs' "*" marks, matched in lower-cased text as whole words, stems or compound ends."""

    def __init__(self, words: Iterable[str]):
        ends: dict[str, set[tuple[int, bool, bool]]] = {}
        for word in words:
            core = word.strip("*").lower()
            if core:
                ends.setdefault(core, set()).add((len(word), not word.startswith("*"), not word.endswith("*")))
        self._automaton: ahocorasick.Automaton | None = None
        self._longest = max(map(len, ends), default=0)
        if ends:
            self._automaton = ahocorasick.Automaton()
            for core, bounds in ends.items():
                # Longest written word first: the one the alternation (sorted by length) tried first.
                self._automaton.add_word(core, (core, tuple(sorted(bounds, reverse=True))))
            self._automaton.make_automaton()

    def _found(self, text: str) -> Iterator[tuple[int, int, int, str]]:
        """(start, end, length of the word as written, word) of every match whose ends are free as marked."""
        if self._automaton is None:
            return
        for last, (core, bounds) in self._automaton.iter(text):
            start = last - len(core) + 1
            before, after = _word_char(text, start - 1), _word_char(text, last + 1)
            for written, whole_start, whole_end in bounds:
                if not (whole_start and before) and not (whole_end and after):
                    yield start, last + 1, written, core
                    break

    @staticmethod
    def _order(found: tuple[int, int, int, str]) -> tuple[int, int, int, str]:
        start, end, written, core = found
        return start, -written, -end, core

    def holds(self, text: str) -> bool:
        return next(self._found(text), None) is not None

    def search(self, text: str) -> tuple[int, int] | None:
        """Where the first match stands in the text (start, end), or None."""
        best = None
        for found in self._found(text):
            if best is not None and found[1] - self._longest > best[0]:
                break  # matches come by their end: none further on can start before the best one
            if best is None or self._order(found) < self._order(best):
                best = found
        return None if best is None else (best[0], best[1])

    def sub(self, replacement: str, text: str) -> str:
        """The text with each match replaced, left to right, none overlapping (as `re.sub` replaces)."""
        out: list[str] = []
        at = 0
        for start, end, _, _ in sorted(self._found(text), key=self._order):
            if start >= at:
                out += (text[at:start], replacement)
                at = end
        out.append(text[at:])
        return "".join(out)
