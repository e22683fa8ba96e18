"""The skill taxonomy: derived public data (taxonomy.json.gz) plus the project's curated table, compiled into
a phrase matcher that forgives case, plurals and word endings ("Databases" = "database", k8s = Kubernetes).
"""

from __future__ import annotations

import gc
import gzip
import json
import re
import tomllib
from dataclasses import dataclass, field
from functools import cache, lru_cache
from importlib import resources
from pathlib import Path

import snowballstemmer

from onward.core.cache import cached, content_key
from onward.match.wording import activity_nouns, american, base_verb, generic

HARD, SOFT, CERTIFICATION = "hard", "soft", "certification"

# Words kept whole: "c++", "c#", "node.js", ".net", "security+", "html5".
TOKEN = re.compile(r"\.?[A-Za-z0-9][A-Za-z0-9+#]*(?:\.[A-Za-z0-9+#]+)*")
_stemmer = snowballstemmer.stemmer("english")


@lru_cache(maxsize=200_000)
def norm(token: str) -> str:
    low = token.lower()
    return _stemmer.stemWord(low) if low.isalpha() and len(low) > 3 else low


def tokens(text: str) -> list[re.Match]:
    return list(TOKEN.finditer(text))


@dataclass(slots=True)
class Concept:
    name: str
    category: str
    source: str
    forms: set[str] = field(default_factory=set)


@dataclass
class Taxonomy:
    concepts: list[Concept]
    # Token tuple -> concept index, three ways: exact case ("Go"), lower case for names ("drupal", never
    # stemmed, so "Solidity" is not "solid"), and last word stemmed for ordinary phrases ("relational databases").
    exact: dict[tuple[str, ...], int]
    lower: dict[tuple[str, ...], int]
    folded: dict[tuple[str, ...], int]
    # First word -> lengths of the forms starting with it, per table: most words start nothing and are skipped.
    starts: tuple[dict[str, set[int]], ...] = ({}, {}, {})
    # Adjectives that name a soft skill when said of the person ("friendly", "patient"): word -> concept index.
    adjectives: dict[str, int] = field(default_factory=dict)
    # Duties of duties.toml that start with a verb, for reading them with words between ("build strong
    # relationships"): key as the matcher makes it -> concept index, and verb -> lengths of its keys.
    duty_keys: dict[tuple[str, ...], int] = field(default_factory=dict)
    duty_sizes: dict[str, tuple[int, ...]] = field(default_factory=dict)
    _info: dict[str, tuple[str, str, tuple[int, ...], str | None]] = field(default_factory=dict, repr=False)
    _activity: dict[str, int | None] = field(default_factory=dict, repr=False)
    _spelling: tuple[frozenset[str], frozenset[str]] | None = field(default=None, repr=False)
    _by_name: dict[str, int] = field(default_factory=dict, repr=False)

    def concept(self, index: int) -> Concept:
        return self.concepts[index]

    def token_info(self, token: str) -> tuple[str, str, tuple[int, ...], str | None]:
        """(lower case, stemmed, lengths of forms that may start here, longest first, the verb it is a form of
        when that differs: "manages" -> "manage") for one word, remembered."""
        info = self._info.get(token)
        if info is None:
            # A British spelling is read as the American one every form is also kept under ("cataloguing").
            low = american(token.lower())
            folded = norm(token) if low == token.lower() else norm(low)
            exact, lower, stemmed = self.starts
            # A phrase's first word is kept as written in lower case; a one-word form is stemmed.
            sizes = (
                exact.get(token, set()) | lower.get(low, set()) | stemmed.get(low, set()) | stemmed.get(folded, set())
            )
            verb = base_verb(low) if low.isalpha() else None
            if verb and verb != low:
                # "Managed budgets" is the label "manage budgets": a phrase may start with any form of its verb.
                sizes |= {size for size in lower.get(verb, set()) | stemmed.get(verb, set()) if size > 1}
            info = self._info[token] = (low, folded, tuple(sorted(sizes, reverse=True)), verb)
        return info

    def index(self, name: str) -> int | None:
        """The concept of this name (any case), or None."""
        if not self._by_name:
            self._by_name.update((c.name.lower(), i) for i, c in reversed(list(enumerate(self.concepts))))
        return self._by_name.get(name.lower())

    def spelling(self) -> tuple[frozenset[str], frozenset[str]]:
        """(the words its case-sensitive forms write in capitals: "ACLS", "IT"; every word of its names and forms
        in lower case), for reading a posting written all in capitals. Made on first use."""
        if self._spelling is None:
            capitals = frozenset(t for key in self.exact for t in key if len(t) > 1 and t.isupper())
            words = frozenset(w for c in self.concepts for f in (c.name, *c.forms) for w in f.lower().split())
            self._spelling = (capitals, words)
        return self._spelling

    def activity(self, verb: str) -> int | None:
        """The concept naming a verb's activity alone ("diagnose" -> Diagnosis), if the taxonomy has one."""
        if verb not in self._activity:
            found = None
            if not generic(verb):
                for noun in activity_nouns(verb):
                    found = self.lower.get((noun,))
                    if found is None and noun != verb:
                        found = self.folded.get((norm(noun),))
                    if found is not None and self.concepts[found].category != CERTIFICATION:
                        break
                    found = None
            self._activity[verb] = found
        return self._activity[verb]


def _read_data(name: str) -> bytes:
    return resources.files("onward.match").joinpath("data", name).read_bytes()


def build_taxonomy(
    derived: list[dict], curated: dict, skills: dict | None = None, duties: dict | None = None
) -> Taxonomy:
    """Concepts from the derived data, the curated review, the occupational skills list (skills.toml:
    category -> name -> other wordings) and the duties said as a verb (duties.toml: category -> name -> wordings;
    the name itself is not a wording there)."""
    blocked = {b.lower() for b in curated.get("block", [])}
    case_sensitive = set(curated.get("case_sensitive", []))
    concepts: list[Concept] = []
    by_name: dict[str, int] = {}
    exact_forms: dict[int, set[str]] = {}

    def add(name: str, category: str, source: str, forms, cs_forms=()) -> int:
        index = by_name.get(name.lower())
        if index is None:
            index = by_name[name.lower()] = len(concepts)
            concepts.append(Concept(name=name, category=category, source=source))
        elif source == "curated":
            # The project's review decides the name and kind of a skill the sources also list ("Communication").
            concepts[index].name, concepts[index].category = name, category
        for form in forms:
            if form.lower() in blocked:
                continue
            (exact_forms.setdefault(index, set()) if form in case_sensitive else concepts[index].forms).add(form)
        for form in cs_forms:
            if form.lower() not in blocked:
                exact_forms.setdefault(index, set()).add(form)
        return index

    # Entries of the derived file may carry their matcher keys already made ("keys": table -> words joined by
    # spaces), so that loading does not tokenise and stem tens of thousands of ESCO wordings each time.
    # They go in first: any form written out (tool names, the curated tables) wins a shared key.
    folded: dict[tuple[str, ...], int] = {}
    lower: dict[tuple[str, ...], int] = {}
    exact: dict[tuple[str, ...], int] = {}
    tables = {"folded": folded, "lower": lower}
    # A blocked word is blocked however a source wrote it ("matter", "Matter").
    blocked_keys = {key for form in blocked for variant in (form, form.capitalize()) for key in form_keys(variant)}
    for entry in derived:
        index = add(
            entry["name"], entry.get("category", HARD), entry["src"], entry.get("aliases", ()), entry.get("cs", ())
        )
        for name, keys in entry.get("keys", {}).items():
            table = tables[name]
            for joined in keys:
                key = tuple(joined.split(" "))
                if (name, key) not in blocked_keys:
                    table[key] = index
    for item in curated.get("concept", []):
        add(item["name"], item["category"], "curated", item["forms"])
    for category, table in (skills or {}).items():
        for name, forms in table.items():
            if category == CERTIFICATION:
                forms = credential_nouns([name, *forms])
            add(name, category, "curated", [w for form in [name, *forms] for w in _unstemmed(form)])
    for name, forms in curated.get("aliases", {}).items():
        add(name, HARD, "curated", [name, *forms])
    duty_forms: list[tuple[str, int]] = []
    for category, table in (duties or {}).items():
        for name, forms in table.items():
            index = add(name, category, "curated", [w for form in forms for w in _unstemmed(form)])
            # Wordings that start with a verb's bare form may be read with words between (extract._duty_hit).
            duty_forms += [(f, index) for f in forms if " " in f and base_verb(f.split()[0]) == f.split()[0]]
    adjectives = {}
    for name, words in curated.get("adjectives", {}).items():
        # A compound ("self-directed") is no lone adjective: it is matched as a phrase.
        index = add(name, SOFT, "curated", [w for w in words if not w.isalpha()])
        adjectives.update({word.lower(): index for word in words if word.isalpha()})

    # Curated concepts were added last; letting them win a shared form keeps the project's review in charge.
    ready = dict(lower)
    written: set[str] = set()
    for index, concept in enumerate(concepts):
        for form in concept.forms:
            for table, key in form_keys(form):
                tables[table][key] = index
                if table == "folded" and len(key) == 1:
                    written.add(form.lower())
            if _BRITISH_HINT.search(form):
                # Postings' words are read in American spelling (Taxonomy.token_info): a form written the British
                # way ("paediatrics", "organisational skills") is kept under that spelling too.
                for table, key in form_keys(_WORD.sub(_american_cased, form)):
                    tables[table].setdefault(key, index)
        for form in exact_forms.get(index, ()):
            key = tuple(m.group() for m in TOKEN.finditer(form))
            if key:
                exact[key] = index
                concept.forms.add(form)
    # The lower-case table is read before the stemmed one: a ready-made one-word key ("Teamwork", "Teamworks")
    # must not hide a written form of the same word ("teamwork" in the curated table).
    for word in written:
        for key in ((word,), (word + "s",), (word + "es",)):
            if key in ready and lower.get(key) == ready[key]:
                del lower[key]
    starts = tuple(_starts(table) for table in (exact, lower, folded))
    duty_keys = {key: index for form, index in duty_forms for _table, key in form_keys(form)}
    duty_sizes: dict[str, set[int]] = {}
    for key in duty_keys:
        duty_sizes.setdefault(key[0], set()).add(len(key))
    return Taxonomy(
        concepts=concepts, exact=exact, lower=lower, folded=folded, starts=starts, adjectives=adjectives,
        duty_keys=duty_keys, duty_sizes={verb: tuple(sorted(n, reverse=True)) for verb, n in duty_sizes.items()},
    )


# The nouns a credential is held as: postings of one country say "forklift licence", of another "forklift ticket"
# or "forklift card" for the same thing.
_CREDENTIAL_NOUN = re.compile(r"\b(license|licence|ticket|card|certificate|certification|permit)$", re.I)
_CREDENTIAL_NOUNS = ("license", "licence", "ticket", "card", "certificate", "certification", "permit")


def credential_nouns(forms: list[str]) -> list[str]:
    """A credential's wordings with each other noun it is held as ("alcohol server certification": "alcohol server
    permit", "alcohol server card" ...); a form of a name alone ("TIPS", "Class A CDL") stays as it is."""
    out = list(forms)
    for form in forms:
        m = _CREDENTIAL_NOUN.search(form)
        if m and " " in form:
            out += [form[: m.start()] + noun for noun in _CREDENTIAL_NOUNS if noun != m.group(1).lower()]
    return list(dict.fromkeys(out))


# What a British spelling may contain; most forms contain none of it and are not respelled.
_BRITISH_HINT = re.compile(r"our|is|ys|ae|oe|re\b|res\b|red\b|ll|logu|ogramme|ence|nium|mould|tyre|ement", re.I)
_WORD = re.compile(r"[A-Za-z]+")


def _american_cased(match: re.Match) -> str:
    word = match.group()
    us = american(word.lower())
    if us == word.lower():
        return word
    return us.upper() if word.isupper() else us.capitalize() if word[:1].isupper() else us


def form_keys(form: str) -> list[tuple[str, tuple[str, ...]]]:
    """The matcher key of a case-forgiving form: ("folded", words with the last one stemmed) for ordinary words,
    ("lower", words in lower case) for names. Only the last word takes an ending ("relational databases",
    "unit tests"): stemming every word would make "product plans" read as "production planning"."""
    words = [m.group() for m in TOKEN.finditer(form)]
    if not words:
        return []
    if _is_phrase(words):
        return [("folded", (*(w.lower() for w in words[:-1]), norm(words[-1])))]
    return [("lower", tuple(w.lower() for w in words))]


def _unstemmed(form: str) -> list[str]:
    """A one-word form of the occupational list, matched as written and with a plural -s, not stemmed: the
    stemmer makes "resources" of "resourceful" and "integration" of "integrity". (Written capitalised, a
    one-word form goes to the lower-case table; see _is_phrase.)"""
    if " " in form or not form.isalpha() or not form.islower():
        return [form]
    return [form.capitalize(), form.capitalize() + ("es" if form.endswith(("s", "x", "ch", "sh")) else "s")]


def _starts(table: dict[tuple[str, ...], int]) -> dict[str, set[int]]:
    out: dict[str, set[int]] = {}
    for key in table:
        out.setdefault(key[0], set()).add(len(key))
    return out


def _is_phrase(words: list[str]) -> bool:
    """Ordinary words ("unit tests", "Relational database") rather than a name ("Drupal", "SQL", "Node.js")."""
    if not all(w.isalpha() for w in words):
        return False
    if len(words) == 1:
        return words[0].islower()
    return words[0][1:].islower() and all(w.islower() for w in words[1:])


@cache
def load() -> Taxonomy:
    """The taxonomy, built once (most of a second) and then read from the cache (a third of that), keyed by the
    files it is built from, the code that builds it and the stemmer's."""
    stemmer = Path(snowballstemmer.__file__).parent
    shipped = (
        *(_read_data(name) for name in _SOURCES),
        *(Path(__file__).with_name(name).read_bytes() for name in ("taxonomy.py", "wording.py")),
        *((stemmer / name).read_bytes() for name in ("english_stemmer.py", "basestemmer.py", "among.py")),
    )
    return cached("match-taxonomy", content_key(*shipped), _build, Taxonomy)


# The shipped files the taxonomy is made of (wording.py reads the last two).
_SOURCES = ("taxonomy.json.gz", "curated.toml", "skills.toml", "duties.toml", "open_vocab.txt", "rules.toml")


def _build() -> Taxonomy:
    # Building makes some 200,000 small objects that all live on: the cyclic collector would walk them again
    # and again for nothing (a third of the load time).
    collecting = gc.isenabled()
    gc.disable()
    try:
        derived = json.loads(gzip.decompress(_read_data("taxonomy.json.gz")))
        curated = tomllib.loads(_read_data("curated.toml").decode())
        skills = tomllib.loads(_read_data("skills.toml").decode())
        duties = tomllib.loads(_read_data("duties.toml").decode())
        return build_taxonomy(derived, curated, skills, duties)
    finally:
        if collecting:
            gc.enable()
