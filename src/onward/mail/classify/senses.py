"""Where the packs' `other_senses` phrases stand in a text: phrases in which a job word means something else ("our
long position", "closed out the position", "a good job"). The screen's words (jobwords) and the rules' grammar
readings (rules) both set such words aside; this module is theirs to share, so neither imports the other."""

from __future__ import annotations

from functools import lru_cache

import ahocorasick

from onward.mail.classify.languages import load_packs


@lru_cache(maxsize=1)
def _automaton() -> ahocorasick.Automaton:
    automaton = ahocorasick.Automaton()
    stems: set[str] = set()
    phrases: set[str] = set()
    for pack in load_packs().packs:
        stems.update(pack.weak, map(pack.plain, pack.weak), pack.strong, map(pack.plain, pack.strong))
        phrases.update(pack.other_senses, map(pack.plain, pack.other_senses))
    # A phrase that is itself a job stem is that stem (as the screen counts it).
    for phrase in phrases - stems:
        automaton.add_word(phrase, len(phrase))
    automaton.make_automaton()
    return automaton


def other_spans(part: str) -> list[tuple[int, int]]:
    """Where the `other_senses` phrases stand in the lower-cased `part`, as [start, stop) spans."""
    automaton = _automaton()
    if not len(automaton):
        return []
    return [(end - length + 1, end + 1) for end, length in automaton.iter(part)]
