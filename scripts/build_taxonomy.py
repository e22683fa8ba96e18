"""Derive the compact skill taxonomy shipped in src/onward/match/data/taxonomy.json.gz.

Usage: PYTHONPATH=src python scripts/build_taxonomy.py [/path/to/taxonomy]   (default: ../shared/data/taxonomy)
It reuses onward.match.taxonomy's key making, so the ready-made keys match what the matcher reads.

Sources (see src/onward/match/data/ATTRIBUTION.md): O*NET 30.2 Technology Skills (tool and software
names), ESCO v1.1.1 digital-skill knowledge concepts and skill labels of every occupation, GitHub Linguist
programming languages. The
project's own review of aliases lives in src/onward/match/data/curated.toml and is applied at run time,
so it can change without rebuilding this file.

Each entry: {"name": display name, "aliases": [surface forms], "cs": [forms matched only with this
exact case], "src": "onet"|"esco"|"linguist"}; ESCO skill entries ("src": "esco-skill") carry "category" and
"keys" (matcher table -> keys, words joined by spaces) instead of aliases.
"""

from __future__ import annotations

import csv
import gzip
import json
import re
import sys
from collections import Counter
from pathlib import Path

from onward.match.taxonomy import form_keys

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


def occupation_prose_counts(base: Path) -> Counter:
    """Word counts in O*NET's occupation descriptions: how often general job prose uses a word in passing."""
    counts: Counter = Counter()
    with open(base / "onet_29_0" / "Occupation Data.txt", encoding="utf-8") as fh:
        for row in csv.DictReader(fh, delimiter="\t"):
            counts.update(WORD.findall(row["Description"].lower()))
    return counts


def label_words(base: Path) -> set[str]:
    """Words of ESCO's skill and occupation labels and O*NET's job titles, in lower case: English words in use
    ("plus", "partner", "builder"), so a product name made of one is not taken as a brand."""
    words: set[str] = set()
    for name, column in (("skills_en.csv", "altLabels"), ("occupations_en.csv", "altLabels")):
        with open(base / "esco_v1_1_1" / name, encoding="utf-8") as fh:
            for row in csv.DictReader(fh):
                words.update(WORD.findall(f"{row['preferredLabel']} {row[column]}".lower()))
    with open(base / "onet_29_0" / "Alternate Titles.txt", encoding="utf-8") as fh:
        for row in csv.DictReader(fh, delimiter="\t"):
            words.update(WORD.findall(row["Alternate Title"].lower()))
    return words


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


def onet_entries(base: Path, counts: Counter, everyday: set[str]) -> list[dict]:
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
    return entries + brand_entries(entries, {n: stripped.get(n, s) for n, s in shorts.items()}, everyday)


_BRAND = re.compile(r"[A-Z][A-Za-z0-9]*[a-z0-9][A-Za-z0-9]*|[A-Z]{3,}")


def brand_entries(entries: list[dict], products: dict[str, str], everyday: set[str]) -> list[dict]:
    """The brand alone, as postings write it: "Splunk" for Splunk Enterprise, "Cerner" for the Cerner Millennium
    family, "Westlaw" for Thomson Reuters Westlaw. A brand is the first (or, after a publisher's two-word name,
    the last) word of product names, when it is no everyday word. One product gets the brand as an alias;
    several share a concept of the brand's name."""
    known = {a.lower() for e in entries for a in [e["name"], *e["aliases"]]}
    by_brand: dict[str, set[str]] = {}
    for name, product in products.items():
        words = product.split()
        if len(words) < 2:
            continue
        for brand in {words[0], words[-1] if len(words) == 3 else ""} - {""}:
            if _BRAND.fullmatch(brand) and brand.lower() not in everyday and brand not in VENDORS:
                by_brand.setdefault(brand, set()).add(name)
    index = {a: e for e in entries for a in e["aliases"]}
    out = []
    for brand, names in sorted(by_brand.items()):
        if brand.lower() in known:
            continue
        if len(names) == 1:
            index[next(iter(names))]["aliases"].append(brand)
        else:
            out.append({"name": brand, "aliases": [brand], "src": "onet"})
    return out


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


# ESCO skill labels are verb phrases ("administer medication", "install power inverter"). Postings write the
# same phrase, or only its object ("IV therapy", "power inverters"). The object is kept when it still names a
# skill on its own: two words or more, or a single word ESCO itself lists as a skill.
_LEAD = {"the", "a", "an", "of", "with", "to", "for", "on", "in", "out", "up", "at", "by", "and", "from", "into"}
_TAIL = _LEAD | {"or", "etc", "related", "various", "other", "specific", "new", "own", "different"}
# Objects too general to stand for a skill without their verb ("operate system", "manage staff").
_GENERAL = set("""
activities activity area areas business care client clients company customer customers data document documents
equipment goods information issues item items job materials matters needs operation operations organisation people
plan plans problems procedures process processes product products project projects quality records report reports
requirements resources service services situation situations staff standards system systems task tasks team teams
tools work workers
salary salaries wages pay benefits events facilities committee committees organization organizations colour color
""".split())
_LABEL_WORD = re.compile(r"[a-z0-9][a-z0-9+#'.-]*")
# British spellings ESCO uses and most postings do not ("paediatric", "organisation", "centre").
_US_SPELLING = [
    (re.compile(r"(?<=[a-z]{3})is(ation|ations|e|ed|es|ing)\b"), r"iz\1"),
    (re.compile(r"(?<=[a-z])ys(e|ed|es|ing)\b"), r"yz\1"),
    (re.compile(r"(?<=[phcntg])ae(?=[a-z])"), "e"),
    (re.compile(r"\b(colo|behavio|labo|favo|hono|harbo|neighbo|vapo|flavo|rumo)ur"), r"\1r"),
    (re.compile(r"\b(cent|met|theat|lit|fib|lust)re\b"), r"\1er"),
    (re.compile(r"(?<=[a-z]e)ll(ing|ed|er)\b"), r"l\1"),
    (re.compile(r"\bprogramme"), "program"),
    (re.compile(r"\blicence"), "license"),
    (re.compile(r"\bdefence"), "defense"),
    (re.compile(r"\bcatalogue"), "catalog"),
    (re.compile(r"\baluminium"), "aluminum"),
    (re.compile(r"\bmould"), "mold"),
    (re.compile(r"\btyre"), "tire"),
]


# Words ending in -ise that keep it in American English.
_ISE = re.compile(
    r"(?:adv|superv|rev|dev|exerc|expert|enterpr|franch|comprom|prem|prom|surpr|otherw|ra|ri|cru|pra|merchand|telev"
    r"|improv|disgu|prec|conc|no)is"
)


def us_spelling(label: str) -> str:
    words = []
    for word in label.split():
        if not _ISE.match(word):
            for pattern, repl in _US_SPELLING:
                word = pattern.sub(repl, word)
        words.append(word)
    return " ".join(words)


def _clean(label: str) -> str:
    return " ".join(re.sub(r"\s*\(.*?\)\s*", " ", label).split()).strip(" .,;:")


# Endings that only say "the knowledge of": "soldering techniques" is soldering, "payroll systems" payroll.
_SUFFIX = set("""
activities activity methods method practices practice principles procedure procedures process processes
regulations skills systems system techniques technique tasks
""".split())


def _specific(words: list[str], verbs: set[str], common: Counter, spread: Counter, people: set[str]) -> bool:
    # "counsel students", "liaise with designers": whom the work is for or with is not a skill to list.
    if not words or len(words) > 4 or words[-1] in _TAIL or words[0] in _LEAD or words[-1] in people:
        return False
    if not all(_LABEL_WORD.fullmatch(w) for w in words):
        return False
    if len(words) == 1:
        word = words[0]
        # One word stands for a skill only if it is no verb, job descriptions rarely use it in passing, and few
        # ESCO labels use it ("forklift", "phlebotomy"; not "students", "goods" or "knowledge").
        return (
            word.isalpha()
            and len(word) >= 5
            and common[word] < 30
            and spread[word] <= 30
            and word not in _GENERAL
            and word not in verbs
        )
    return not all(w in _GENERAL or w in _TAIL for w in words[1:]) or words[0] not in _GENERAL


def _candidates(words: list[str], verbs: set[str]) -> list[list[str]]:
    """The label, its object without the verb ("operate forklift" -> forklift) and either without an ending
    that only means "knowledge of" ("soldering techniques" -> soldering)."""
    out = [words]
    first = words[0]
    if len(words) >= 2 and (first in verbs or _gerund_of(first, verbs)):
        rest = words[1:]
        while rest and rest[0] in _LEAD:
            rest = rest[1:]
        # "customers on special offers": without its verb, a phrase with a preposition inside is no skill.
        if not set(rest) & (_LEAD - {"of", "and"}):
            out.append(rest)
    out += [c[:-1] for c in out if len(c) >= 2 and c[-1] in _SUFFIX]
    return out


def _plural(word: str) -> str:
    return word + ("es" if word.endswith(("s", "x", "ch", "sh")) else "s")


def _gerund_of(word: str, verbs: set[str]) -> bool:
    """ "managing" -> manage, "installing" -> install, "running" -> run."""
    if not word.endswith("ing"):
        return False
    stem = word[:-3]
    return stem in verbs or stem + "e" in verbs or stem[:-1] in verbs


def people_words(base: Path) -> set[str]:
    """Words that name people: the last words of O*NET job titles ("nurse", "designers"), and whom work serves."""
    words = set(_PEOPLE)
    with open(base / "onet_29_0" / "Alternate Titles.txt", encoding="utf-8") as fh:
        for row in csv.DictReader(fh, delimiter="\t"):
            last = row["Alternate Title"].lower().split()[-1]
            if last.isalpha():
                words |= {last, last + "s", last[:-1] + "ies" if last.endswith("y") else last + "es"}
    return words


_PEOPLE = set("""
students student children child patients patient customers customer clients client colleagues colleague residents
tenants candidates employees employee visitors sponsors owners families parents users user guests passengers
people persons individuals youth adults pupils learners members public
""".split())


def esco_skill_entries(base: Path, common: Counter) -> list[dict]:
    """ESCO skills of every occupation, with the wordings postings use: the label, its object and American
    spellings, each kept only when specific (see _specific). Keys for the matcher are made here, not at load."""
    people = people_words(base)
    with open(base / "esco_v1_1_1" / "skills_en.csv", encoding="utf-8") as fh:
        rows = [r for r in csv.DictReader(fh) if r["status"] == "released"]
    with open(base / "esco_v1_1_1" / "transversalSkillsCollection_en.csv", encoding="utf-8") as fh:
        transversal = {r["conceptUri"] for r in csv.DictReader(fh)}
    labels_of = {
        r["conceptUri"]: [_clean(x) for x in [r["preferredLabel"], *r["altLabels"].split("\n")] if _clean(x)]
        for r in rows
    }
    # The verbs skill labels start with ("administer", "operate"), and how many labels use each word.
    starts = Counter(labels_of[r["conceptUri"]][0].split()[0].lower() for r in rows if r["skillType"] != "knowledge")
    verbs = {v for v, n in starts.items() if n >= 3}
    spread = Counter(w for labels in labels_of.values() for x in labels for w in set(x.lower().split()))

    def wanted(words: list[str], preferred: bool) -> bool:
        # A one-word alternative label is often a loose neighbour ("matter" for physics, "numbers" for
        # calculations): it counts only when rare even among skill labels.
        loose = not preferred and len(words) == 1 and (spread[words[0]] > 10 or common[words[0]] >= 10)
        return not loose and _specific(words, verbs, common, spread, people)

    out = []
    for r in rows:
        labels = labels_of[r["conceptUri"]]
        forms = {
            " ".join(words)
            for n, label in enumerate(labels)
            for variant in {label.lower(), us_spelling(label.lower())}
            for words in _candidates(variant.split(), verbs)
            if wanted(words, n == 0)
        }
        keys: dict[str, set[str]] = {}
        for form in forms:
            # A one-word form matches as written or with a plural, never stemmed: "resourceful" is not "resources".
            variants = [form] if " " in form or not form.isalpha() else [form.capitalize(), _plural(form).capitalize()]
            for table, key in (k for v in variants for k in form_keys(v)):
                keys.setdefault(table, set()).add(" ".join(key))
        if keys:
            out.append({
                "name": labels[0][:1].upper() + labels[0][1:],
                "keys": {table: sorted(k) for table, k in sorted(keys.items())},
                "src": "esco-skill",
                "category": "soft" if r["conceptUri"] in transversal else "hard",
            })
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
    skills = esco_skill_entries(base, occupation_prose_counts(base))
    onet, esco = onet_entries(base, counts, label_words(base) | set(counts)), esco_entries(base)
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
    # ESCO skill labels come first: where a form is shared, the tool names after them win.
    result.sort(key=lambda e: e["name"].lower())
    return sorted(skills, key=lambda e: e["name"].lower()) + result


def main() -> None:
    base = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT.parent / "shared" / "data" / "taxonomy"
    entries = build(base)
    OUT.parent.mkdir(parents=True, exist_ok=True)
    payload = json.dumps(entries, ensure_ascii=False, separators=(",", ":"), sort_keys=True).encode()
    # mtime=0 keeps the file byte-identical across rebuilds of the same data.
    with open(OUT, "wb") as raw, gzip.GzipFile(fileobj=raw, mode="wb", mtime=0) as fh:
        fh.write(payload)
    forms = sum(len(e.get("aliases", [])) + len(e.get("cs", [])) for e in entries)
    forms += sum(len(keys) for e in entries for keys in e.get("keys", {}).values())
    print(f"{len(entries)} concepts, {forms} forms, {OUT.stat().st_size // 1024} KB -> {OUT}")


if __name__ == "__main__":
    main()
