"""How postings word a skill besides its name: as the verb of a duty ("Reconcile accounts" for account
reconciliation, "Diagnose and repair leaks" for diagnosis) and as an adjective ("friendly", "patient").

The verbs are those ESCO skill labels start with (data/open_vocab.txt) and a few more in rules.toml; what a
verb's activity is called is found by trying the usual English endings against the taxonomy, so only nouns
the taxonomy knows are ever produced.
"""

from __future__ import annotations

import re
import tomllib
from functools import cache
from importlib import resources


def _data(name: str) -> str:
    return resources.files("onward.match").joinpath("data", name).read_text()


@cache
def _lists() -> tuple[frozenset[str], frozenset[str]]:
    """(verbs, verbs whose activity alone names no skill)."""
    found: list[str] = []
    reading = False
    for line in _data("open_vocab.txt").splitlines():
        if line.startswith("["):
            reading = line.strip() == "[verbs]"
        elif reading and line and not line.startswith("#"):
            found.extend(line.split())
    rules = tomllib.loads(_data("rules.toml"))
    verbs = frozenset(found) | frozenset(rules["open"]["verbs"].split()) | frozenset(rules["wording"]["verbs"].split())
    return verbs, frozenset(rules["wording"]["generic"].split())


@cache
def _irregular() -> dict[str, str]:
    """Past forms without "-ed" and their verb ("built" -> "build"), rules.toml [wording] irregular."""
    pairs = tomllib.loads(_data("rules.toml"))["wording"]["irregular"].split()
    return dict(pair.split("=") for pair in pairs)


@cache
def everyday() -> frozenset[str]:
    """Common English words (data/open_vocab.txt [everyday]: wordfreq's most frequent) and the verbs."""
    found: list[str] = []
    reading = False
    for line in _data("open_vocab.txt").splitlines():
        if line.startswith("["):
            reading = line.strip() == "[everyday]"
        elif reading and line and not line.startswith("#"):
            found.extend(line.split())
    return frozenset(found) | verbs()


def verbs() -> frozenset[str]:
    return _lists()[0]


def generic(verb: str) -> bool:
    """A verb whose activity says nothing of the job ("prepare", "maintain", "use")."""
    return verb in _lists()[1]


@cache
def base_verb(word: str) -> str | None:
    """The verb a word is a form of ("reconciles", "reconciled", "reconciling" -> "reconcile"), or None."""
    low = word.lower()
    known = verbs()
    if low in known or low.endswith(("ise", "yse")) and american(low) in known:
        return low  # a verb spelled the British way is the verb as written ("summarise")
    if low in _irregular() and _irregular()[low] in known:
        return _irregular()[low]
    for ending, back in (("ing", ""), ("ing", "e"), ("es", ""), ("s", ""), ("ed", ""), ("ed", "e"), ("d", ""),
                         ("ied", "y"), ("ies", "y")):
        if low.endswith(ending) and len(low) - len(ending) >= 3:
            stem = low[: -len(ending)] + back
            if stem in known or stem.endswith(("ise", "yse")) and american(stem) in known:
                return stem
            # "planning", "scanned": a doubled last consonant.
            if ending in ("ing", "ed") and not back and stem[-1] == stem[-2] and stem[:-1] in known:
                return stem[:-1]
    return None


# Endings that turn a verb into the name of its activity, tried in order: (verb ending, noun ending).
_NOUN_ENDINGS = (
    ("ize", "ization"), ("ise", "isation"), ("ify", "ification"), ("yze", "ysis"), ("ose", "osis"),
    ("ile", "iliation"), ("ate", "ation"), ("ibe", "iption"), ("uce", "uction"), ("ain", "enance"),
    ("ise", "ision"), ("ive", "ption"), ("ve", "vation"), ("ine", "ination"), ("e", "ation"),
    ("e", "ion"), ("e", "al"), ("", "ation"), ("", "ion"), ("", "ment"), ("", "ance"), ("", "al"),
)


@cache
def activity_nouns(verb: str) -> tuple[str, ...]:
    """Words that may name a verb's activity ("schedule" -> "scheduling", "diagnose" -> "diagnosis"), the verb
    itself first ("repair", "audit"); most are no English word and simply match nothing."""
    out = [verb]
    if len(verb) >= 3 and verb[-1] not in "aeiouwxy" and verb[-2] in "aeiou" and verb[-3] not in "aeiou":
        out.append(verb + verb[-1] + "ing")  # "plan" -> "planning" (before "planing")
    stem = verb[:-1] if verb.endswith("e") and not verb.endswith(("ee", "ye", "oe")) else verb
    out.append(stem + "ing")
    for ending, noun in _NOUN_ENDINGS:
        if verb.endswith(ending):
            out.append(verb[: len(verb) - len(ending)] + noun)
    return tuple(dict.fromkeys(out))


def singular(word: str) -> str:
    low = word.lower()
    if low.endswith("ies") and len(low) > 4:
        return low[:-3] + "y"
    if low.endswith("lves") and len(low) > 5:
        return low[:-3] + "f"  # "shelves", "halves"
    if low.endswith(("sses", "xes", "ches", "shes")):
        return low[:-2]
    if low.endswith("s") and not low.endswith("ss") and len(low) > 3:
        return low[:-1]
    return low


# British spellings, read as the American ones the tool-name sources and skills.toml write ("cataloguing",
# "labelling", "programme", "paediatric", "utilisation", "colour", "centre"): one word at a time, each rule on
# the word's start or end so that "selling" and "advertise" stay as they are. "Theatre" stays: in British
# postings it is mostly the operating theatre, not the stage.
_BRITISH = (
    (re.compile(r"^(behavi|col|lab|fav|hon|neighb|hum|harb|rum|vig|od|flav|endeav|arm|tum|vap|parl|savi)our"), r"\1or"),
    (re.compile(r"^(paed|haem|anaes|orthopaed|gynaec|archaeo|leukaem|ischaem|encyclopaed|caesar|faec)"),
     lambda m: m.group(1).replace("ae", "e")),
    (re.compile(r"^(oesoph|oedem|oestr|foet|coeliac|diarrhoea|manoeuvr)"), lambda m: m.group(1).replace("oe", "e", 1)),
    (re.compile(r"^(\w*(?:cent|met|lit|fib|lust|calib))re(s|d)?$"),
     lambda m: m.group(1) + "er" + {"d": "ed"}.get(m.group(2) or "", m.group(2) or "")),
    (re.compile(r"^(label|model|travel|counsel|cancel|fuel|level|signal|tunnel|channel|total|panel|marshal|shovel"
                r"|dial|equal|funnel|pedal|bevel|chisel|jewel|kennel|marvel|parcel|pencil|remodel|swivel|towel"
                r"|trowel|unravel|refuel)l(ed|ing|er|ers|or|ors)$"), r"\1\2"),
    (re.compile(r"^catalogu(e|es|ed|ing|er|ers)$"),
     lambda m: "catalog" + {"e": "", "es": "s"}.get(m.group(1), m.group(1))),
    (re.compile(r"^(analy|paraly|cataly|dialy|electroly|hydroly)s(e|ed|ing|er|ers)$"), r"\1z\2"),
    (re.compile(r"^programme"), "program"),
    (re.compile(r"^licence"), "license"),
    (re.compile(r"^(def|off)ence"), r"\1ense"),
    (re.compile(r"^aluminium"), "aluminum"),
    (re.compile(r"^mould"), "mold"),
    (re.compile(r"^tyre"), "tire"),
    (re.compile(r"^jewellery"), "jewelry"),
    (re.compile(r"^enrolment"), "enrollment"),
    (re.compile(r"^(judg|acknowledg)ement"), r"\1ment"),
    (re.compile(r"^practis(e|es|ed|ing)$"), r"practic\1"),
    (re.compile(r"^(\w{3,})is(e|es|ed|ing|ation|ations|er|ers)$"), r"\1iz\2"),
)
# Words ending in -ise that American English writes so too ("advertise", "supervise", "expertise").
_ISE = frozenset("""adv advert superv rev dev exerc expert enterpr franch comprom prem prom surpr otherw clockw
likew merchand telev improv disgu prec conc parad treat chast desp dem appr surm inc exc appra pra fundra upra cru
bru lia val repr mort tortoi porpoi turquoi compr den lou""".split())


@cache
def american(word: str) -> str:
    """The American spelling of a lower-case word written the British way, or the word itself."""
    for pattern, repl in _BRITISH:
        match = pattern.search(word)
        if match:
            if pattern is _BRITISH[-1][0] and match.group(1) in _ISE:
                return word
            return pattern.sub(repl, word, count=1)
    return word
