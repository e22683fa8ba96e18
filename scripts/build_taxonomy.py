"""Derive the compact skill taxonomy shipped in src/onward/match/data/taxonomy.json.gz.

Usage: python scripts/build_taxonomy.py [/path/to/taxonomy]   (default: ../shared/data/taxonomy)

Sources (see src/onward/match/data/ATTRIBUTION.md): O*NET 30.2 Technology Skills (tool and software
names), ESCO v1.1.1 digital-skill knowledge concepts, GitHub Linguist programming languages. The
project's own review of aliases lives in src/onward/match/data/curated.toml and is applied at run time,
so it can change without rebuilding this file.

Each entry: {"name": display name, "aliases": [surface forms], "cs": [forms matched only with this
exact case], "src": "onet"|"esco"|"linguist"}.
"""

from __future__ import annotations

import csv
import gzip
import json
import re
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "src" / "onward" / "match" / "data" / "taxonomy.json.gz"

# Vendor prefixes O*NET puts before product names ("Oracle Java", "Apache Kafka"); people usually drop them.
VENDORS = [
    "Microsoft",
    "Oracle",
    "Apache",
    "Amazon",
    "Amazon Web Services",
    "Google",
    "Adobe",
    "IBM",
    "Atlassian",
    "Autodesk",
    "Apple",
    "The MathWorks",
    "Dassault Systemes",
    "Intuit",
    "Cisco",
    "Mozilla",
    "Trimble",
    "Bentley",
    "ESRI",
    "SAP",
    "Salesforce",
    "Red Hat",
    "HashiCorp",
    "Facebook",
    "Meta",
    "JetBrains",
]
WORD = re.compile(r"[a-z]+")


def prose_counts(base: Path) -> Counter:
    """Lower-case word counts in descriptive prose: a tool name common there is also an everyday word."""
    counts: Counter = Counter()
    with open(base / "onet_29_0" / "Occupation Data.txt", encoding="utf-8") as fh:
        for row in csv.DictReader(fh, delimiter="\t"):
            counts.update(WORD.findall(row["Description"]))
    with open(base / "esco_v1_1_1" / "skills_en.csv", encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            counts.update(WORD.findall(row["description"]))
    return counts


def is_acronym_of(acronym: str, words: list[str]) -> bool:
    """Whether the acronym's letters appear in order from a word start: HTML for "Hypertext markup language"."""
    letters = [c for c in acronym.lower() if c.isalpha()]
    for start in range(len(words)):
        if words[start][:1].lower() != letters[0]:
            continue
        rest = iter("".join(words[start:]).lower())
        if all(ch in rest for ch in letters):
            return True
    return False


def onet_entries(base: Path, counts: Counter) -> list[dict]:
    names: dict[str, None] = {}
    with open(base / "onet_30_2" / "Technology Skills.txt", encoding="utf-8") as fh:
        for row in csv.DictReader(fh, delimiter="\t"):
            names.setdefault(" ".join(row["Example"].split()), None)
    shorts = {name: re.sub(r"\s+software$", "", name) for name in names}
    stripped: dict[str, str] = {}
    for name, short in shorts.items():
        for vendor in sorted(VENDORS, key=len, reverse=True):
            if short.startswith(vendor + " ") and len(short) > len(vendor) + 2:
                stripped[name] = short[len(vendor) + 1 :]
                break
    rest_counts = Counter(r.lower() for r in stripped.values())
    primary = {s.lower() for s in shorts.values()}
    entries = []
    for name, short in shorts.items():
        aliases, display = {name}, short
        # "Medical software", "Training software": without "software" the rest is an everyday word.
        if short == name or not (short.isalpha() and counts[short.lower()] >= 3):
            aliases.add(short)
        else:
            display = name
        rest = stripped.get(name)
        # "Microsoft Word" -> "Word" is an everyday word, and "Analytics" would mean both Adobe's and Google's.
        if rest and rest_counts[rest.lower()] == 1 and not (rest.isalpha() and counts[rest.lower()] >= 3):
            aliases.add(rest)
            display = rest
        words = short.split()
        last = words[-1]
        # "Structured query language SQL", "Amazon Web Services AWS": the acronym is what people write,
        # unless it is already another product's name ("React" versus a real-estate tool's "REACT").
        if (
            len(words) >= 2
            and re.fullmatch(r"[A-Z][A-Z0-9]{1,6}", last)
            and is_acronym_of(last, words[:-1])
            and last.lower() not in primary
        ):
            aliases.add(" ".join(words[:-1]))
            aliases.add(last)
            display = last
        entries.append({"name": display, "aliases": sorted(aliases), "src": "onet"})
    return entries


def esco_entries(base: Path) -> list[dict]:
    out = []
    with open(base / "esco_v1_1_1" / "digitalSkillsCollection_en.csv", encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            if row["skillType"] != "knowledge":
                continue
            name = re.sub(r"\s*\(.*?\)\s*", " ", row["preferredLabel"]).strip()
            # ESCO labels are often long phrases; keep the short ones people write in resumes and postings.
            if len(name.split()) > 3:
                continue
            aliases = {name}
            words = set(name.lower().split())
            # Alternative labels sometimes list example tools ("git" under configuration management): keep only
            # variants of the name itself and its acronym.
            for label in re.split(r"\n|\|", row["altLabels"]):
                label = re.sub(r"\s*\(.*?\)\s*", " ", label).strip()
                if (
                    label
                    and len(label.split()) <= 3
                    and (words & set(label.lower().split()) or is_acronym_of(label, name.split()))
                ):
                    aliases.add(label)
            out.append({"name": name, "aliases": sorted(aliases), "src": "esco"})
    return out


def linguist_entries(base: Path) -> list[dict]:
    out = []
    with open(base / "aliases" / "derived_linguist_language_aliases.tsv", encoding="utf-8") as fh:
        for row in csv.DictReader(fh, delimiter="\t"):
            if row["Type"] != "programming":
                continue
            aliases = {row["Language"], *(a for a in row["Aliases"].split("|") if a)}
            out.append({"name": row["Language"], "aliases": sorted(aliases), "src": "linguist"})
    return out


def merge(entries: list[dict]) -> list[dict]:
    """One concept per display name; ESCO and Linguist entries join the O*NET concept that lists their name."""
    by_key: dict[str, dict] = {}
    by_alias: dict[str, dict] = {}
    for entry in entries:
        key = entry["name"].lower()
        target = by_key.get(key) or (by_alias.get(key) if entry["src"] != "onet" else None)
        if target is None:
            target = by_key[key] = {"name": entry["name"], "aliases": set(), "src": entry["src"]}
        target["aliases"].update(entry["aliases"])
        if entry["src"] == "onet":
            for alias in entry["aliases"]:
                by_alias.setdefault(alias.lower(), target)
    return list(by_key.values())


def build(base: Path) -> list[dict]:
    counts = prose_counts(base)
    onet, esco = onet_entries(base, counts), esco_entries(base)
    known = {a.lower() for e in onet + esco for a in e["aliases"]}
    # Linguist lists 800 languages, many named like everyday words; keep those O*NET or ESCO also know.
    linguist = [e for e in linguist_entries(base) if e["name"].lower() in known]
    result = []
    for entry in merge(onet + esco + linguist):
        aliases, cs = [], []
        for alias in sorted(entry["aliases"]):
            low = alias.lower()
            # A one-word name that is also an everyday word ("Slack", "Chef", "Swift") only counts written as a name.
            if re.fullmatch(r"[A-Za-z]+", alias) and (counts[low] >= 3 or len(alias) == 1):
                cs.append(alias)
            else:
                aliases.append(alias)
        if aliases or cs:
            result.append({"name": entry["name"], "aliases": aliases, "cs": cs, "src": entry["src"]})
    return sorted(result, key=lambda e: e["name"].lower())


def main() -> None:
    base = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT.parent / "shared" / "data" / "taxonomy"
    entries = build(base)
    OUT.parent.mkdir(parents=True, exist_ok=True)
    payload = json.dumps(entries, ensure_ascii=False, separators=(",", ":"), sort_keys=True).encode()
    # mtime=0 keeps the file byte-identical across rebuilds of the same data.
    with open(OUT, "wb") as raw, gzip.GzipFile(fileobj=raw, mode="wb", mtime=0) as fh:
        fh.write(payload)
    print(f"{len(entries)} concepts, {sum(len(e['aliases']) + len(e['cs']) for e in entries)} forms -> {OUT}")


if __name__ == "__main__":
    main()
