"""Which application a message is about: company by name (token boundaries) or e-mail domain, then role title."""

from __future__ import annotations

from rapidfuzz import fuzz

from onward.mail.extract import normalise_company, relay_vendor, tokens_match
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
        self.refresh()

    def refresh(self) -> None:
        added = Company.objects.filter(owner=self.owner, pk__gt=self.last_pk).values_list("pk", "name", "email_domains")
        for pk, name, email_domains in added:
            self.add(Company(pk=pk, name=name, email_domains=email_domains))
            self.last_pk = max(self.last_pk, pk)

    def add(self, company: Company) -> None:
        self.rows[company.pk] = (company.name.lower(), normalise_company(company.name), company.email_domains.lower(),
                                 company.domains)

    def by_domain(self, sender_domain: str) -> list[int]:
        """Companies with the sender's domain (or a parent of it) among their e-mail domains; none for relays."""
        if not sender_domain or relay_vendor(sender_domain):
            return []
        core = sender_domain.split(".")[-2] if "." in sender_domain else sender_domain
        return [pk for pk, (_, _, typed, domains) in self.rows.items()
                if core in typed and _domain_matches(sender_domain, domains)]

    def by_name(self, company: str) -> list[int]:
        """Companies whose name matches on token boundaries. Names are compared after accents are removed, but
        only names containing one of the message's tokens as written are compared, so a company stored with
        accents is found only by a message that spells it with them too, or through its e-mail domain."""
        tokens = normalise_company(company)
        if not tokens:
            return []
        return [pk for pk, (name, name_tokens, _, _) in self.rows.items()
                if any(token in name for token in tokens) and tokens_match(name_tokens, tokens)]


def candidate_applications(owner, *, sender_domain: str, company: str,
                           companies: Companies | None = None) -> list[Application]:
    """The owner's applications at the message's company, most recently active first: by e-mail domain when
    that finds any, else by company name. Whole rows (with the company), since one company has few and the
    chosen one is then at hand."""
    companies = Companies(owner) if companies is None else companies
    return _applications_at(owner, companies.by_domain(sender_domain)) or _applications_at(
        owner, companies.by_name(company)
    )


def _applications_at(owner, company_ids: list[int]) -> list[Application]:
    if not company_ids:
        return []
    apps = list(
        Application.objects.filter(owner=owner, company_id__in=company_ids).select_related("company")
        .order_by("-last_activity_at", "pk")
    )
    for app in apps:
        app.owner = owner  # known already: spares the services a query for it
    return apps


def find_application(owner, *, sender_domain: str = "", company: str = "", title: str = "",
                     companies: Companies | None = None) -> Application | None:
    candidates = candidate_applications(owner, sender_domain=sender_domain, company=company, companies=companies)
    return _choose(candidates, title)


def _choose(candidates: list[Application], title: str) -> Application | None:
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
