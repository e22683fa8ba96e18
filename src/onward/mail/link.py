"""Which application a message is about: company by e-mail domain (the company's own domains, or a domain whose
label is its name: quarryandco.com is "Quarry & Co") or by name (token boundaries), then role title."""

from __future__ import annotations

from typing import NamedTuple

from django.db.models import Max
from rapidfuzz import fuzz

from onward.core.names import company_keys, domain_keys
from onward.mail.extract import normalise_company, personal_mail, relay_vendor, tokens_match
from onward.tracker.models import Application, Company
from onward.tracker.stages import ACTIVE, CLOSED

# Titles at one company scoring at least this (rapidfuzz token_set_ratio) are the same role.
TITLE_MATCH = 80


def _domain_matches(domain: str, company_domains: list[str]) -> bool:
    return any(domain == d or domain.endswith("." + d) for d in company_domains)


class Companies:
    """The owner's companies, read once and matched in memory, so that linking a message costs a query only when
    its company is known. An import keeps one for its whole run: `add` records the companies it creates and
    `refresh` picks up those added by hand meanwhile; a company renamed by hand during an import counts from the
    next one."""

    def __init__(self, owner):
        self.owner = owner
        self.last_pk = 0
        # pk -> (name lower-cased, name tokens, e-mail domains lower-cased as typed, domains as a list)
        self.rows: dict[int, tuple[str, tuple[str, ...], str, list[str]]] = {}
        self.names: dict[int, str] = {}
        # each of company_keys(name) -> pks, for sender domains that spell the name ("quarryandco.com")
        self.keys: dict[str, list[int]] = {}
        # Indexes, so that matching one message does not cost a pass over every company: a name lower-cased -> the
        # first pk with it; each name token, and each e-mail domain -> the pks that have it; pk -> its place in
        # `rows`.
        self.lowered: dict[str, int] = {}
        self.by_token: dict[str, set[int]] = {}
        self.by_email_domain: dict[str, set[int]] = {}
        self.position: dict[int, int] = {}
        self.refresh()

    def refresh(self) -> None:
        if not self.rows and not self.last_pk:
            # All the owner's companies, and where everyone's end: later refreshes read only the rows after that.
            self.last_pk = Company.objects.aggregate(last=Max("pk"))["last"] or 0
            added = Company.objects.filter(owner=self.owner, pk__lte=self.last_pk)
        else:
            # Along the primary key, the owner checked below: with the owner in the query, SQLite reads all their
            # companies along the owner's index to find the few new ones.
            added = Company.objects.filter(pk__gt=self.last_pk)
        for pk, owner_id, name, email_domains in added.values_list("pk", "owner_id", "name", "email_domains"):
            if owner_id == self.owner.pk:
                self.add(Company(pk=pk, name=name, email_domains=email_domains))
            self.last_pk = max(self.last_pk, pk)

    def add(self, company: Company) -> None:
        tokens = normalise_company(company.name)
        self.rows[company.pk] = (company.name.lower(), tokens, company.email_domains.lower(), company.domains)
        self.names[company.pk] = company.name
        self.position.setdefault(company.pk, len(self.position))
        lowered = " ".join(company.name.split()).lower()
        self.lowered[lowered] = min(self.lowered.get(lowered, company.pk), company.pk)
        for token in tokens:
            self.by_token.setdefault(token, set()).add(company.pk)
        for domain in company.domains:
            self.by_email_domain.setdefault(domain, set()).add(company.pk)
        for key in company_keys(company.name):
            if company.pk not in self.keys.setdefault(key, []):
                self.keys[key].append(company.pk)

    def named(self, name: str) -> int | None:
        """The company tracker.get_or_create_company would take for this name: the same name in other capitals,
        else the first with the same name written differently ("Quarry and Co." for "Quarry & Co")."""
        found = self.lowered.get(" ".join(name.split()).lower())
        if found is not None:
            return found
        return min((pk for key in company_keys(name) for pk in self.keys.get(key, ())), default=None)

    def by_domain(self, sender_domain: str) -> list[int]:
        """Companies with the sender's domain (or a parent of it) among their e-mail domains; none for relays."""
        sender_domain = sender_domain.lower()
        if not sender_domain or relay_vendor(sender_domain):
            return []
        core = sender_domain.split(".")[-2] if "." in sender_domain else sender_domain
        # A company's domain matches the sender's or a parent of it: only those are compared.
        labels = sender_domain.split(".")
        having = set().union(*(self.by_email_domain.get(".".join(labels[i:]), ()) for i in range(len(labels))))
        return [pk for pk in sorted(having, key=self.position.get)
                if core in self.rows[pk][2] and _domain_matches(sender_domain, self.rows[pk][3])]

    def by_spelled_domain(self, sender_domain: str) -> list[int]:
        """Companies whose name the sender's domain spells (quarryandco.com: "Quarry & Co"); none for relays
        and personal mail."""
        sender_domain = sender_domain.lower()
        if "." not in sender_domain or relay_vendor(sender_domain) or personal_mail(sender_domain):
            return []
        return list(dict.fromkeys(pk for key in domain_keys(sender_domain) for pk in self.keys.get(key, [])))

    def find(self, *, sender_domain: str = "", company: str = "", company_source: str = "") -> int | None:
        """The one existing company a message is from (the first step of `steps` that finds any, names compared
        whole: "Acme" is not "Acme Robotics" here); None when none is, or several could be."""
        for found in self.steps(sender_domain=sender_domain, company=company, company_source=company_source,
                                whole_names=True):
            if found:
                return found[0] if len(found) == 1 else None
        return None

    def steps(self, *, sender_domain: str = "", company: str = "", company_source: str = "",
              whole_names: bool = False):
        """The companies a message may be from, most certain first: its domain among theirs; its company's name
        (on token boundaries, or written differently: "Quarry and Co." is "Quarry & Co"); a domain that spells
        their name, unless the message itself names some other company."""
        yield self.by_domain(sender_domain)
        if company:
            same = list(dict.fromkeys(pk for key in company_keys(company) for pk in self.keys.get(key, [])))
            yield same if whole_names else (self.by_name(company) or same)
        if not company or company_source.startswith("sender"):
            yield self.by_spelled_domain(sender_domain)

    def by_name(self, company: str) -> list[int]:
        """Companies whose name matches on token boundaries. Names are compared after accents are removed, but
        only names containing one of the message's tokens as written are compared, so a company stored with
        accents is found only by a message that spells it with them too, or through its e-mail domain."""
        tokens = normalise_company(company)
        if not tokens:
            return []
        # Names that match share a token with the message's; only those are compared, in the order of `rows`.
        sharing = sorted(set().union(*(self.by_token.get(token, ()) for token in tokens)), key=self.position.get)
        return [pk for pk in sharing
                if any(token in self.rows[pk][0] for token in tokens) and tokens_match(self.rows[pk][1], tokens)]


class Candidate(NamedTuple):
    """What choosing among a company's applications reads of each."""

    pk: int
    title: str
    stage: str


def candidate_applications(owner, *, sender_domain: str, company: str, company_source: str = "",
                           companies: Companies | None = None) -> list[Candidate]:
    """The owner's applications at the message's company, from the first of Companies.steps that finds any,
    most recently active first."""
    companies = Companies(owner) if companies is None else companies
    for company_ids in companies.steps(sender_domain=sender_domain, company=company, company_source=company_source):
        apps = _applications_at(owner, company_ids)
        if apps:
            return apps
    return []


def _applications_at(owner, company_ids: list[int]) -> list[Candidate]:
    if not company_ids:
        return []
    # Found through the company index, the owner checked here: with the owner in the query, SQLite reads it
    # along the (owner, last activity) index instead, every application the owner has.
    rows = (Application.objects.filter(company_id__in=company_ids).order_by("-last_activity_at", "pk")
            .values_list("pk", "owner_id", "title", "stage"))
    return [Candidate(pk, title, stage) for pk, owner_id, title, stage in rows if owner_id == owner.pk]


def find_application(owner, *, sender_domain: str = "", company: str = "", company_source: str = "",
                     title: str = "", companies: Companies | None = None) -> Application | None:
    """The one application the message is about, whole (with its company), or None. Only the chosen one is
    read whole: a company may have many."""
    chosen = _choose(candidate_applications(owner, sender_domain=sender_domain, company=company,
                                            company_source=company_source, companies=companies), title)
    if chosen is None:
        return None
    app = Application.objects.select_related("company").get(pk=chosen.pk)
    app.owner = owner  # known already: spares the services a query for it
    return app


def _choose(candidates: list[Candidate], title: str) -> Candidate | None:
    if not candidates:
        return None
    if title:
        scored = [(fuzz.token_set_ratio(title.lower(), a.title.lower()), a) for a in candidates]
        scored = [(s, a) for s, a in scored if s >= TITLE_MATCH]
        if scored:
            # Best title first; among equals an application still in play beats a closed one.
            scored.sort(key=lambda sa: (sa[0], sa[1].stage in ACTIVE), reverse=True)
            return scored[0][1]
        return None
    open_ones = [a for a in candidates if a.stage not in CLOSED]
    # Without a title only an unambiguous match links: one open application at that company.
    if len(open_ones) == 1:
        return open_ones[0]
    if not open_ones and len(candidates) == 1:
        return candidates[0]
    return None
