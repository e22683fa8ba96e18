"""A recruiter's approach: a person proposing a role to the reader, who has not applied for it.

Such a note is addressed to the reader ("you"), names what is proposed (a role, a position, a mandate, a seat on a
board, a contract), asks for a next step (a call, a coffee, a reply with a CV) and often says whose role it is (the
writer's client, team or company). Nothing in it need be a word of the import's screen ("application", "your
interview"): a headhunter's "in confidence" note about a board appointment holds none. It is no approach when an
application was already made (the reader's, or the writer's own), when the reader is asked to hire, buy, invest or
partner (a vendor prospecting, an agency's business development, an investor), or when it is written to many
(a greeting to a group, every opening shown, a list of jobs one per line, a list's footer with no person in the
letter saying whose role it is), or when the writer asks about their own career (a student asking the reader for
advice or a chat about how they got their role, a referral for the writer: `seeking`).

It is read in the writer's own letter (`own`): a job description pasted below it (a heading alone on its line:
"Requirements", "What we offer", « Vos missions », "Ihr Profil", "Wat bieden wij?"), a forwarded or original
message's header line, or a rule line ("-----", "____") ends it, so "partnership" or "fast-track your application"
in the client's posting says nothing of the letter. When the lines above such a mark are no letter (a forward's
empty top, "Forwarding to myself:"), the forwarded message is: a recruiter's text forwarded to oneself.

The words are the language packs' `[approach]` lists (lang/*.toml): whole words and phrases, or stems marked "*",
read in the letter above its sign-off (a list's footer in the whole text); all packs are read, as mail mixes
languages. The classifier gives recruiter outreach `approach_weight`
for an approach and takes it away (`approach_against`) for business or broadcast mail (rules.toml [scoring]).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from onward.mail.classify.languages import load_packs
from onward.mail.classify.text import body_end, sentences
from onward.mail.classify.wordset import PackWords

# The parts a role proposed to the reader needs, and the part that makes it surer.
NEEDED = ("roles", "next_steps", "you")
PRINCIPALS = "principals"
# What makes a note no approach, in the order they are told. Mail sent to a list (an unsubscribe line, a
# preferences link) is none unless a person in it says whose role they offer (`principals`).
AGAINST = ("applied", "seeking", "business", "group")
BROADCAST = "broadcast"
OTHER_SENSES = "other_senses"
# Where the writer's own letter stops: a pasted posting's heading alone on its line ("Requirements", "Wat bieden
# wij?"), a forwarded or original message's header line, a rule line. Read line by line, not as letter words.
PASTED, FORWARDED = "pasted", "forwarded"
MARKS = (PASTED, FORWARDED)
_RULE = re.compile(r"^[-_=~*]{3,}")
_HEADING_CHARS = 60
# A writer's own letter has at least a sentence: fewer words above a mark are a forward's note to itself.
OWN_WORDS = 8
# A list of jobs is a few short lines, each a title and a place or a rate: "Data Engineer - Remote - $60/hr".
_LISTED = re.compile(r"^(?:\d+[.)]|[-•*])\s+\S|\S.* (?:-|–|·) \S")
_LISTED_WORDS = 12
LISTED_LINES = 3
# How much of a letter is read: an approach says what it is about near its top.
SCAN_CHARS = 2000


@dataclass(frozen=True)
class Approach:
    """What the letter holds of an approach: the words found for each part, and why it is none (or "")."""

    found: dict[str, str]
    against: str = ""
    # The writer's own letter (see `own`): what the classifier reads of an approach, without the posting below it.
    own: str = ""

    @property
    def proposed(self) -> bool:
        """A role proposed to the reader: every needed part, and nothing against it."""
        return not self.against and all(part in self.found for part in NEEDED)

    @property
    def principal(self) -> bool:
        return PRINCIPALS in self.found

    def describe(self) -> str:
        words = ", ".join(f'"{self.found[part]}"' for part in (*NEEDED, PRINCIPALS) if part in self.found)
        return f"a role proposed to you ({words})"


@lru_cache(maxsize=1)
def _words() -> dict[str, PackWords]:
    words: dict[str, set[str]] = {}
    for pack in load_packs().packs:
        for part, found in pack.approach.items():
            if part not in MARKS:
                words.setdefault(part, set()).update(found, map(pack.plain, found))
        # A role word inside a phrase where it means something else ("an equal opportunity employer", "a key role")
        # names no role: the screen's `other_senses` are read first.
        words.setdefault(OTHER_SENSES, set()).update(pack.other_senses, map(pack.plain, pack.other_senses))
    return {part: PackWords(found) for part, found in words.items()}


@lru_cache(maxsize=1)
def _marks() -> dict[str, re.Pattern]:
    """The marks' words as patterns matched at a line's start (`_mark`)."""
    out = {}
    for part in MARKS:
        found = {w for pack in load_packs().packs for w in (*pack.approach.get(part, ()),
                                                             *map(pack.plain, pack.approach.get(part, ())))}
        if found:
            out[part] = re.compile("|".join(map(_alternative, sorted(found, key=len, reverse=True))), re.IGNORECASE)
    if PASTED in out:
        # A heading stands alone on its line, with at most a colon or a question mark ("Funciones:", "Wat ga je
        # doen?") or a field's value after a colon ("Job Title: Data Engineer").
        out[PASTED] = re.compile(rf"(?:{out[PASTED].pattern})\s*(?:[:?]|$)", re.IGNORECASE)
    return out


def _mark(line: str, patterns: dict[str, re.Pattern]) -> bool:
    """True when the line ends the writer's own letter: a rule, a forwarded message's header, a posting's heading."""
    line = line.strip().strip("*#").strip()
    if _RULE.match(line):
        return True
    if len(line) >= _HEADING_CHARS:
        return False
    forwarded, pasted = patterns.get(FORWARDED), patterns.get(PASTED)
    return any(p is not None and p.match(line) for p in (forwarded, pasted))


def own(text: str) -> str:
    """The writer's own letter in a message's text: the lines above the first mark (a pasted job description's
    heading, a forwarded message's header, a rule line), or, when those hold fewer than OWN_WORDS words (a
    forward's note to itself), the first part below a mark that holds a letter."""
    patterns = _marks()
    parts: list[list[str]] = [[]]
    for line in text.split("\n"):
        if _mark(line, patterns):
            parts.append([])
        else:
            parts[-1].append(line)
    letters = ["\n".join(part).strip() for part in parts]
    if len(letters[0].split()) >= OWN_WORDS:
        return letters[0]
    return next((part for part in letters[1:] if len(part.split()) >= OWN_WORDS), letters[0]) or text


def _alternative(word: str) -> str:
    """A pack's word as a pattern: a whole word or phrase ("seat", not "seating"); one ending in "*" is a stem
    ("opportunit*"), and one starting with it ends a compound ("*stelle" in "Geschäftsführerstelle")."""
    start = "" if word.startswith("*") else r"(?<!\w)"
    end = "" if word.endswith("*") else r"(?!\w)"
    return start + re.escape(word.strip("*")) + end


def names_role(text: str) -> bool:
    """True when the text holds a word naming a role an approach proposes (the packs' `roles`). The screen asks
    this of every message without a job word."""
    roles = _words().get("roles")
    return roles is not None and roles.holds(text.lower())


def proposes(subject: str, text: str) -> bool:
    """`read(subject, text).proposed`, answered at once for mail naming no role anywhere: most of what the import's
    screen reads, where `read` would look for every part of an approach in vain."""
    return names_role(f"{subject}\n{text}") and read(subject, text).proposed


def _letter(text: str) -> str:
    """The text above the letter's sign-off, at most SCAN_CHARS of it."""
    lines = sentences(text[:SCAN_CHARS])
    end = body_end(lines)
    return "\n".join(lines if end is None else lines[:end])


def listed(text: str) -> bool:
    """True when the text lists jobs one per short line (a job alert, a hotlist, a weekly roundup)."""
    lines = [line.strip() for line in text.split("\n")]
    return sum(bool(_LISTED.match(line)) and len(line.split()) <= _LISTED_WORDS for line in lines) >= LISTED_LINES


def read(subject: str, text: str) -> Approach:
    """What the subject and the letter of a message hold of a recruiter's approach (see the module's text)."""
    words = _words()
    if not words:
        return Approach({})
    whole, text = text, own(text)
    letter = f"{subject}\n{_letter(text)}".lower()
    senses = words.get(OTHER_SENSES)
    if senses is not None:
        letter = senses.sub(" ", letter)
    found = {}
    for part, part_words in words.items():
        at = part_words.search(letter) if part not in (OTHER_SENSES, BROADCAST) else None
        if at:
            found[part] = letter[at[0]:at[1]].strip()
    against = next((f'"{found[part]}"' for part in AGAINST if part in found), "")
    if not against and listed(text[:SCAN_CHARS]):
        against = "jobs listed one per line"
    if not against and PRINCIPALS not in found and BROADCAST in words:
        # A list's footer stands below the letter: the whole text is read for it.
        lower = whole.lower()
        at = words[BROADCAST].search(lower)
        # The words as written, where lower-casing kept the text's length (it nearly always does).
        said = (whole if len(lower) == len(whole) else lower)[at[0]:at[1]] if at else ""
        against = f'sent to a list ("{said}")' if at else ""
    return Approach({part: w for part, w in found.items() if part not in (*AGAINST, BROADCAST)}, against, text)
