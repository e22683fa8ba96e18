"""The import's first, cheap question: could this message be about a job search at all?

Most mail is not, and it should never cost a classifier's time. The words come from the language packs
(`[screen]` in src/onward/mail/classify/lang/*.toml), so a new language brings its own: a `strong` stem alone
lets a message through ("your application", "Bewerbung"); `weak` stems ("position", "offer", "meeting" words that
ordinary work mail uses too) count one each, twice in the subject, and two are needed.
"""

from __future__ import annotations

from functools import lru_cache

import ahocorasick

from onward.mail.classify.languages import load_packs

# A message about an application says so near its top; shops, newsletters and services name their careers pages,
# jobs and hiring in a footer further down.
SCAN_CHARS = 1500
PASS_SCORE = 2


@lru_cache(maxsize=1)
def _automaton() -> ahocorasick.Automaton:
    automaton = ahocorasick.Automaton()
    stems: dict[str, bool] = {}
    for pack in load_packs().packs:
        for stem in pack.weak:
            stems.setdefault(stem, False)
        for stem in pack.strong:
            stems[stem] = True
    for stem, strong in stems.items():
        automaton.add_word(stem, (stem, strong))
    automaton.make_automaton()
    return automaton


def score(subject: str, text: str) -> int:
    automaton = _automaton()
    found: dict[str, int] = {}
    for weight, part in ((2, subject.lower()), (1, text[:SCAN_CHARS].lower())):
        for _, (stem, strong) in automaton.iter(part):
            if strong:
                return PASS_SCORE
            found[stem] = max(found.get(stem, 0), weight)
            if sum(found.values()) >= PASS_SCORE:
                return PASS_SCORE
    return sum(found.values())


def passes(subject: str, text: str) -> bool:
    """True when the message has job-search words enough to be worth classifying."""
    return score(subject, text) >= PASS_SCORE
