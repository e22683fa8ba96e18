"""What a posting asks for in words the taxonomy does not know, read the way applicant tracking systems read
duty and requirement lines: each line is split into list items, leading verbs and phrases such as
"experience with" are trimmed, and short noun phrases are kept unless they are everyday words, numbers,
places or whom the work is for. Benefits and equal-opportunity text is skipped.

These items are "open": the report lists them apart and never counts them in the match rate (docs/match.md,
"Open-vocabulary items").
"""

from __future__ import annotations

import gc
import re
import tomllib
from dataclasses import dataclass
from functools import cache
from importlib import resources

from onward.match import wording
from onward.match.extract import (
    _INLINE_HEADING,
    MENTIONED,
    PREFERRED,
    REQUIRED,
    _first_line,
    about_employer,
    cue_level,
    employer_names,
    find_spans,
    heading_level,
    ordinary_case,
    segments,
    shouted,
    spelled_out,
)
from onward.match.taxonomy import TOKEN, Taxonomy, load, norm


@dataclass(frozen=True)
class OpenItem:
    wording: str
    level: str
    # Normalised words, for comparing with the resume and with taxonomy items.
    key: tuple[str, ...]
    # Written as a name (an acronym or inner capitals: "PACS", "NPrinting"): right 0.95 of the time on the tuning
    # sets, so the report counts these in the match rate (docs/match.md, "Open items in the match rate").
    named: bool = False


@dataclass(frozen=True)
class Vocab:
    everyday: frozenset[str]
    verbs: frozenset[str]
    # Verbs a duty may start with, a wider list ("grow deposits", "juggle priorities"): trimmed off an item's
    # start, though alone such a word may be a skill ("triage").
    leading_verbs: frozenset[str]
    skip_heading: re.Pattern
    skip_line: re.Pattern
    lead: re.Pattern
    tail: re.Pattern
    split: re.Pattern
    drop_words: frozenset[str]
    not_alone: frozenset[str]
    never_alone: frozenset[str]
    people: frozenset[str]
    education: frozenset[str]
    places: frozenset[str]
    # Names of places ("Tampa", "New Mexico"), matched as a whole item.
    place_names: frozenset[str]
    # Adjectives the endings in _ADJECTIVE miss ("long", "fast", "key"), days and months, and verbs too light to
    # name a duty ("take", "give"); nouns an activity may be called by (everyday and taxonomy words).
    adjectives: frozenset[str]
    organisations: frozenset[str]
    calendar: frozenset[str]
    light_verbs: frozenset[str]
    light_duty_verbs: frozenset[str]
    # Verbs whose own noun names their activity ("engine repair", "fruit harvest"; not "concrete mix").
    verb_nouns: frozenset[str]
    people_verbs: frozenset[str]
    people_with_verbs: frozenset[str]
    subject_verbs: frozenset[str]
    nouns: frozenset[str]
    taxonomy_words: frozenset[str]
    # Last words of the taxonomy's names ("training" of "Staff training", "repair" of "Engine repair").
    name_ends: frozenset[str]
    # Pairs of words standing together in a taxonomy form: (word, next word stemmed).
    pairs: frozenset[tuple[str, str]]


def _words(text: str) -> frozenset[str]:
    return frozenset(text.lower().split())


def _any(patterns: list[str]) -> str:
    return "|".join(f"(?:{p})" for p in patterns)


@cache
def vocab() -> Vocab:
    # As with the taxonomy: the cyclic collector would walk its 200,000 objects again and again for nothing.
    collecting = gc.isenabled()
    gc.disable()
    try:
        return _vocab()
    finally:
        if collecting:
            gc.enable()


def _vocab() -> Vocab:
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
        leading_verbs=wording.verbs(),
        skip_heading=re.compile(_any(rules["skip_headings"]), re.I),
        skip_line=re.compile(
            _any(rules["offer_lines"] + rules["posting_lines"] + [rules["place"]] + rules["skip_lines"]), re.I
        ),
        lead=re.compile(rf"^(?:{_any(rules['lead'])})\s+", re.I),
        tail=re.compile(rf"\s+(?:{_any(rules['tail'])})$", re.I),
        # Split words stand alone: "trade-ins" and "at-risk" keep their "in" and "at". A recruiter's " + " joins
        # items as "&" does ("Skin boosters + PRP"), and " = " says what an item is worth ("BICSc = big plus").
        split=re.compile(
            rf"\s*(?:[,;:()\[\]|]|\.\s|\s[-–—&/]\s|(?<![^\s)\]])[+=]\s|(?<![\w-])(?:{_any(rules['split'])})(?![\w-]))\s*",
            re.I,
        ),
        drop_words=_words(rules["drop_words"]),
        not_alone=_words(rules["not_alone"]),
        never_alone=_words(rules["never_alone"]),
        people=frozenset(lists["people"]) | _words(rules["people"]),
        education=_words(rules["education"]),
        places=_words(rules["places"]),
        place_names=frozenset(n.strip().lower() for n in rules["place_names"].split(",") if n.strip()),
        adjectives=_words(rules["adjectives"]),
        organisations=_words(rules["organisations"]),
        calendar=_words(rules["calendar"]),
        light_verbs=_words(rules["light_verbs"]),
        light_duty_verbs=_words(rules["light_duty_verbs"]) - {""},
        verb_nouns=_words(rules["verb_nouns"]),
        people_verbs=_words(rules["people_verbs"]),
        people_with_verbs=_words(rules["people_with_verbs"]),
        subject_verbs=_words(rules["subject_verbs"]),
        nouns=frozenset(lists["everyday"]) | _taxonomy_words(),
        taxonomy_words=_taxonomy_words(),
        name_ends=_name_ends(),
        pairs=_pairs(),
    )


def _pairs() -> frozenset[tuple[str, str]]:
    """Adjacent words of the taxonomy's forms: a form's last word stemmed as its key has it ("physical",
    "educ"), a word inside a form as written ("blood", "pressure")."""
    out = set()
    for key in load().folded:
        out.update(zip(key, key[1:], strict=False))
    return frozenset(out)


@cache
def _taxonomy_words() -> frozenset[str]:
    """Words the taxonomy's names use, written out ("restoration", "reconciliation")."""
    taxonomy = load()
    return frozenset(w for c in taxonomy.concepts for w in c.name.lower().split() if w.isalpha())


def _name_ends() -> frozenset[str]:
    taxonomy = load()
    return frozenset(c.name.lower().split()[-1] for c in taxonomy.concepts if len(c.name.split()) > 1)


ACTIVITY = re.compile(r"(?:tion|tions|ments)$")


def _is_verb(word: str, verbs: frozenset[str]) -> bool:
    low = word.lower()
    if low in verbs:
        return True
    if (us := wording.american(low)) != low and low[-5:] not in ("ation", "tions") and _is_verb(us, verbs):
        return True  # spelled the British way: "summarise", "analysing"
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
            len(words) > 1 and _is_verb(words[0], v.leading_verbs) and not _brand(words[0])
            and words[1].lower() != "of"
        )):
            words = words[1:]
        while words and words[-1].lower() in v.drop_words:
            words = words[:-1]
        item = " ".join(words)
    return item


_NUMBER_NAME = re.compile(r"\d{1,2}[A-Z]{1,3}")
_MODIFIER = re.compile(r"(?:in|on)-[a-z-]+|[a-z-]+-(?:to|on)-[a-z-]+")
_NUMBER_WORD = re.compile(
    r"\b\d{1,2}-(?!(?:week|hour|day|month|year|minute|foot|feet|pound|lb|mile|person|people|bed|seat)s?\b)[a-z]{3,}\b"
)
# Words that say which pupils or learners, with a number: "Years 7-9", "Grade 3", "Key Stage 2", "Ages 2-5".
_BANDS = {"year", "years", "yr", "yrs", "grade", "grades", "age", "ages", "key", "stage", "stages", "form", "forms",
          "class", "standard", "std", "level", "levels", "k", "pk", "prek", "kindergarten", "to", "and"}
# Words that make an item a credential, whatever place it names ("state licensure").
_CREDENTIAL = {"license", "licence", "licensure", "certification", "certificate", "registration", "endorsement",
               "credential"}


# A credential or standard named by its issuer's initials and a code ("NFPA 70E arc flash training", "CPCS A59
# excavator card", "ISO 9001 internal auditor course", "AWS D1.1"): a name, up to six words.
_CODED = re.compile(r"[A-Z]{2,}[A-Z0-9-]*\s+[A-Z]{0,2}\d[\dA-Za-z.]*")


# A credential said in prose with the body that grants it ("registered with the NMC", "registration with the College
# of Nurses of Ontario (CNO)", "membership of Engineers Australia", "Gas Safe registered", "on the HCPC register"):
# one item in the posting's words, not the body's initials or name alone. The body is an acronym or two capitalised
# words or more ("the State" is no body).
_BODY = r"(?:[A-Z][\w&'’.-]*)(?:\s+(?:(?:of|and|&|for|in|the)\s+)*[A-Z][\w&'’.-]*)*(?:\s+\([A-Z][A-Za-z]+\))?"
_REGISTERED = (
    re.compile(
        rf"\b(?i:registered|registration|membership|member|enrolled|enrolment|enrollment|licensed|licenced|accredited|"
        rf"accreditation|certified)\s+(?:with|by|of|on)\s+(?:the\s+)?(?P<name>{_BODY})"
    ),
    re.compile(rf"(?<![\w.])(?P<name>{_BODY})\s+(?:registered|registration)\b"),
    re.compile(rf"\bon\s+the\s+(?P<name>{_BODY})\s+register\b"),
)


def _credentials(body: str) -> list[tuple[str, tuple[str, ...]]]:
    """Credentials said with the body that grants them, in the posting's words, each with the key of the body's
    name (a resume names the body: "NMC PIN", "HCPC registered")."""
    out = []
    start = len(body) - len(body.lstrip(" -*•"))
    for kind, pattern in enumerate(_REGISTERED):
        for m in pattern.finditer(body):
            name = m.group("name").rstrip(".")
            words = name.split()
            if kind == 1 and m.start() == start:
                words = words[1:]  # the line's first word has its capital anyway: "Current registration"
            capitals = [w for w in words if w[:1].isupper()]
            if not any(sum(c.isupper() for c in w) >= 2 for w in words) and len(capitals) < 2:
                continue
            name = " ".join(words)
            if kind == 0:
                wording = body[m.start() : m.end("name")].rstrip(".")  # "registered with the SAVC"
            elif kind == 1:
                wording = name + body[m.end("name") : m.end()]  # "Gas Safe registered"
            else:
                wording = name + " register"  # "on the NMC register"
            out.append((wording, tuple(norm(t.group()) for t in TOKEN.finditer(name))))
    return out


def _keep(item: str, v: Vocab) -> bool:
    words = item.split()
    if _CODED.match(item) and len(words) <= 6 and words[-1].lower() not in v.people and not set("$%@") & set(item):
        return True
    if not 1 <= len(words) <= 4 or len(item) < 2 or any(c in item for c in "$%@"):
        return False
    tokens = [m.group() for m in TOKEN.finditer(item)]
    # "Tier 2", "Pinnacle 21 checks", "12-lead ECG": a number that is part of a name, not a quantity.
    numbered = any(
        a[:1].isupper() and a.isalpha() and len(a) > 1 and b.isdigit() for a, b in zip(tokens, tokens[1:], strict=False)
    )
    # "8D", "5S", "4WD": a number and capitals are a name too.
    numbered = numbered or bool(_NUMBER_WORD.search(item)) or any(_NUMBER_NAME.fullmatch(t) for t in tokens)
    if not tokens or (tokens[0][0].isdigit() and not numbered) or (
        any(t.isdigit() and len(t) <= 2 for t in tokens) and not numbered
    ):
        return False  # "75 lbs", "lift 60 pounds", "10-12"; not "Form 1040", "Tier 2", "Series 7"
    if tokens[0].lower() in _BANDS and all(t.isdigit() or t.lower() in _BANDS for t in tokens[1:]):
        return False  # whom a class is for: "Years 7-9", "Grades K-5", "Ages 3 to 5", "Key Stage 2"
    if len(tokens) > 1 and tokens[-1].isdigit() and not numbered and tokens[-2].lower() == "of":
        return False  # "team of 300"
    low = [w.lower().strip(".,'’") for w in words]
    if len(words) > 1 and "Certified" in words[:-1] and all(w[:1].isupper() for w in words):
        return True  # a credential's name, whoever holds it: "Certified Quality Inspector", "ASQ Certified Auditor"
    if low[-1] in v.education:
        return False  # "Bachelor's", "high school diploma"; not "degree plans"
    place = any(w in v.places for w in low) and low[-1] not in _CREDENTIAL or _place_name(low, v)
    if low[-1] in v.people or low[-1] in v.organisations or place or low[-1] in v.not_alone:
        return False
    adverb = low[-1].endswith("ly") and low[-1][:-2] in v.everyday  # "parents warmly"
    if len(words) > 1 and (low[-1] in v.adjectives or _ADJECTIVE_END.search(low[-1]) or adverb or any(
        _says(w, v) for w in low[1:]
    )):
        return False  # "branch compliant", "room safe"; "Pricing team sets rates", "experience helps"
    if low[0] in v.adjectives and all(w in v.everyday or w.endswith("ing") for w in low[1:]):
        return False  # "long periods of standing"
    if len(words) == 1:
        word = low[0]
        if word in v.never_alone:
            return False
        if _brand(words[0]) or _NUMBER_NAME.fullmatch(words[0]):
            return True
        # A word naming an activity is a skill even when common ("scheduling", "documentation").
        gerund = word.endswith("ing") and _is_verb(word, v.verbs) and wording.base_verb(word) not in v.light_verbs
        if (ACTIVITY.search(word) and len(word) >= 7 or gerund and len(word) >= 6) and word not in v.not_alone:
            return True
        if _is_verb(word, v.verbs) or word.endswith("ify") or _ADJECTIVE_END.search(word):
            return False
        if word in v.adjectives or _MODIFIER.fullmatch(word):
            return False  # "in-person", "contract-to-hire", "one-on-one"
        return word not in v.everyday and len(word) >= 4 and not word.endswith("ly")
    # A phrase of everyday words is too loose to list ("older screens", "long periods") unless a word is a name
    # or it is a compound of nouns ("chest pain", "change orders", "background jobs").
    return any(_brand(w) or w.lower() not in v.everyday for w in words) or _compound(low, v) or _domain(low, v)


# Words of direction before a place's name ("South Providence", "Midtown Manhattan", "Greater Boston").
_DIRECTION = {"north", "south", "east", "west", "northern", "southern", "eastern", "western", "central", "midtown",
              "downtown", "uptown", "greater", "metro", "upstate", "downstate", "coastal", "rural", "suburban"}


def _place_name(words: list[str], v: Vocab) -> bool:
    """A place's name, perhaps after a word of direction ("Tampa", "South Providence", "New Mexico")."""
    if words and words[0] in _DIRECTION and len(words) > 1:
        words = words[1:]
    return " ".join(words) in v.place_names


# Endings only adjectives have, for an item's last word ("comprehensible", "careful", "suspicious").
_ADJECTIVE_END = re.compile(r"(?:(?<=\w{3})(?:ible|able)|ful|ous|less|ish)$")


def _says(word: str, v: Vocab) -> bool:
    """A verb said of someone inside an item ("sets", "requires", "helps"): the item is a sentence."""
    if not word.endswith("s") or word.endswith("ss"):
        return False
    verb = wording.base_verb(word)
    return verb is not None and verb != word and (verb in v.light_verbs or word not in v.nouns)


# Endings of adjectives: "visual", "careful", "various", "active", "possible", "basic", "endless".
_ADJECTIVE = re.compile(r"(?:al|ful|ous|ive|(?<=\w{3})(?:ible|able)|ic|less|ish|ly)$")


def _compound(words: list[str], v: Vocab) -> bool:
    """Everyday words that name a thing together: each word before the last a noun (no adjective, verb or
    number word), the last no verb's bare form ("stay focused", "keep busy")."""
    return all(
        w not in v.adjectives and not _ADJECTIVE.search(w) and w not in v.drop_words and not _is_verb(w, v.verbs)
        for w in words[:-1]
    ) and len(words[-1]) >= 3


def _domain(words: list[str], v: Vocab) -> bool:
    """Everyday words that some skill label also puts together ("physical education", "general surgery"), none
    an adjective of degree, size or time ("long periods", "fast pace") and the last no adjective at all."""
    if any(w in v.adjectives for w in words) or _ADJECTIVE_END.search(words[-1]):
        return False
    return any((a, norm(b)) in v.pairs or (a, b) in v.pairs for a, b in zip(words, words[1:], strict=False))


def _name(item: str, v: Vocab) -> bool:
    """A word written with a capital inside a sentence ("Wilson", "Calendly", "Rise"): a name."""
    word = item.strip(".,;:'’\"")
    return (
        word[:1].isupper() and word[1:].islower() and word.isalpha() and len(word) >= 3
        and word.lower() not in v.places and word.lower() not in v.people and word.lower() not in v.calendar
        and word.lower() not in v.drop_words and word.lower() not in v.not_alone
        and word.lower() not in v.place_names and word.lower() not in v.never_alone
    )


_PREPOSITIONS = {"with", "without", "for", "to", "of", "in", "on", "at", "by", "from", "into", "about"}


def _described(body: str, piece: str, v: Vocab) -> bool:
    """Whether an item after a preposition starts with an adjective ("with clear notes"): a thing described, not
    a duty ("clear notes" is no note clearance)."""
    before = body[: body.find(piece)].split()
    return bool(before) and before[-1].lower() in _PREPOSITIONS and piece.split()[0].lower() in v.adjectives


def _starts_with_verb(piece: str, v: Vocab) -> bool:
    """Whether a line is a duty ("Schedule staff, order supplies"): its first item starts with a verb."""
    words = v.lead.sub("", piece.strip(" .!?*-–•'\"")).split()
    return bool(words) and wording.base_verb(words[0]) is not None and words[0].lower() not in v.drop_words


def _activity_noun(verb: str, v: Vocab) -> str:
    """The noun of a verb's activity that English uses ("collection", "management"; a gerund such as "cleaning"
    only when the taxonomy uses it), or ""."""
    nouns = list(wording.activity_nouns(verb)[1:])
    if verb.endswith("er"):
        # "deliver": "delivery", "enter": "entry"; "-al" is no activity of these ("enteral" is a word of its own).
        nouns = [verb + "y", verb[:-2] + "ry", *(n for n in nouns if n != verb + "al")]
    # "-ion" and "-al" straight after the verb make words of other senses ("billion", "postal"): only names'
    # ends count then ("specimen collection", "snow removal").
    noun = next((n for n in nouns if n in v.nouns and not n.endswith("ing") and (
        n in v.name_ends or not (n == verb + "ion" or n == verb + "al" or n == verb[:-1] + "al"))), "")
    # A gerund, or the verb itself ("repair", "audit"), only where a skill's name ends in it ("staff training",
    # "engine repair"): "banquet cook leading" is no name a person would write.
    named = [n for n in nouns if n.endswith("ing")] + ([verb] if verb in v.verb_nouns else [])
    return noun or next((n for n in named if n in v.name_ends), "")


@cache
def _activities() -> frozenset[str]:
    """Nouns that name a verb's activity and English uses ("maintenance", "analysis", "inspection"), besides gerunds
    and the verbs that are their own noun ("design", "review")."""
    v = vocab()
    return frozenset(
        noun for verb in wording.verbs() if verb not in v.light_verbs
        for noun in wording.activity_nouns(verb)[1:] if noun in v.nouns and not noun.endswith("ing")
    ) | v.verb_nouns


_ARTICLES = {"a", "an", "the", "all", "each", "every", "our", "your", "their", "its"}
_OF_WORK = re.compile(r"^((?:[\w-]+ ){0,1}[\w-]+) of ((?:[\w-]+ ){0,2}[\w-]+)$")


def _of_work(item: str, v: Vocab, named: set[tuple[str, ...]]) -> str:
    """Work on a thing said with "of" ("design of surveys", "reading of drawing", "maintenance of wind turbine"),
    as resumes name it: the thing, then the work ("survey design", "drawing reading", "wind turbine maintenance"),
    so that it is the same item as a duty said with a verb. Other items as they are ("bills of materials",
    "certificate of competency", "knowledge of CAD"), and work the taxonomy names: its object is the item then
    ("Troubleshooting of lighting circuits")."""
    m = _OF_WORK.match(item)
    if not m:
        return item
    work, thing = m.group(1).split(), m.group(2).split()
    while len(thing) > 1 and thing[0].lower() in _ARTICLES:
        thing = thing[1:]
    head = work[-1].lower()
    if tuple(norm(w) for w in work) in named or (norm(head),) in named:
        return item
    verb = wording.base_verb(head)
    gerund = head.endswith("ing") and verb is not None and verb not in v.light_verbs
    if not (gerund or head in _activities()) or any(
        w.lower() in v.drop_words or w.lower() in _PREPOSITIONS or not w.replace("-", "").isalpha() for w in thing
    ):
        return item
    one = wording.singular(thing[-1].lower())
    last = thing[-1] if thing[-1].lower() in _PLURAL else one if thing[-1].islower() else thing[-1][: len(one)]
    # The work's words lose the capital that only started the line ("Periodic maintenance of wind turbine").
    return " ".join([*thing[:-1], last, *(w.lower() if w[1:].islower() else w for w in work)])


# Words before the people a duty is done to that say how many or which, not who: "Greet every guest", "Train new
# hires".
_WHICH = {"a", "an", "the", "every", "each", "all", "our", "your", "new", "incoming", "other", "two", "three", "four",
          "five", "six", "several", "multiple", "up"}


def _gerund(verb: str, v: Vocab) -> str:
    """The "-ing" form: "plan" -> "planning", but "monitor" -> "monitoring": a final consonant doubles after the one
    vowel of a short verb, or when the word is known ("admitting")."""
    forms = [f for f in wording.activity_nouns(verb) if f.endswith("ing")]
    known = [f for f in forms if f in v.nouns]
    return known[0] if known else forms[0] if len(re.findall(r"[aeiou]+", verb)) == 1 else forms[-1]


def _duty(piece: str, v: Vocab) -> str:
    """A duty whose object alone is no item ("Order parts", "Collect fees", "Train cooks", "Take orders"), named as
    a person would list it in a resume: the object and the verb's activity ("parts ordering", "fee collection",
    "cook training"), or, when English has no noun for the activity, the "-ing" form and the object ("leading
    banquet cooks", "taking orders"); "" otherwise."""
    words = v.lead.sub("", piece.strip(" .!?*-–•'\"")).split()
    if len(words) < 2 or len(words) > 4:
        return ""
    verb = wording.base_verb(words[0])
    if not verb or verb in v.light_verbs and verb not in v.light_duty_verbs:
        return ""
    objects = [w.strip(".,;:") for w in words[1:]]
    last = objects[-1].lower()
    person = last in v.people or last + "s" in v.people
    if person and len(objects) > 1 and objects[0].lower() == "with" and verb in v.people_with_verbs:
        objects = objects[1:]
    elif person and (verb not in v.people_verbs or words[0].lower().endswith("ed")):
        return ""  # "Call parents" says whom the work is for; "Registered nurses" are people
    if person:
        # People the work is done to: the activity is a skill ("Supervise volunteers" is volunteer supervision)
        # whatever words say which ones.
        while len(objects) > 1 and objects[0].lower() in _WHICH:
            objects = objects[1:]
    return _duty_name(verb, objects, v, person)


def _work(piece: str, item: str, v: Vocab) -> str:
    """A duty whose object is an item itself, named with its verb's activity ("Repair kiln shelves": kiln shelf
    repair, "Graft fruit trees": grafting fruit trees), so that the same work written as a noun ("fruit tree
    grafting") is the same item; "" for light and general verbs ("Use Excel", "Prepare journal entries")."""
    words = v.lead.sub("", piece.strip(" .!?*-–•'\"")).split()
    verb = wording.base_verb(words[0]) if words and words[0].lower() not in v.adjectives else None
    if not verb or verb in v.light_verbs or wording.generic(verb) or words[1:] != item.split() or item.endswith("ed"):
        return ""  # "Fix crashes reported" names no work by its verb
    return _duty_name(verb, item.split(), v, shared=True)


# Adjectives of how well work is done, before its object: the work is the same ("clear reports", "accurate records").
_QUALITY = {"clear", "accurate", "concise", "detailed", "thorough", "timely", "effective", "compelling", "engaging",
            "proper", "correct", "professional", "high-quality", "quality", "precise", "careful"}

# Two words sharing the rest of an item, written with a slash: "photo/video editing" is photo editing and video
# editing, "pre/post-trip inspections" pre-trip and post-trip inspections, "product loading/unloading" product
# loading and product unloading. Not names ("TCP/IP") nor single letters ("m/f/d").
_SLASHED = re.compile(r"(?<![\w/-])([A-Za-z][a-z]+(?:-[a-z]+)*)/([a-z]{2,})((?:-[a-z]+)*)(?![\w/])")


def _unslashed(piece: str) -> list[str]:
    """A piece with words joined by a slash read as one piece for each ("photo/video editing": "photo editing",
    "video editing"); a short first word takes the second's hyphened ending ("pre/post-trip": "pre-trip"). Other
    pieces as they are."""
    m = _SLASHED.search(piece)
    if not m or not (piece[: m.start()].strip() or piece[m.end() :].strip() or m.group(3)):
        return [piece]
    first, second, ending = m.group(1), m.group(2), m.group(3)
    if "-" not in first and len(first) <= 4 and ending:
        first += ending
    return [piece[: m.start()] + word + piece[m.end() :] for word in (first, second + ending)]


def _duty_name(verb: str, words: list[str], v: Vocab, person: bool = False, shared: bool = False) -> str:
    """The name of a verb's work on its object ("fee collection", "leading banquet cooks"), or "" when it names
    nothing. Words keep their case ("Windows Server installation")."""
    while len(words) > 1 and words[0].lower() in _QUALITY:
        words = words[1:]  # how well, not what: "Write clear reports" is report writing
    objects = [w.lower() for w in words]
    if not objects or len(objects) > 2 or objects[0] in v.drop_words - {"and", "or"} or _PREPOSITIONS & set(objects):
        return ""
    if verb in v.subject_verbs and not person and all(w.replace("-", "").isalpha() for w in objects) and not (
        set(objects) & (v.drop_words | v.not_alone - {"skills"})
    ):
        # What is taught is a subject whatever its words ("Teach visual arts", "Tutor creative writing").
        return " ".join([*words, "teaching" if verb != "tutor" else "tutoring"])
    if any(not w.replace("-", "").isalpha() or w in v.adjectives or _ADJECTIVE.search(w) or w in v.drop_words
           for w in objects) or (objects[-1] in v.verbs and not person):
        return ""  # "code review" is a thing, not a duty
    # The activity's own noun ("collection", "management"; "training" where the taxonomy uses it) after the object,
    # as resumes list it; else the "-ing" form before the object, for work on people ("leading banquet cooks"),
    # a light verb with a real object ("taking orders") and verbs sharing one object ("Starts, stops and transfers
    # utility service": starting utility service).
    if verb in v.light_duty_verbs and objects[-1] in v.not_alone or objects[0] in _WH:
        return ""  # "take part", "make time", "run what you build"
    noun = _activity_noun(verb, v)
    if noun:
        last = words[-1] if words[-1] != objects[-1] or objects[-1] in _PLURAL else wording.singular(words[-1])
        return " ".join([*words[:-1], last, noun])
    if person or shared or verb in v.light_duty_verbs or _gerund(verb, v) in v.taxonomy_words:
        # Work with people keeps its "with": "Liaise with suppliers" is liaising with suppliers.
        joined = ["with"] if person and verb in v.people_with_verbs else []
        return " ".join([_gerund(verb, v), *joined, *words[:-1], _plural(words[-1]) if person else words[-1]])
    return ""


# Nouns that keep their "-s" before another noun: "parts ordering", "sales reporting", "customs clearance".
_PLURAL = {"parts", "sales", "goods", "customs", "operations", "premises", "earnings", "savings", "news", "arms",
           "clothes", "glasses", "series", "species", "systems", "communications", "logistics", "electronics"}
_WH = {"what", "whatever", "how", "why", "which", "who"}


def _plural(word: str) -> str:
    """People as a list names them: "Greet every guest" is greeting guests."""
    if word.endswith("s"):
        return word
    if word.endswith(("ch", "sh", "x")):
        return word + "es"
    if word.endswith("y") and word[-2:-1] not in "aeiou":
        return word[:-1] + "ies"
    return word + "s"


# Particles of a verb standing alone in a list of verbs ("Strip down, rebuild and align gearboxes").
_PARTICLES = {"down", "up", "out", "off", "away", "back"}


def _bare_verb(piece: str, v: Vocab) -> str:
    """A list item that is a verb alone ("Installs", "stops", "strip down"): its base form, else ""."""
    words = v.lead.sub("", piece.strip(" .!?*-–•'\"")).split()
    if not 1 <= len(words) <= 2 or len(words) == 2 and words[1].lower() not in _PARTICLES:
        return ""
    if words[0].lower() in v.drop_words or _brand(words[0]):
        return ""
    return wording.base_verb(words[0]) or ""


_SERIES_GAP = re.compile(r"\s*,?\s*(?:(?:and/or|and|or|&)\s+)?", re.I)


_AND = re.compile(r"\s*(?:and|or|&)\s+", re.I)


def _shared_head(body: str, pieces: list[str], items: list[str], v: Vocab, named: set[tuple[str, ...]]) -> list[str]:
    """A word joined by "and" or "or" to the next item shares that item's head ("boiler and chiller rounds", "food
    and environmental swabs", "hydraulic and fuel systems"): it is "boiler rounds", "food swabs", "hydraulic
    systems", as a resume would say. Not a verb ("Open and close the store", "Drafting and
    vetting"), whose work _shared names; not a plural ("nurses and care staff"), not before a name ("Excel and Google
    Sheets") and not a pair the taxonomy names ("health and safety")."""
    out, at = list(items), 0
    for n in range(len(pieces) - 1):
        start = body.find(pieces[n], at)
        at = start + len(pieces[n]) if start >= 0 else at
        said, word, head = pieces[n].strip(" .!?*-–•'\"").split(), items[n].split(), items[n + 1].split()
        # The lone word must be the whole piece, or follow its duty's verb ("Give oral and IV medicines"): "Monitor
        # model drift and data quality" shares no head, nor does a line said of people ("Monitor" is no verb in
        # "Monitor model drift"). Nor a name ("Excel and Google Sheets"), but an acronym after a plain word ("oral
        # and IV medicines").
        if len(word) != 1 or len(head) < 2 or start < 0:
            continue
        verb = n == 0 and len(said) == 2 and said[1] == word[0] and _starts_with_verb(pieces[n], v) and (
            body.strip(" .!?*-–•'\"").startswith(" ".join(said)))
        name = head[0][:1].isupper() and not (head[0].isupper() and word[0].islower() and head[-1].islower())
        if len(said) != 1 and not verb or name:
            continue
        if not _AND.fullmatch(body[at : body.find(pieces[n + 1], at)] or " "):
            continue
        low = word[0].lower()
        # A credential is a head itself: "RBS certification and food handler card" shares nothing.
        if low.endswith(("s", "ing")) or low in _CREDENTIAL or _bare_verb(pieces[n], v):
            continue
        pair = (norm(low), "and", norm(head[0]))
        if any(_inside(pair, k) for k in named):
            continue
        out[n] = " ".join([word[0], *head[1:]])
    return out


_CLAUSE_GAP = re.compile(r".*[;:.]\s*$|\s*$", re.S)


def _unlisted(word: str) -> str:
    """The plain form of a word written as a verb of the third person ("seals" -> "seal", "waxes" -> "wax") or
    plainly ("commission"), for a verb the lists do not have."""
    low = word.lower()
    if low.endswith(("ches", "shes", "xes", "sses", "zes")):
        return low[:-2]
    return low[:-1] if low.endswith("s") and not low.endswith(("ss", "us", "is")) else low


def _series_verbs(body: str, pieces: list[str], v: Vocab) -> dict[int, str]:
    """Verbs the verb lists do not have, known by the row they stand in: a row of lone words starting a clause and
    ending in a piece with its object, joined by commas and "and" ("Test, maintain and commission protective
    relays", "strips, seals and waxes floors"), is a row of verbs when one of them is a known verb and all are written
    alike (all with "-s", or all plain). Returns each unknown verb's piece and plain form."""
    out: dict[int, str] = {}
    at, spans = 0, []
    for piece in pieces:
        start = body.find(piece, at)
        spans.append((start, start + len(piece)))
        at = max(at, start + len(piece)) if start >= 0 else at
    n = 0
    while n < len(pieces):
        gap = body[spans[n - 1][1] : spans[n][0]] if n and spans[n][0] >= 0 else ""
        if n and not _CLAUSE_GAP.fullmatch(gap):
            n += 1
            continue
        end = n
        while end + 1 < len(pieces) and len(pieces[end].strip(" .!?*-–•'\"").split()) == 1 and spans[end + 1][0] >= 0 \
                and _SERIES_GAP.fullmatch(body[spans[end][1] : spans[end + 1][0]]):
            end += 1
        words = [pieces[k].strip(" .!?*-–•'\"").split() for k in range(n, end + 1)]
        if end > n and len(words[-1]) >= 2 and all(len(w) == 1 for w in words[:-1]):
            firsts = [w[0] for w in words]
            plain = {w.lower().endswith("s") and not w.lower().endswith("ss") for w in firsts}
            fit = all(re.fullmatch(r"[A-Za-z]+(?:-[a-z]+)?", w) and w.lower() not in v.drop_words and not _brand(w)
                      and (k == 0 or w.islower()) for k, w in enumerate(firsts))
            if fit and len(plain) == 1 and any(wording.base_verb(w) for w in firsts):
                out.update({n + k: _unlisted(w) for k, w in enumerate(firsts) if not wording.base_verb(w)})
        n = end + 1
    return out


def _shared(body: str, pieces: list[str], items: list[str], v: Vocab) -> tuple[dict[int, list[str]], set[int]]:
    """Verbs in a row that share the next one's object ("Installs, configures and monitors servers", "Prune,
    harvest and pack fruit"): each names its work on that object ("server installation", "server configuration",
    "server monitoring"). Returns the items to add after each object's piece, and the verbs' own pieces, which are
    no items."""
    spans, at = [], 0
    for piece in pieces:
        start = body.find(piece, at)
        spans.append((start, start + len(piece)))
        at = max(at, start + len(piece)) if start >= 0 else at
    extra: dict[int, list[str]] = {}
    bare: set[int] = set()
    run: list[int] = []
    unlisted = _series_verbs(body, pieces, v)
    for n, piece in enumerate(pieces):
        gap = body[spans[n - 1][1] : spans[n][0]] if n and spans[n][0] >= 0 and spans[n - 1][0] >= 0 else None
        if run and (gap is None or not _SERIES_GAP.fullmatch(gap)):
            run = []
        said = v.lead.sub("", piece.strip(" .!?*-–•'\"")).split()
        if _bare_verb(piece, v) or n in unlisted and len(said) == 1:
            run.append(n)
            continue
        verb = wording.base_verb((said or [""])[0]) or unlisted.get(n)
        if n in unlisted and items[n].split()[:1] == said[:1]:
            items = [*items[:n], " ".join(items[n].split()[1:]), *items[n + 1 :]]
        # "maintain overhead and underground distribution lines": the object goes on after "and"; leave it.
        elided = n + 1 < len(pieces) and len(items[n].split()) == 1 and not items[n].endswith("s") and len(
            items[n + 1].split()) >= 2 and re.fullmatch(r"\s+(?:and|or)\s+", body[spans[n][1] : spans[n + 1][0]] or "")
        if run and verb and not elided:
            objects = [w.strip(".,;:") for w in items[n].split()]
            # "Windows Server" is a product, not restaurant servers.
            low = objects[-1].lower() if objects else ""
            person = bool(objects) and (low in v.people or low + "s" in v.people) and not any(
                w[:1].isupper() for w in objects)
            names = []
            for k in [*run, n]:
                other = verb if k == n else _bare_verb(pieces[k], v) or unlisted[k]
                if k == n and len(said) > 1 and said[1].lower() in _PARTICLES | {"out"}:
                    continue  # "plan and carry out activities": the work of "carry out" has no name
                if person and other not in v.people_verbs:
                    continue
                # A verb with its particle keeps it, light or not: "Sets up and operates lathes" is setting up
                # lathes, "Pick up and drop off passengers" picking up passengers.
                particle = pieces[k].strip(" .!?*-–•'\"").split()[1:] if k != n else []
                if other in v.light_verbs and other not in v.light_duty_verbs and not particle:
                    continue
                name = _duty_name(other, objects, v, person, shared=True)
                if name and particle:
                    name = " ".join([_gerund(other, v), particle[0].lower(), *objects[:-1],
                                     _plural(objects[-1]) if person else objects[-1]])
                if name:
                    names.append(name)
            if names:
                extra[n] = names
                bare.update(run)
        run = []
    return extra, bare


# List marks other than "-", "*" and "•", which writers type too (">> Seat patients", "→ Order stock", "✓ SQL").
_BULLET = re.compile(r"^(?:[>»›→▪◦●■□✓✔➤➢◆♦‣⁃~+]+\s*)+")

def _doing(piece: str, v: Vocab) -> str:
    """Work with people said with "-ing" inside a requirement ("experience teaching adults", "comfortable
    coaching new hires"): from that word on, else ""."""
    words = piece.split()
    if not words or not (words[-1].lower() in v.people or words[-1].lower() + "s" in v.people):
        return ""
    for at in range(max(0, len(words) - 4), len(words) - 1):
        word = words[at].lower()
        if word.endswith("ing") and wording.base_verb(word) in v.people_verbs | v.people_with_verbs:
            return " ".join(words[at:])
    return ""


def _with(body: str, piece: str, v: Vocab) -> str:
    """People after "with" and a verb of work with them, which the line was split at ("Communicate with
    families"): the verb, "with" and the people, else ""."""
    at = body.find(piece)
    before = re.search(r"(\w+)\s+with\s+$", body[:at]) if at > 0 else None
    if not before or wording.base_verb(before.group(1)) not in v.people_with_verbs:
        return ""
    return f"{before.group(1)} with {piece}"


def _carried(body: str, pieces: list[str], n: int, v: Vocab) -> str:
    """A lone word after "and" or "or" that ends a duty ("Pour beer and wine", "install boxes and devices"): the
    duty's verb carries over to it ("Pour wine"), else ""."""
    words = pieces[n].strip(" .!?*-–•'\"").split()
    if n == 0 or len(words) != 1 or wording.base_verb(words[0]):
        return ""
    before = v.lead.sub("", pieces[n - 1].strip(" .!?*-–•'\"")).split()
    end = body.find(pieces[n - 1]) + len(pieces[n - 1])
    if len(before) < 2 or not wording.base_verb(before[0]) or not _AND.fullmatch(body[end : body.find(pieces[n], end)]):
        return ""
    return f"{before[0]} {words[0]}"


# A social post's hashtags tag the post, in words run together ("#cleaningjobs #NHS"); "C#" and "F#" stay.
_HASHTAGS = re.compile(r"(?<!\S)#\w+")
# "you'll", "we're", "they've": the pronoun and its verb say nothing ("ll build accessible UI").
_CONTRACTION = re.compile(r"\b(?:you|we|they|i|he|she|it|that|there|who|what)['’](?:ll|re|ve|d|s|m)\b", re.I)


_SPECIALITY = re.compile(r"\s+[-–—|:]\s+|\s*[(,]")


def _header(line: str, title_words: set[str]) -> bool:
    """The posting's first line when it is a header: the title with its place, shift or kind of work
    ("Certified Nursing Assistant - Long-Term Care"), no sentence."""
    words = [norm(m.group()) for m in TOKEN.finditer(line)]
    return bool(words) and not line.rstrip().endswith(".") and sum(w in title_words for w in words) * 2 >= len(words)


def _criteria(text: str) -> tuple[str, list[tuple[str, str]]]:
    """The text without its criteria tables, and their criteria with their levels. A criteria table, as public
    bodies write a person specification, has a head row of short headings between pipes, one saying essential or
    desirable ("Criteria | Essential | Desirable | How assessed"), and rows of as many cells: a row's criteria are
    its cells under those headings, not its label ("Knowledge") nor how it is assessed ("A / I")."""
    kept: list[str] = []
    table: list[tuple[str, str]] = []
    columns: list[str | None] = []
    for line in text.splitlines():
        cells = [c.strip() for c in line.strip().strip("|").split("|")] if line.count("|") >= 2 else []
        levels = [heading_level(c) if c and len(c.split()) <= 3 else None for c in cells]
        if columns and len(cells) == len(columns):
            table += [(c, lv) for c, lv in zip(cells, columns, strict=True) if c and lv in (REQUIRED, PREFERRED)]
        elif any(lv in (REQUIRED, PREFERRED) for lv in levels[1:]) and all(len(c.split()) <= 3 for c in cells):
            columns = levels
        else:
            columns = []
            kept.append(line)
            continue
        kept.append("")
    return "\n".join(kept), table


_TABLE_ROW = re.compile(r"^\s*\|(.*)\|\s*$")
_TABLE_RULE = re.compile(r"[\s|:-]*")


def _tables(text: str) -> str:
    """A table typed with pipes ("| Area | What you do |") as list items: its head row and rules go, and a row's
    first cell, a short label of what the rest says ("| Pipeline | Prospect new accounts |"), is no item: the row
    is "- Prospect new accounts". A row whose first cell is as long as the rest stays as it is."""
    out, before = [], False
    for line in text.splitlines():
        m = _TABLE_ROW.match(line)
        if not m:
            out.append(line)
            before = False
            continue
        cells = [c.strip() for c in m.group(1).split("|")]
        head, rest = cells[0], [c for c in cells[1:] if c]
        if _TABLE_RULE.fullmatch(line) or not before:
            out.append("")  # the head row names the columns
        elif len(head.split()) <= 3 and rest and len(head.split()) < max(len(c.split()) for c in rest):
            out.append("- " + "; ".join(rest))
        else:
            out.append(line)
        before = True
    return "\n".join(out)


def read_lines(text: str, title_words: set[str], v: Vocab, names: tuple[str, ...]) -> list[tuple[str, str]]:
    """The duty and requirement lines the open reader reads, each with its level: not the header line, nor lines
    about benefits, pay or the employer, nor banners in capitals."""
    lines: list[tuple[str, str]] = []
    section, skipping = MENTIONED, False
    first, _, rest = text.strip().partition("\n")
    if _header(first, title_words):
        text = rest
    text, table = _criteria(text)
    for raw in segments(_tables(text)):
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
        if not skipping and not v.skip_line.search(body) and not shouted(body) and not about_employer(body, names):
            lines.append((_HASHTAGS.sub(" ", _CONTRACTION.sub(" ", _BULLET.sub("", body))), cue_level(body) or section))
    return lines + [(cell, level) for cell, level in table if not v.skip_line.search(cell) and not shouted(cell)]


def open_items(
    text: str, taxonomy: Taxonomy, title: str = "", turned_down: list[tuple[str, str, str, int]] | None = None
) -> list[OpenItem]:
    """Items of the posting's duty and requirement lines that the taxonomy does not name, in order. Words of the
    job title (the posting's first line when not given) are the job itself, not something it asks for. Given a
    list, `turned_down` receives what the rules did not keep, as (item, level, line, place in the line): the pool
    bench/match_meaning.py measures filters on."""
    v = vocab()
    text = spelled_out(ordinary_case(text, taxonomy))
    title_words = {norm(m.group()) for m in TOKEN.finditer(title or _first_line(text))}
    # The job itself is the title before a dash or a bracket; what follows is often its speciality, a skill
    # ("Process Engineer - Injection Moulding": "injection moulding" in a line is an item, "process engineer" not).
    job = _SPECIALITY.split(title or _first_line(text))[0]
    job_words = {norm(m.group()) for m in TOKEN.finditer(job)}
    # The title's initials name the job, not a skill ("SDET", "PCTs").
    initials = "".join(w[0] for w in re.findall(r"[A-Za-z][\w'’-]*", title or _first_line(text)) if w[0].isupper())
    names = employer_names(text)
    # The employer's own name is no skill ("Ridgeline Electric", "Copper Kettle" in the header).
    name_keys = [tuple(norm(m.group()) for m in TOKEN.finditer(name)) for name in names]
    lines = read_lines(text, title_words, v, names)
    # What the taxonomy names anywhere in the posting is its own item, not an open one.
    named = {
        tuple(norm(m.group()) for m in TOKEN.finditer(body[a:b]))
        for body, _level in lines
        for _c, a, b in find_spans(body, taxonomy)
    }
    out: dict[tuple[str, ...], OpenItem] = {}
    for body, level in lines:
        credentials = _credentials(body)
        for said, key in credentials:
            if key and not _seen(key, out):
                out[key] = OpenItem(said, level, key, any(_brand(w) for w in said.split()))
        pieces = [q for p in v.split.split(body) if p and p.strip(" .,;:!?*-–•") for q in _unslashed(p)]
        if pieces:
            pieces[0] = _without_subject(pieces[0], v)
        items = _shared_head(body, pieces, [_of_work(_trim(p, v), v, named) for p in pieces], v, named)
        duties = _starts_with_verb(pieces[0] if pieces else "", v)
        extra, bare = _shared(body, pieces, items, v) if duties or _series_verbs(body, pieces, v) else ({}, set())
        for n, (piece, item) in enumerate(zip(pieces, items, strict=True)):
            for name in extra.get(n, ()):
                key = tuple(norm(m.group()) for m in TOKEN.finditer(name))
                # The work on a thing the taxonomy names is still an item ("Windows Server installation"), unless
                # the taxonomy names the work itself.
                if key and not _seen(key, out) and not any(_inside(key, k) or _same_words(k, key) for k in named):
                    out[key] = OpenItem(name, level, key)
            if n in bare or _bare_verb(piece, v) in v.people_with_verbs and re.match(
                r"\s+with\s", body[body.find(piece) + len(piece) :]
            ):
                continue  # "Liaising" of "Liaising with parents": the next item is the work
            ok = bool(item) and _keep(item, v)
            if not ok and item and " " not in item:
                ok = n > 0 and _name(item, v)
            # A duty may stand in a line that starts otherwise ("Own a caseload: take statements, instruct engineers").
            if not ok and not _described(body, piece, v) and (
                duty := (duties or _starts_with_verb(piece, v)) and _duty(piece, v)
                or _duty(_doing(piece, v), v) or _duty(_with(body, piece, v), v)
                or _duty(_carried(body, pieces, n, v), v)
            ):
                item, ok = duty, True
            elif ok and duties and " " in item and (work := _work(piece, item, v)):
                item = work
            key = tuple(norm(m.group()) for m in TOKEN.finditer(item))
            # A named brand or qualifier first ("Cisco switches"): the taxonomy has "Cisco", the rest is open.
            lead = max((len(n) for n in named if key[: len(n)] == n and len(n) < len(key)), default=0)
            if lead:
                item = " ".join(item.split()[lead:]) if len(item.split()) == len(key) else ""
                key = key[lead:]
                if item and key[0] in _PREPOSITIONS and len(key) > 1:
                    # "Troubleshooting of lighting circuits": the taxonomy has the work, its object is the item.
                    item, key = item.split(maxsplit=1)[1], key[1:]
                ok = bool(item) and _keep(item, v)
                if not ok and lead == 1 and (duty := _duty(piece, v)):
                    # "Verifies income": the taxonomy names the verb's work in general; the duty names it on its
                    # object ("income verification").
                    item, key, ok = duty, tuple(norm(m.group()) for m in TOKEN.finditer(duty)), True
            if not ok and turned_down is not None and item and key:
                turned_down.append((item, level, body, n))
            if not ok or not item or not key or _seen(key, out) or (len(key) > 1 and set(key) <= job_words):
                continue
            if any(_inside(name, key) or _inside(key, name) for name in name_keys):
                continue
            if any(_inside(key, k) or _inside(k, key) for _w, k in credentials):
                continue  # "SAVC" of "registered with the SAVC": the credential is the item
            if len(initials) > 1 and item.rstrip("s") == initials:
                continue
            if not any(_inside(key, n) or (_inside(n, key) and not _more_than(n, key, item, v)) for n in named):
                out[key] = OpenItem(item, level, key, any(_brand(w) for w in item.split()))
    return list(out.values())


def _more_than(named: tuple[str, ...], key: tuple[str, ...], item: str, v: Vocab) -> bool:
    """Whether an item says more than the taxonomy item inside it: a word left that is no everyday word
    ("insurance eligibility" beside Insurance; not "strong Excel")."""
    words = [m.group().lower() for m in TOKEN.finditer(item)]
    n = len(named)
    at = next(i for i in range(len(key) - n + 1) if key[i : i + n] == named)
    return any(w not in v.everyday for w in words[:at] + words[at + n :])


def _same_words(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    """The same words in another order: "taking orders" and "order taking" are one item."""
    return len(a) == len(b) and sorted(a) == sorted(b)


def _seen(key: tuple[str, ...], out: dict[tuple[str, ...], OpenItem]) -> bool:
    return key in out or any(_same_words(key, k) for k in out)


def _without_subject(piece: str, v: Vocab) -> str:
    """A duty said of the people who do it ("Servers take orders", "Drivers load their own trucks"): from the
    verb on."""
    words = piece.strip(" .!?*-–•'\"").split()
    lead = 1 + (len(words) > 1 and words[0].lower() in ("our", "the", "all"))
    if len(words) < lead + 2 or words[lead - 1].lower() not in v.people:
        return piece
    verb = words[lead]
    if verb.lower() in v.drop_words or not wording.base_verb(verb) or verb.lower().endswith(("ed", "ing")):
        return piece
    return " ".join(words[lead:])


def _inside(short: tuple[str, ...], long: tuple[str, ...]) -> bool:
    n = len(short)
    return any(long[i : i + n] == short for i in range(len(long) - n + 1))


def in_text(item: OpenItem, words: tuple[str, ...]) -> bool:
    """Whether the item's words stand together in a text's normalised words (a resume's), in any order: a duty
    and its activity are one item ("trained cooks", "cook training"; the words are stemmed)."""
    n, ordered = len(item.key), sorted(item.key)
    return _inside(item.key, words) or n > 1 and any(
        sorted(words[i : i + n]) == ordered for i in range(len(words) - n + 1)
    )
