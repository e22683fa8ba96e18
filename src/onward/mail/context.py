"""What the tracker already knows about a message's sender and thread, so that a terse note in the middle of a
process ("Confirmed, see you Wednesday at 10", "Here is the link for tomorrow") is read as job mail although it
holds no job word.

A message has context when it is
- a reply in a thread the tracker kept a message of (In-Reply-To or References name it), or a reply whose subject
  is a kept message's ("Re:", "AW:", "TR:", "Antw:" …), when the subject is distinctive enough and the sender is
  no stranger's business;
- from the exact address of a contact, or of someone whose job mail was kept;
- from the own domain of a company where the person has an application still in play (its e-mail domains or
  website, a domain its kept mail came from, or a domain that spells its name: quarryandco.com is "Quarry & Co").
Free-mail domains (gmail.com, orange.fr, web.de …) are never known as a whole, only exact addresses on them; an
applicant-tracking or job-site domain (relays.toml) is shared by many employers, so neither it nor its addresses
count — only the thread does.

Context lets a message through the import's screen and spares it the classifier's no-job-words penalty; it does not
choose a label: an invoice or a newsletter from a known company is still `other`. Everything is read once per
import (`Context.load`), then matched with set and dict look-ups: no query per message.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from email.utils import getaddresses, parseaddr

from onward.core.names import company_keys, domain_keys
from onward.mail.extract import personal_mail, relay_vendor

# A reply's subject: the prefixes mail programs put before the subject they answer or forward, in the supported
# languages (Re, AW/Antw, RE, TR/WG/Fwd, RV/RES, SV/VS …), repeated or numbered ("Re[2]:").
_PREFIX = re.compile(r"^\s*(?:(?:re|aw|wg|tr|fw|fwd|antw|antwort|rv|res|sv|vs|ref|réf)\s*(?:\[\d+\]|\(\d+\))?\s*:\s*)+",
                     re.IGNORECASE)
_MESSAGE_IDS = re.compile(r"<[^<>\s]+>")
# "Name <a@b.c>" or a bare "a@b.c": nearly every sender, read without the full address parser (its cost showed in
# the import's speed); anything else (several addresses, comments, odd quoting) goes to getaddresses.
_ONE_ADDRESS = re.compile(r"^[^<>]*<([^<>\s@]+@[^<>\s@]+)>\s*$|^\s*([^<>\s@,;\"()]+@[^<>\s@,;\"()]+)\s*$")
# A kept subject this short ("Tuesday", "Next steps") is anyone's: a reply to it counts only when it also names the
# company.
DISTINCT_SUBJECT = 12
# Kept messages read per import: the newest; a thread older than that has long gone quiet.
KEPT_MESSAGES = 5000


def normalise_subject(subject: str) -> tuple[str, bool]:
    """The subject without its reply and forward prefixes, case-folded and spaced once; and whether it had any."""
    stripped = _PREFIX.sub("", subject or "")
    return " ".join(stripped.casefold().split()), len(stripped) != len(subject or "")


@dataclass(frozen=True)
class Ref:
    """What a known address, domain, thread or subject points at."""

    company: str = ""  # the company's name, "" when unknown
    application: int | None = None  # the one application it is about, when there is one
    in_play: bool = False  # that company has an application still in play


@dataclass(frozen=True)
class Known:
    """Why a message has context, in words for people, and what it is about."""

    kind: str  # "thread", "subject", "address", "domain"
    reason: str
    application: int | None = None


def _about(ref: Ref) -> str:
    if ref.company and ref.application is not None:
        return f"your application at {ref.company}"
    return ref.company or "your job search"


class Context:
    """An import's view of the tracker: known addresses, domains, threads and subjects, each with what it is
    about. `remember` adds what the import itself keeps."""

    def __init__(self) -> None:
        self.addresses: dict[str, Ref] = {}
        self.domains: dict[str, Ref] = {}
        self.spelled: dict[str, Ref] = {}  # company_keys of companies in play -> the company
        self.threads: dict[str, Ref] = {}  # Message-IDs of kept messages
        self.subjects: dict[str, Ref] = {}  # normalised subjects of kept messages
        self._by_domain: dict[str, Ref | None] = {}  # _domain's answers: a mailbox repeats its senders' domains

    def __bool__(self) -> bool:
        return bool(self.addresses or self.domains or self.spelled or self.threads)

    @classmethod
    def load(cls, owner) -> Context:
        """Read the owner's tracker once: companies, contacts, applications and kept messages."""
        from onward.mail.models import MailMessage
        from onward.tracker.models import Application, Company, Contact
        from onward.tracker.stages import ACTIVE

        ctx = cls()
        names = dict(Company.objects.filter(owner=owner).values_list("pk", "name"))
        in_play: dict[int, list[int]] = {}
        for pk, company_id, stage in Application.objects.filter(owner=owner).values_list("pk", "company_id", "stage"):
            if stage in ACTIVE:
                in_play.setdefault(company_id, []).append(pk)

        def ref(company_id: int | None, application: int | None = None) -> Ref:
            apps = in_play.get(company_id, [])
            if application is None and len(apps) == 1:
                application = apps[0]
            return Ref(names.get(company_id, ""), application, bool(apps))

        for pk, email_domains, website in Company.objects.filter(owner=owner, pk__in=list(in_play)).values_list(
                "pk", "email_domains", "website"):
            for domain in [d.strip() for d in email_domains.split(",")] + [_host(website)]:
                ctx._add_domain(domain, ref(pk))
            for key in company_keys(names[pk]):
                ctx.spelled.setdefault(key, ref(pk))
        for company_id, email in Contact.objects.filter(owner=owner).exclude(email="").values_list(
                "company_id", "email"):
            ctx._add_address(email, ref(company_id))
        kept = (MailMessage.objects.filter(owner=owner)
                .exclude(status__in=[MailMessage.Status.DISMISSED, MailMessage.Status.UNDONE])
                .exclude(reviewed_label="other").order_by("-sent_at")
                .values_list("ledger__message_id", "subject", "sender", "label", "application_id",
                             "application__company_id")[:KEPT_MESSAGES])
        for message_id, subject, sender, label, application, company_id in kept:
            r = ref(company_id, application)
            if message_id:
                ctx.threads.setdefault(message_id.strip(), r)
            subject, _ = normalise_subject(subject)
            if subject:
                ctx.subjects.setdefault(subject, r)
            if label != "other" and (application is not None or company_id is not None):
                ctx._add_address(parseaddr(sender)[1], r)
        return ctx

    def _add_address(self, address: str, ref: Ref) -> None:
        address = address.strip().lower()
        if "@" not in address:
            return
        domain = address.rpartition("@")[2]
        if relay_vendor(domain):  # no-reply@greenhouse.io writes for every employer
            return
        self.addresses.setdefault(address, ref)
        if ref.in_play:
            self._add_domain(domain, ref)

    def _add_domain(self, domain: str, ref: Ref) -> None:
        domain = domain.strip().lower().removeprefix("www.")
        if "." in domain and ref.in_play and not personal_mail(domain) and not relay_vendor(domain):
            self.domains.setdefault(domain, ref)

    def remember(self, message_id: str, subject: str, ref: Ref) -> None:
        """A message this import kept: replies to it later in the same import have context."""
        if message_id:
            self.threads.setdefault(message_id.strip(), ref)
        subject, _ = normalise_subject(subject)
        if subject:
            self.subjects.setdefault(subject, ref)

    def of(self, sender: str, subject: str, in_reply_to: str = "", references: str = "") -> Known | None:
        """The message's context, most certain first, or None."""
        if not self:
            return None
        for message_id in _MESSAGE_IDS.findall(f"{in_reply_to} {references}"):
            found = self.threads.get(message_id)
            if found is not None:
                return Known("thread", f"a reply in the thread about {_about(found)}", found.application)
        address = _address(sender)
        domain = address.rpartition("@")[2] if "@" in address else ""
        found = self.addresses.get(address)
        if found is not None:
            who = f"a contact at {found.company}" if found.company else "someone you are in touch with"
            return Known("address", f"from {address}, {who}", found.application)
        by_domain = self._domain(domain)
        subject_ref = self._subject(subject, domain, by_domain)
        if subject_ref is not None:
            return Known("subject", f"a reply in the thread about {_about(subject_ref)}", subject_ref.application)
        if by_domain is not None:
            return Known("domain", f"from {by_domain.company or domain}, where your application is in play",
                         by_domain.application)
        return None

    def _domain(self, domain: str) -> Ref | None:
        if domain not in self._by_domain:
            self._by_domain[domain] = self._find_domain(domain)
        return self._by_domain[domain]

    def _find_domain(self, domain: str) -> Ref | None:
        if not domain or personal_mail(domain) or relay_vendor(domain):
            return None
        labels = domain.split(".")
        for i in range(len(labels) - 1):  # the domain or a parent of it: mail.acme.com is acme.com
            found = self.domains.get(".".join(labels[i:]))
            if found is not None:
                return found
        return next((self.spelled[key] for key in domain_keys(domain) if key in self.spelled), None)

    def _subject(self, subject: str, domain: str, by_domain: Ref | None) -> Ref | None:
        normal, reply = normalise_subject(subject)
        if not reply or not normal:
            return None
        found = self.subjects.get(normal)
        if found is None:
            return None
        # A stranger's business that happens to answer "Re: Next steps" is not the person's job search: the sender
        # writes from a personal address or from that company.
        if not (personal_mail(domain) or relay_vendor(domain) or (by_domain is not None and by_domain == found)):
            return None
        if len(normal) < DISTINCT_SUBJECT and not (found.company and found.company.casefold() in normal):
            return None
        return found


def _address(sender: str) -> str:
    if not sender:
        return ""
    match = _ONE_ADDRESS.match(sender)
    address = (match.group(1) or match.group(2)) if match else getaddresses([sender])[0][1]
    return address.strip().lower()


def _host(url: str) -> str:
    url = (url or "").strip().lower()
    if "://" in url:
        url = url.split("://", 1)[1]
    return url.split("/", 1)[0].split(":", 1)[0]
