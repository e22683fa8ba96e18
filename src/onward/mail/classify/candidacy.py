"""Whose candidacy a sentence speaks of: the reader's, or another person's.

An employee's mail is full of other people's applications, interviews and offers: a referee asked about a former
colleague ("she has applied for the position … we have made her a conditional offer"), a tribunal claim ("he says
he was not interviewed for the post he applied for"), a new starter's checks ("her pre-employment checks are
complete"). The words of a job search are there, but the candidate is a third person. A sentence that names
another person (the packs' `[candidacy] others`: "he", "her", "elle", "ihm", "hij") and never the reader
(`reader`: "you", "your", "vous", "Ihnen", "u") states no news of the reader's own search: the classifier counts
neither its phrase rules nor its sentence reading for the labels that state news of a candidate (`STATED`: an
offer, a decision, an application received, a test to take). An invitation or an approach is often told as what
a third person will do ("he'll reach out to set up a call"): those labels keep their reading. A sentence about the
reader and someone else ("she would like to meet you") keeps its reading, and a sentence naming nobody ("the
position has been filled") is read as before.

A whole letter can be written to many readers: a placement cell's circular ("Dear Students, the list of students
shortlisted for the aptitude test is attached"), a club's or a residents' notice, a note to a team. A letter that
opens with a greeting to many (the packs' `[candidacy] many`: "Dear Students", "Hi all", "Bonjour à tous", "Hallo
zusammen") tells the group's news, not the reader's own: `to_many` finds that greeting.

A letter can be written to the reader as the one who hires: a talent partner's shortlist for the reader's own
vacancy, a scorecard to fill in after an interview the reader held, a colleague's panel, a vendor selling hiring
software. Its interviews and offers are the candidates' (the packs' `[candidacy] hiring`: "your scorecard", "who you
want to interview", "hire faster"): `hiring_side` finds such a phrase.

A meeting is not always a candidate's: a colleague or a client puts one off ("können wir den Termin verschieben?",
« on décale le point à jeudi ? »), a doctor moves an appointment. A pack's `own` words name the reader's own
candidacy (an application, the post applied for, a CV, a job interview: « candidature », "Bewerbung",
"Vorstellungsgespräch"); `own_candidacy` tells whether a text holds one (readings.py reads an invitation only
beside one).
"""

from __future__ import annotations

import re
from functools import lru_cache

from onward.mail.classify.languages import load_packs
from onward.mail.classify.wordset import PackWords

READER, OTHERS, MANY, HIRING, OWN = "reader", "others", "many", "hiring", "own"
# A greeting opens a letter: it is looked for in its first characters (a line such as "View in browser" may
# stand above it), at a line's start.
OPENING_CHARS = 200
# The labels whose news is stated about the candidate themselves ("we have made her an offer").
STATED = ("offer", "rejection", "application_ack", "assessment")
# The labels a letter to the one who hires speaks of on the candidates' side: their interviews too ("I've booked
# first interviews with the shortlist for your role").
HIRED = (*STATED, "interview")


@lru_cache(maxsize=8)
def _patterns(language: str | None) -> tuple[re.Pattern, re.Pattern] | None:
    """The reader's and the others' words of the message's language (every pack's when it is unknown): read
    across languages, English "her" would be found in German "hin und her"."""
    words: dict[str, set[str]] = {READER: set(), OTHERS: set()}
    packs = load_packs()
    chosen = [p for p in packs.packs if p.code == language] or list(packs.packs)
    for pack in chosen:
        for part in words:
            words[part].update(pack.candidacy.get(part, ()))
    # A word of both lists can mean the reader (German "sie"): it is never another person's.
    words[OTHERS] -= words[READER]
    if not words[READER] or not words[OTHERS]:
        return None
    reader, others = (
        re.compile(r"(?<![\w'])(?:" + "|".join(map(re.escape, sorted(words[part], key=len, reverse=True)))
                   + r")(?![\w'])", re.IGNORECASE)
        for part in (READER, OTHERS))
    return reader, others


def anothers(sentence: str, language: str | None = None) -> bool:
    """True when the sentence names another person and not the reader (in the words of the message's language):
    what it says of an application, an interview or an offer is that person's."""
    patterns = _patterns(language)
    if patterns is None:
        return False
    reader, others = patterns
    text = sentence.replace("\u2019", "'")
    return others.search(text) is not None and reader.search(text) is None


@lru_cache(maxsize=1)
def _many() -> re.Pattern | None:
    """Every pack's greetings to many (mail mixes languages, and a greeting is a phrase no other language shares),
    as typed with and without the language's letters, at a line's start and ending the greeting."""
    words = {w for pack in load_packs().packs for g in pack.candidacy.get(MANY, ()) for w in (g, pack.plain(g))}
    if not words:
        return None
    return re.compile(r"(?:^|\n)[ \t>*-]*(" + "|".join(map(re.escape, sorted(words, key=len, reverse=True)))
                      + r")(?![\w'])", re.IGNORECASE)


def to_many(body: str) -> str:
    """The greeting to many readers the letter opens with ("Dear Students", "Hallo zusammen"), or ""."""
    pattern = _many()
    found = pattern.search(body[:OPENING_CHARS].replace("\u2019", "'")) if pattern is not None else None
    return found[1] if found else ""


@lru_cache(maxsize=1)
def _hiring() -> re.Pattern | None:
    """Every pack's phrases of the one who hires (mail mixes languages), as whole words."""
    words = {w for pack in load_packs().packs for w in pack.candidacy.get(HIRING, ())}
    if not words:
        return None
    return re.compile(r"(?<![\w'])(" + "|".join(map(re.escape, sorted(words, key=len, reverse=True))) + r")(?![\w'])",
                      re.IGNORECASE)


def hiring_side(subject: str, body: str) -> str:
    """The phrase by which the letter speaks to the reader as the one who hires or interviews others ("your
    scorecard", "who you want to interview"), or ""."""
    pattern = _hiring()
    found = pattern.search(f"{subject}\n{body}".replace("\u2019", "'")) if pattern is not None else None
    return found[1] if found else ""


@lru_cache(maxsize=8)
def _own(language: str) -> PackWords | None:
    """The words of the language's pack naming the reader's own candidacy, typed with and without its letters."""
    for pack in load_packs().packs:
        if pack.code == language and pack.candidacy.get(OWN):
            return PackWords({w for word in pack.candidacy[OWN] for w in (word, pack.plain(word))})
    return None


def own_candidacy(text: str, language: str) -> bool | None:
    """Whether the lower-cased text names the reader's own candidacy in the words of the language's pack (its
    `[candidacy] own`); None for a pack that lists none."""
    words = _own(language)
    return None if words is None else words.holds(text.replace("\u2019", "'"))
