"""Company names compared the way people read them: "Quarry & Co", "QUARRY AND CO." and "Quarry Co, Inc." are
one company, and so is the sender domain quarryandco.com.

Tracker (creating companies) and mail (linking messages) both use these, so a company found one way is never
created again another way.
"""

from __future__ import annotations

import functools
import re
import unicodedata

# Legal forms and "and company" words: never what tells two employers apart.
LEGAL_SUFFIXES = frozenset({
    "inc", "incorporated", "ltd", "limited", "llc", "llp", "lp", "gmbh", "corp", "corporation", "co", "plc",
    "ag", "sa", "sas", "sarl", "srl", "spa", "bv", "nv", "pty", "oy", "ab", "kg", "se", "company", "cie",
})
# Words dropped anywhere when names are compared as one key.
FILLER = frozenset({"and", "the", "und", "et", "y", "en"})
# Glued to the end of a domain label ("quarryandco", "acmehq"): peeled off, longest first.
LABEL_TAILS = ("andcompany", "andco", "company", "group", "gmbh", "corp", "inc", "llc", "ltd", "plc", "hq", "co")
# A key shorter than this says too little to join two names.
MIN_KEY = 3
# Public suffixes with two parts are "xx.yy" where yy is a country code and xx is short: acme.co.uk → acme.
_SHORT_SECOND_LEVEL = 3
_INITIALS = re.compile(r"(?<![a-z0-9])(?:[a-z]\.){2,}")


def tokens(name: str) -> tuple[str, ...]:
    """Comparable tokens: accents, case, punctuation, a leading "the" and trailing legal forms removed."""
    # ß has no decomposition: without this, "Straße" would lose it and become "strae".
    name = name.replace("ß", "ss").replace("ẞ", "SS")
    name = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode("ascii").casefold()
    # Dotted initials are one word: "S.A." is "sa", "U.S.A." is "usa".
    name = _INITIALS.sub(lambda m: m.group(0).replace(".", ""), name)
    found = re.sub(r"[^a-z0-9]+", " ", name.replace("&", " and ")).split()
    while found and found[-1] in LEGAL_SUFFIXES:
        found.pop()
    if found and found[0] == "the":
        found = found[1:]
    return tuple(found)


def company_key(name: str) -> str:
    """One string per company: the tokens without legal forms and "and", glued. "" when too little is left."""
    core = [t for t in tokens(name) if t not in LEGAL_SUFFIXES and t not in FILLER]
    key = "".join(core)
    return key if len(key) >= MIN_KEY else ""


# German writes ä, ö, ü as ae, oe, ue where they cannot be typed ("Müller", "Mueller", mueller.de).
_UMLAUTS = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "Ä": "Ae", "Ö": "Oe", "Ü": "Ue"})


@functools.lru_cache(maxsize=65536)
def company_keys(name: str) -> frozenset[str]:
    """Every key a name may be written under: company_key, and for a name with umlauts also its German spelling
    ("Müller" is "muller" and "mueller"). Only names that have umlauts get the second key, so "Boeing" and
    "Bing" stay apart."""
    keys = {company_key(name)}
    if name != name.translate(_UMLAUTS):
        keys.add(company_key(name.translate(_UMLAUTS)))
    # Cached: a mail import or a spreadsheet compares each new name with every company the person has.
    return frozenset(keys - {""})


def registrable_label(domain: str) -> str:
    """The label a company registers: mail.acme.co.uk → acme, jobs.quarryandco.com → quarryandco."""
    labels = [label for label in domain.lower().strip(".").split(".") if label]
    if len(labels) < 2:
        return labels[0] if labels else ""
    if len(labels) >= 3 and len(labels[-1]) == 2 and len(labels[-2]) <= _SHORT_SECOND_LEVEL:
        return labels[-3]
    return labels[-2]


def registrable_domain(domain: str) -> str:
    """The domain a company registers, with its ending: mail.acme.co.uk → acme.co.uk, jobs.acme.com → acme.com."""
    labels = [label for label in domain.lower().strip(".").split(".") if label]
    short = len(labels) >= 3 and len(labels[-1]) == 2 and len(labels[-2]) <= _SHORT_SECOND_LEVEL
    return ".".join(labels[-3:] if short else labels[-2:])


def domain_keys(domain: str) -> set[str]:
    """The keys a sender domain may stand for: its registrable label as is, without a glued "and" (company keys
    drop it: pineandoak is "Pine & Oak"), and with glued legal tails peeled."""
    label = re.sub(r"[^a-z0-9]", "", registrable_label(domain))
    keys = {label} if len(label) >= MIN_KEY else set()
    for at in (m.start() for m in re.finditer("and", label) if 0 < m.start() < len(label) - 3):
        joined = label[:at] + label[at + 3 :]
        if len(joined) >= MIN_KEY:
            keys.add(joined)
    peeled = True
    while peeled:
        peeled = False
        for tail in LABEL_TAILS:
            if label.endswith(tail) and len(label) - len(tail) >= MIN_KEY:
                label = label[: -len(tail)]
                keys.add(label)
                peeled = True
                break
    return keys
