"""Why a message was read the way it was, for people: one line in words, the deciding sentences highlighted in
the message, and confidence in words. The raw rule and score list stays for the "Details" toggle."""

from __future__ import annotations

import datetime as dt
import re
from types import SimpleNamespace

from django.utils import timezone
from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe

from onward.mail.models import MailMessage

LABEL_WORDS = {
    "rejection": "Looks like a rejection",
    "interview": "Looks like an interview invitation",
    "offer": "Looks like a job offer",
    "application_ack": "Looks like a note that your application arrived",
    "assessment": "Looks like an assessment or test to complete",
    "recruiter_outreach": "Looks like a recruiter reaching out",
    "other": "Looks unrelated to your job search",
}
SUBTYPE_WORDS = {
    "not_selected": "they chose another candidate",
    "position_filled": "the position has been filled",
    "position_closed": "the role was closed or put on hold",
    "offer_rescinded": "the offer was withdrawn",
}
# "in" + quoted sentence, as the classifier writes a rule's evidence: rule rejection +2.0: "phrase" in "sentence"
_RULE_SENTENCE = re.compile(r'^rule (?P<section>\w+) (?P<weight>[+-][\d.]+)[^:]*: ".*?" in "(?P<sentence>.+)"$')


# What a person marked a message as, for "like a message you marked as ... on 3 May".
MARKED_WORDS = {
    "rejection": "a rejection",
    "interview": "an interview invitation",
    "offer": "a job offer",
    "application_ack": "a note that your application arrived",
    "assessment": "an assessment",
    "recruiter_outreach": "recruiter outreach",
    "other": "not job-related",
}


def reason_line(message: MailMessage) -> str:
    """One line in words: "Looks like a rejection: they chose another candidate", and the review it learned from
    when one decided it: "It reads like a message you marked as a rejection on 3 May"."""
    given = (message.classification or {}).get("reason")
    if given:
        return given
    label = message.reviewed_label or message.label
    head = LABEL_WORDS.get(label, "Looks like " + label.replace("_", " "))
    subtype = (message.classification or {}).get("rejection_subtype")
    line = f"{head}: {SUBTYPE_WORDS[subtype]}." if label == "rejection" and subtype in SUBTYPE_WORDS else head + "."
    learned = learned_words(message)
    line = f"{line} {learned}" if learned and label == message.label else line
    return f"{line} {context_words(message)}".rstrip()


def context_words(message: MailMessage) -> str:
    """"It is a reply in the thread about your application at Quarry & Co.", when what the tracker knew of the
    sender or the thread brought the message in (onward.mail.context); else ""."""
    context = (message.classification or {}).get("context")
    return f"It is {context}." if isinstance(context, str) and context else ""


def learned_words(message: MailMessage) -> str:
    """"It reads like a message you marked as a rejection on 3 May.", when the person's own review decided the
    label; else ""."""
    learned = (message.classification or {}).get("learned_from")
    if not isinstance(learned, dict) or learned.get("label") not in MARKED_WORDS:
        return ""
    try:
        on = dt.date.fromisoformat(str(learned.get("reviewed_on")))
    except ValueError:
        return ""
    when = f"{on.day} {on:%B}" + (f" {on.year}" if on.year != timezone.localdate().year else "")
    return f"It reads like a message you marked as {MARKED_WORDS[learned['label']]} on {when}."


def in_words(message: MailMessage) -> str:
    """The reason line and the sentence that decided it: what a timeline or a record shows as "why"."""
    sentences = deciding_sentences(message)[:1]
    return reason_line(message) + "".join(f" They wrote: “{s}”" for s in sentences)


def confidence_words(message: MailMessage) -> str:
    """How sure Onward was, in words. An item waiting for review is never called more than "fairly sure"."""
    c = message.confidence
    if message.status == MailMessage.Status.REVIEW:
        return "fairly sure, but it needs you to check" if c >= 0.75 else (
            "not very sure" if c >= 0.5 else "unsure")
    if c >= 0.9:
        return "very sure"
    if c >= 0.75:
        return "fairly sure"
    return "not very sure" if c >= 0.5 else "unsure"


def deciding_sentences(message: MailMessage) -> list[str]:
    """The sentences that decided the label: as the classifier recorded them, else read from its evidence (the
    chosen label's rules that argued for it)."""
    given = (message.classification or {}).get("deciding_sentences")
    if given:
        # Each once: two rules that decided on the same sentence record it twice.
        return list(dict.fromkeys(" ".join(s.split()) for s in given if isinstance(s, str) and s.strip()))
    label = message.label
    found = []
    for line in message.evidence:
        m = _RULE_SENTENCE.match(line)
        if m and m["section"] == label and float(m["weight"]) > 0:
            sentence = m["sentence"].removesuffix("...")
            if sentence not in found:
                found.append(sentence)
    return found


def _pattern(sentence: str) -> re.Pattern | None:
    words = re.findall(r"\w+|[^\w\s]", sentence)
    if len(words) < 2:
        return None
    return re.compile(r"\W*".join(re.escape(w) for w in words if re.match(r"\w", w)), re.IGNORECASE)


def highlighted_body(message: MailMessage) -> SafeString:
    """The plain-text body, escaped, with each deciding sentence wrapped in <mark>."""
    body = message.body or ""
    spans = []
    for sentence in deciding_sentences(message):
        pattern = _pattern(sentence)
        m = pattern.search(body) if pattern else None
        if m and not any(s < m.end() and m.start() < e for s, e in spans):
            spans.append((m.start(), m.end()))
    out, at = [], 0
    for start, end in sorted(spans):
        out += [escape(body[at:start]), '<mark class="decided">', escape(body[start:end]), "</mark>"]
        at = end
    out.append(escape(body[at:]))
    return mark_safe("".join(out))  # noqa: S308 - every piece of the body is escaped above


# How a change made by mail was explained until reasons were put in words: the message, the label, and the
# classifier's first three evidence lines, scores and all ("…: rejection. model: rejection 0.87, other 0.10; …").
_OLD_REASON = re.compile(
    r"^(?P<head>E-mail “.*” from .*?): (?P<label>[a-z][a-z ]*?)(?P<confirmed> \(confirmed by you\))?"
    r"(?:\. (?P<evidence>.+))?$")
# The changes a mail makes that carry its reason: (app label, model, field).
REASON_FIELDS = (("tracker", "StageChange", "reason"), ("tracker", "Interview", "reason"),
                 ("playbook", "Rejection", "why"))


def reworded(reason: str, message=None) -> str | None:
    """An old reason in today's words (as apply.why writes it), or None when `reason` is not one. `message` is
    the kept message it came from, when known: its subtype and deciding sentences give the fuller line."""
    m = _OLD_REASON.match(reason or "")
    label = m["label"].replace(" ", "_") if m else ""
    if label not in LABEL_WORDS:
        return None
    if m["confirmed"]:
        return f"{m['head']}: {m['label']} (confirmed by you)."
    if message is not None and message.label == label:
        facts = SimpleNamespace(label=label, reviewed_label="", classification=message.classification or {},
                                evidence=list(message.evidence or []))
    else:
        subtype = re.search(r"\bsubtype (\w+) \(", m["evidence"] or "")
        facts = SimpleNamespace(label=label, reviewed_label="",
                                classification={"rejection_subtype": subtype[1]} if subtype else {},
                                evidence=(m["evidence"] or "").split("; "))
    return f"{m['head']}. {in_words(facts)}"


def reword_reasons(get_model, owner_id=None) -> int:
    """Put the old reasons of the changes mail made in today's words, for one owner or everyone; returns how many
    changed. `get_model(app_label, name)` gives the models (a migration's historical ones, or apps.get_model),
    and only the fields read here are queried, so a migration can run this."""
    messages = get_model("mail", "MailMessage").objects.exclude(application_id=None)
    if owner_id is not None:
        messages = messages.filter(owner_id=owner_id)
    by_head: dict[tuple[int, str], object] = {}
    for msg in messages.only("application_id", "subject", "sender", "label", "classification", "evidence"):
        head = f"E-mail “{msg.subject or 'no subject'}” from {msg.sender or 'an unknown sender'}"
        by_head.setdefault((msg.application_id, head), msg)
    changed = 0
    for app_label, name, field in REASON_FIELDS:
        model = get_model(app_label, name)
        rows = model.objects.filter(**{f"{field}__startswith": "E-mail “"})
        if owner_id is not None:
            rows = rows.filter(owner_id=owner_id)
        for pk, application_id, text in rows.values_list("pk", "application_id", field):
            # A rejection logged twice holds one reason a line.
            lines = []
            for line in text.split("\n"):
                m = _OLD_REASON.match(line)
                lines.append((reworded(line, by_head.get((application_id, m["head"]))) if m else None) or line)
            new = "\n".join(lines)
            if new != text:
                model.objects.filter(pk=pk).update(**{field: new})
                changed += 1
    return changed
