"""Facts from a job message: company, role title, the ATS that relayed it, an interview time, people.

Applicant tracking systems send on the employer's behalf, so a relay's sender domain never names the
company: it comes from the body, the subject or the sender's display name.
"""

from __future__ import annotations

import datetime as dt
import re
import tomllib
import zoneinfo
from dataclasses import asdict, dataclass, field
from pathlib import Path

from django.utils import timezone

from onward.core.names import registrable_label
from onward.core.names import tokens as normalise_company
from onward.mail.parse import ParsedMessage

# Sender domains of applicant tracking systems and job sites (the domain or any subdomain of it): data.
RELAYS: dict[str, str] = tomllib.loads(
    (Path(__file__).parent / "data" / "relays.toml").read_text(encoding="utf-8")
)["relays"]

# Words in a sender's display name that describe the mailbox, not the company.
MAILBOX_WORDS = {
    "careers", "career", "recruiting", "recruitment", "recruiter", "talent", "acquisition", "team", "hr",
    "hiring", "jobs", "job", "noreply", "no-reply", "no", "reply", "donotreply", "people", "notifications",
    "notification", "applications", "application", "via", "the", "at", "human", "resources", "mail",
}
# Personal mail providers: the domain says nothing about an employer.
# Free-mail and provider domains (data): an address there is one person's, the domain names no company.
_PERSONAL = tomllib.loads((Path(__file__).parent / "data" / "personal_mail.toml").read_text(encoding="utf-8"))
PERSONAL_MAIL = frozenset(_PERSONAL["domains"]) | {f"{label}.com" for label in _PERSONAL["labels"]}
_PERSONAL_LABELS = frozenset(_PERSONAL["labels"])


def personal_mail(domain: str) -> bool:
    """True for a free-mail or internet-provider domain (gmail.com, yahoo.fr, orange.fr, web.de, ziggo.nl)."""
    domain = domain.lower()
    return domain in PERSONAL_MAIL or registrable_label(domain) in _PERSONAL_LABELS
# Role and employer phrases in other languages: data, one table per language.
PHRASES: dict = tomllib.loads((Path(__file__).parent / "data" / "phrases.toml").read_text(encoding="utf-8"))
# Capitalised words that patterns may catch but that never name an employer.
NOT_COMPANIES = {"us", "our team", "the team", "you", "your", "we", "our", "this", "the", "it", "them", "me",
                 *(w.lower() for w in PHRASES["not_companies"]["words"])}


def relay_vendor(domain: str) -> str:
    """The applicant system or job site that `domain` or a parent of it belongs to ("" if none): a look-up per
    parent, as the import asks this of nearly every message."""
    labels = domain.lower().split(".")
    for i in range(len(labels) - 1):
        vendor = RELAYS.get(".".join(labels[i:]))
        if vendor is not None:
            return vendor
    return ""


def company_matches(a: str, b: str) -> bool:
    """Same company on token boundaries: "Meta" is not "Metabase", "Acme" is "Acme Inc." and "ACME Robotics"."""
    return tokens_match(normalise_company(a), normalise_company(b))


def tokens_match(ta: tuple[str, ...], tb: tuple[str, ...]) -> bool:
    """company_matches for names already normalised (matching one name against many normalises it once)."""
    if not ta or not tb:
        return False
    short, long_ = (ta, tb) if len(ta) <= len(tb) else (tb, ta)
    return any(long_[i : i + len(short)] == short for i in range(len(long_) - len(short) + 1))


_NAME = r"(?P<company>[A-Z0-9][\w&.'’-]*(?:[ ](?:[A-Z0-9&][\w&.'’-]*|of|and|de|la|&)){0,5})"
_ROLE = r"(?P<title>[A-Z][\w/+#&.()-]*(?:[ ,](?:[A-Z0-9(][\w/+#&.()-]*|of|and|for|in|&|-|–|I{1,3})){0,8})"
COMPANY_PATTERNS = [
    ("application was sent to", rf"(?i:your application was sent to) {_NAME}"),
    (
        "position at",
        rf"(?i:position|role|job|opening|opportunity|vacancy)(?: (?i:of|as) [^\n]{{1,80}}?)? (?i:at|with) {_NAME}",
    ),
    ("applying to", rf"(?i:applying|application|applied|apply) (?i:to|at|with) {_NAME}"),
    ("interest in", rf"(?i:interest in) (?i:joining |working (?:at|with|for) )?{_NAME}"),
    (
        "team signature",
        rf"{_NAME} (?i:recruiting|recruitment|talent acquisition|talent|hiring|people|hr|careers) (?i:team)",
    ),
    ("joining", rf"(?i:joining|join) {_NAME}"),
]
COMPANY_PATTERNS = [(name, re.compile(p)) for name, p in COMPANY_PATTERNS]


def _phrases(key: str) -> str:
    """One alternation of every language's phrases for `key`, longest first, each ending on a word boundary
    unless it ends with an apostrophe ("au poste d'ingénieur")."""
    found = sorted({p for lang, table in PHRASES.items() if lang != "not_companies" for p in table.get(key, [])},
                   key=len, reverse=True)
    return "|".join(re.escape(p) + ("" if p[-1] in "'’" else r"\b") for p in found)


_LEGAL_FORMS = "|".join(re.escape(f) for f in sorted(
    {f for table in PHRASES.values() for f in table.get("legal_forms", [])}, key=len, reverse=True))
COMPANY_PATTERNS += [
    ("language", re.compile(rf"(?i:{_phrases('company_intro')})\s*{_NAME}")),
    ("language, legal form", re.compile(
        rf"(?i:{_phrases('company_intro_before_legal_form')})\s*"
        rf"(?P<company>[A-Z0-9][\w&.'’-]*(?:[ ][A-Z0-9&][\w&.'’-]*){{0,4}}[ ](?:{_LEGAL_FORMS}))(?!\w)")),
]
_AFTER_NAME_IS_ROLE = re.compile(r"^\s*(?:position|role|job|opening|vacancy|at\b|team\b)", re.IGNORECASE)

TITLE_PATTERNS = [
    (
        "for the ... position",
        rf"(?i:for the|for our|for a|for an|for|as an?|as the|in the|in our|to the|to our) {_ROLE} "
        r"(?i:position|role|job|opening|vacancy|internship)",
    ),
    (
        "application for",
        r"(?i:application for|applied for|applying for|applied to|applying to|interest in) "
        rf"(?i:the )?(?i:position of |role of )?{_ROLE}(?: (?i:position|role))? (?i:at|with)",
    ),
    (
        "application for, at the end",
        rf"(?m)(?i:application for|applied for|applying for) (?i:the )?{_ROLE}[ \t]*[.!]?$",
    ),
    (
        "application for the position of, to the end of the sentence",
        r"(?i:application for|applied for|applying for) (?i:the )?(?i:position|role|post) (?i:of|as) (?:an? )?"
        rf"{_ROLE}[.!](?=\s|$)",
    ),
    (
        "subject",
        r"^(?:(?i:re|fwd?|application|application received|thank you for applying)\s*:\s*)?"
        rf"{_ROLE} (?:at|@|-|–|—|\|) {_NAME}",
    ),
]
TITLE_PATTERNS = [(name, re.compile(p)) for name, p in TITLE_PATTERNS]
# In other languages a role is often written in lower case ("au poste d'ingénieur logiciel"), so after an intro
# it runs to the first word that ends a role, or to punctuation (which drops a German "(m/w/d)").
_ROLE_ENDS = "|".join(sorted({re.escape(w) for table in PHRASES.values() for w in table.get("role_end", [])}
                             | {"at", "with", "for", "in"}, key=len, reverse=True))
TITLE_PATTERNS.append(("language", re.compile(
    rf"(?i:{_phrases('role_intro')})\s*(?P<title>[^\n.,;:!?()]{{3,80}}?)"
    rf"(?=\s+(?i:{_ROLE_ENDS})\b|\s*[\n.,;:!?(]|\s*$)")))
# Only "at": after a dash or a bar comes as often a season or a place ("Intern – Summer 2018") as an employer.
_SUBJECT_ROLE_AT = re.compile(rf"{_ROLE} (?:at|@) {_NAME}")


@dataclass
class Extracted:
    company: str = ""
    company_source: str = ""
    title: str = ""
    vendor: str = ""
    interview_at: dt.datetime | None = None
    interview_text: str = ""
    people: list[str] = field(default_factory=list)

    def to_dict(self) -> dict:
        data = asdict(self)
        data["interview_at"] = self.interview_at.isoformat() if self.interview_at else None
        return data


def _clean_company(candidate: str) -> str:
    # A name never runs over the end of a sentence ("Globex. Unfortunately" is "Globex").
    candidate = re.split(r"[.!?]\s", candidate, maxsplit=1)[0].strip(" .,!:;'’-")
    words = candidate.split()
    if len(words) > 1 and words[0].lower() == "the":
        words = words[1:]
    while words and words[-1].lower().strip(".,") in {"and", "of", "de", "la", "&", "for", "the"}:
        words.pop()
    candidate = " ".join(words)
    return "" if candidate.lower() in NOT_COMPANIES else candidate


def _company_from_text(text: str, vendor: str) -> tuple[str, str]:
    for name, pattern in COMPANY_PATTERNS:
        for m in pattern.finditer(text):
            if _AFTER_NAME_IS_ROLE.match(text[m.end() : m.end() + 20]) and name in ("applying to", "joining"):
                continue
            candidate = _clean_company(m.group("company"))
            if candidate and not (vendor and company_matches(candidate, vendor)):
                return candidate, name
    return "", ""


def _company_from_sender(parsed: ParsedMessage, vendor: str) -> tuple[str, str]:
    """On a relay the display name is the employer's; on the employer's own domain it is often a person's,
    so there it counts only when it names a mailbox ("Tesco Careers"), and otherwise the domain does."""
    words = [w for w in re.split(r"[\s|,:]+", parsed.sender_name) if w]
    kept = [w for w in words if w.lower().strip("().") not in MAILBOX_WORDS]
    if kept and (vendor or len(kept) < len(words)):
        name = " ".join(kept)
        if not (vendor and company_matches(name, vendor)) and "@" not in name:
            return name, "sender name"
    if vendor or not parsed.sender_domain or personal_mail(parsed.sender_domain):
        return "", ""
    core = registrable_label(parsed.sender_domain) if "." in parsed.sender_domain else ""
    if kept and _spells_domain(" ".join(kept), core):
        return " ".join(kept), "sender name"  # "Lindqvist Marine Supplies" rather than "Lindqvistmarinesupply"
    written = _written_out(parsed.text[:5000], core)
    if written:
        return written, "body: the sender's domain written out"  # "Brightpath Talent", not "Brightpathtalent"
    return (core.capitalize(), "sender domain") if core else ("", "")


# A run of capitalised words (and the small words names contain): where a domain's name may be written out.
_CAPITALISED_RUN = re.compile(r"[A-Z][\w'’-]*(?:[ \t]+(?:[A-Z][\w'’-]*|&|and|of))*")


def _written_out(text: str, label: str) -> str:
    """The domain's label as the text writes it in words, letter for letter ("Hollow Oak Kitchens" for
    hollowoakkitchens); "" when the text never does."""
    if len(label) < 6:
        return ""
    for m in _CAPITALISED_RUN.finditer(text):
        words = m.group(0).split()
        for i in range(len(words)):
            for j in range(i + 2, min(len(words), i + 5) + 1):
                name = " ".join(words[i:j])
                if re.sub(r"\W", "", name.lower().replace("&", "and")) == label:
                    return name
    return ""


def _spells_domain(name: str, label: str) -> bool:
    """Whether a display name is the domain's label written out ("Acme Corp" for acmecorp), give or take a
    plural or an ending ("Supplies" for supply); a person's name ("Dana" at danaher) covers too little of it."""
    squashed = re.sub(r"\W", "", name.lower().replace("&", "and"))
    if len(squashed) < 4 or not label:
        return False
    short, long_ = sorted((squashed, label), key=len)
    return long_.startswith(short[: len(short) - 2]) and len(short) >= 0.8 * len(long_)


def _company_from_subject_role(subject: str, vendor: str) -> str:
    """The employer in a subject of the form "Data Analyst Intern at Quarry & Co"."""
    m = _SUBJECT_ROLE_AT.search(subject)
    candidate = _clean_company(m.group("company")) if m else ""
    return "" if not candidate or (vendor and company_matches(candidate, vendor)) else candidate


def extract_company(parsed: ParsedMessage, vendor: str) -> tuple[str, str]:
    company, pattern = _company_from_text(parsed.subject, vendor)
    if company:
        return company, f"subject: {pattern}"
    # Before the body and the sender's name: "Quarry Talent <talent@quarryandco.com>" names only part of it.
    company = _company_from_subject_role(parsed.subject, vendor)
    if company:
        return company, "subject: role at"
    company, pattern = _company_from_text(parsed.text[:5000], vendor)
    if company:
        return company, f"body: {pattern}"
    return _company_from_sender(parsed, vendor)


# A labelled line names the role outright: "Position: Senior Backend Engineer".
_LABELLED_ROLE = re.compile(
    r"(?im)^[ \t]*(?:position|role|job title|job|vacancy|requisition|poste|stelle|position title|puesto|functie)"
    r"[ \t]*:[ \t]*(?P<title>[^\n]{3,100}?)[ \t.]*$"
)
# What a subject says before or around the role; removed to leave the role itself.
_SUBJECT_NOISE = re.compile(
    r"(?i)^(?:(?:re|fwd?|aw|wg|tr)\s*:\s*)*"
    r"(?:(?:update on |important information about |thank you for |thanks for |regarding |about )?"
    r"(?:your |the )?(?:application|applying|candidacy|interest)(?: received| update| status)?"
    r"(?: (?:for|to|as))?(?: the)?\s*[:\-–—|]?\s*)?"
)
# Words a role title almost always contains; a subject without one is not taken as a title.
ROLE_WORDS = frozenset({
    "analyst", "engineer", "developer", "manager", "intern", "internship", "designer", "scientist", "specialist",
    "associate", "consultant", "coordinator", "assistant", "director", "lead", "administrator", "officer",
    "representative", "technician", "architect", "researcher", "writer", "editor", "accountant", "advisor",
    "programmer", "trainee", "apprentice", "executive", "strategist", "planner", "producer", "head", "nurse",
    "teacher", "tutor", "fellow", "fellowship", "graduate", "clerk", "agent", "supervisor", "owner", "partner",
    "recruiter", "marketer", "controller", "auditor", "economist", "statistician", "sre", "devops",
    "stagiaire", "stage", "ingénieur", "ingenieur", "entwickler", "praktikum", "werkstudent", "analista",
    "desarrollador", "medewerker", "ontwikkelaar",
})
# After a role, a dash may give its term ("– Summer 2018"), which belongs to the title, not a company name.
_TERM = re.compile(r"(?i)^(?:(?:spring|summer|fall|autumn|winter)\b[^\n]{0,20}|(?:19|20)\d\d\b[^\n]{0,20})$")


def _has_role_word(text: str) -> bool:
    return any(word.strip("()/,") in ROLE_WORDS for word in text.lower().split())


def _with_term(text: str, m: re.Match, title: str) -> str:
    """The title with a term named after it on the subject line (Data Analyst Intern – Summer 2018)."""
    if "company" in m.re.groupindex and m.group("company") and _TERM.match(m.group("company").strip()):
        return text[m.start("title") : m.end("company")].strip()
    return title


def _title_from_subject(subject: str) -> str:
    """The subject as a title, once the words around the role are removed, if it reads like a role."""
    rest = _SUBJECT_NOISE.sub("", subject.strip(), count=1)
    rest = re.split(r"\s+(?:at|@|with|bei|chez)\s+|\s+\|\s+", rest, maxsplit=1)[0].strip(" .,:;-–—")
    return rest if 3 <= len(rest) <= 120 and _has_role_word(rest) else ""


def _usable(title: str) -> bool:
    return bool(title) and title.lower() not in NOT_COMPANIES and len(title) <= 120


def extract_title(parsed: ParsedMessage) -> str:
    """The role: a phrase that names it, then a labelled line, then the subject itself when it reads like a
    role; "" when the message does not name one."""
    for text in (parsed.subject, parsed.text[:5000]):
        for _name, pattern in TITLE_PATTERNS:
            m = pattern.search(text)
            if m:
                title = _with_term(text, m, m.group("title").strip(" .,-–"))
                if _usable(title):
                    return title[0].upper() + title[1:]  # "au poste d'ingénieur logiciel": Ingénieur logiciel
    m = _LABELLED_ROLE.search(parsed.text[:5000])
    if m and _usable(m.group("title").strip()):
        return m.group("title").strip()
    return _title_from_subject(parsed.subject)


# --- interview date and time -------------------------------------------------------------------------

# The first three letters name a month unambiguously.
MONTHS = {
    m: i for i, m in enumerate(["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"], 1)
}
WEEKDAYS = {d: i for i, d in enumerate(["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"])}
TIMEZONES = {
    "utc": "UTC", "gmt": "UTC", "z": "UTC", "bst": "Europe/London", "wet": "Europe/Lisbon",
    "cet": "Europe/Berlin", "cest": "Europe/Berlin", "eet": "Europe/Athens", "eest": "Europe/Athens",
    "est": "America/New_York", "edt": "America/New_York", "et": "America/New_York",
    "cst": "America/Chicago", "cdt": "America/Chicago", "ct": "America/Chicago",
    "mst": "America/Denver", "mdt": "America/Denver", "mt": "America/Denver",
    "pst": "America/Los_Angeles", "pdt": "America/Los_Angeles", "pt": "America/Los_Angeles",
    "ist": "Asia/Kolkata", "aest": "Australia/Sydney", "aedt": "Australia/Sydney", "sgt": "Asia/Singapore",
    "jst": "Asia/Tokyo",
}
_MONTH = (
    r"(?P<month>jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?"
    r"|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
)
_DAY = r"(?P<day>\d{1,2})(?!\d)(?:st|nd|rd|th)?"
_WEEKDAY = r"(?:(?P<weekday>mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?,?\s+)?"
DATE_PATTERNS = [
    re.compile(r"(?P<year>20\d\d)-(?P<month>\d\d)-(?P<day>\d\d)", re.I),
    re.compile(rf"{_WEEKDAY}{_MONTH}\s+{_DAY}(?:,?\s+(?P<year>20\d\d))?", re.I),
    re.compile(rf"{_WEEKDAY}(?:the\s+)?{_DAY}\s+(?:of\s+)?{_MONTH}(?:,?\s+(?P<year>20\d\d))?", re.I),
    re.compile(r"(?P<relative>tomorrow)", re.I),
    re.compile(r"\b(?:on|this|next)\s+(?P<weekday>mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?\b",
               re.I),
]
TIME_PATTERN = re.compile(
    r"(?<![\d:])(?P<hour>[01]?\d|2[0-3])(?:[:.](?P<minute>[0-5]\d))?\s*(?P<ampm>[ap]\.?m\.?)?"
    r"(?:\s*\(?(?P<tz>UTC|GMT|BST|WET|CEST|CET|EEST|EET|EST|EDT|ET|CST|CDT|CT|MST|MDT|MT|PST|PDT|PT|IST|AEST|AEDT|SGT|JST)"
    r"(?P<offset>[+-]\d{1,2}(?::?\d\d)?)?\)?)?(?![\w:])",
    re.IGNORECASE,
)


def _weekday_index(name: str) -> int:
    return next(i for day, i in WEEKDAYS.items() if day.startswith(name.lower()[:3]))


def _find_time(text: str) -> re.Match | None:
    for m in TIME_PATTERN.finditer(text):
        if m.group("minute") or m.group("ampm"):
            return m
    return None


def _zone(m: re.Match, default_tz) -> dt.tzinfo:
    tz, offset = m.group("tz"), m.group("offset")
    if offset:
        sign = -1 if offset[0] == "-" else 1
        digits = offset[1:].replace(":", "")
        hours, minutes = (int(digits[:-2]), int(digits[-2:])) if len(digits) > 2 else (int(digits), 0)
        return dt.timezone(sign * dt.timedelta(hours=hours, minutes=minutes))
    if tz:
        return zoneinfo.ZoneInfo(TIMEZONES[tz.lower()])
    return default_tz


def extract_interview_time(text: str, sent: dt.datetime | None, default_tz=None) -> tuple[dt.datetime | None, str]:
    """The first date with a time near it, as an aware datetime; a missing year means the next such date."""
    default_tz = default_tz or timezone.get_default_timezone()
    base = (sent or timezone.now()).astimezone(default_tz)
    for pattern in DATE_PATTERNS:
        for dm in pattern.finditer(text):
            groups = dm.groupdict()
            if groups.get("relative"):
                day = base.date() + dt.timedelta(days=1)
            elif groups.get("weekday") and not groups.get("day"):
                ahead = (_weekday_index(groups["weekday"]) - base.weekday()) % 7 or 7
                day = base.date() + dt.timedelta(days=ahead)
            else:
                month = groups["month"]
                month = int(month) if month.isdigit() else MONTHS[month.lower()[:3]]
                year = int(groups["year"]) if groups.get("year") else base.year
                try:
                    day = dt.date(year, month, int(groups["day"]))
                except ValueError:
                    continue
                if not groups.get("year") and day < base.date() - dt.timedelta(days=1):
                    day = day.replace(year=year + 1)
            after = _find_time(text[dm.end() : dm.end() + 60])
            tm = after or _find_time(text[max(0, dm.start() - 40) : dm.start()])
            if tm is None:
                continue
            hour, minute = int(tm.group("hour")), int(tm.group("minute") or 0)
            ampm = (tm.group("ampm") or "").replace(".", "").lower()
            if ampm == "pm" and hour < 12:
                hour += 12
            elif ampm == "am" and hour == 12:
                hour = 0
            if hour > 23:
                continue
            at = dt.datetime.combine(day, dt.time(hour, minute), tzinfo=_zone(tm, default_tz))
            return at, _sentence_around(text, dm.start(), dm.end() + (tm.end() if after else 0))
    return None, ""


_SENTENCE_END = re.compile(r"[.!?](?=\s|$)|\n\s*\n")


def _sentence_around(text: str, start: int, end: int, reach: int = 200) -> str:
    """The sentence holding text[start:end], as the interview's note: whole words, never "ata Analyst … Be"."""
    ends = list(_SENTENCE_END.finditer(text, max(0, start - reach), start))
    if ends:
        begin = ends[-1].end()
    else:  # the text's start, or a word boundary when the sentence began further back
        space = text.find(" ", start - reach, start) if start > reach else -1
        begin = space + 1 if space >= 0 else max(0, start - reach)
    stop = _SENTENCE_END.search(text, end, end + reach)
    if stop:
        finish = stop.end() if stop.group().strip() else stop.start()
    elif end + reach >= len(text):
        finish = len(text)
    else:
        finish = max(end, text.rfind(" ", end, end + reach))
    return " ".join(text[begin:finish].split())


# --- people -------------------------------------------------------------------------------------------

_PERSON = r"(?P<name>[A-Z][a-z'’-]+(?: [A-Z][a-z'’-]+){1,2})"
PEOPLE_PATTERNS = [
    re.compile(
        r"(?m)^(?i:best|best regards|kind regards|warm regards|regards|thanks|thank you|many thanks|cheers|sincerely"
        rf"|all the best),?[ \t]*\n+[ \t]*{_PERSON}[ \t]*$"
    ),
    re.compile(rf"(?i:my name is|this is|i'm|i am) {_PERSON}"),
    re.compile(rf"(?i:interview|call|chat|meeting|speak) with {_PERSON}"),
]


def extract_people(text: str) -> list[str]:
    found: list[str] = []
    for pattern in PEOPLE_PATTERNS:
        for m in pattern.finditer(text):
            name = m.group("name")
            if name not in found and name.split()[0].lower() not in {"the", "our", "your", "hiring", "talent"}:
                found.append(name)
    return found[:5]


def extract(parsed: ParsedMessage) -> Extracted:
    vendor = relay_vendor(parsed.sender_domain)
    company, source = extract_company(parsed, vendor)
    interview_at, interview_text = extract_interview_time(parsed.subject + "\n" + parsed.text[:10000], parsed.date)
    return Extracted(
        company=company, company_source=source, title=extract_title(parsed), vendor=vendor,
        interview_at=interview_at, interview_text=interview_text, people=extract_people(parsed.text[:10000]),
    )
