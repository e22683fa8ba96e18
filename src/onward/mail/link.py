"""Which application a message is about: company by name (token boundaries) or e-mail domain, then role title."""

from __future__ import annotations

import operator
from dataclasses import dataclass
from functools import reduce

from django.db.models import BooleanField, ExpressionWrapper, Q
from rapidfuzz import fuzz

from onward.mail.extract import normalise_company, relay_vendor, tokens_match
from onward.tracker.models import Application, Company
from onward.tracker.stages import ACTIVE, CLOSED

# Titles at one company scoring at least this (rapidfuzz token_set_ratio) are the same role.
TITLE_MATCH = 80


def _domain_matches(domain: str, company_domains: list[str]) -> bool:
    return any(domain == d or domain.endswith("." + d) for d in company_domains)


@dataclass(frozen=True, slots=True)
class Candidate:
    """Just what matching needs: rows, not full applications, since most candidates are not the one."""

    pk: int
    title: str
    stage: str


def candidate_applications(owner, *, sender_domain: str, company: str) -> list[Candidate]:
    """The owner's applications at the message's company, most recently active first.

    The database narrows the candidates (substring filters, on the company's e-mail domains and on its name, in
    one query that marks which filter each row passed); the exact matches are done here, by domain first.
    Names are compared after accents are removed, so a company stored with accents is found only by a message
    that spells it with them too, or through its e-mail domain.
    """
    narrowing = {}
    if sender_domain and not relay_vendor(sender_domain):
        core = sender_domain.split(".")[-2] if "." in sender_domain else sender_domain
        narrowing["domain_hit"] = Q(company__email_domains__icontains=core)
    tokens = normalise_company(company)
    if tokens:
        # Either name may be the shorter one, so a match shares at least one token with the message's name.
        narrowing["name_hit"] = reduce(operator.or_, (Q(company__name__icontains=token) for token in tokens))
    if not narrowing:
        return []
    rows = list(
        Application.objects.filter(reduce(operator.or_, narrowing.values()), owner=owner)
        .annotate(**{hit: ExpressionWrapper(q, output_field=BooleanField()) for hit, q in narrowing.items()})
        .order_by("-last_activity_at")
        .values_list("pk", "title", "stage", "company_id", "company__name", "company__email_domains", *narrowing)
    )
    # Rows are (pk, title, stage, company id, name, e-mail domains, then one flag per narrowing filter passed).
    hits = {hit: 6 + i for i, hit in enumerate(narrowing)}
    matched: dict[int, bool] = {}
    if "domain_hit" in hits:
        for row in rows:
            if row[hits["domain_hit"]] and row[3] not in matched:
                matched[row[3]] = _domain_matches(sender_domain, Company(email_domains=row[5]).domains)
    if not any(matched.values()):
        matched = {}
        if "name_hit" in hits:
            for row in rows:
                if row[hits["name_hit"]] and row[3] not in matched:
                    matched[row[3]] = tokens_match(normalise_company(row[4]), tokens)
    return [Candidate(row[0], row[1], row[2]) for row in rows if matched.get(row[3])]


def find_application(owner, *, sender_domain: str = "", company: str = "", title: str = "") -> Application | None:
    chosen = _choose(candidate_applications(owner, sender_domain=sender_domain, company=company), title)
    if chosen is None:
        return None
    return Application.objects.select_related("company").get(owner=owner, pk=chosen.pk)


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
