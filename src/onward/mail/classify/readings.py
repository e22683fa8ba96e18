"""Job mail known by what it says rather than by its words: a decision on the reader, a receipt, an invitation,
an assessment, an offer or an approach, read with the phrase and grammar rules of the message's own language pack.

The screen's words (onward.mail.classify.jobwords) miss job mail that names no job at all — a recruiter's "¿hablamos?",
a small employer's "kom maandag langs", a reply in a thread, "hemos decidido seguir con otra persona" — and mail
without them also loses its job labels in the classifier. A pack that sets `readings = true` in its `[screen]`
table lets its own `[labels.*]` rules and the rules its `[decision]` words make (decision.py) speak for such mail:
when one job label's rules score `screen_reading` or more (rules.toml `[scoring]`), more than the pack's `other`
rules, the message is job mail for the screen and for `job_words_missing` (jobwords.reads_as_job, which never takes
mail about something other than a job so: a visa, a flat, a course). Only mail whose common words say it is in that
language is read this way: a language guess first, then the pack's rules, which run only where their words are.
"""

from __future__ import annotations

import copy
import tomllib
from dataclasses import dataclass, replace
from functools import lru_cache

from onward.mail.classify.candidacy import own_candidacy
from onward.mail.classify.languages import Packs, load_packs
from onward.mail.classify.rules import RULES_PATH, Rules, merge_packs, parse_rules
from onward.mail.classify.text import normalise, sentences

# The opening of a message holds its news (jobwords.SCAN_CHARS); its first lines already tell its language, and the
# guess runs on every message the screen's words do not let through, so it reads no more than those.
READ_CHARS = 1500
GUESS_CHARS = 400


@dataclass(frozen=True)
class Reading:
    label: str
    phrase: str
    language: str

    def describe(self) -> str:
        return f'reads as {self.label.replace("_", " ")} in its own language ({self.language}): "{self.phrase}"'


def _settings_without_rules() -> dict:
    """rules.toml's settings with none of its own phrase rules: a pack's rules are read alone."""
    base = tomllib.loads(RULES_PATH.read_text(encoding="utf-8"))
    for group in ("labels", "subtypes", "flag_rules"):
        for section in base.get(group, {}).values():
            if isinstance(section, dict):
                section["rules"] = []
    return base


@lru_cache(maxsize=1)
def _beside_candidacy() -> frozenset[str]:
    """The labels read only beside the reader's own candidacy (rules.toml `[readings] beside_candidacy`)."""
    data = tomllib.loads(RULES_PATH.read_text(encoding="utf-8"))
    return frozenset(data.get("readings", {}).get("beside_candidacy", ()))


@lru_cache(maxsize=1)
def _pack_rules() -> dict[str, Rules]:
    """Per pack that reads by its readings, rules.toml's settings with that pack's rules alone."""
    packs, base = load_packs(), _settings_without_rules()
    return {pack.code: parse_rules(merge_packs(copy.deepcopy(base), Packs((pack,), packs.digest)))
            for pack in packs.packs if pack.readings}


@lru_cache(maxsize=1)
def _decision_rules() -> dict[str, Rules]:
    """Per pack that does not read by its readings, rules.toml's settings with only the rules its `[decision]` words
    make (decision.py): its decisions read from their grammar, not its phrases."""
    packs, base = load_packs(), _settings_without_rules()
    return {pack.code: parse_rules(merge_packs(copy.deepcopy(base), Packs((replace(pack, rules={}),), packs.digest)))
            for pack in packs.packs if not pack.readings and pack.decision}


def _guess(subject: str, text: str, codes: dict[str, Rules]) -> str | None:
    """The code among `codes` that the opening of the message is written in, or None."""
    if not codes:
        return None
    rules = next(iter(codes.values()))
    code, _ = load_packs().detect(f"{subject} {text[:GUESS_CHARS]}", min_words=rules.scoring["min_language_tokens"],
                                  min_ratio=rules.scoring["min_language_ratio"])
    return code if code in codes else None


def decided(subject: str, text: str) -> Reading | None:
    """A rejection that the `[decision]` words of the message's language read from its grammar, scoring
    `screen_reading` or more, for a pack that does not read by all its rules (English; German until the fourteenth
    session): "we filled the seat", "we've given it to someone whose work fitted". None otherwise. The screen does
    not ask it; the classifier takes such a message as lacking no job words (jobwords.job_words_missing)."""
    codes = _decision_rules()
    code = _guess(subject, text, codes)
    if code is None:
        return None
    rules = codes[code]
    lines = sentences(normalise(text[:READ_CHARS]))
    msg = rules.prepare(([subject] if subject else []) + lines, subject, "", code)
    scores, hits = rules.score({"rejection": rules.labels["rejection"]}, msg)
    if scores["rejection"] < rules.scoring["screen_reading"]:
        return None
    best = max(hits["rejection"], key=lambda h: h.weight)
    # Lifting the missing words asks more than reading the decision: its sentence names nothing else decided,
    # before it as well as after ("Framework Lot 3 - not appointed").
    about = rules.elsewhere_by_language.get(code)
    if about is not None and about.search(best.sentence.lower()):
        return None
    return Reading("rejection", best.phrase, code)


def language(subject: str, text: str) -> str | None:
    """The code of the pack that reads by its readings and that the opening of the message is written in, or None."""
    return _guess(subject, text, _pack_rules())


def read(subject: str, text: str) -> Reading | None:
    """The job label the message's own pack reads in it, with the phrase, when it scores `screen_reading` or more
    and more than the pack's `other` rules; None otherwise, and for mail in no such pack's language. A label read
    only beside the reader's candidacy is not read in a message that names none."""
    code = language(subject, text)
    if code is None:
        return None
    rules = _pack_rules()[code]
    lines = sentences(normalise(text[:READ_CHARS]))
    msg = rules.prepare(([subject] if subject else []) + lines, subject, "", code)
    scores, hits = rules.score(rules.labels, msg)
    other = scores.pop("other", 0.0)
    if own_candidacy(f"{subject}\n{text[:READ_CHARS]}".lower(), code) is False:
        for label in _beside_candidacy():
            scores.pop(label, None)
    label, top = max(scores.items(), key=lambda item: item[1], default=("", 0.0))
    if not label or top < rules.scoring["screen_reading"] or top <= other:
        return None
    best = max((h for h in hits[label] if h.weight > 0), key=lambda h: h.weight)
    return Reading(label, best.phrase, code)
