"""The import's first, cheap question: could this message be about a job search at all?

Most mail is not, and it should never cost a classifier's time. The words come from the language packs
(`[screen]` in src/onward/mail/classify/lang/*.toml), so a new language brings its own: a `strong` stem alone
lets a message through ("your application", "Bewerbung"); `weak` stems ("position", "offer", "meeting" words that
ordinary work mail uses too) count one each, twice in the subject, and two are needed.
"""

from __future__ import annotations

import re
from functools import lru_cache

import ahocorasick

from onward.mail.classify.languages import load_packs

# A message about an application says so near its top; shops, newsletters and services name their careers pages,
# jobs and hiring in a footer further down.
SCAN_CHARS = 1500
PASS_SCORE = 3


@lru_cache(maxsize=1)
def _automaton() -> ahocorasick.Automaton:
    automaton = ahocorasick.Automaton()
    weak: set[str] = set()
    strong: set[str] = set()
    for pack in load_packs().packs:
        weak.update(pack.weak)
        strong.update(pack.strong)
    weak -= strong
    for stem in strong:
        automaton.add_word(stem, (stem, True))
    for stem in weak:
        # One word is one clue, however many stems it holds ("candidat" in "candidate", "recruit" in "recruiting").
        group = min((w for w in weak if w in stem), key=len)
        automaton.add_word(stem, (group, False))
    automaton.make_automaton()
    return automaton


def score(subject: str, text: str) -> int:
    automaton = _automaton()
    found: set[str] = set()
    for part in (subject.lower(), text[:SCAN_CHARS].lower()):
        for _, (stem, strong) in automaton.iter(part):
            if strong:
                return PASS_SCORE
            found.add(stem)
            if len(found) >= PASS_SCORE:
                return PASS_SCORE
    return len(found)


def passes(subject: str, text: str) -> bool:
    """True when the message has job-search words enough to be worth classifying."""
    return score(subject, text) >= PASS_SCORE


# What reading a message may do to its bytes, for unread_cannot_pass: transfer encodings that leave them as they
# are, and charsets that read ASCII bytes as the same letters.
_PLAIN_ENCODINGS = frozenset({b"7bit", b"8bit", b"binary"})
_ASCII_CHARSETS = frozenset({b"us-ascii", b"ascii", b"utf-8", b"utf8"} | {b"iso-8859-%d" % n for n in range(1, 16)}
                            | {b"windows-%d" % n for n in range(1250, 1259)})
_ENCODING = re.compile(rb"content-transfer-encoding[ \t]*:[ \t]*\"?([^\s\";]*)")
_CHARSET = re.compile(rb"charset[ \t]*=[ \t]*\"?([^\s\";]*)")


def unread_cannot_pass(raw: bytes) -> bool:
    """True when the message's bytes show that it cannot pass the screen once read, so it need not be read. That
    holds when reading can only keep or drop characters and change spaces (ASCII bytes, no encoded words, no
    base64 or quoted-printable, no HTML to flatten, charsets that read ASCII as ASCII) and no job-search stem is
    anywhere in the bytes, headers included. Anything else is read and screened as usual."""
    if not raw.isascii() or b"=?" in raw or b"\x00" in raw:
        return False
    low = raw.lower()
    if b"text/html" in low or b"charset*" in low:
        return False
    if any(encoding not in _PLAIN_ENCODINGS for encoding in _ENCODING.findall(low)):
        return False
    charsets = _CHARSET.findall(low)
    if len(charsets) != low.count(b"charset") or any(c not in _ASCII_CHARSETS for c in charsets):
        return False
    text = " ".join(low.decode("ascii").split())
    return next(iter(_automaton().iter(text)), None) is None


@lru_cache(maxsize=1)
def _context_only_automaton() -> ahocorasick.Automaton:
    automaton = ahocorasick.Automaton()
    for pack in load_packs().packs:
        for stem in pack.context:
            automaton.add_word(stem, stem)
    automaton.make_automaton()
    return automaton


def job_words_missing(subject: str, text: str) -> float:
    """How far a message lacks the words of a job search: 0 when it would pass the screen or holds one of the
    packs' `[context]` words ("your onsite", "start date"), 1 when it has no job word at all, in between for one
    or two weak words."""
    if any(True for part in (subject.lower(), text[:SCAN_CHARS].lower()) for _ in _context_only_automaton().iter(part)):
        return 0.0
    return 1.0 - min(score(subject, text), PASS_SCORE) / PASS_SCORE
