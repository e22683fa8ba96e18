"""Which application a message is about: company by name (token boundaries) or e-mail domain, then role title."""

from __future__ import annotations

from django.db.models import Q
from rapidfuzz import fuzz

from onward.mail.extract import company_matches, normalise_company, relay_vendor
from onward.tracker.models import Application, Company
from onward.tracker.stages import ACTIVE, CLOSED

# Titles at one company scoring at least this (rapidfuzz token_set_ratio) are the same role.
TITLE_MATCH = 80


def _domain_matches(domain: str, company_domains: list[str]) -> bool:
    return any(domain == d or domain.endswith("." + d) for d in company_domains)


def candidate_applications(owner, *, sender_domain: str, company: str) -> list[Application]:
    """The owner's applications at the message's company, most recently active first.

    The database narrows the candidates (a substring filter); the exact token-boundary match is done here.
    Names are compared after accents are removed, so a company stored with accents is found only by a message
    that spells it with them too, or through its e-mail domain.
    """
    apps = Application.objects.filter(owner=owner).select_related("company").order_by("-last_activity_at")
    if sender_domain and not relay_vendor(sender_domain):
        core = sender_domain.split(".")[-2] if "." in sender_domain else sender_domain
        by_domain = [
            a for a in apps.filter(company__email_domains__icontains=core)
            if _domain_matches(sender_domain, a.company.domains)
        ]
        if by_domain:
            return by_domain
    tokens = normalise_company(company)
    if not tokens:
        return []
    # Either name may be the shorter one, so a match shares at least one token with the message's name.
    any_token = Q()
    for token in tokens:
        any_token |= Q(name__icontains=token)
    names = Company.objects.filter(any_token, owner=owner).values_list("pk", "name")
    matched = [pk for pk, name in names if company_matches(name, company)]
    return list(apps.filter(company_id__in=matched)) if matched else []


def find_application(owner, *, sender_domain: str = "", company: str = "", title: str = "") -> Application | None:
    candidates = candidate_applications(owner, sender_domain=sender_domain, company=company)
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
