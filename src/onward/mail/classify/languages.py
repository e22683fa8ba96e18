"""Language packs: one TOML file per language under lang/, so adding a language is data, not code.

A pack holds
- `[language]`: its code, name, common words (how a message's language is recognised) and the Snowball stemmer
  of the language (how word forms are read as one: onward.mail.classify.stems);
- `[forms]`: irregular word forms a stemmer cannot join to their base word ("was" and "been" for "be");
- `[screen]`: the word stems that let a message reach the classifier at all (`strong` alone, `weak` three
  together), and `other_senses`: phrases in which those words mean something else ("good job", "long position");
  `elsewhere`: what an application, an interview or an offer is for when it is not a job (a visa, a loan, a flat,
  a degree course, a volunteer's place), and `job_objects`: words that name a job ("position", "Stelle", "poste");
  a message holding the first and none of the second is not about the reader's job search; `terse`: what a short
  first note about the reader's own job search says without any job word (someone else was chosen, a chat with the
  team, a contract, a small exercise, a CV received), so such a note is read and judged on its sentences;
- `[context]`: `words`, stems that show a message is about a job search though the screen would not count them
  ("onsite", "start date"); with the screen's stems, a message holding none of them is not an interview, an offer,
  an assessment or a recruiter's approach (see `job_words_penalty` in rules.toml);
- `[sentences.<kind>]`: example sentences of each kind (a label; `thanks` for thanking a candidate for applying,
  their interest or their time; `neutral` for greetings, sign-offs and boilerplate),
  from which the sentence model learns what a decision sentence says in that language;
- `[labels.*]`, `[subtypes.*]`, `[flag_rules.*]`: phrase rules in the rules.toml format, added to those sections;
- `[reading]`: how the language's mail programs start a quoted reply (`quote_headers`, regular expressions
  matched at a line start) and sign a message sent from a phone (`signatures`), where the text above them ends;
  and the words that negate or hedge a phrase (`negation`, `conditional`, regular expressions added to those of
  rules.toml), so "we will not invite you" and "if your profile fits, we will invite you" are no invitations;
  and `plain_letters`, how the language is typed where its letters are lost ("ü" as "ue"), so its rules, screen
  words, quote headers and example sentences also read "fuer" and "Bewerbungsgespraech"; and `sign_offs`, how
  a letter closes on a line of its own ("Kind regards", "Cordialement"): what follows is the signature and the
  footer; and `appendix`, how a job board's list of other jobs begins ("Jobs you might like", "Offres
  similaires"): what follows is about other jobs, and ends the letter as a sign-off does;
- `[decision]`: the words a rejection is read from whatever its wording (roles and their states, verbs of being
  kept or taken further, of choosing, another person, contrast connectors; see decision.py);
- `[approach]`: how a recruiter's approach reads (onward.mail.classify.approach): the words naming a role, a
  conversation or a reply asked for, the writer's principal and the reader, and what makes it none (an application
  already made, the writer asking about their own career, the reader asked to hire, buy or partner, a greeting to
  many readers, a list's footer); and where the writer's own letter ends (`pasted`: a pasted posting's headings,
  `forwarded`: a forwarded or original message's header line);
- `[candidacy]`: the words by which a sentence speaks of the reader (`reader`: "you", "vous", "Ihnen") and of
  another person (`others`: "he", "her", "elle", "ihm", "hij"), so a sentence about someone else's application,
  interview or offer ("we have made her a conditional offer") is no news of the reader's; and `many`, the
  greetings to many readers that open a circular ("Dear Students", "Hallo zusammen"), whose news is the group's;
  and `own`, the words of the reader's own candidacy (« candidature », "Bewerbung"), beside which alone an
  interview is read by the pack's rules (onward.mail.classify.candidacy, readings.py).
"""

from __future__ import annotations

import hashlib
import random
import re
import tomllib
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

import snowballstemmer

from onward.core.errors import OnwardError
from onward.mail.classify.decision import DECISION_KEYS

LANG_DIR = Path(__file__).with_name("lang")
SENTENCE_KINDS = ("rejection", "interview", "offer", "application_ack", "assessment", "recruiter_outreach", "other",
                  "thanks", "neutral")
_WORD = re.compile(r"[^\W\d_]+(?:'[^\W\d_]+)?")


class LanguageError(OnwardError):
    """A language pack cannot be used; the message names the file and the problem."""


@dataclass(frozen=True)
class Pack:
    code: str
    name: str
    common_words: frozenset[str]
    strong: tuple[str, ...]
    weak: tuple[str, ...]
    context: tuple[str, ...]
    sentences: dict[str, tuple[str, ...]]
    fills: dict[str, tuple[str, ...]]
    rules: dict  # {"labels": {...}, "subtypes": {...}, "flag_rules": {...}} in the rules.toml format
    stemmer: str | None = None
    forms: dict[str, tuple[str, ...]] = field(default_factory=dict)
    quote_headers: tuple[str, ...] = ()
    signatures: tuple[str, ...] = ()
    negation: str = ""
    conditional: str = ""
    # Phrases in which a screen word means something else ("good job", "long position", "risk assessment").
    other_senses: tuple[str, ...] = ()
    # What an application or an interview is for when it is not a job ("visa", "tenancy"), and words naming a job.
    elsewhere: tuple[str, ...] = ()
    job_objects: tuple[str, ...] = ()
    terse: tuple[str, ...] = ()
    plain_letters: dict[str, str] = field(default_factory=dict)
    # How a letter closes, alone on its line ("kind regards"): the signature and the footer follow.
    sign_offs: tuple[str, ...] = ()
    # How a job board's list of other jobs begins ("jobs you might like"): it ends the letter too.
    appendix: tuple[str, ...] = ()
    # The words a decision is read from, whatever its wording (decision.py): roles and their states, verbs of being
    # kept or taken further, of choosing, another person, contrast connectors.
    decision: dict[str, tuple[str, ...]] = field(default_factory=dict)
    # What a recruiter's approach says, list by list (`roles`, `next_steps`, `principals`, `you`, `applied`,
    # `seeking`, `business`, `group`, `pasted`, `forwarded`: onward.mail.classify.approach).
    approach: dict[str, tuple[str, ...]] = field(default_factory=dict)
    # Whose candidacy a sentence speaks of (`reader`, `others`) and greetings to many (`many`:
    # onward.mail.classify.candidacy).
    candidacy: dict[str, tuple[str, ...]] = field(default_factory=dict)
    # Job mail is also known by what the pack's own rules read in it, whatever its words (readings.py).
    readings: bool = False

    def plain(self, text: str) -> str:
        """The text as typed without the language's own letters ("für" -> "fuer")."""
        for letter, plain in self.plain_letters.items():
            text = text.replace(letter, plain)
        return text

    def either_spelling(self, pattern: str) -> str:
        """A regular expression of the pack that also matches its text typed without the language's letters:
        each such letter outside a character class and a look-behind (which must keep a fixed width) matches
        its plain spelling too ("für" -> "f(?:ü|ue)r")."""
        if not self.plain_letters or not any(letter in pattern for letter in self.plain_letters):
            return pattern
        out, groups, in_class, escaped = [], [], False, False
        for i, ch in enumerate(pattern):
            if escaped:
                escaped = False
            elif ch == "\\":
                escaped = True
            elif in_class:
                in_class = ch != "]"
            elif ch == "[":
                in_class = True
            elif ch == "(":
                groups.append(pattern.startswith(("?<=", "?<!"), i + 1))
            elif ch == ")" and groups:
                groups.pop()
            elif ch in self.plain_letters and not any(groups):
                out.append(f"(?:{ch}|{self.plain_letters[ch]})")
                continue
            out.append(ch)
        return "".join(out)


@dataclass(frozen=True)
class Packs:
    packs: tuple[Pack, ...]
    digest: str

    def by_code(self, code: str) -> Pack | None:
        return next((p for p in self.packs if p.code == code), None)

    def detect(self, text: str, *, min_words: int = 6, min_ratio: float = 0.08) -> tuple[str | None, float]:
        """The pack language whose common words make up most of the text, and that share. Short text is taken
        as readable (None, 1.0); text in no pack language gives (None, best share)."""
        words = _WORD.findall(text.lower())
        if len(words) < min_words:
            return None, 1.0
        best, share = None, 0.0
        for pack in self.packs:
            s = sum(map(pack.common_words.__contains__, words)) / len(words)
            if s > share:
                best, share = pack.code, s
        return (best, share) if share >= min_ratio else (None, share)


def _pack(path: Path) -> Pack:
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
        lang = data["language"]
        sentences = {}
        for kind, items in data.get("sentences", {}).items():
            if kind not in SENTENCE_KINDS:
                raise LanguageError(f"{path.name}: sentence kind {kind!r} is not one of {', '.join(SENTENCE_KINDS)}")
            sentences[kind] = tuple(str(s) for s in items)
        stemmer = lang.get("stemmer")
        if stemmer is not None and stemmer not in snowballstemmer.algorithms():
            raise LanguageError(f"{path.name}: there is no Snowball stemmer {stemmer!r}; one of "
                                f"{', '.join(snowballstemmer.algorithms())}")
        reading = data.get("reading", {})
        patterns = [*reading.get("quote_headers", []), *reading.get("signatures", []),
                    reading.get("negation", ""), reading.get("conditional", "")]
        for pattern in patterns:
            try:
                re.compile(pattern)
            except re.error as exc:
                raise LanguageError(f"{path.name}: [reading] pattern {pattern!r} does not compile: {exc}") from None
        return Pack(
            code=str(lang["code"]),
            name=str(lang["name"]),
            common_words=frozenset(w.lower() for w in lang["common_words"]),
            strong=tuple(s.lower() for s in data.get("screen", {}).get("strong", [])),
            weak=tuple(s.lower() for s in data.get("screen", {}).get("weak", [])),
            context=tuple(s.lower() for s in data.get("context", {}).get("words", [])),
            sentences=sentences,
            fills={k: tuple(v) for k, v in data.get("fill", {}).items()},
            rules={k: data.get(k, {}) for k in ("labels", "subtypes", "flag_rules")},
            stemmer=stemmer,
            forms={str(base).lower(): tuple(str(f).lower() for f in forms)
                   for base, forms in data.get("forms", {}).items()},
            quote_headers=tuple(str(p) for p in reading.get("quote_headers", [])),
            signatures=tuple(str(p) for p in reading.get("signatures", [])),
            negation=str(reading.get("negation", "")),
            conditional=str(reading.get("conditional", "")),
            other_senses=tuple(s.lower() for s in data.get("screen", {}).get("other_senses", [])),
            elsewhere=tuple(s.lower() for s in data.get("screen", {}).get("elsewhere", [])),
            job_objects=tuple(s.lower() for s in data.get("screen", {}).get("job_objects", [])),
            terse=tuple(s.lower() for s in data.get("screen", {}).get("terse", [])),
            plain_letters={str(k): str(v) for k, v in reading.get("plain_letters", {}).items()},
            sign_offs=tuple(str(w).lower() for w in reading.get("sign_offs", [])),
            appendix=tuple(str(w).lower() for w in reading.get("appendix", [])),
            decision=_decision(path, data.get("decision", {})),
            approach={str(k): tuple(str(w).lower() for w in v) for k, v in data.get("approach", {}).items()},
            candidacy={str(k): tuple(str(w).lower() for w in v) for k, v in data.get("candidacy", {}).items()},
            readings=bool(data.get("screen", {}).get("readings", False)),
        )
    except (OSError, tomllib.TOMLDecodeError, KeyError, TypeError) as exc:
        raise LanguageError(f"cannot read the language pack {path.name}: {exc}") from None


def _decision(path: Path, data: dict) -> dict[str, tuple[str, ...]]:
    unknown = sorted(set(data) - set(DECISION_KEYS))
    if unknown:
        raise LanguageError(f"{path.name}: [decision] has no {unknown[0]!r}; one of {', '.join(DECISION_KEYS)}")
    for key, items in data.items():
        for item in items:
            try:
                re.compile(item)
            except re.error as exc:
                raise LanguageError(f"{path.name}: [decision] {key} {item!r} does not compile: {exc}") from None
    return {key: tuple(str(item).lower() for item in items) for key, items in data.items()}


@lru_cache(maxsize=2)
def load_packs(directory: Path = LANG_DIR) -> Packs:
    files = sorted(Path(directory).glob("*.toml"))
    digest = hashlib.sha256()
    for f in files:
        digest.update(f.name.encode() + b"\0" + f.read_bytes())
    return Packs(tuple(_pack(f) for f in files), digest.hexdigest()[:16])


@lru_cache(maxsize=1)
def reply_start() -> re.Pattern | None:
    """Where the packs' quoted-reply headers ("Le 3 mars, Alex a écrit :", "Von: … Gesendet: …") or phone
    signatures ("Von meinem iPhone gesendet") begin a line: the sender's own text ends there."""
    packs = load_packs()
    found = [pack.either_spelling(p) for pack in packs.packs for p in (*pack.quote_headers, *pack.signatures)]
    return re.compile("|".join(f"(?:{p})" for p in found), re.MULTILINE | re.IGNORECASE) if found else None


@lru_cache(maxsize=1)
def sign_off() -> re.Pattern | None:
    """A line that is only a pack's sign-off ("Kind regards,", "Mit freundlichen Grüßen"), in either spelling."""
    found = sorted({re.escape(w) for pack in load_packs().packs for s in pack.sign_offs
                    for w in (s, pack.plain(s))}, key=len, reverse=True)
    # "Thank you." and "Thanks!" end sentences of the letter; a sign-off takes a comma or nothing.
    return re.compile(rf"(?:{'|'.join(found)})\s*[,-]?", re.IGNORECASE) if found else None


@lru_cache(maxsize=1)
def appendix() -> re.Pattern | None:
    """The start of a line that heads a job board's list of other jobs ("Jobs you might like", "Ähnliche Jobs"), in
    either spelling."""
    found = sorted({re.escape(w) for pack in load_packs().packs for s in pack.appendix
                    for w in (s, pack.plain(s))}, key=len, reverse=True)
    return re.compile(rf"(?:{'|'.join(found)})\b", re.IGNORECASE) if found else None


_PLACEHOLDER = re.compile(r"\{(\w+)\}")


def fill(text: str, fills: dict[str, tuple[str, ...]], rng: random.Random) -> str:
    """A pack's example sentence with its {placeholders} filled from the pack's own lists."""
    return _PLACEHOLDER.sub(lambda m: rng.choice(fills.get(m[1]) or ("X",)), text)
