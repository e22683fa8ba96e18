"""What a posting asks for in words the taxonomy does not know, read the way applicant tracking systems read
duty and requirement lines: each line is split into list items, leading verbs and phrases such as
"experience with" are trimmed, and short noun phrases are kept unless they are everyday words, numbers,
places or whom the work is for. Benefits and equal-opportunity text is skipped.

These items are "open": the report lists them apart and never counts them in the match rate (docs/match.md,
"Open-vocabulary items").
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from functools import cache
from importlib import resources

from onward.match.extract import (
    _INLINE_HEADING,
    MENTIONED,
    cue_level,
    find_spans,
    heading_level,
    segments,
)
from onward.match.taxonomy import TOKEN, Taxonomy, norm


@dataclass(frozen=True)
class OpenItem:
    wording: str
    level: str
    # Normalised words, for comparing with the resume and with taxonomy items.
    key: tuple[str, ...]


@dataclass(frozen=True)
class Vocab:
    everyday: frozenset[str]
    verbs: frozenset[str]
    skip_heading: re.Pattern
    skip_line: re.Pattern
    lead: re.Pattern
    tail: re.Pattern
    split: re.Pattern
    drop_words: frozenset[str]
    not_alone: frozenset[str]
    never_alone: frozenset[str]
    people: frozenset[str]
    places: frozenset[str]


def _words(text: str) -> frozenset[str]:
    return frozenset(text.lower().split())


def _any(patterns: list[str]) -> str:
    return "|".join(f"(?:{p})" for p in patterns)


@cache
def vocab() -> Vocab:
    data = resources.files("onward.match").joinpath("data")
    lists: dict[str, list[str]] = {}
    name = ""
    for line in data.joinpath("open_vocab.txt").read_text().splitlines():
        if line.startswith("["):
            name = line.strip("[]")
        elif line and not line.startswith("#"):
            lists.setdefault(name, []).extend(line.split())
    rules = tomllib.loads(data.joinpath("rules.toml").read_text())["open"]
    return Vocab(
        everyday=frozenset(lists["everyday"]) | _words(rules["everyday"]),
        verbs=frozenset(lists["verbs"]) | _words(rules["verbs"]),
        skip_heading=re.compile(_any(rules["skip_headings"]), re.I),
        skip_line=re.compile(_any(rules["skip_lines"]), re.I),
        lead=re.compile(rf"^(?:{_any(rules['lead'])})\s+", re.I),
        tail=re.compile(rf"\s+(?:{_any(rules['tail'])})$", re.I),
        split=re.compile(rf"\s*(?:[,;:()\[\]|]|\s[-–—&/]\s|\b(?:{_any(rules['split'])})\b)\s*", re.I),
        drop_words=_words(rules["drop_words"]),
        not_alone=_words(rules["not_alone"]),
        never_alone=_words(rules["never_alone"]),
        people=frozenset(lists["people"]) | _words(rules["people"]),
        places=_words(rules["places"]),
    )


ACTIVITY = re.compile(r"(?:tion|tions|ments)$")


def _is_verb(word: str, verbs: frozenset[str]) -> bool:
    low = word.lower()
    if low in verbs:
        return True
    for ending, back in (("ing", ""), ("ing", "e"), ("s", ""), ("es", ""), ("ed", ""), ("ed", "e"), ("d", "")):
        if low.endswith(ending) and len(low) - len(ending) >= 3:
            stem = low[: -len(ending)] + back
            if stem in verbs or (ending in ("ing", "ed") and stem[:-1] in verbs and stem[-1] == stem[-2]):
                return True
    return False


def _brand(word: str) -> bool:
    """An acronym or a product name written with inner capitals ("PACS", "SwiftUI", "eMoney")."""
    letters = [c for c in word if c.isalpha()]
    return len(letters) >= 2 and (word.isupper() or any(c.isupper() for c in word[1:]))


def _trim(item: str, v: Vocab) -> str:
    """The noun phrase of one list item: lead phrases, verbs, determiners and closing cues taken off."""
    before = None
    while before != item:
        before = item
        item = v.lead.sub("", item).strip(" .!?*-–'\"")
        item = v.tail.sub("", item).strip(" .!?*-–'\"")
        words = item.split()
        # A verb goes, unless "of" follows: then it is a noun ("powers of attorney", "bills of materials").
        while words and (words[0].lower() in v.drop_words or (
            len(words) > 1 and _is_verb(words[0], v.verbs) and not _brand(words[0]) and words[1].lower() != "of"
        )):
            words = words[1:]
        while words and words[-1].lower() in v.drop_words:
            words = words[:-1]
        item = " ".join(words)
    return item


def _keep(item: str, v: Vocab) -> bool:
    words = item.split()
    if not 1 <= len(words) <= 4 or len(item) < 2 or any(c in item for c in "$%@"):
        return False
    tokens = [m.group() for m in TOKEN.finditer(item)]
    if not tokens or tokens[0][0].isdigit() or any(t.isdigit() and len(t) <= 2 for t in tokens):
        return False  # "75 lbs", "lift 60 pounds", "10-12"; not "Form 1040"
    low = [w.lower().strip(".,'’") for w in words]
    if low[-1] in v.people or any(w in v.places for w in low) or any(w in v.not_alone for w in low[-1:]):
        return False
    if len(words) == 1:
        word = low[0]
        if word in v.never_alone:
            return False
        if _brand(words[0]):
            return True
        # A word naming an activity is a skill even when common ("scheduling", "documentation").
        if (ACTIVITY.search(word) or (word.endswith("ing") and _is_verb(word, v.verbs))) and len(word) >= 7 and (
            word not in v.not_alone
        ):
            return True
        if _is_verb(word, v.verbs):
            return False
        return word not in v.everyday and len(word) >= 4 and not word.endswith("ly")
    # A phrase of everyday words is too loose to list ("older screens", "long periods") unless a word is a name.
    return any(_brand(w) or w.lower() not in v.everyday for w in words)


def open_items(text: str, taxonomy: Taxonomy) -> list[OpenItem]:
    """Items of the posting's duty and requirement lines that the taxonomy does not name, in order."""
    v = vocab()
    lines: list[tuple[str, str]] = []
    section, skipping = MENTIONED, False
    for raw in segments(text):
        body = raw
        level = heading_level(raw)
        inline = _INLINE_HEADING.match(raw)
        heading = raw if level is not None else (inline.group(1) if inline else "")
        if level is None and inline and (level := heading_level(inline.group(1))) is not None:
            body = inline.group(2)
        if level is not None:
            section = level
            skipping = bool(v.skip_heading.search(heading))
            if body is raw:
                continue
        elif inline and v.skip_heading.search(inline.group(1)):
            continue  # "Benefits: medical, dental and vision insurance"
        if not skipping and not v.skip_line.search(body):
            lines.append((body, cue_level(body) or section))
    # What the taxonomy names anywhere in the posting is its own item, not an open one.
    named = {
        tuple(norm(m.group()) for m in TOKEN.finditer(body[a:b]))
        for body, _level in lines
        for _c, a, b in find_spans(body, taxonomy)
    }
    out: dict[tuple[str, ...], OpenItem] = {}
    for body, level in lines:
        for piece in v.split.split(body):
            item = _trim(piece or "", v)
            key = tuple(norm(m.group()) for m in TOKEN.finditer(item))
            # A named brand or qualifier first ("Cisco switches"): the taxonomy has "Cisco", the rest is open.
            lead = max((len(n) for n in named if key[: len(n)] == n and len(n) < len(key)), default=0)
            if lead:
                item = " ".join(item.split()[lead:]) if len(item.split()) == len(key) else ""
                key = key[lead:]
            if not item or not key or not _keep(item, v) or key in out:
                continue
            if not any(_inside(n, key) or _inside(key, n) for n in named):
                out[key] = OpenItem(item, level, key)
    return list(out.values())


def _inside(short: tuple[str, ...], long: tuple[str, ...]) -> bool:
    n = len(short)
    return any(long[i : i + n] == short for i in range(len(long) - n + 1))


def in_text(item: OpenItem, words: tuple[str, ...]) -> bool:
    """Whether the item's words stand together in a text's normalised words (a resume's)."""
    return _inside(item.key, words)
