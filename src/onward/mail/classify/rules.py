"""Weighted phrase rules, read from rules.toml: which phrases argue for which label, subtype or flag, and why."""

from __future__ import annotations

import re
import re._constants as sre_c
import re._parser as sre_parse
import tomllib
from bisect import bisect_right
from dataclasses import dataclass, field, replace
from functools import lru_cache
from pathlib import Path
from typing import Literal

import ahocorasick
from pydantic import BaseModel, ConfigDict, ValidationError, field_validator

from onward.core.errors import OnwardError
from onward.mail.classify import decision
from onward.mail.classify.languages import LanguageError, Packs, load_packs
from onward.mail.classify.senses import other_spans

RULES_PATH = Path(__file__).with_name("rules.toml")


class RulesError(OnwardError):
    """The rules file cannot be used; the message says where."""


@dataclass(frozen=True, slots=True)
class Rule:
    pattern: re.Pattern
    weight: float
    field: str
    # Every match contains one of these strings. One Aho-Corasick pass finds which strings a message holds,
    # so most rules are ruled out without running their regular expression.
    needles: tuple[str, ...] | None = None
    # Set when the rules are indexed: rules without a key are run over the whole message.
    key: int | None = None
    # A pack's rule built from its words (decision.py) reads only mail in that pack's language, or too short to tell.
    lang: str = ""
    # A decision read from the sentence's grammar (decision.py) counts where the phrases say less, not on top of them.
    grammar: bool = False


_MAX_SET = 64
_COMMON_WORDS = frozenset("the you your our this and for with that are will have not all we on in to an of is be at "
                          "as it or if was has been can may".split())


def _exact(item) -> set[str] | None:
    """All strings one parsed regex item can match, when that is a small finite set."""
    op, av = item
    if op is sre_c.LITERAL:
        return {chr(av)}
    if op is sre_c.AT:
        return {""}
    if op is sre_c.SUBPATTERN:
        return _exact_seq(av[-1])
    if op is sre_c.BRANCH:
        out: set[str] = set()
        for branch in av[1]:
            sub = _exact_seq(branch)
            if sub is None:
                return None
            out |= sub
        return out if len(out) <= _MAX_SET else None
    if op is sre_c.IN and all(o is sre_c.LITERAL for o, _ in av):
        return {chr(c) for _, c in av}
    if op in (sre_c.MAX_REPEAT, sre_c.MIN_REPEAT):
        lo, hi, sub = av
        body = _exact_seq(sub)
        if body is None or hi > 2:
            return None
        out, layer = ({""} if lo == 0 else set()), {""}
        for n in range(1, hi + 1):
            layer = {a + b for a in layer for b in body}
            if n >= lo:
                out |= layer
        return out if len(out) <= _MAX_SET else None
    return None


def _exact_seq(seq) -> set[str] | None:
    out = {""}
    for item in seq:
        sub = _exact(item)
        if sub is None or len(out) * len(sub) > _MAX_SET:
            return None
        out = {a + b for a in out for b in sub}
    return out


def _required(seq) -> set[str] | None:
    """Strings one of which every match of the sequence contains (the strongest such set found), or None."""
    candidates, run = [], {""}
    for item in seq:
        sub = _exact(item)
        if sub is not None and len(run) * len(sub) <= _MAX_SET:
            # Each shorter prefix of a run is also required, and may be a smaller set to check.
            candidates += [run, sub]
            run = {a + b for a in run for b in sub}
            continue
        candidates.append(run)
        if sub is not None:
            candidates.append(sub)
        run = sub if sub is not None else {""}
        op, av = item
        if sub is None and op is sre_c.SUBPATTERN:
            candidates.append(_required(av[-1]) or {""})
        elif sub is None and op is sre_c.BRANCH:
            parts = [_required(b) for b in av[1]]
            if all(parts):
                candidates.append(set().union(*parts))
        elif sub is None and op is sre_c.MAX_REPEAT and av[0] >= 1:
            candidates.append(_required(av[2]) or {""})
    candidates.append(run)
    usable = [c for c in candidates if c and min(map(len, c)) >= 3]
    if not usable:
        return None
    # Longer needles are rarer, so they rule out more messages; among equally long sets, fewer is cheaper.
    # A needle that is just a common word rules out almost nothing.
    def value(c: set[str]) -> float:
        common = any(n.strip(" '") in _COMMON_WORDS for n in c)
        return min(min(map(len, c)), 10) - len(c) / 8 - (10 if common else 0)

    return max(usable, key=value)


def needles(pattern: str) -> tuple[str, ...] | None:
    try:
        found = _required(sre_parse.parse(pattern))
    except Exception:  # noqa: BLE001 - an unanalysable pattern is simply always run
        return None
    return tuple(sorted(found)) if found else None


@dataclass(frozen=True, slots=True)
class Section:
    name: str
    rules: tuple[Rule, ...]
    negatable: bool
    conditional: bool
    # A label that needs one clear phrase: without a hit of at least `min_evidence`, it loses `missing_penalty`.
    min_evidence: float = 0.0
    missing_penalty: float = 0.0
    # A label that only job-search mail can have: a message with no word about a job loses this.
    job_words_penalty: float = 0.0
    # A decision whose clause names something else decided (its language pack's `[decision]` elsewhere: a loan, a
    # tenancy, a scholarship) is that thing's, whether a phrase or the grammar reads it.
    elsewhere: bool = False


@dataclass(frozen=True, slots=True)
class Hit:
    """One rule that fired: its effective weight, the words it matched and the sentence they came from."""

    section: str
    weight: float
    phrase: str
    sentence: str
    note: str = ""

    def describe(self) -> str:
        note = f", {self.note}" if self.note else ""
        if not self.sentence:
            return f"{self.section} {self.weight:+.1f}: {self.phrase}"
        sentence = self.sentence if len(self.sentence) <= 160 else self.sentence[:157] + "..."
        return f'{self.section} {self.weight:+.1f}{note}: "{self.phrase}" in "{sentence}"'


@dataclass(frozen=True, slots=True)
class Prepared:
    """A message split for matching: lower-cased sentences joined by newlines, with their start offsets."""

    joined: str
    starts: tuple[int, ...]
    original: tuple[str, ...]
    subject: str
    sender: str
    # Rule key -> indexes of the sentences holding one of its needles. A match lies within one sentence and
    # contains a needle, so a rule is run over those sentences only, and not at all when there are none.
    where: dict[int, set[int]]
    # The negation and hedging words of the message's language (rules.toml's, plus its pack's).
    negation: re.Pattern | None = None
    conditional: re.Pattern | None = None
    # The first sentence of the signature and the footer (after the letter's sign-off), or None.
    footer_from: int | None = None
    language: str | None = None


@dataclass(frozen=True)
class Rules:
    scoring: dict
    flag_settings: dict
    labels: dict[str, Section]
    subtypes: dict[str, Section]
    subtype_default: str
    subtype_default_score: float
    flags: dict[str, Section]
    negation: re.Pattern
    conditional: re.Pattern
    automaton: ahocorasick.Automaton | None
    needle_rules: dict[int, tuple[int, ...]]
    # Per pack language, rules.toml's negation and hedging words with the pack's own: "pas" negates in French
    # mail, while "no" in an English "no-reply" address negates nothing.
    negation_by_language: dict[str, re.Pattern] = field(default_factory=dict)
    conditional_by_language: dict[str, re.Pattern] = field(default_factory=dict)
    # Per pack language, what else a decision may be about, named within the decision's reach of a match's start.
    elsewhere_by_language: dict[str, re.Pattern] = field(default_factory=dict)

    def prepare(self, sentences: list[str], subject: str, sender: str, language: str | None = None,
                footer_from: int | None = None) -> Prepared:
        starts, offset = [], 0
        for s in sentences:
            starts.append(offset)
            offset += len(s) + 1
        joined = "\n".join(sentences).lower()
        found: dict[int, set[int]] = {}
        if self.automaton and joined:
            for end, needle in self.automaton.iter(joined):
                found.setdefault(needle, set()).add(bisect_right(starts, end) - 1)
        where: dict[int, set[int]] = {}
        for needle, where_found in found.items():
            for key in self.needle_rules[needle]:
                if key in where:
                    where[key] |= where_found
                else:
                    where[key] = set(where_found)
        return Prepared(joined, tuple(starts), tuple(sentences), subject.lower(), sender.lower(), where,
                        self.negation_by_language.get(language, self.negation),
                        self.conditional_by_language.get(language, self.conditional), footer_from, language)

    def score(self, sections: dict[str, Section], msg: Prepared) -> tuple[dict[str, float], dict[str, list[Hit]]]:
        """Per section: the clipped sum of its rules' best hits, and those hits."""
        limit = self.scoring["max_rule_score"]
        window = self.scoring["negation_window"]
        factor = self.scoring["conditional_factor"]
        scores: dict[str, float] = {}
        hits: dict[str, list[Hit]] = {}
        for name, section in sections.items():
            total, found, said, read = 0.0, [], 0.0, None
            for rule in section.rules:
                where = None if rule.key is None else msg.where.get(rule.key)
                if rule.key is not None and where is None or rule.lang and msg.language not in (None, rule.lang):
                    continue
                best = self._best_hit(rule, section, msg, window, factor, where)
                if best is None:
                    continue
                if rule.grammar:
                    read = best if read is None or best.weight > read.weight else read
                    continue
                total += best.weight
                said = max(said, best.weight)
                found.append(best)
            if read is not None and read.weight > said:
                # The grammar's reading adds what the phrases did not already say.
                total += read.weight - said
                found.append(replace(read, weight=read.weight - said, note=read.note or "read from its grammar"))
            if section.missing_penalty and not any(h.weight >= section.min_evidence for h in found):
                total -= section.missing_penalty
                found.append(Hit(name, -section.missing_penalty, "no clear phrase for this label", ""))
            scores[name] = max(-limit, min(limit, total))
            hits[name] = found
        return scores, hits

    def _best_hit(self, rule: Rule, section: Section, msg: Prepared, window: int, factor: float,
                  where: set[int] | None) -> Hit | None:
        # Each rule counts once per message, so a phrase repeated in a footer cannot pile up weight.
        if rule.field != "text":
            value = msg.sender if rule.field == "sender" else msg.subject
            m = rule.pattern.search(value)
            return Hit(section.name, rule.weight, m.group(0), value, f"in the {rule.field}") if m else None
        best = None
        for m in self._matches(rule.pattern, msg, where):
            i = bisect_right(msg.starts, m.start()) - 1
            prefix = msg.joined[msg.starts[i] : m.start()]
            if section.negatable and (msg.negation or self.negation).search(prefix[-window:]):
                continue
            # Only a phrase for the label is another thing's decision; one against it still argues against it.
            guarded = section.elsewhere and rule.weight > 0
            about = self.elsewhere_by_language.get(msg.language or "") if guarded else None
            if about is not None and about.match(msg.joined, m.start()):
                continue
            if rule.grammar and rule.weight > 0 and _in_other_sense(msg, m):
                continue
            weight, note = rule.weight, ""
            if msg.footer_from is not None and i >= msg.footer_from:
                # A footer's phrases (and a job board's other jobs) argue for and against no job label, subtype or
                # flag; only everyday mail is recognised by its footer (an unsubscribe line, a newsletter's
                # address), and the classifier discounts that too below a stated decision.
                note = "in the footer"
                if section.name != "other":
                    weight *= self.scoring["footer_share"]
                    if not weight:
                        continue
            if section.conditional and rule.weight > 0 and (msg.conditional or self.conditional).search(prefix):
                weight, note = rule.weight * factor, "conditional"
            if best is None or abs(weight) > abs(best.weight):
                best = Hit(section.name, weight, m.group(0), msg.original[i], note)
                if not note:
                    break
        return best

    @staticmethod
    def _matches(pattern: re.Pattern, msg: Prepared, where: set[int] | None):
        if where is None:
            yield from pattern.finditer(msg.joined)
            return
        last = len(msg.starts) - 1
        for i in sorted(where):
            end = msg.starts[i + 1] - 1 if i < last else len(msg.joined)
            yield from pattern.finditer(msg.joined, msg.starts[i], end)


class _RuleSpec(BaseModel):
    model_config = ConfigDict(extra="forbid", strict=True)

    p: str
    w: float
    field: Literal["text", "subject", "sender"] = "text"
    lang: str = ""
    grammar: bool = False

    @field_validator("p")
    @classmethod
    def _compiles(cls, pattern: str) -> str:
        try:
            re.compile(pattern)
        except re.error as exc:
            raise ValueError(f"the pattern does not compile: {exc}") from None
        return pattern


def _in_other_sense(msg: Prepared, m: re.Match) -> bool:
    """Whether a grammar reading stands in one of the packs' `other_senses` phrases, where its job word means
    something else: "we closed out the position at $1,150" is a trade, not a role closed."""
    return any(start < m.end() and m.start() < stop for start, stop in other_spans(msg.joined))


class _SectionSpec(BaseModel):
    """One section of phrase rules ([labels.NAME], [subtypes.NAME], [flag_rules.NAME]); unknown keys are refused."""

    model_config = ConfigDict(extra="forbid", strict=True)

    rules: list[_RuleSpec] = []
    negatable: bool = True
    conditional: bool = False
    min_evidence: float = 0.0
    missing_penalty: float = 0.0
    job_words_penalty: float = 0.0
    elsewhere: bool = False


def _section(name: str, data: dict, where: str) -> Section:
    try:
        spec = _SectionSpec.model_validate(data)
    except ValidationError as exc:
        error = exc.errors()[0]
        loc = error["loc"]
        rule = f", rule {int(loc[1]) + 1}" if len(loc) > 1 and loc[0] == "rules" else ""
        key = next((str(part) for part in reversed(loc) if isinstance(part, str)), "")
        ctx = error.get("ctx") or {}
        said = str(ctx["error"]) if error["type"] == "value_error" and "error" in ctx else error["msg"].lower()
        raise RulesError(f"{where}{rule}: {key}: {said}") from None
    rules = tuple(Rule(re.compile(r.p), r.w, r.field, needles(r.p) if r.field == "text" else None,
                       lang=r.lang, grammar=r.grammar)
                  for r in spec.rules)
    return Section(name, rules, spec.negatable, spec.conditional, spec.min_evidence, spec.missing_penalty,
                   spec.job_words_penalty, spec.elsewhere)


def _index_needles(groups: list[dict[str, Section]]):
    """Key every rule that has needles, and build one automaton over all needles (needle -> rule keys)."""
    ids: dict[str, int] = {}
    needle_rules: dict[int, list[int]] = {}
    keys = iter(range(1 << 30))

    def keyed(rule: Rule) -> Rule:
        if not rule.needles:
            return rule
        rule = replace(rule, key=next(keys))
        for needle in rule.needles:
            needle_rules.setdefault(ids.setdefault(needle, len(ids)), []).append(rule.key)
        return rule

    indexed = [{name: replace(section, rules=tuple(map(keyed, section.rules))) for name, section in group.items()}
               for group in groups]
    if not ids:
        return indexed, None, {}
    automaton = ahocorasick.Automaton()
    for needle, i in ids.items():
        automaton.add_word(needle, i)
    automaton.make_automaton()
    return indexed, automaton, {i: tuple(keys) for i, keys in needle_rules.items()}


def parse_rules(data: dict) -> Rules:
    try:
        scoring = data["scoring"]
        subtypes = {k: v for k, v in data["subtypes"].items() if isinstance(v, dict)}
        groups = [
            {k: _section(k, v, f"labels.{k}") for k, v in data["labels"].items()},
            {k: _section(k, v, f"subtypes.{k}") for k, v in subtypes.items()},
            {k: _section(k, v, f"flag_rules.{k}") for k, v in data["flag_rules"].items()},
        ]
        (labels, subtype_sections, flags), automaton, needle_rules = _index_needles(groups)
        return Rules(
            scoring=scoring,
            flag_settings=data["flags"],
            labels=labels,
            subtypes=subtype_sections,
            subtype_default=data["subtypes"]["default"],
            subtype_default_score=float(data["subtypes"].get("default_score", 0.0)),
            flags=flags,
            negation=re.compile(scoring["negation_markers"]),
            conditional=re.compile(scoring["conditional_markers"]),
            automaton=automaton,
            needle_rules=needle_rules,
            negation_by_language=_by_language(scoring["negation_markers"], data, "negation"),
            conditional_by_language=_by_language(scoring["conditional_markers"], data, "conditional"),
            elsewhere_by_language=_elsewhere(data),
        )
    except KeyError as exc:
        raise RulesError(f"the rules file has no {exc} setting") from None


def _by_language(base: str, data: dict, kind: str) -> dict[str, re.Pattern]:
    return {code: re.compile(f"(?:{base})|(?:{words[kind]})")
            for code, words in data.get("language_markers", {}).items() if words.get(kind)}


def _elsewhere(data: dict) -> dict[str, re.Pattern]:
    """Per language, a clause that names something other than a job within the decision's `span` (rules.toml
    `[decision]`) of where it is matched: decision.py guards its readings the same way."""
    span = int(data.get("decision", {}).get("span", 0))
    return {code: re.compile(rf"[^\n.;:!?]{{0,{span}}}?\b(?:{words['elsewhere']})")
            for code, words in data.get("language_markers", {}).items() if span and words.get("elsewhere")}


def merge_packs(data: dict, packs: Packs) -> dict:
    """Add each language pack's phrase rules, and the rules its `[decision]` words make (decision.py), to the
    sections of the same name; keep its negation and hedging words for mail in its language."""
    data["language_markers"] = {
        pack.code: {"negation": pack.either_spelling(pack.negation),
                    "conditional": pack.either_spelling(pack.conditional),
                    "elsewhere": pack.either_spelling("|".join(pack.decision.get("elsewhere", ())))}
        for pack in packs.packs}
    for pack in packs.packs:
        made = decision.rules(pack.decision, pack.negation, data.get("decision", {}), pack.code)
        for group in {*pack.rules, *made}:
            for name in {*pack.rules.get(group, {}), *made.get(group, {})}:
                target = data.get(group, {}).get(name)
                if not isinstance(target, dict):
                    raise RulesError(f"language pack {pack.code}: there is no {group}.{name} section to add rules to")
                given = [*pack.rules.get(group, {}).get(name, {}).get("rules", []),
                         *made.get(group, {}).get(name, {}).get("rules", [])]
                # Read the pack's text typed without its letters too ("fuer", "Absage erteilt" alike).
                rules = [{**r, "p": pack.either_spelling(r["p"])} if isinstance(r, dict) and isinstance(r.get("p"), str)
                         else r for r in given]
                target["rules"] = list(target.get("rules", [])) + rules
    return data


@lru_cache(maxsize=4)
def load_rules(path: Path = RULES_PATH, *, with_packs: bool = True) -> Rules:
    try:
        data = tomllib.loads(Path(path).read_text(encoding="utf-8"))
    except (OSError, tomllib.TOMLDecodeError) as exc:
        raise RulesError(f"cannot read the classifier rules {path}: {exc}") from None
    if with_packs:
        try:
            data = merge_packs(data, load_packs())
        except LanguageError as exc:
            raise RulesError(str(exc)) from None
    return parse_rules(data)
