"""The match rules as data: weights, required/preferred cues, headings, education levels (data/rules.toml)."""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from importlib import resources


@dataclass(frozen=True)
class Rules:
    category_weights: dict[str, float]
    semantic_threshold: float
    preferred_cue: re.Pattern
    required_cue: re.Pattern
    headings: list[tuple[str, re.Pattern]]
    years: re.Pattern
    education: list[tuple[int, re.Pattern]]
    education_any: re.Pattern
    education_labels: dict[int, str]
    sections: list[re.Pattern]
    relevance: dict[str, float]
    # Headings and lines about what the employer offers (pay, benefits, equal opportunity) or about the posting
    # itself (where, notice numbers, how to apply): no skills there.
    offer_heading: re.Pattern
    offer_line: re.Pattern
    # A line saying where the job is ("Hartwell Foods - Omaha, NE 68102"): read as a whole, not as skills.
    place_line: re.Pattern
    # Sentences about the employer, not the job ("We're a scratch kitchen"): [employer].
    employer_named: list[re.Pattern]
    employer_not_names: frozenset[str]
    employer_opening: re.Pattern
    employer_about: re.Pattern
    employer_job: re.Pattern
    # What a job asks of the body ("able to lift 50 lbs"), and the soft skill it is read as: [abilities].
    abilities: re.Pattern
    ability_concept: str
    # Shorthand of terse ads ("mgmt", "lic.", "IG") and the words it stands for: [shorthand].
    shorthand: re.Pattern
    shorthand_words: dict[str, str]


def _any(patterns: list[str]) -> re.Pattern:
    return re.compile("|".join(f"(?:{p})" for p in patterns))


def _verbs(pattern: str, abilities: dict) -> str:
    """An [abilities] pattern with its verb lists put in: {move} ("lift", "carry"), {body} ("stand", "kneel")."""
    return pattern.replace("{move}", abilities["move"]).replace("{body}", abilities["body"])


def _shorthand(data: dict) -> tuple[re.Pattern, dict[str, str]]:
    """One pattern for every shorthand of [shorthand] and what each stands for, keyed in lower case (in capitals
    for `capitals`). A word ending in a letter ends there ("mgmt", not "mgmts"); "w/" may run on ("w/physicians");
    a full stop after a word is matched with it, for spelled_out to keep or drop."""
    words: dict[str, str] = {}
    parts = []
    for kind in ("words", "dotted", "capitals"):
        for pair in data[kind].split():
            short, _, word = pair.partition("=")
            key = short if kind == "capitals" else short.lower()
            words[key] = word
            end = r"(?![\w'’])" if short[-1].isalnum() else ""
            dot = r"\.?" if kind == "words" and short[-1].isalnum() else ""
            part = re.escape(short) + end + dot
            parts.append(part if kind == "capitals" else f"(?i:{part})")
    # Longer first: "w/o" before "w/".
    parts.sort(key=len, reverse=True)
    return re.compile(rf"(?<![\w'’/.&-])(?:{'|'.join(parts)})"), words


def parse_rules(data: dict) -> Rules:
    headings = data["headings"]
    return Rules(
        category_weights=dict(data["weights"]["categories"]),
        semantic_threshold=float(data["semantic"]["threshold"]),
        preferred_cue=_any(data["cues"]["preferred"]),
        required_cue=_any(data["cues"]["required"]),
        headings=[(level, _any(headings[level])) for level in ("preferred", "required", "mentioned")],
        years=re.compile(data["years"]["pattern"]),
        education=[(e["level"], re.compile(e["pattern"], re.I)) for e in data["education"]],
        education_any=re.compile(_any([e["pattern"] for e in data["education"]]).pattern, re.I),
        education_labels={e["level"]: e["label"] for e in data["education"]},
        relevance={k: float(v) for k, v in data["relevance"].items()},
        sections=[re.compile(rf"^\W*(?:[\w-]+\s+){{0,2}}(?:{p})\W*$", re.I) for p in data["checks"]["sections"]],
        offer_heading=re.compile(_any(data["open"]["skip_headings"]).pattern, re.I),
        offer_line=re.compile(
            _any(data["open"]["offer_lines"] + data["open"]["posting_lines"] + [data["open"]["place"]]).pattern, re.I
        ),
        place_line=re.compile(data["open"]["place"]),
        employer_named=[re.compile(p) for p in data["employer"]["named"]],
        employer_not_names=frozenset(data["employer"]["not_names"].split()),
        employer_opening=re.compile(rf"^[\W]*(?:{data['employer']['opening']})?", re.I),
        employer_about=re.compile(_any(data["employer"]["about"]).pattern, re.I),
        employer_job=re.compile(data["employer"]["job"], re.I),
        abilities=re.compile(_any([_verbs(p, data["abilities"]) for p in data["abilities"]["patterns"]]).pattern, re.I),
        ability_concept=data["abilities"]["concept"],
        shorthand=_shorthand(data["shorthand"])[0],
        shorthand_words=_shorthand(data["shorthand"])[1],
    )


RULES = parse_rules(tomllib.loads(resources.files("onward.match").joinpath("data", "rules.toml").read_text()))
