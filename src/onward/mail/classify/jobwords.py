"""The job-search words of the language packs (`[screen]` and `[context]` in lang/*.toml), read by the import's
screen (onward.mail.screen) and by the classifier, which takes job labels down as far as a message lacks them.

A `strong` stem says the message is about the reader's own application, candidacy, interview or offer and is
enough alone ("your application", "Bewerbung"); `weak` stems are job words that work mail, job boards and shops
use too ("position", "role", "candidate"), and three different ones are needed, wherever they stand. Neither
counts inside one of the packs' `other_senses`, phrases where the word means something else: "a good job", "our
long position", "a risk assessment", "trading will resume".

An application, an interview or an offer is not always a job's: a message naming what it is for elsewhere (the
packs' `elsewhere`: a visa, a loan, a tenancy, a degree course, a volunteer's place) and no word naming a job
(`job_objects`: "position", "vacancy", "Stelle", "poste") holds no job words at all, whatever else it says.
"""

from __future__ import annotations

from functools import lru_cache

import ahocorasick

from onward.mail.classify import approach, readings
from onward.mail.classify.languages import load_packs

# A message about an application says so near its top; shops, newsletters and services name their careers pages,
# jobs and hiring in a footer further down.
SCAN_CHARS = 1500
PASS_SCORE = 3
STRONG, WEAK, OTHER = 2, 1, 0
ELSEWHERE, JOB_OBJECT = "elsewhere", "job"
SHORT_WORD = 6


@lru_cache(maxsize=1)
def _automaton() -> ahocorasick.Automaton:
    automaton = ahocorasick.Automaton()
    weak: set[str] = set()
    strong: set[str] = set()
    other: set[str] = set()
    for pack in load_packs().packs:
        # Each stem also as typed without the language's letters ("vorstellungsgespraech").
        weak.update(pack.weak, map(pack.plain, pack.weak))
        strong.update(pack.strong, map(pack.plain, pack.strong))
        other.update(pack.other_senses, map(pack.plain, pack.other_senses))
    weak -= strong
    other -= strong | weak
    for stem in strong:
        automaton.add_word(stem, (stem, STRONG, len(stem)))
    for stem in weak:
        # One word is one clue, however many stems it holds ("candidat" in "candidate", "recruit" in "recruiting").
        group = min((w for w in weak if w in stem), key=len)
        automaton.add_word(stem, (group, WEAK, len(stem)))
    for phrase in other:
        automaton.add_word(phrase, (phrase, OTHER, len(phrase)))
    automaton.make_automaton()
    return automaton


def holds_any(text: str) -> bool:
    """True when the lower-cased text holds any stem, strong or weak (in whatever sense), or a word naming a role
    that a recruiter's approach proposes (see `passes`)."""
    return any(kind != OTHER for _, (_, kind, _) in _automaton().iter(text)) or approach.names_role(text)


@lru_cache(maxsize=1)
def _object_automaton() -> ahocorasick.Automaton:
    automaton = ahocorasick.Automaton()
    for pack in load_packs().packs:
        for kind, words in ((ELSEWHERE, pack.elsewhere), (JOB_OBJECT, pack.job_objects)):
            for word in {*words, *map(pack.plain, words)}:
                automaton.add_word(word, (kind, word))
    if len(automaton):
        automaton.make_automaton()
    return automaton


def _starts_word(text: str, end: int, word: str) -> bool:
    """An elsewhere word starts a word, and a short one (under SHORT_WORD letters) is the whole word: the Spanish
    "beca" is neither "because" nor "becario", "mba" not "Bombay"; longer ones are stems ("naturali", "vermiet")."""
    start = end - len(word) + 1
    if start > 0 and text[start - 1].isalpha():
        return False
    return len(word) >= SHORT_WORD or end + 1 >= len(text) or not text[end + 1].isalpha()


def elsewhere(subject: str, text: str) -> str | None:
    """The word saying what the message's application, interview or offer is for, when that is not a job ("visa",
    "tenancy", "Studienplatz") and no word in the message names a job; otherwise None."""
    automaton = _object_automaton()
    if not len(automaton):
        return None
    found = None
    for part in (subject.lower(), text[:SCAN_CHARS].lower()):
        senses = None
        for end, (kind, word) in automaton.iter(part):
            if kind == JOB_OBJECT:
                # A job word inside a phrase where it means something else names no job: "position" in the
                # French "proposition", "role" in "a key role".
                senses = _other_spans(part) if senses is None else senses
                if not any(start <= end - len(word) + 1 and end < stop for start, stop in senses):
                    return None
                continue
            if not found and _starts_word(part, end, word):
                found = word
    return found


def _other_spans(part: str) -> list[tuple[int, int]]:
    """Where the packs' `other_senses` phrases stand in the text, as [start, stop) spans."""
    return [(end - length + 1, end + 1) for end, (_, kind, length) in _automaton().iter(part) if kind == OTHER]


def score(subject: str, text: str) -> int:
    """Strong stems count PASS_SCORE, weak ones one per clue; a stem inside a phrase where it means something else
    ("a good job", "our long position") counts nothing, and a message about something other than a job (see
    `elsewhere`) scores nothing."""
    found = _score(subject, text)
    return found if not found or elsewhere(subject, text) is None else 0


def _score(subject: str, text: str) -> int:
    automaton = _automaton()
    found: set[str] = set()
    for part in (subject.lower(), text[:SCAN_CHARS].lower()):
        hits = list(automaton.iter(part))
        others = [(end - length, end) for end, (_, kind, length) in hits if kind == OTHER]
        for end, (stem, kind, length) in hits:
            if kind == OTHER or (others and any(start <= end - length and end <= stop for start, stop in others)):
                continue
            if kind == STRONG:
                return PASS_SCORE
            found.add(stem)
            if len(found) >= PASS_SCORE:
                return PASS_SCORE
    return len(found)


def passes(subject: str, text: str) -> bool:
    """True when the message has job-search words enough to be worth classifying, proposes a role to the reader
    (a recruiter's approach, onward.mail.classify.approach: "a confidential mandate", "a board appointment"), or
    reads as job mail in its own language's rules (onward.mail.classify.readings: "hemos decidido seguir con otra
    persona", "kom maandag langs")."""
    return passes_by_words(subject, text) or reads_as_job(subject, text)


def passes_by_words(subject: str, text: str) -> bool:
    """True when the screen's words, or a role proposed to the reader, let the message through (see `passes`)."""
    return score(subject, text) >= PASS_SCORE or approach.proposes(subject, text)


def reads_as_job(subject: str, text: str) -> bool:
    """True when the message's own language pack reads a job label in it (onward.mail.classify.readings) and it is
    not about something other than a job (see `elsewhere`)."""
    return readings.read(subject, text) is not None and elsewhere(subject, text) is None


@lru_cache(maxsize=1)
def _context_only_automaton() -> ahocorasick.Automaton:
    automaton = ahocorasick.Automaton()
    for pack in load_packs().packs:
        for stem in {*pack.context, *map(pack.plain, pack.context)}:
            automaton.add_word(stem, stem)
    automaton.make_automaton()
    return automaton


def job_words_missing(subject: str, text: str) -> float:
    """How far a message lacks the words of a job search: 1 when it is about something other than a job (see
    `elsewhere`) or has no job word at all, 0 when it would pass the screen or holds one of the packs' `[context]`
    words ("your onsite", "start date") or reads as job mail in its own language's rules or states a rejection its
    `[decision]` words read (readings.py), in between for one or two weak words."""
    if elsewhere(subject, text) is not None:
        return 1.0
    if any(True for part in (subject.lower(), text[:SCAN_CHARS].lower()) for _ in _context_only_automaton().iter(part)):
        return 0.0
    found = min(score(subject, text), PASS_SCORE)
    # Not about something else (checked above): what its own language's rules read settles it (reads_as_job), and
    # a decision its grammar reads ("we filled the seat") is the reader's (each reading guards against what else it
    # may be about).
    if found < PASS_SCORE and (readings.read(subject, text) is not None or readings.decided(subject, text) is not None):
        return 0.0
    return 1.0 - found / PASS_SCORE


# A first note from someone new about the reader's own job search is often short and names no job at all ("we
# picked someone else", "could you do Tuesday for a chat with Leo and me?"). A note this short that holds one of
# the packs' `terse` cues is read and judged on its sentences; longer mail needs the screen's words.
TERSE_CHARS = 700


@lru_cache(maxsize=1)
def _terse_automaton() -> ahocorasick.Automaton:
    automaton = ahocorasick.Automaton()
    for pack in load_packs().packs:
        for cue in {*pack.terse, *map(pack.plain, pack.terse)}:
            automaton.add_word(cue, cue)
    if len(automaton):
        automaton.make_automaton()
    return automaton


def terse_cue(text: str) -> bool:
    """True when the lower-cased text holds one of the packs' `terse` cues."""
    automaton = _terse_automaton()
    return bool(len(automaton)) and any(True for _ in automaton.iter(text))
