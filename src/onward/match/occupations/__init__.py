"""Job title -> occupation (2018 SOC code, as BLS projects it), from O*NET titles and the project's own table.

A title is reduced to its words in the singular, without level words ("Senior", "II") and with common abbreviations
spelled out ("Sr. Backend Eng" -> back end engineer); a word no O*NET title uses is tried in O*NET's spelling
("Labourer", "Paediatrician", "Saleswoman") or split ("Stockbroker"). "Manager, Marketing" is read as
marketing manager when that is a known title, and words in brackets or after a dash that make a known title more
specific are read with it ("Maintenance Mechanic (Industrial)"). Then, in order:
1. the curated table (data/titles.toml), for modern titles O*NET files under a neighbouring occupation;
2. an O*NET title with the same words; when several occupations use it, the one with the most evidence
   (an occupation's own name, the number of O*NET sources that reported an alternate title);
3. the first of two jobs joined by a slash ("Server / Waitress"), and the table's rewritten forms ("Head of
   Finance" -> finance manager);
4. the longest part of the title that keeps its last word, the job itself ("Clinical Oncology Pharmacist" ->
   pharmacist), found the same way;
5. the O*NET title sharing the most distinctive words, including the last one;
6. when none of that names anything, the same for the parts after a dash ("Req 4471 - Welder").
With `meaning`, a sentence embedding of the title then settles what words leave open: which of several
occupations the words name, and titles no O*NET title matches even loosely ("Town planner"); when the meaning is
not close enough either, the occupations of the last word alone ("Family law solicitor").
With `meaning`, the answer is then one of several candidates (what the words name, the closest meanings, the O*NET
titles spelt most alike), chosen by a score fitted on title lists the code had not seen (`occupations.scorer`).
Pure functions over shipped data: the outlook page and `onward outlook` use `classify` with meaning; the match
ranking, which reads thousands of titles, by words alone.
"""

from __future__ import annotations

import gzip
import io
import json
import math
import re
import tomllib
from collections import Counter, defaultdict
from dataclasses import dataclass, field, replace
from functools import cache, lru_cache
from importlib import resources
from itertools import combinations
from pathlib import Path

import numpy as np

from onward.core.cache import cached, content_key

# Words that say level, contract or place, not the job.
NOISE = frozenset(
    "senior sr junior jr principal staff entry level mid midlevel experienced remote hybrid onsite contract "
    "contractor temporary temp permanent full part time fulltime parttime apprentice trainee intern internship "
    "i ii iii iv v vi 1 2 3 4 5 the of and for in at to a an with".split()
)
# Level words that are also jobs, when they end a title.
JOBS = frozenset({"principal"})
_WORD = re.compile(r"[a-z0-9+#]+")
# A title ends where a dash, bar, comma, "@", "at" or "to" starts its place or employer ("Assistant to the CEO").
_CUT = re.compile(r"\s[-–—|]\s|\s*[|–—]\s*|,|\s@\s|\sat\s|\sto\s")
# A grade is a level, not the job: "Help Desk Analyst Tier 1", "Nurse Band 5", "Engineer Grade II" (a school grade
# with a number stays: "Grade 2 Teacher").
_GRADE = r"\b(?:tier|band)\s*[0-9]+\b|\bgrade\s+[iv]+\b"
# Below this share of distinctive words in common, a title is left without an occupation.
MIN_SIMILARITY = 0.5
# The evidence of an occupation's own name in the shipped titles (scripts/build_outlook.py OWN_NAME).
OWN_NAME = 10


@dataclass(frozen=True)
class Occupation:
    code: str
    title: str
    matched: str  # the O*NET or curated title that decided it
    how: str  # "curated", "title", "part", "similar" or "meaning"
    # (code, evidence) of every occupation the matched words name, when they name several.
    candidates: tuple[tuple[str, int], ...] = field(default=(), compare=False)
    # The form the words read the title in, when not as typed ("human resources manager" for "People Manager").
    read_as: str = field(default="", compare=False)


@cache
def data() -> dict:
    raw = resources.files("onward.insights").joinpath("data/outlook.json.gz").read_bytes()
    return json.loads(gzip.decompress(raw))


@cache
def _curated() -> dict:
    return tomllib.loads(resources.files("onward.match").joinpath("data", "titles.toml").read_text())


def words(title: str, cut: bool = True, turn: bool = False) -> list[str]:
    """The title's words with abbreviations spelled out and level words dropped; `cut` keeps only the part
    before a dash, bar or comma ("Nurse - ICU, nights"), as in a posting, not in O*NET's own names. With `turn`,
    a one-word part before the cut takes the known words after it in front ("Manager, Marketing")."""
    # A posting's decorations go before a title is read; O*NET's own names ("k-9 officer") have none.
    title = undecorated(title) if cut else title.lower()
    title = re.sub(r"\(.*?\)|\[.*?\]|['’]s\b|" + _GRADE, " ", title).replace("&", " and ")
    if not cut:
        return _words(title)
    parts = _CUT.split(title)
    first = _words(parts[0])
    if turn and len(first) == 1 and len(parts) > 1:
        rest = _words(parts[1])
        if 0 < len(rest) <= 3 and all(w in _vocabulary() for w in rest):
            return rest + first
    return first


def _words(text: str) -> list[str]:
    expand = _curated()["abbreviations"]
    out: list[str] = []
    for w in _WORD.findall(text.replace("/", " ").replace(".", " ")):
        out.extend(expand.get(w, w).split())
    # A level word that ends the title is the job itself: "Assistant Principal".
    return [w for i, w in enumerate(out) if w not in NOISE or (w in JOBS and i == len(out) - 1)]


def undecorated(title: str) -> str:
    """The title in lower case without the posting's pay, requisition number or grade range (`[posting]`)."""
    return _decorations().sub(" ", title.lower())


@cache
def _decorations() -> re.Pattern:
    return re.compile("|".join(_curated()["posting"]["patterns"]))


def _says_the_job(text: str) -> bool:
    """Whether a bracket or a part after the dash has a word beyond hours, pay, hiring, level and numbers
    ("Daily Pay", "Nights & Weekends" say nothing of the job; "ICU", "Hospital" do)."""
    posting = _posting_words()
    return any(w not in posting and not w.isdigit() for w in _WORD.findall(text))


@cache
def _posting_words() -> frozenset[str]:
    return frozenset(_curated()["posting"]["words"]) | NOISE


def _vocabulary() -> frozenset[str]:
    """Every word of an O*NET or BLS title, as written and in the singular."""
    return _index().vocabulary


def _build_vocabulary() -> frozenset[str]:
    found = {w for title in data()["titles"] for w in _WORD.findall(title.replace("/", " "))}
    return frozenset(found | {singular(w) for w in found})


@cache
def _spellings() -> list[tuple[re.Pattern, str]]:
    return [(re.compile(p), r) for p, r in _curated()["spellings"].items()]


@lru_cache(maxsize=50_000)
def known_spelling(word: str) -> tuple[str, ...]:
    """A word no O*NET title uses, in the spelling O*NET uses ("labourer" -> laborer, "saleswoman" ->
    salesman) or split where it was written joined ("stockbroker" -> stock broker); as it is when neither fits."""
    vocabulary = _vocabulary()
    if word in vocabulary or not word.isalpha():
        return (word,)
    for pattern, replacement in _spellings():
        other = pattern.sub(replacement, word) if pattern.match(word) else word
        if other != word and singular(other) in vocabulary:
            return (other,)
    for i in range(3, len(word) - 2):
        if word[:i] in vocabulary and singular(word[i:]) in vocabulary:
            return word[:i], word[i:]
    return (word,)


def mended(title: str) -> str:
    """The title with typing slips mended ("Casheir" -> cashier): a word no O*NET title uses, one letter swapped,
    missing, doubled or wrong away from a word many titles use. The first letter is taken as typed, and short words
    are left alone (abbreviations, brands). Only for a title that names nothing as typed: "waiting staff" is no
    slip of "writing"."""
    vocabulary, uses = _vocabulary(), _uses()

    def mend(match: re.Match) -> str:
        word = match.group(0)
        if len(word) < MIN_SLIP or not word.isalpha() or word in vocabulary:
            return word
        near = [w for w in _slips(word) if uses.get(w, 0) >= MIN_USES]
        return max(near, key=lambda w: (uses[w], w)) if near else word

    return re.sub(r"[a-z]+", mend, title.lower())


# A word is mended only from this length up, into a word at least MIN_USES O*NET titles use.
MIN_SLIP = 6
MIN_USES = 5


def _slips(word: str) -> set[str]:
    letters = "abcdefghijklmnopqrstuvwxyz"
    splits = [(word[:i], word[i:]) for i in range(1, len(word) + 1)]
    missing = {a + b[1:] for a, b in splits if b}
    swapped = {a + b[1] + b[0] + b[2:] for a, b in splits if len(b) > 1}
    wrong = {a + c + b[1:] for a, b in splits if b for c in letters}
    return missing | swapped | wrong | {a + c + b for a, b in splits for c in letters}


def _uses() -> Counter:
    """How many O*NET and BLS titles use each word (in the singular)."""
    return _index().uses


def _build_uses() -> Counter:
    return Counter(singular(w) for title in data()["titles"] for w in set(_WORD.findall(title.replace("/", " "))))


def singular(word: str) -> str:
    """A plural's singular, by spelling alone ("nurses", "secretaries"); O*NET names occupations in the plural."""
    if len(word) <= 3 or not word.isalpha():
        return word
    if word.endswith("ies"):
        return word[:-3] + "y"
    if word.endswith(("sses", "shes", "ches", "xes")):
        return word[:-2]
    if word.endswith("s") and not word.endswith(("ss", "us", "is")):
        return word[:-1]
    return word


def key(title: str, cut: bool = True) -> tuple[str, ...]:
    return tuple(singular(w) for w in words(title, cut))


def query_key(title: str, turn: bool = False) -> tuple[str, ...]:
    """A title as typed, read like `key` after unknown spellings are mended, and a word O*NET does not know joined
    to the one before it when that makes a word it knows ("Dry Waller" -> drywaller; joining known words too made
    "Assembly Line Worker" an electrical lineworker)."""
    out: list[str] = []
    vocabulary = _vocabulary()
    for w in words(title, turn=turn):
        if out and w.isalpha() and w not in vocabulary and out[-1].isalpha() and out[-1] + w in vocabulary:
            out[-1] += w
        else:
            out.extend(known_spelling(w))
    return _uncredentialed(tuple(singular(w) for w in out))


def _uncredentialed(k: tuple[str, ...]) -> tuple[str, ...]:
    """The words without a licence or registration word in front (`[credentials]`) when O*NET or the table names
    the rest as a title and not the whole ("Registered Childminder" -> childminder; "Registered Nurse" stays, and
    so does "Licensed Vocational Nurse Nurse", whose parts name the job)."""
    index = _index()
    known = [k[i:] for i in range(1, len(k)) if k[i - 1] in _credentials() and all(w in _credentials() for w in k[:i])]
    if k in index.votes or k in index.curated:
        return k
    return next((rest for rest in known if rest in index.votes or rest in index.curated), k)


@cache
def _credentials() -> frozenset[str]:
    return frozenset(_curated()["credentials"]["words"])


@dataclass
class _Index:
    votes: dict[tuple[str, ...], Counter]
    names: dict[tuple[str, ...], str]
    by_word: dict[str, set[tuple[str, ...]]]
    idf: dict[str, float]
    curated: dict[tuple[str, ...], tuple[str, str]]
    rarest: float
    listed: dict[tuple[str, ...], Counter]  # the evidence read from names that list several jobs
    # What reading a typed title needs of the titles too: _vocabulary, _uses, _short_forms.
    vocabulary: frozenset[str]
    uses: Counter
    short_forms: dict[str, str]


@cache
def _index() -> _Index:
    """The title index and the word lists read off the same titles, built once (about two seconds) and then read
    from the cache (a fifth of that), keyed by the files they are built from and this module's code."""
    shipped = (
        resources.files("onward.insights").joinpath("data/outlook.json.gz").read_bytes(),
        resources.files("onward.match").joinpath("data", "titles.toml").read_bytes(),
        Path(__file__).read_bytes(),
    )
    return cached("match-occupations", content_key(*shipped), _build_index, _Index)


def _build_index() -> _Index:
    votes: dict[tuple[str, ...], Counter] = defaultdict(Counter)
    names: dict[tuple[str, ...], str] = {}
    for title, codes in data()["titles"].items():
        full = key(title, cut=False)
        if full:
            votes[full].update(codes)
            names.setdefault(full, title)
        # O*NET writes a title's other form in brackets, an abbreviation or the words it stands for:
        # "state tested nursing assistant (stna)", "lab tech (laboratory technician)". Both are titles.
        for other in re.findall(r"\((.*?)\)", title):
            if (short := key(other, cut=False)) and short != full:
                votes[short].update(codes)
                names.setdefault(short, title)
        # "Preschool teachers, except special education" is also just "preschool teacher", "Dentists, general" a
        # dentist; "Surgeons, all other" is a surgeon too, with half the weight: a named kind comes first.
        if re.search(r",\s*(except|all other|including|general)\b", title) and (short := key(title)) != full and short:
            half = "all other" in title
            votes[short].update({c: max(1, n // 2) for c, n in codes.items()} if half else codes)
            names.setdefault(short, title)
    # An occupation's name that lists several jobs names each of them: "Farmers, ranchers, and other agricultural
    # managers" names ranchers, "Shipping, receiving, and inventory clerks" receiving clerks.
    generic = _generic_heads()
    listed: dict[tuple[str, ...], Counter] = defaultdict(Counter)
    for title, codes in data()["titles"].items():
        named = {c: n for c, n in codes.items() if n >= OWN_NAME}
        for job in _listed(title, generic) if named else ():
            listed[job].update(named)
            names.setdefault(job, title)
    # A single word two names list ("fabricators": fiberglass, miscellaneous) says neither.
    listed = {job: codes for job, codes in listed.items() if len(job) > 1 or len(codes) == 1}
    for job, codes in listed.items():
        votes[job].update(codes)
    by_word: dict[str, set[tuple[str, ...]]] = defaultdict(set)
    for k in votes:
        for w in k:
            by_word[w].add(k)
    n = len(votes)
    idf = {w: math.log(n / len(ks)) for w, ks in by_word.items()}
    curated = {key(t): (code, t) for t, code in _curated()["titles"].items()}
    return _Index(dict(votes), names, dict(by_word), idf, curated, max(idf.values()), dict(listed),
                  _build_vocabulary(), _build_uses(), _build_short_forms())


def _listed(name: str, generic: frozenset[str]) -> list[tuple[str, ...]]:
    """The jobs an occupation's name lists, each read as a title: "Laborers and freight, stock, and material movers,
    hand" -> laborer, freight mover, stock mover, material mover. A word that is no job alone takes the last job's
    head word ("shipping" -> shipping clerk); a head word many names share ("operators", "repairers") is no job
    alone. A name that lists nothing gives nothing."""
    if " of " in name or "--" in name:  # "Supervisors of helpers, laborers, ...", "Helpers--...": who is helped
        return []
    segments = name.lower().split(", ")
    # The list ends with "and" and a plural ("..., and material movers"); "restaurant, lounge, and coffee shop" says
    # where, not who.
    ends = [i for i, s in enumerate(segments) if s.startswith("and ") and s.endswith("s")]
    listing = segments[: ends[-1] + 1] if ends else segments[:1]
    # "Art, drama, and music teachers, postsecondary" are not every music teacher; "hand" narrows nothing.
    if any(s != "hand" for s in segments[len(listing):]):
        return []
    items = [w for s in listing for w in re.split(r"^and | and ", s) if w]
    # "Medical secretaries and administrative assistants": "medical" may say the kind of both, so only a list
    # that starts with one word is read; and one that mixes jobs and kinds ("Farmworkers, farm, ranch, and
    # aquacultural animals") is not a list of jobs.
    if len(items) < 2 or " " in items[0] or len({i.endswith("s") for i in items[:-1]}) > 1:
        return []
    if sum(s.count(" and ") + s.startswith("and ") for s in listing) > 1:  # "Bus and truck mechanics and diesel ..."
        return []
    head = key(items[-1], cut=False)[-1:]
    out = []
    for item in items:
        job = key(item, cut=False)
        if job[:1] == ("other",):
            job = job[1:]
        if not job or (len(job) == 1 and (job[0] in generic or not _AGENT.search(job[0]))):
            continue  # "operators" alone is no job, nor "securities" (of "securities ... sales agents")
        if job[-1:] != head and (not item.endswith("s") or len(job) == 1 and job[0] == item):
            job = (*job, *head)  # "shipping" is no job; "tool and die makers" are tool makers and die makers
        out.append(job)
    return [j for j in dict.fromkeys(out) if len(j) <= 4]


# The endings of a word that names a person by what they do ("rancher", "dietitian", "waitress", "paralegal").
_AGENT = re.compile(r"(?:er|or|ist|ian|ess|ant|ent|eer|ee|al|ch|ef|id|ge|ete|ce)$")


@cache
def _generic_heads() -> frozenset[str]:
    """Head words of three or more occupations' names ("workers", "operators"): no job on their own."""
    heads = Counter(singular(row["title"].lower().split(",")[0].split()[-1]) for row in data()["occupations"].values())
    return frozenset(w for w, n in heads.items() if n >= 3)


def occupation_title(code: str) -> str:
    row = data()["occupations"].get(code)
    return row["title"] if row else ""


def _best(votes: Counter) -> str:
    """The code with the most evidence; on a tie, a named occupation before an "all other" one, then the one that
    employs more people (the everyday sense: "fast food worker" is a fast food and counter worker before a fast
    food cook; "network engineer" a network architect before "computer occupations, all other")."""
    return max(sorted(votes), key=lambda c: (votes[c], *_size(c)))


def _size(code: str) -> tuple[bool, float]:
    row = data()["occupations"].get(code)
    if not row:
        return False, 0.0
    return "all other" not in row["title"], row["employment_2024"] or 0.0


def _found(code: str, matched: str, how: str, votes: Counter | None = None) -> Occupation | None:
    title = occupation_title(code)
    candidates = tuple(sorted(votes.items())) if votes and len(votes) > 1 else ()
    return Occupation(code, title, matched, how, candidates) if title else None


@lru_cache(maxsize=20_000)
def classify(title: str, meaning: bool = False) -> Occupation | None:
    """The occupation a job title names, or None when nothing close enough is known.

    By words alone unless `meaning`: then, when the words name several occupations, or none, the title's
    sentence embedding chooses, and a fitted score weighs that answer against the closest meanings, the O*NET
    titles spelt most alike and the size of each occupation (a few milliseconds a title, after loading the encoder
    and the spelling index once, a few seconds). A title the words cannot place stays unplaced.
    """
    title = without_employer(regional(title))
    if not _an_office(title):
        return None
    found = _by_words(title)
    if found is None and (other := mended(title)) != title.lower():
        title, found = other, _by_words(other)
    if not meaning:
        return found
    # The meaning reads the title as the words read it: "People Operations Manager" is a human resources manager.
    title = found.read_as if found is not None and found.read_as else title
    # The table's own title, as typed, was set by hand in its everyday sense: nothing overrules it.
    if found is not None and found.how == "curated" and key(found.matched) == query_key(title):
        return found
    settled = found is not None and found.how in SETTLED
    if found is None or found.how != "curated":
        found = _by_meaning(title, found)
    from onward.match.occupations.scorer import choose

    return choose(title, found, settled)


def regional(title: str) -> str:
    """The title with the job words of other English-speaking countries in O*NET's words (`[regional]` in
    titles.toml): "AutoCAD Draughtsperson" -> AutoCAD drafter, "Telecaller" -> telemarketer."""
    return _regional_words().sub(lambda m: _curated()["regional"][m.group(0).lower()], title)


@cache
def _regional_words() -> re.Pattern:
    phrases = sorted(_curated()["regional"], key=len, reverse=True)
    return re.compile(r"(?<![\w-])(?:" + "|".join(map(re.escape, phrases)) + r")(?![\w-])", re.IGNORECASE)


def without_employer(title: str) -> str:
    """The title read without large employers' names (`[employers]` in titles.toml). When nothing else of a job is left
    ("Chick-fil-A Team Member", "Walmart") or only the last word of the employer's staff job ("Lyft/Uber Driver"), it
    is that job: fast food worker, retail sales associate, taxi driver; a supervisor's word alone is that job's
    supervisor ("Shift Lead – Chipotle" -> food service supervisor). Otherwise only a name with words O*NET uses
    is taken out ("Dollar General Store Manager" is no general manager); a name it does not know is dropped by the
    words anyway and still tells the meaning where the job is ("Shift Supervisor (Starbucks)" is in food service)."""
    names = _employer_names()
    found = [m.group(0) for m in names.finditer(title)]
    if not found:
        return title
    job = _employers()[_name_key(found[0])]
    left = " ".join(key(_unseparated(names.sub(" ", title))))
    employers = _curated()["employers"]
    if job and (not left or left in employers["generic"] or left == job.split()[-1]):
        return job
    if left in employers["leads"] and job in employers["supervisors"]:
        return employers["supervisors"][job]
    vocabulary = _vocabulary()
    misread = [n for n in found if any(w in vocabulary for w in _WORD.findall(n.lower()))]
    if not misread:
        return title
    rest = title
    for name in misread:
        rest = rest.replace(name, " ")
    return _unseparated(rest) or title


def _unseparated(title: str) -> str:
    """The title without the separators a name taken out left at its ends or alone ("Lyft/ Driver", "Cashier – ")."""
    title = re.sub(r"(?:(?<=\s)|^)[/&]+|[/&]+(?=\s|$)", " ", title)
    title = re.sub(r"\s+(?:at|@)\s*$", "", title.strip(), flags=re.IGNORECASE)
    return re.sub(r"^[\s,|@–—-]+|[\s,|@–—-]+$", "", title)


def _name_key(name: str) -> str:
    return re.sub(r"[\s'’.-]+", "", name.lower())


@cache
def _employers() -> dict[str, str]:
    return {_name_key(name): job for name, job in _curated()["employers"]["names"].items()}


@cache
def _employer_names() -> re.Pattern:
    """Any of the employers' names, in any case, its spaces, hyphens and apostrophes written or not ("McDonalds",
    "Chick fil A", "Lowe’s")."""
    names = sorted(_curated()["employers"]["names"], key=len, reverse=True)
    forms = [r"[\s'’.-]*".join(map(re.escape, re.split(r"[\s'’.-]+", name))) for name in names]
    return re.compile(r"(?<![\w-])(?:" + "|".join(forms) + r")(?![\w-])", re.IGNORECASE)


def _an_office(title: str) -> bool:
    """False for a title shaped like an office whose function no organisation has ("Chief Fun Officer")."""
    offices = _curated()["offices"]
    match = re.match(offices["pattern"], " ".join(_parts(title)[0].split()))
    return match is None or all(w in _office_words() for w in query_key(match.group(1)))


@cache
def _office_words() -> frozenset[str]:
    offices = _curated()["offices"]
    groups = tuple(offices["groups"])
    found = {w for title, codes in data()["titles"].items() if any(c.startswith(groups) for c in codes)
             for w in key(title, cut=False)}
    return frozenset(found | set(offices["also"]))


def _by_words(title: str) -> Occupation | None:
    found = _read(title)
    if found is None:
        # "Req 4471 - Welder": when the first part names nothing, a later one may. A loose match of a later part
        # is no answer: it is often a place or a team.
        for part in _parts(title)[1:]:
            found = _read(part)
            if found is not None and found.how != "similar":
                return found
        # "Stock boy", "Cellphone sales": a title that ends in no job word, said the way O*NET names the job.
        for form in _completed(title):
            found = _read(form)
            if found is not None:
                return replace(found, read_as=form)
        return _field_person(title)
    return found


def _field_person(title: str) -> Occupation | None:
    """A title ending in a word employers write for any employee (`[persons]` in titles.toml: "associate",
    "executive") says which job by its field: the jobs O*NET names with the field's words and one more word, not a
    rank or a supervisor ("Associate, Customer Care" -> customer care representative)."""
    index = _index()
    k = query_key(title, turn=True)
    if len(k) < 2 or k[-1] not in _curated()["persons"]["words"]:
        return None
    field = k[:-1]
    votes: Counter = Counter()
    jobs = [cand for cand in sorted(index.by_word.get(field[0], ()))
            if len(cand) == len(field) + 1 and cand[:-1] == field and cand[-1] not in RANKS | {"supervisor"}]
    for cand in jobs:
        votes.update(index.votes[cand])
    if not votes:
        return None
    best = _best(votes)
    # The meaning reads the title in that job's words: "customer care representative".
    job = max(jobs, key=lambda cand: index.votes[cand][best])
    return replace(_found(best, index.names[job], "part", votes), read_as=" ".join(job))


def _completed(title: str) -> list[str]:
    title = " ".join(_parts(title)[0].split())
    return [p.sub(r, title) for p, forms in _completions() if p.match(title) for r in forms]


@cache
def _completions() -> list[tuple[re.Pattern, list[str]]]:
    return [(re.compile(p), forms) for p, forms in _curated()["completions"].items()]


def _parts(title: str) -> list[str]:
    """The title without brackets, split where a place, team or employer may start (the job comes first)."""
    return _CUT.split(re.sub(r"\(.*?\)|\[.*?\]", " ", undecorated(title)))


def _bracketed_only(title: str) -> str:
    return " ".join(f"({b})" for b in _bracketed(title))


def _bracketed(title: str) -> list[str]:
    return [a or b for a, b in re.findall(r"\((.*?)\)|\[(.*?)\]", undecorated(title))]


def _qualifiers(title: str) -> list[tuple[str, ...]]:
    """The words in brackets and after the cut, read like a title: they often say which kind of job it is
    ("Maintenance Mechanic (Industrial)", "General Manager - Hotel")."""
    texts = _bracketed(title) + _parts(title)[1:]
    found = [tuple(singular(p) for w in _words(t) for p in known_spelling(w)) for t in texts]
    return [q for q in found if 0 < len(q) <= 4]


def _read(title: str) -> Occupation | None:
    index = _index()
    k = query_key(title)
    # "Manager, Marketing" is a marketing manager; "Server, Olive Garden" stays a server.
    turned = query_key(title, turn=True)
    if turned != k and (turned in index.curated or turned in index.votes):
        return _exact(turned, index)
    # Turned round but not a title O*NET lists, its last words may be: "Director, Product Marketing" is a marketing
    # director, not a film's.
    for start in range(1, len(turned) - 1 if turned != k else 0):
        if turned[start:] in index.curated or turned[start:] in index.votes:
            return _exact(turned[start:], index)
    # A known title made more specific by the words in brackets or after the cut: the more specific one. The
    # bracket may be the whole job, written out or abbreviated: "Charge Nurse (LPN)" is a licensed practical nurse.
    if k:
        for qualifier in _qualifiers(title):
            if qualifier != k and qualifier[-1] == k[-1] and (qualifier in index.curated or qualifier in index.votes):
                # The meaning reads the job the bracket wrote out: "OT Assistant (COTA)" is an occupational therapy one.
                found = _exact(qualifier, index)
                return replace(found, read_as=" ".join(qualifier)) if found else None
        # "Guest Advocate (Cashier)": a bracket that is an occupation's own name, as O*NET writes it, says the job in
        # plain words (a credential, "Athletic Trainer (ATC)", is only the short form of a name).
        for qualifier in _qualifiers(_bracketed_only(title)):
            if qualifier != k and max(index.votes.get(qualifier, {0: 0}).values()) >= OWN_NAME \
                    and key(index.names[qualifier], cut=False) == qualifier:
                return _exact(qualifier, index)
        for qualifier in _qualifiers(title):
            for start in range(len(qualifier)):
                longer = (*qualifier[start:], *k)
                if (longer in index.curated or longer in index.votes) and _same_kind(longer, k, index, start):
                    return _exact(longer, index)
            # The whole setting put in front may make a title only in its rewritten form: "Team Leader (Retail)" is a
            # retail supervisor, "Team Leader - Contact Centre" a contact centre supervisor.
            for form in _rewritten(" ".join((*qualifier, *k))):
                if found := _exact(query_key(form), index):
                    return replace(found, read_as=form)
    if k and k not in index.curated and k not in index.votes:
        # "Server / Waitress", "Firefighter/EMT": two jobs written as one title; the first known one.
        if "/" in (first := _parts(title)[0]):
            for job in first.split("/"):
                found = _exact(query_key(job), index)
                if found:
                    return found
        for form in _rewritten(title):
            found = _exact(query_key(form), index)
            if found:
                return replace(found, read_as=form)
        # "Reach Truck Op", "Rad Technologist": a short word O*NET itself writes for a longer one.
        if (longer := tuple(_short_forms().get(w, w) for w in k)) != k and (found := _exact(longer, index)):
            return replace(found, read_as=" ".join(longer))
    if k in index.curated or k in index.votes:
        return _exact(k, index)
    # Words no O*NET title uses ("Golang developer") cannot decide anything; the rest still can. But a rank whose
    # job is a word O*NET does not know names no job: "Chief Happiness Ninja" is no fire chief.
    known = tuple(w for w in k if w in index.by_word or (w,) in index.curated) if len(k) > 1 else k
    if not known or (known[-1] != k[-1] and known[-1] in RANKS):
        return None
    k = known
    if k in index.curated or k in index.votes:
        return _exact(k, index)
    # Drop modifiers, keep the last word (the job itself): longest part first, then the most evidence.
    head, rest = k[-1], k[:-1]
    for size in range(len(rest) - 1, -1, -1):
        if len(rest) > 8:
            break
        found: Counter = Counter()
        names = []
        for part in combinations(rest, size):
            sub = (*part, head)
            if sub in index.curated:
                return _found(*index.curated[sub], "curated")
            if sub in index.votes and size:
                found.update(index.votes[sub])
                names.append(index.names[sub])
        if found:
            return _found(_best(found), names[0], "part", found)
    return _similar(k, index)


def _same_kind(longer: tuple[str, ...], k: tuple[str, ...], index: _Index, start: int) -> bool:
    """Whether the last words of a setting put in front keep the job in its major group: "General Manager - Boutique
    Hotel" is a hotel general manager, but "Production Worker - Food Plant" is no plant production worker (a crop
    farmworker). The whole bracket put in front, or a title the words alone do not know, is read as before."""
    if not start or (k not in index.curated and k not in index.votes):
        return True
    return bool(_groups(k, index) & _groups(longer, index))


def _groups(k: tuple[str, ...], index: _Index) -> set[str]:
    """The major groups (first two digits of the SOC code) a known title names."""
    return {index.curated[k][0][:2]} if k in index.curated else {c[:2] for c in index.votes[k]}


def _short_forms() -> dict[str, str]:
    return _index().short_forms


def _build_short_forms() -> dict[str, str]:
    """Short words O*NET writes for longer ones, read from its titles given in both forms ("reach truck op (reach
    truck operator)", "rad tech (radiologic technologist)") word for word: the short word's letters in order in the
    long one, and the long one at least two thirds of the short word's uses ("op" -> operator, "rad" ->
    radiologic)."""
    seen: dict[str, Counter] = defaultdict(Counter)
    for title in data()["titles"]:
        if not (both := re.fullmatch(r"(.*?)\s*\((.*?)\)\s*", title)):
            continue
        one, other = (_WORD.findall(t) for t in both.groups())
        for a, b in zip(one, other, strict=False) if len(one) == len(other) else ():
            short, full = sorted((a, b), key=len)
            if len(short) > 1 and short != full and singular(short) != singular(full) and _within(short, full):
                seen[short][full] += 1
    return {s: full for s, uses in seen.items() for full, n in uses.most_common(1) if n * 3 >= 2 * uses.total()}


def _within(short: str, full: str) -> bool:
    """Whether the short word's letters come in order in the long one, from its first letter ("rad", "radiologic")."""
    rest = iter(full[1:])
    return short[0] == full[0] and all(c in rest for c in short[1:])


def _rewritten(title: str) -> list[str]:
    """The title's rewritten forms, each followed by its own rewrites: "Head of People" -> people manager ->
    human resources manager."""
    title = " ".join(_parts(title)[0].split())
    forms = [p.sub(r, title) for p, r in _rewrites() if p.match(title)]
    return [f for form in forms for f in (form, *(p.sub(r, form) for p, r in _rewrites() if p.match(form)))]


@cache
def _rewrites() -> list[tuple[re.Pattern, str]]:
    return [(re.compile(p), r) for p, r in _curated()["rewrites"].items()]


def _exact(k: tuple[str, ...], index: _Index) -> Occupation | None:
    if k in index.curated:
        return _found(*index.curated[k], "curated")
    if k in index.votes:
        return _found(_best(index.votes[k]), index.names[k], "title", index.votes[k])
    return None


def _similar(k: tuple[str, ...], index: _Index) -> Occupation | None:
    """The O*NET title with the most distinctive words in common, sharing the query's last word if any does."""
    mine = set(k)
    rare = index.rarest
    pool = index.by_word.get(k[-1]) or set().union(*(index.by_word.get(w, set()) for w in mine))
    # Titles that end in the same job word come first: "auto mechanic" is a mechanic, not a supervisor.
    same_head = sorted(c for c in pool if c[-1] == k[-1])
    best, best_score = None, 0.0
    for cand in same_head or sorted(pool):
        theirs = set(cand)
        shared = sum(index.idf[w] for w in mine & theirs)
        union = sum(index.idf.get(w, rare) for w in mine | theirs)
        score = shared / union if union else 0.0
        if score > best_score:
            best, best_score = cand, score
    # One word that is no title alone is a job only where it is the last word of few occupations' titles: "Student"
    # is no student dean, "Employee" or "Professional" no job of their own.
    if best is not None and len(k) == 1 and (best[-1] != k[0] or len(_headed(k[0])) > ONE_WORD_SENSES):
        return None
    if best is None or best_score < MIN_SIMILARITY:
        # A one-word title whose word only appears inside longer titles ("Pharmacist"): the most common sense.
        if len(k) == 1 and k[0] in index.by_word:
            votes: Counter = Counter()
            for cand in index.by_word[k[0]]:
                if cand[-1] == k[0]:
                    votes.update(index.votes[cand])
            if votes:
                return _found(_best(votes), k[0], "similar")
        return None
    return _found(_best(index.votes[best]), index.names[best], "similar")


# How the words name a job word for certain: a table or O*NET title, or the title's job part (not a loose match).
SETTLED = frozenset({"curated", "title", "part"})
# Words that say a rank, not the job, when the job word after them is unknown ("Chief Happiness Ninja").
RANKS = frozenset({"chief", "head", "lead", "captain", "master", "boss", "director", "manager", "officer"})
# A word alone that ends titles of more occupations than this has no sense of its own ("worker", "employee").
ONE_WORD_SENSES = 5


@cache
def _headed(word: str) -> frozenset[str]:
    """The occupations with an O*NET title ending in the word."""
    index = _index()
    return frozenset(c for title in index.by_word.get(word, ()) if title[-1] == word for c in index.votes[title])


# When the words name several occupations, each scores its share of their O*NET evidence plus MEANING_WEIGHT
# times the cosine similarity of the title to the occupation's titles (fitted on the tuning title lists).
MEANING_WEIGHT = 2.0
# A title whose words O*NET does not know is placed by meaning alone from this similarity up.
MEANING_ALONE = 0.7
# Last words that say the job assists or serves others: never a manager by meaning alone.
SUBORDINATE = frozenset({"assistant", "aide", "helper", "clerk", "associate", "attendant", "intern", "trainee"})


@cache
def _vectors() -> tuple[dict[str, int], list[str], np.ndarray]:
    """Each occupation's meaning, built by scripts/build_outlook.py: rows in the order of the sorted codes."""
    raw = resources.files("onward.insights").joinpath("data/occupation_vectors.npy").read_bytes()
    vectors = np.load(io.BytesIO(raw), allow_pickle=False).astype(np.float32)
    codes = sorted(data()["occupations"])
    return {c: i for i, c in enumerate(codes)}, codes, vectors


@lru_cache(maxsize=4096)
def meaning_similarity(title: str) -> np.ndarray | None:
    """Cosine of the title's sentence embedding to each occupation's titles (rows as in `_vectors`); None for a
    title with no words. Words in brackets or after the dash say which kind of job ("Site manager (construction)",
    "Adjunct professor - English"): the meaning reads them too."""
    from onward.core.embeddings import encoder

    # A bracket or part that only says the hours, pay or hiring would pull the meaning off the job ("Mail Clerk
    # (Temporary)" read like a postal clerk): it is left out.
    said = [t for t in [*_bracketed(title), *_parts(title)[1:]] if _says_the_job(t)]
    text = " ".join([*words(title), *said]).strip()
    if not text:
        return None
    _row, _codes, vectors = _vectors()
    query = np.asarray(encoder().encode([text]), dtype=np.float32)[0]
    return vectors @ (query / (np.linalg.norm(query) or 1.0))


def _by_meaning(title: str, found: Occupation | None) -> Occupation | None:
    # A title with one O*NET sense, or a loose word match, stays: measured, the closest meaning replaced right
    # ones ("Travel nurse") as often as wrong ones.
    if found is not None and not found.candidates:
        return found
    row, codes, _vectors_ = _vectors()
    similarity = meaning_similarity(title)
    if similarity is None:
        return found
    if found is None:
        # An assistant is not the manager it assists, however close the two read ("Marketing assistant").
        head = query_key(title)[-1:]
        allowed = similarity if not head or head[0] not in SUBORDINATE else np.where(
            np.array([c.startswith("11-") for c in codes]), -1.0, similarity)
        closest = int(np.argmax(allowed))
        if allowed[closest] >= MEANING_ALONE:
            return _found(codes[closest], occupation_title(codes[closest]), "meaning")
        # Short or unknown words ("Zorblax") embed loosely: a weak closest meaning is no answer. But a last word
        # that is a job names the occupation ("Bakery production baker", "Family law solicitor").
        head = query_key(title)[-1:]
        if not head or head not in _index().votes:
            return None
        found = _found(_best(_index().votes[head]), _index().names[head], "part", _index().votes[head])
        if found is None or not found.candidates:
            return found
    votes = dict(found.candidates)
    total = sum(votes.values())
    best = max((c for c in votes if c in row), key=lambda c: votes[c] / total + MEANING_WEIGHT * similarity[row[c]])
    return found if best == found.code else _found(best, found.matched, found.how, Counter(votes))


FIGURES = ("change_pct", "openings_per_year", "employment_2024", "employment_2034", "median_wage", "education")


@dataclass
class Projection:
    code: str
    title: str
    change_pct: float | None
    openings_thousands: float | None
    employment_thousands: float | None
    employment_2034_thousands: float | None
    wage: float | str | None
    education: str

    @property
    def openings(self) -> int | None:
        return round(self.openings_thousands * 1000) if self.openings_thousands is not None else None

    def figures(self) -> dict:
        """The projection figures the app shows, in plain units (people, USD)."""

        def people(thousands):
            return round(thousands * 1000) if thousands is not None else None

        return {
            "change_pct": self.change_pct,
            "openings_per_year": self.openings,
            "employment_2024": people(self.employment_thousands),
            "employment_2034": people(self.employment_2034_thousands),
            "median_wage": self.wage,
            "education": self.education,
        }


def projection(code: str) -> Projection | None:
    row = data()["occupations"].get(code)
    if row is None:
        return None
    return Projection(
        code,
        row["title"],
        row["change_pct"],
        row["openings"],
        row["employment_2024"],
        row.get("employment_2034"),
        row["wage"],
        row["education"],
    )


def occupations() -> list[tuple[str, str]]:
    """(code, title) of every projected occupation, by title: the choices offered to the user."""
    return sorted(((c, r["title"]) for c, r in data()["occupations"].items()), key=lambda o: o[1].lower())


def title_outlook(title: str) -> dict:
    """One title's occupation and figures, as `onward outlook --json` prints them. `found` is false when the
    evidence names no occupation well enough ("Head of Vibes"): the user is asked to choose one."""
    found = classify(title, meaning=True)
    occ = projection(found.code) if found else None
    return {
        "title": title,
        "found": occ is not None,
        "soc": occ.code if occ else None,
        "occupation": occ.title if occ else None,
        "matched_title": found.matched if found else None,
        **(occ.figures() if occ else dict.fromkeys(FIGURES)),
    }
