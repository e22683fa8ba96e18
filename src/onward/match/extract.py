"""Read a resume or a posting the way an applicant tracking system does: skills, certifications, education,
years of experience, and whether each requirement is required or preferred.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from dataclasses import dataclass, field

from onward.match.rules import RULES
from onward.match.taxonomy import CERTIFICATION, TOKEN, Taxonomy, load, norm
from onward.match.wording import activity_nouns, base_verb, everyday, singular

REQUIRED, MENTIONED, PREFERRED = "required", "mentioned", "preferred"
LEVEL_ORDER = {REQUIRED: 0, MENTIONED: 1, PREFERRED: 2}

# A posting pasted as one paragraph still has sentences and inline headings ("Requirements: ...").
_SEGMENT = re.compile(r"(?:\r?\n|(?<=[.!?;])\s+(?=[A-Z])|\s*[•·▪●◦]\s*|\s+[-*]\s+(?=[A-Z]))")
_LOWER_SEGMENT = re.compile(r"(?:\r?\n|(?<=[.!?;])\s+(?=[a-zA-Z])|\s*[•·▪●◦]\s*|\s+[-*]\s+(?=[a-zA-Z]))")
_STARTS_CAPITAL = re.compile(r"^[\W\d_]*[A-Z]")
_INLINE_HEADING = re.compile(r"^\s*#*\s*([A-Za-z][A-Za-z '’/&-]{2,60}?)\s*:\s*(.*)$", re.S)


@dataclass
class Hit:
    concept: int
    level: str
    surface: str
    # The concepts this one is an alternative to ("Computer Science, Economics or a related field"), itself
    # included, in the posting's order; empty when it stands alone.
    group: tuple[int, ...] = ()
    # The other items of its list in the posting's words, for fields the taxonomy does not know ("Economics").
    others: tuple[str, ...] = ()


@dataclass
class Extraction:
    text: str
    word_count: int
    hits: list[Hit] = field(default_factory=list)
    years_required: float | None = None
    years_stated: float | None = None
    education_level: int | None = None
    education_wording: str = ""
    title: str = ""
    # Normalised words of the text, filled on first use (the title check needs them).
    words: set[str] | None = None

    def counts(self) -> dict[int, int]:
        out: dict[int, int] = {}
        for hit in self.hits:
            out[hit.concept] = out.get(hit.concept, 0) + 1
        return out

    def groups(self) -> dict[int, tuple[int, ...]]:
        """Concept -> the alternatives it was first listed with (only concepts listed with alternatives)."""
        out: dict[int, tuple[int, ...]] = {}
        for hit in self.hits:
            if len(hit.group) > 1:
                out.setdefault(hit.concept, hit.group)
        return out

    def others(self) -> dict[int, tuple[str, ...]]:
        """Concept -> the other items of the list it was named in, in the posting's words."""
        out: dict[int, tuple[str, ...]] = {}
        for hit in self.hits:
            if hit.others:
                out.setdefault(hit.concept, hit.others)
        return out

    def items(self) -> dict[int, tuple[str, str, int]]:
        """Concept -> (strongest level, first wording, count)."""
        out: dict[int, tuple[str, str, int]] = {}
        for hit in self.hits:
            level, surface, count = out.get(hit.concept, (hit.level, hit.surface, 0))
            if LEVEL_ORDER[hit.level] < LEVEL_ORDER[level]:
                level = hit.level
            out[hit.concept] = (level, surface, count + 1)
        return out


# A line break inside a sentence (text wrapped by a mail client or a PDF): the line ends with a comma or a
# joining word, or the next line goes on in lower case. Such lines are joined first, so "Experience with
# QuickBooks or" is not read as an "Experience" heading.
_JOINS_NEXT = re.compile(r"(?:,|&|\b(?:and|or|with|of|the|a|an|in|to|for|as|by|on|at|from|including|such))\s*$", re.I)
_GOES_ON = re.compile(r"^\s*[a-z]")


def _unwrap(text: str, lower_case: bool = False) -> str:
    lines = text.splitlines()
    out: list[str] = []
    for line in lines:
        if (
            out
            and out[-1].strip()
            and line.strip()
            and (
                _JOINS_NEXT.search(out[-1])
                or (not lower_case and _GOES_ON.match(line) and heading_level(out[-1]) is None)
            )
        ):
            out[-1] = f"{out[-1].rstrip()} {line.strip()}"
        else:
            out.append(line)
    return "\n".join(out)


def shouted(line: str) -> bool:
    """A line in capitals ("TRAVEL RN | 13 WEEKS | NIGHTS", "WHAT YOU WILL DO"): a banner or a heading, where
    every word looks like an acronym; not a list of acronyms with a word in lower case ("NASM, ACE, ACSM or NSCA
    certification")."""
    words = re.findall(r"[A-Za-z]{3,}", line)
    lower = any(w.islower() and len(w) >= 4 for w in words)
    return len(words) >= 2 and sum(w.isupper() for w in words) >= 0.8 * len(words) and not lower


_WORD = re.compile(r"(?<![\w'’])[A-Za-z][A-Za-z'’]*(?![\w])")
_LINE_START = re.compile(r"^(\W*)([a-z])")


def ordinary_case(text: str, taxonomy: Taxonomy) -> str:
    """A posting written mostly in capitals (staffing agencies, some boards) in ordinary case, so that its lines
    are read as lines, not as banners, and its words as words. A word stays in capitals when the taxonomy writes
    it so ("ACLS") or it is no common English word (an acronym or a name: "NELAC", "TSS"), unless it is a
    longer word of the taxonomy's names ("phlebotomy"). A posting with only a banner or headings in capitals is
    returned as it is."""
    lines = text.splitlines()
    worded = [i for i, line in enumerate(lines) if len(re.findall(r"[A-Za-z]{3,}", line)) >= 2]
    loud = [i for i in worded if shouted(lines[i])]
    if not loud or len(loud) * 2 < len(worded):
        return text
    capitals, words = taxonomy.spelling()
    known = everyday()

    def quiet(m: re.Match) -> str:
        word = m.group()
        low = word.lower().removesuffix("'s").removesuffix("’s")
        if word in capitals or word == "I":
            return word
        if low in known or singular(low) in known or base_verb(low):
            return word.lower()
        # A short word only the taxonomy knows is an acronym more often than not ("RF", "OSHA").
        return word.lower() if len(low) > 4 and (low in words or singular(low) in words) else word

    for i in loud:
        lines[i] = _LINE_START.sub(lambda m: m.group(1) + m.group(2).upper(), _WORD.sub(quiet, lines[i]), count=1)
    return "\n".join(lines)


# Pictures writers put in social-media ads: emoji, dingbats and arrows ("✅", "👉", "🐄", "❤️"), with their
# variation selectors and joiners. Not "°", "®" or "™", which stand in names and temperatures.
_PICTURES = re.compile(
    "[\u2190-\u21ff\u2300-\u23ff\u25a0-\u25ff\u2600-\u27bf\u2b00-\u2bff\U0001f000-\U0001faff"
    "\ufe0f\u200d\U000e0020-\U000e007f]+"
)
_PICTURE_BULLET = re.compile(rf"^([ \t]*)(?:{_PICTURES.pattern}[ \t]*)+", re.M)
# Pictures ending a line go with the spaces before them: a line ending in spaces would run into the next one's list
# mark ("competitive 🔥" above "✔️ Bilingual").
_PICTURE_END = re.compile(rf"(?:[ \t]*{_PICTURES.pattern})+[ \t]*$", re.M)
_SENTENCE_AFTER = re.compile(r"\s+[A-Z]|\s*$")


# What a PDF's text layer leaves in text copied from it: typographic ligatures ("certiﬁcation"), the bullets of
# symbol fonts, which land in the private use area (U+F0B7 ""), and words hyphenated at a line's end.
_LIGATURES = str.maketrans({"ﬀ": "ff", "ﬁ": "fi", "ﬂ": "fl", "ﬃ": "ffi", "ﬄ": "ffl", "ﬅ": "st", "ﬆ": "st"})
_SYMBOL_BULLET = re.compile(r"^([ \t]*)[\uf000-\uf0ff][ \t]*", re.M)
_SYMBOL = re.compile(r"[\uf000-\uf0ff]")
_BROKEN_WORD = re.compile(r"\b([A-Za-z]{2,})-[ \t]*\r?\n[ \t]*([a-z]{2,})\b")


def pdf_glyphs(text: str) -> str:
    """Text copied from a PDF as it was typed: ligatures as their letters, a symbol font's bullet starting a line
    as a list mark (elsewhere nothing), and a word hyphenated across a line break whole again ("stan-" "dards" is
    "standards"); a compound stays hyphenated ("well-" "organised" is "well-organised")."""
    text = _SYMBOL.sub(" ", _SYMBOL_BULLET.sub(r"\1- ", text.translate(_LIGATURES)))
    known = everyday()

    def joined(m: re.Match) -> str:
        head, tail = m.groups()
        word = (head + tail).lower()
        whole = word in known or singular(word) in known or base_verb(word) is not None
        return head + tail if whole else f"{head}-{tail}"

    return _BROKEN_WORD.sub(joined, text)


# A reference code starting a line: a selection criterion's "SC1", a KSA's "KSA 2", an apprenticeship standard's
# "K1", "S3", "B2" or "Duty 4". Only a code whose letters start two lines or more is one: alone, "S3 buckets" or
# "D1 licence" names a thing.
_CODE = re.compile(r"^([ \t]*)((?:[A-Z]{1,3}|Duty|Criterion|Element)) ?\d{1,2}(?:\.\d)?[.:)]?[ \t]+(?=[A-Z(])", re.M)


# A markdown task list's box after a list mark ("- [ ] Own the payments API", "* [x] SQL") is no part of the item.
_CHECKBOX = re.compile(r"^([ \t]*)(?:[-*+][ \t]*)?\[[ xX✓✔]?\][ \t]+", re.M)


def reference_codes(text: str) -> str:
    """Reference codes starting lines as list marks ("K1 Food safety principles" is "- Food safety principles")."""
    starts = Counter(m.group(2) for m in _CODE.finditer(text))
    return _CODE.sub(lambda m: m.group(1) + "- " if starts[m.group(2)] >= 2 else m.group(), text)


def spelled_out(text: str) -> str:
    """A posting's shorthand written out and its pictures taken out, read before anything else (rules.toml
    [shorthand]): "anticoag mgmt" is "anticoagulation management", "RPh lic.;" "RPh license;", "IG" Instagram; a
    picture starting a line is a list mark ("✅ Floristry" is "- Floristry"), elsewhere nothing ("team 💪"). Text
    copied from a PDF is read as typed first (pdf_glyphs), and reference codes starting lines as list marks
    (reference_codes), and a markdown task list's boxes as list marks."""
    text = _CHECKBOX.sub(r"\1- ", reference_codes(pdf_glyphs(text)))
    text = _PICTURES.sub(" ", _PICTURE_END.sub("", _PICTURE_BULLET.sub(r"\1- ", text)))

    def word(m: re.Match) -> str:
        short = m.group()
        words = RULES.shorthand_words
        key = short if short in words or short.lower() in words else short[:-1]
        out = words.get(key) or words[key.lower()]
        if short[:1].isupper() and key not in words:
            out = out[:1].upper() + out[1:]
        # A full stop ending a sentence stays: "2+ yrs hospital exp. Pref: BCPS".
        return out + "." if short.endswith(".") and _SENTENCE_AFTER.match(text, m.end()) else out

    return RULES.shorthand.sub(word, text)


# A round bullet starting a line is a list mark like "-", so that a short item ("• Hazmat endorsement preferred")
# is not read as a heading once the bullet is split off.
_ROUND_BULLET = re.compile(r"^([ \t]*)[•·▪●◦][ \t]*(?=\S)")


def segments(text: str) -> list[str]:
    lines = [_ROUND_BULLET.sub(r"\1- ", line) for line in text.splitlines() if not _place_line(line)]
    # A writer who never starts a line with a capital ("route planning in onfleet each morning") writes each line
    # and sentence in lower case: a line going on in lower case is no wrapped sentence there.
    lower_case = not any(_STARTS_CAPITAL.match(line) for line in lines)
    split = _LOWER_SEGMENT if lower_case else _SEGMENT
    return [s.strip() for s in split.split(_unwrap("\n".join(lines), lower_case)) if s and s.strip()]


# The parts of a line saying where the job is: "Harbor Biotech · Cambridge, MA · Hybrid · $95K-$110K".
_PLACE_PARTS = re.compile(r"\s+[-–—·|•]\s+|\s*[·|•]\s*")


def _place_line(line: str) -> bool:
    """A short line saying where the job is (rules.toml [open] place), split into sentences it would give the
    employer's name and the city as skills ("Volt Brothers Electric", "Denver")."""
    return len(line.split()) <= 16 and bool(RULES.place_line.search(line))


def _placed_names(text: str) -> set[str]:
    """The employer's name a place line gives before the place ("Hartwell Foods - Omaha, NE 68102"), when it is
    written as a name and is no part of the first line, the job title."""
    lines = [line.strip() for line in text.strip().splitlines()]
    title = lines[0].lower() if lines else ""
    found = set()
    for line in lines[1:]:
        if not _place_line(line):
            continue
        parts = _PLACE_PARTS.split(line)
        at = next((i for i, part in enumerate(parts) if RULES.place_line.search(part + " ")), 0)
        name = parts[at - 1].strip(" .,'’") if at > 0 else ""
        words = name.split()
        if 1 <= len(words) <= 5 and all(w[:1].isupper() or w in ("&", "and", "of") for w in words) and (
            name.lower() not in title
        ):
            found.add(name)
    return found


_ITEM_CUE = re.compile(r"\S\s+(?:is |are |would be )?an? (?:big |huge )?(?:plus|bonus)$")
_BULLET = re.compile(r"^\s*(?:[-*•·▪●◦–]|\d{1,2}[.)])\s+\S")


# A markdown heading ("## What you'll own", "### Stack"); not a hashtag ("#hiring").
_MARKDOWN_HEADING = re.compile(r"^\s*#{1,6}\s+\S")


def heading_level(line: str) -> str | None:
    """The section a heading opens, or None when the line is not a heading."""
    if _BULLET.match(line):
        return None  # "- Security+ or CISSP a plus" is an item of a list, however short
    stripped = line.strip(" #*\t")
    words = stripped.rstrip(":").lower()
    if _MARKDOWN_HEADING.match(line) and words and len(words.split()) <= 8 and ":" not in words:
        # Marked as a heading by its writer: a section whatever its words ("## What you'll own" opens duties).
        return next((level for level, pattern in RULES.headings if pattern.search(words)), MENTIONED)
    # Headings are short and are not sentences: "Docker experience is a plus." is an item, not a section.
    # "Requirements: RN license and BLS" has items after its colon: an inline heading, read as one below.
    # "RN license and BLS required;" ends a clause: an item, however short.
    if not words or len(words.split()) > 6 or stripped.endswith((".", "!", "?", ";", ",")) or ":" in words:
        return None
    if _ITEM_CUE.search(words):
        return None  # "Power BI a bonus": an item that says it is preferred
    if re.search(r"\([^)]*(?:\bor\b|,|/)[^)]*\)", words):
        return None  # "WMS experience (Manhattan or HighJump)": alternatives in brackets make an item
    for level, pattern in RULES.headings:
        if pattern.search(words):
            return level
    return None


def cue_level(sentence: str) -> str | None:
    low = sentence.lower()
    if RULES.preferred_cue.search(low):
        return PREFERRED
    if RULES.required_cue.search(low):
        return REQUIRED
    return None


def find_concepts(text: str, taxonomy: Taxonomy) -> list[tuple[int, str]]:
    """Longest taxonomy phrases in the text, left to right: (concept index, wording as written)."""
    return [(index, text[start:end]) for index, start, end in find_spans(text, taxonomy)]


# What joins two items of one list ("A, B", "A / B", "A or B", "A, or B", "A and/or B").
_JOIN = re.compile(r"\s*(?:,|/|\bor\b|,\s*or\b|\band/or\b)\s*(?:an?\s+|in\s+)?", re.I)
_OR = re.compile(r"/|\bor\b", re.I)
# A list that ends "... or a related field", "or similar", "or equivalent" offers alternatives too.
_OR_AFTER = re.compile(r"\s*,?\s*(?:or|and/or)\b", re.I)


def alternative_groups(text: str, spans: list[tuple[int, int, int]]) -> list[tuple[int, ...]]:
    """Runs of items joined into one list by commas, slashes or "or", where the list offers a choice:
    "Python, Java or Go" and "Computer Science, Economics or a related field" (any one meets it), not
    "Python, SQL and Excel" (all of them)."""
    groups: list[tuple[int, ...]] = []
    run = [0]
    for i in range(1, len(spans) + 1):
        joined = i < len(spans) and _JOIN.fullmatch(text[spans[i - 1][2] : spans[i][1]])
        if joined:
            run.append(i)
            continue
        if len(run) > 1:
            between = [text[spans[a][2] : spans[b][1]] for a, b in zip(run, run[1:], strict=False)]
            after = text[spans[run[-1]][2] : spans[run[-1]][2] + 20]
            if any(_OR.search(b) for b in between) or _OR_AFTER.match(after):
                groups.append(tuple(dict.fromkeys(spans[k][0] for k in run)))
        run = [i]
    return [g for g in groups if len(g) > 1]


_ITEM = r"[A-Za-z][A-Za-z&+#.-]*(?:\s+[A-Za-z][A-Za-z&+#.-]*){0,3}"
# "in Computer Science, Economics or a related field", "of nursing or midwifery".
_FIELD_LIST = re.compile(rf"\b(?:in|of)\s+({_ITEM}(?:\s*,\s*{_ITEM})*\s*,?\s+(?:or|and/or)\s+(?:an?\s+)?{_ITEM})")
_LIST_SPLIT = re.compile(r"\s*,\s*(?:or\s+|and/or\s+)?(?:an?\s+)?|\s+(?:or|and/or)\s+(?:an?\s+)?")
_NOT_A_FIELD = re.compile(r"^(?:related|similar|equivalent|other|relevant)\b|\b(?:field|discipline|area)s?$", re.I)


def listed_alternatives(text: str) -> list[tuple[int, int, tuple[str, ...]]]:
    """(start, end, items) of each "in A, B or C" list, the vague items ("a related field") left out."""
    out = []
    for m in _FIELD_LIST.finditer(text):
        items = [i.strip() for i in _LIST_SPLIT.split(m.group(1)) if i.strip()]
        items = [i for i in items if not _NOT_A_FIELD.search(i)]
        if len(items) > 1 or (items and re.search(r"\bor\s+(?:an?\s+)?(?:related|similar|equivalent)", m.group(1))):
            out.append((m.start(1), m.end(1), tuple(items)))
    return out


def find_spans(text: str, taxonomy: Taxonomy) -> list[tuple[int, int, int]]:
    """Longest taxonomy phrases in the text, left to right: (concept index, start, end). A duty's verb counts
    as the skill its activity names, and an adjective said of the person as its soft skill (_verb_hit,
    _adjective_hit)."""
    matches = list(TOKEN.finditer(text))
    raw = [m.group() for m in matches]
    info = [taxonomy.token_info(t) for t in raw]
    found = []
    i, n = 0, len(raw)
    duty = False  # whether the clause so far is a list of duties ("Greet patients, schedule visits")
    while i < n:
        hit = None
        gap = text[matches[i - 1].end() : matches[i].start()] if i else ""
        opens = i == 0 or bool(_CLAUSE_BREAK.search(gap))
        if opens:
            duty = info[i][3] is not None and not _names_a_thing(text, matches, i)
        for size in info[i][2]:
            if size > n - i:
                continue
            span = info[i : i + size]
            index = taxonomy.exact.get(tuple(raw[i : i + size]))
            plural = size == 1 and _ACRONYM_PLURAL.fullmatch(raw[i])
            if index is None:
                index = taxonomy.lower.get(tuple(t[0] for t in span))
                if index is not None and plural and raw[i].upper() in taxonomy.concept(index).forms:
                    index = None
            if index is None:
                # "GPs" are general practitioners, not GPS: an acronym's plural is read as the acronym, not as
                # another acronym ending in S.
                last = norm(raw[i][:-1]) if plural else span[-1][1]
                index = taxonomy.folded.get((*(t[0] for t in span[:-1]), last))
                if index is not None and _person(span[-1][0], taxonomy.concept(index)):
                    index = None
            if index is None and size > 1 and span[0][3]:
                # Any form of a label's verb: "managed budgets", "manages budgets" for "manage budgets".
                index = taxonomy.folded.get((span[0][3], *(t[0] for t in span[1:-1]), span[-1][1]))
            if index is not None:
                if size == 1 and len(raw[i]) == 1 and not _looks_like_language(text, matches[i]):
                    continue
                if size > 1 and not _one_phrase(text, matches[i : i + size]):
                    continue
                hit = (index, size)
                break
        if hit is None and info[i][3] in taxonomy.duty_sizes:
            hit = _duty_hit(text, matches, info, i, taxonomy)
        if hit is None and info[i][3] and (
            opens or (duty and _joins_duties(gap, info[i - 1][0])) or _infinitive(info, i)
        ):
            hit = _verb_hit(text, matches, info, i, taxonomy)
        if hit is None and info[i][0] in taxonomy.adjectives and _said_of_the_person(
            text, matches, info, i, taxonomy.adjectives
        ):
            hit = (taxonomy.adjectives[info[i][0]], 1)
        if hit:
            found.append((hit[0], matches[i].start(), matches[i + hit[1] - 1].end()))
            i += hit[1]
        else:
            i += 1
    return _with_abilities(text, found, taxonomy)


def _with_abilities(text: str, found: list[tuple[int, int, int]], taxonomy: Taxonomy) -> list[tuple[int, int, int]]:
    """What the job asks of the body, said as an ability ("lift up to 25 lbs", "on your feet for 8+ hours"), as one
    span of its soft skill (rules.toml [abilities]), in place of the words the spans above took from it."""
    concept = taxonomy.index(RULES.ability_concept)
    if concept is None:
        return found
    for m in RULES.abilities.finditer(text):
        a, b = m.span()
        if any(x < a < y < b or a < x < b < y for _c, x, y in found):
            continue  # a name reaching into the ability and beyond it is read as it is
        found = [s for s in found if not (a <= s[1] and s[2] <= b)]
        found.append((concept, a, b))
    return sorted(found, key=lambda s: s[1])


_ACRONYM_PLURAL = re.compile(r"[A-Z]{2,}s")
# What ends a clause between two words: a line break, a bullet, a semicolon, a colon, a full stop, a bracket.
_CLAUSE_BREAK = re.compile(r"[\n;:•·▪●◦(|.!?]|(?:^|\s)[-–—*]\s")
# Words after which a duty's next verb comes ("Diagnose and repair", "able to reconcile").
_DUTY_JOINS = {"and", "or", "to", "then"}
# Words after a verb that make it a noun ("review of", "the schedule for").
_NOUN_NEXT = {"of", "for", "is", "are", "was", "will", "-"}
# Words skipped between a verb and its object ("Schedule all appointments").
_OBJECT_SKIP = {"the", "a", "an", "all", "any", "new", "daily", "weekly", "monthly", "our", "your", "their",
                "its", "each", "every", "incoming", "outgoing", "with"}


_AGENT = re.compile(r"(?:er|or)s?$")


def _person(word: str, concept) -> bool:
    """A word naming who does the work where the skill names the work: "Sales Manager" is no sales management,
    "Patient Scheduler" no patient scheduling (the stem is the same)."""
    if not _AGENT.search(word):
        return False
    lasts = [f.split()[-1].lower() for f in (concept.name, *concept.forms) if f.split()]
    return not any(_AGENT.search(last) for last in lasts)


# Words before a verb's bare form that make it a duty ("able to reconcile", "you will evaluate").
_TO_DO = {"to", "will", "would", "can", "must", "should", "ll"}


def _infinitive(info, i: int) -> bool:
    return i > 0 and info[i - 1][0] in _TO_DO and info[i][3] == info[i][0]


def _joins_duties(gap: str, previous: str) -> bool:
    return "," in gap or "/" in gap or "&" in gap or previous in _DUTY_JOINS


def _names_a_thing(text: str, matches: list[re.Match], i: int) -> bool:
    """A verb's form used as a noun: "Review of claims", "schedules, promotions and ..." (a plural in a list)."""
    after = text[matches[i].end() : matches[i].end() + 3].strip()
    nxt = matches[i + 1].group().lower() if i + 1 < len(matches) else ""
    plural = matches[i].group().endswith("s") and after.startswith(",")
    return after.startswith("-") or nxt in _NOUN_NEXT or plural


# Words that end the reach of a duty's verb: what follows them is another phrase ("train to standard").
_GAP_STOP = {"to", "for", "of", "with", "from", "by", "at", "in", "on", "as", "that", "which", "who", "then", "but",
             "is", "are", "be"}
# Adjectives that are also verbs, allowed between ("submit clean claims", "keep accurate records").
_GAP_ADJECTIVES = {"clean", "complete", "correct", "clear", "accurate", "final", "open", "live", "free", "safe",
                   "secure", "direct", "present", "fresh", "close", "light", "total"}
_GAP_BREAK = re.compile(r"[\n,;:.!?()|]")


def _duty_hit(
    text: str, matches: list[re.Match], info, i: int, taxonomy: Taxonomy, verb: str | None = None
) -> tuple[int, int] | None:
    """A duty of duties.toml with up to three words between its verb and the rest ("build strong
    relationships", "order office and kitchen supplies", "maintain accurate records"): (concept, words used).
    The words between may not be verbs (a participle may: "book qualified meetings"), nor start another phrase.
    A verb joined to the next one shares its object ("Plan and post daily content" plans content): that hit is
    the first verb alone, so the second is read on its own after it. `verb`: the verb read at i, when another."""
    shared, verb, n = verb is not None, verb or info[i][3], len(matches)
    if shared:
        # The object right after the second verb ("Hire and train staff": train staff, hire staff).
        for size in taxonomy.duty_sizes[verb]:
            rest = range(i + 1, i + size)
            if rest.stop > n or any(_GAP_BREAK.search(text[matches[j - 1].end() : matches[j].start()]) for j in rest):
                continue
            words = [info[j][0] for j in rest]
            for key in ((verb, *words[:-1], info[rest[-1]][1]), (verb, *words)):
                if key in taxonomy.duty_keys:
                    return taxonomy.duty_keys[key], size
    for gap in range(1, 4):
        k = i + gap
        if k < n and gap == 1 and text[matches[k - 1].end() : matches[k].start()].strip() == "," and _next_verb(
            text, matches, info, k, comma=True
        ):
            # "Installs, configures and patches servers": each verb of the series acts on the object.
            hit = _duty_hit(text, matches, info, k, taxonomy, verb)
            return (hit[0], 1) if hit else None
        if k >= n or _GAP_BREAK.search(text[matches[k - 1].end() : matches[k].start()]):
            return None
        word = info[k][0]
        if gap == 1 and word in ("and", "or") and k + 1 < n and _next_verb(text, matches, info, k + 1):
            hit = _duty_hit(text, matches, info, k + 1, taxonomy, verb)
            return (hit[0], 1) if hit else None
        if word in _GAP_STOP or not matches[k].group().isalpha() or not matches[k].group()[1:].islower():
            return None  # a name between ("Design REST and GraphQL APIs") is a skill of its own
        # A bare verb or its "-s" form starts another duty; a participle may stand between ("written and oral").
        verb_like = info[k][3] and (word == info[k][3] or word.endswith("s")) and word not in _GAP_ADJECTIVES
        if verb_like or (gap == 1 and word in _DUTY_JOINS):
            return None
        if word in ("and", "or") and info[k - 1][0].endswith("s"):
            return None  # "Document assessments and care plans": a whole object before "and", not a modifier
        for size in taxonomy.duty_sizes[verb]:
            rest = range(k + 1, k + size)
            if rest.stop > n or any(_GAP_BREAK.search(text[matches[j - 1].end() : matches[j].start()]) for j in rest):
                continue
            words = [info[j][0] for j in rest]
            for key in ((verb, *words[:-1], info[rest[-1]][1]), (verb, *words)):
                if key in taxonomy.duty_keys:
                    return taxonomy.duty_keys[key], gap + size
    return None


def _next_verb(text: str, matches: list[re.Match], info, k: int, comma: bool = False) -> bool:
    """Whether the word at k is a second verb after "and" ("Shoot and edit", "Plans and posts") or, with
    `comma`, after a comma ("Installs, configures"), in the same clause and in lower case."""
    word = matches[k].group()
    return bool(info[k][3]) and word.isalpha() and word.islower() and (
        comma or not _GAP_BREAK.search(text[matches[k - 1].end() : matches[k].start()])
    ) and word not in _GAP_ADJECTIVES


def _verb_hit(text: str, matches: list[re.Match], info, i: int, taxonomy: Taxonomy) -> tuple[int, int] | None:
    """The skill a duty's verb names: its object and activity as one label ("Manage budgets" -> budget
    management, "reconcile bank statements" -> bank statement reconciliation), else its activity alone
    ("Diagnose" -> diagnosis). (concept, words used) or None."""
    if _names_a_thing(text, matches, i):
        return None
    verb = info[i][3]
    j = i + 1
    while j < len(matches) and info[j][0] in _OBJECT_SKIP and j - i <= 2:
        j += 1
    objects = []
    for k in range(j, min(j + 2, len(matches))):
        if not matches[k].group().isalpha() or info[k][0] in _DUTY_JOINS:
            break
        if not _one_phrase(text, matches[k - 1 : k + 1]) and k > j:
            break
        objects.append(k)
    nouns = [norm(noun) for noun in activity_nouns(verb)]
    # The whole object, its first word, or its head ("route phone calls" -> call routing).
    tries = [objects[:count] for count in range(len(objects), 0, -1)] + ([objects[1:]] if len(objects) > 1 else [])
    if len(objects) > 1:
        # A part of the object only when the whole is no skill of its own ("designed relational databases").
        words = [info[k][0] for k in objects]
        whole = (taxonomy.lower.get(tuple(words)), taxonomy.folded.get((*words[:-1], norm(words[-1]))))
        if whole != (None, None):
            tries = tries[:1]
    for used in tries:
        words = [info[k][0] for k in used]
        key = (*words[:-1], singular(words[-1]))
        for noun in nouns:
            index = taxonomy.folded.get((*key, noun))
            if index is not None and taxonomy.concept(index).category != CERTIFICATION:
                return index, used[-1] - i + 1
    index = taxonomy.activity(verb)
    return (index, 1) if index is not None else None


# Words before an adjective said of the person ("Kind, patient and dependable", "must be friendly").
_BEFORE_ADJECTIVE = {"and", "or", "be", "is", "are", "am", "re", "very", "always", "also", "naturally", "someone",
                     "extremely", "highly", "stay", "stays", "remain", "remains", "being", "s"}
# Verbs after which an adjective is always said of someone, whatever follows ("stays patient at quarter past three").
_STAY = {"stay", "stays", "staying", "remain", "remains", "remaining"}
_AFTER_ADJECTIVE = {"and", "or", "under", "in", "with", "when", "during", "but", "yet", "to", "at", "about", "even",
                    "through", "whatever", "whenever"}
# Nouns of a person's way, after which an adjective is said of the person ("a patient and friendly phone manner",
# "a warm, professional presence").
_MANNER = {"manner", "manners", "presence", "demeanor", "demeanour", "attitude", "personality", "disposition"}
# Nouns of the worker sought, after which a series of adjectives after "a" or "the" is said of the person ("a warm,
# playful practitioner", "a dedicated and passionate ECDE teacher", "the friendly face at the desk"); besides
# these, a noun of a doer ("-er", "-or", "-ist", "-ian") that ends the phrase. The people a job serves are not the
# worker ("a friendly customer").
_WORKER = {"person", "individual", "candidate", "someone", "professional", "face", "character", "hire",
           "addition", "colleague", "self-starter", "member", "nurse", "assistant", "associate", "chef",
           "cook", "clerk", "agent", "aide", "attendant", "apprentice", "tech", "rep", "lead"}
_DOER = re.compile(r"[a-z]{3,}(?:er|or|ist|ian)")
_NOT_WORKER = {"customer", "shopper", "homeowner", "buyer", "seller", "supplier", "partner", "owner", "visitor",
               "traveler", "traveller", "passenger", "diner", "learner", "teenager", "employer", "vendor", "donor",
               "investor", "user", "consumer", "borrower", "contractor", "environment", "culture", "center", "centre",
               "counter", "computer", "monitor", "manner", "order", "paper", "letter", "number", "water", "weather",
               "floor", "door", "color", "colour", "sector", "factor", "behavior", "behaviour", "indicator"}
_ARTICLES = {"a", "an", "the"}


def _said_of_the_person(text: str, matches: list[re.Match], info, i: int, adjectives: dict[str, int]) -> bool:
    """Whether an adjective stands alone in a list or after "be" ("Friendly and outgoing", "must be patient"),
    rather than before a noun ("patient care", "competitive pay") or inside a compound ("user-friendly")."""
    before = text[matches[i - 1].end() : matches[i].start()] if i else ""
    if before.endswith("-"):
        return False
    if i and info[i - 1][0] in _STAY and not _CLAUSE_BREAK.search(before):
        return True
    if _before_the_worker(text, matches, info, i, adjectives):
        return True
    ahead = range(i + 1, min(i + 5, len(matches)))
    for k in ahead:
        if _CLAUSE_BREAK.search(text[matches[k - 1].end() : matches[k].start()]):
            break
        if info[k][0] in _MANNER:
            return True
    if i and not ("," in before or _CLAUSE_BREAK.search(before) or info[i - 1][0] in _BEFORE_ADJECTIVE):
        return False
    # The last word of the series must stand alone too: "a kind, driven and supportive team" describes the team.
    while True:
        if i + 1 == len(matches):
            return True
        after = text[matches[i].end() : matches[i + 1].start()]
        if after.strip() == "" and info[i + 1][0] in ("and", "or") and i + 2 < len(matches):
            if info[i + 2][0] in ("able", "a", "an"):
                return True  # "accurate and able to juggle priorities", "warm and a natural negotiator"
            if text[matches[i + 1].end() : matches[i + 2].start()].strip() == "":
                i += 2  # "patient and dependable": read on to the last word
                continue
        if re.search(r"[,;:.!)\n]", after):
            return True
        return after.strip() == "" and info[i + 1][0] in _AFTER_ADJECTIVE


def _before_the_worker(text: str, matches: list[re.Match], info, i: int, adjectives: dict[str, int]) -> bool:
    """Whether an adjective is one of a series after "a" or "the" that ends in a noun of the worker sought ("a
    warm, playful practitioner", "a dedicated and passionate ECDE teacher", "the friendly face")."""

    def joined(a: int, b: int) -> bool:  # nothing but a comma, spaces or "and"/"or" between two series words
        return not re.search(r"[^\s,]", text[matches[a].end() : matches[b].start()])

    start = i
    while start > 0 and joined(start - 1, start) and (
        info[start - 1][0] in ("and", "or")
        or info[start - 1][0] in adjectives
        and (info[start][0] in ("and", "or") or text[matches[start - 1].end() : matches[start].start()].strip() == ",")
    ):
        start -= 1
    if start == 0 or info[start - 1][0] not in _ARTICLES or info[start][0] in ("and", "or"):
        return False
    end = i
    while end + 2 < len(matches) and joined(end, end + 1) and info[end + 1][0] in ("and", "or") and joined(
        end + 1, end + 2
    ) and info[end + 2][0] in adjectives:
        end += 2
    while end + 1 < len(matches) and text[matches[end].end() : matches[end + 1].start()].strip() == "," and (
        info[end + 1][0] in adjectives
    ):
        end += 1
    for k in (end + 1, end + 2):
        if k >= len(matches) or text[matches[k - 1].end() : matches[k].start()].strip():
            return False
        word = info[k][0]
        if word in _WORKER or _DOER.fullmatch(word) and word not in adjectives and word not in _NOT_WORKER:
            if matches[k].group().istitle():
                return False  # a job's title, not the person: "a Creative Director"
            after = text[matches[k].end() : matches[k].end() + 2]
            return not re.match(r"\s?[\w'’-]", after) or bool(
                k + 1 < len(matches) and info[k + 1][0] in ("to", "who", "with", "for", "in", "at", "on", "and")
            )
    return False


# Between the words of one phrase: spaces, a hyphen, a slash, an ampersand or an apostrophe; never a comma or a
# bracket ("AWS (S3, Glue)" is not "AWS S3").
_INSIDE_PHRASE = re.compile(r"[\s\-/&'’]*")


def _one_phrase(text: str, words: list[re.Match]) -> bool:
    return all(_INSIDE_PHRASE.fullmatch(text[a.end() : b.start()]) for a, b in zip(words, words[1:], strict=False))


def _looks_like_language(text: str, match: re.Match) -> bool:
    """A lone "C" or "R" counts in a list of tools ("Java, C, Python") or next to "language", not as a grade."""
    before = text[max(0, match.start() - 3) : match.start()]
    after = text[match.end() : match.end() + 14].lower()
    return bool(
        re.search(r"[,/(;:]\s*$", before)
        or re.match(r"\s*[,/);]|\s+(?:or|and)\s+[A-Z]", text[match.end() : match.end() + 14])
        or "language" in after
        or "programming" in after
        or re.match(r"\s+(?:experience|skills|knowledge|scripts?)\b", after)
    )


def _years(sentence: str) -> float | None:
    low = sentence.lower()
    if "yr" not in low and "year" not in low:
        return None
    found = [float(m.group(1)) for m in RULES.years.finditer(low)]
    return max(found) if found else None


def _education(sentence: str) -> tuple[int, str] | None:
    if not RULES.education_any.search(sentence):
        return None
    best = None
    for level, pattern in RULES.education:
        m = pattern.search(sentence)
        if m and (best is None or level < best[0]):
            best = (level, m.group(0))
    return best


def employer_names(text: str) -> tuple[str, ...]:
    """The employer's name as the posting writes it ("Ridgeline Electric is an EEO employer", "At Harbor
    Community Bank we ..."), longest first; rules.toml [employer]."""
    found = set()
    for pattern in RULES.employer_named:
        for m in pattern.finditer(text):
            # "... no holidays. QuickCare is an equal opportunity employer": the name starts after a full stop.
            name = re.split(r"[.!?]\s+", m.group(1))[-1].strip(" .,'’")
            if "\n" not in name and name.lower() not in RULES.employer_not_names and len(name) > 2:
                found.add(name)
    found |= _placed_names(text)
    return tuple(sorted(found, key=len, reverse=True))


def about_employer(sentence: str, names: tuple[str, ...]) -> bool:
    """Whether a sentence speaks of the employer, not of the job: "Lakeside Regional is a teaching hospital",
    "We're a scratch kitchen", "Since 1987 Ridgeline Electric has wired schools" (rules.toml [employer])."""
    if RULES.employer_job.search(sentence):
        return False
    rest = sentence[RULES.employer_opening.match(sentence).end() :]
    if RULES.employer_about.match(rest):
        return True
    # The name, perhaps with more of it ("Little Steps Home Care provides"), then a word in lower case.
    return any(rest.startswith(name) and _NAME_GOES_ON.match(rest[len(name) :]) for name in names)


_NAME_GOES_ON = re.compile(r"(?:\s+[A-Z][\w&.'’-]*){0,3},?\s+[a-z(]")


# A word joined to a phrase whose last word it shares: "unit and integration tests", "retail or commission
# sales", "language, motor and social-emotional development".
_ELIDED = re.compile(r"([A-Za-z][a-z-]{2,})(?:\s*,\s*(?:and\s+|or\s+)?|\s+(?:and/or|and|or|&)\s+)$")


def elided_items(body: str, spans: list[tuple[int, int, int]], taxonomy: Taxonomy) -> list[tuple[int, int, int, str]]:
    """Skills said by sharing the last word of the phrase after them ("unit and integration tests" names unit
    testing): (concept, start, end of the word, wording such as "unit tests"), when the taxonomy knows the pair
    and the word is no skill of its own."""
    out = []
    ends = {b for _c, _a, b in spans}
    for _concept, a, b in spans:
        words = [m.group() for m in TOKEN.finditer(body[a:b])]
        if len(words) < 2 or not words[-1].isalpha():
            continue
        last, before = words[-1], body[:a]
        for _ in range(3):  # "language, motor and social-emotional development"
            m = _ELIDED.search(before)
            if not m or m.end(1) in ends:
                break
            word = m.group(1).lower()
            index = taxonomy.folded.get((word, norm(last)))
            if index is None:
                index = taxonomy.lower.get((word, last.lower()))
            if index is not None and taxonomy.concept(index).category != CERTIFICATION:
                out.append((index, m.start(1), m.end(1), f"{m.group(1)} {last}"))
            before = before[: m.start(1)]
    return out


# The word after a name that makes it a credential: kept in the item's wording, as the posting says it.
_CREDENTIAL_AFTER = re.compile(
    r"\s+(?:certification|certificate|certified|license|licence|card|registration|designation|ticket)s?\b", re.I
)


def extract_posting(text: str, title: str = "", taxonomy: Taxonomy | None = None) -> Extraction:
    taxonomy = taxonomy or load()
    text = spelled_out(ordinary_case(text, taxonomy))
    out = Extraction(text=text, word_count=len(text.split()), title=title or _first_line(text))
    names = employer_names(text)
    section, offering = MENTIONED, False
    for raw in segments(text):
        body = raw
        level = heading_level(raw)
        if level is not None:
            section, offering = level, bool(RULES.offer_heading.search(raw))
            continue
        inline = _INLINE_HEADING.match(raw)
        if inline and RULES.offer_heading.search(inline.group(1)):
            continue  # "Benefits: medical, dental and vision insurance"
        if inline and (level := heading_level(inline.group(1))) is not None:
            section, body = level, inline.group(2)
            offering = False
        if offering or RULES.offer_line.search(body) or about_employer(body, names):
            continue
        sentence_level = cue_level(body) or section
        spans = find_spans(body, taxonomy)
        # The employer's name is no skill ("Greenway" is also a product): words inside it are left out.
        taken = [(m.start(), m.end()) for name in names for m in re.finditer(re.escape(name), body)]
        spans = [(c, a, b) for c, a, b in spans if not any(x <= a and b <= y for x, y in taken)]
        elided = elided_items(body, spans, taxonomy)
        spans = sorted([*spans, *((c, a, b) for c, a, b, _w in elided)], key=lambda s: s[1])
        wordings = {(c, a, b): w for c, a, b, w in elided}
        group_of = {c: g for g in alternative_groups(body, spans) for c in g}
        lists = listed_alternatives(body)
        for concept, start, end in spans:
            wording = wordings.get((concept, start, end), body[start:end])
            credential = _CREDENTIAL_AFTER.match(body, end)
            if credential and (taxonomy.concept(concept).category == CERTIFICATION or wording.isupper()):
                wording = body[start : credential.end()]  # "CCRN certification", "EKG certification"
            others = next((items for a, b, items in lists if a <= start and end <= b), ())
            others = tuple(i for i in others if i.lower() != wording.lower())
            out.hits.append(Hit(concept, sentence_level, wording, group_of.get(concept, ()), others))
        if sentence_level != PREFERRED:
            years = _years(body)
            if years is not None and years <= 20:
                out.years_required = max(out.years_required or 0, years)
            edu = _education(body)
            if edu and (out.education_level is None or edu[0] < out.education_level):
                out.education_level, out.education_wording = edu
    if out.years_required is None and title:
        # "Junior Developer (1-4 years experience)": some postings say it only in the title.
        out.years_required = _years(title)
    return out


def extract_resume(text: str, taxonomy: Taxonomy | None = None, today: dt.date | None = None) -> Extraction:
    taxonomy = taxonomy or load()
    text = pdf_glyphs(text)
    out = Extraction(text=text, word_count=len(text.split()))
    out.hits = [Hit(c, MENTIONED, s) for c, s in find_concepts(text, taxonomy)]
    # A stated total ("5+ years of experience") is what the candidate claims; otherwise add up the dated roles.
    out.years_stated = _years(text) or experience_years(text, today) or None
    for level, pattern in RULES.education:
        m = pattern.search(text)
        if m and (out.education_level is None or level > out.education_level):
            out.education_level, out.education_wording = level, m.group(0)
    return out


_MONTHS = {
    m: i
    for i, m in enumerate(["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"], start=1)
}
_POINT = r"(?:(?P<{p}m>[A-Za-z]{{3}})[a-z]*\.?\s+|(?P<{p}n>\d{{1,2}})[/.])?(?P<{p}y>(?:19|20)\d\d)"
DATE_RANGE = re.compile(
    _POINT.format(p="a")
    + r"\s*(?:-|–|—|to|until)\s*(?:"
    + _POINT.format(p="b")
    + r"|(?P<now>present|now|current|today|ongoing))",
    re.I,
)


def date_ranges(text: str, today: dt.date | None = None) -> list[tuple[int, int]]:
    """Employment-style ranges ("Jan 2019 – Present", "03/2018 - 05/2020", "2017 – 2019") as month numbers."""
    today = today or dt.date.today()
    out = []
    for m in DATE_RANGE.finditer(text):
        start = _month(m, "a", 1)
        end = today.year * 12 + today.month if m.group("now") else _month(m, "b", 12)
        if start and end and end >= start:
            out.append((start, end))
    return out


def _month(m: re.Match, p: str, default: int) -> int | None:
    year = m.group(p + "y")
    if not year:
        return None
    month = default
    if m.group(p + "m"):
        month = _MONTHS.get(m.group(p + "m")[:3].lower(), default)
    elif m.group(p + "n") and 1 <= int(m.group(p + "n")) <= 12:
        month = int(m.group(p + "n"))
    return int(year) * 12 + month


def work_lines(text: str) -> str:
    """The resume without its education section, whose dates are study, not work."""
    education, others = RULES.sections[2], [p for i, p in enumerate(RULES.sections) if i != 2]
    kept, skipping = [], False
    for line in text.splitlines():
        short = line.strip()
        if len(short) < 40 and education.match(short):
            skipping = True
        elif len(short) < 40 and any(p.match(short) for p in others):
            skipping = False
        if not skipping:
            kept.append(line)
    return "\n".join(kept)


def experience_years(text: str, today: dt.date | None = None) -> float:
    """Years covered by the resume's dated roles, overlaps counted once."""
    total, last_end = 0, None
    for start, end in sorted(date_ranges(work_lines(text), today)):
        if last_end is not None and start <= last_end:
            if end > last_end:
                total += end - last_end
                last_end = end
            continue
        total += end - start + 1
        last_end = end
    return round(total / 12, 1)


def _first_line(text: str) -> str:
    for line in text.splitlines():
        if line.strip():
            return line.strip()[:120]
    return ""
