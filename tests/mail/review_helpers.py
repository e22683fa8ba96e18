"""Messages waiting for review, made the way the pipeline makes them, with the evidence the classifier writes."""

from __future__ import annotations

import datetime as dt

from onward.mail.models import LedgerEntry, MailMessage

DECIDING = "Unfortunately we have decided to move forward with another candidate"


def queued(owner, n=1, *, label="rejection", confidence=0.62, company="Acme", title="Data Analyst",
           subject=None, body=None, evidence=None, sender_domain="acme.example", subtype="not_selected"):
    body = body if body is not None else (
        "Thank you for applying to Acme and for the time you gave us.\n"
        f"{DECIDING}. We wish you the best of luck in your search, and we hope you keep an eye on our openings.\n"
        "Best regards,\nThe Acme team"
    )
    evidence = evidence if evidence is not None else [
        "model: rejection 0.55, application_ack 0.40",
        f'rule {label} +2.5: "another candidate" in "{DECIDING}."',
        'rule application_ack +1.0: "thank you for applying" in "Thank you for applying to Acme."',
    ]
    entry = LedgerEntry.objects.create(owner=owner, source="eml", content_hash=f"hash-{owner.pk}-{label}-{n}",
                                       outcome=LedgerEntry.Outcome.REVIEW, label=label)
    return MailMessage.objects.create(
        owner=owner, ledger=entry, subject=subject or f"Your application {n}", sender=f"Acme <jobs@{sender_domain}>",
        sent_at=dt.datetime.now(dt.UTC) - dt.timedelta(days=1), body=body, label=label, confidence=confidence,
        classification={"label": label, "confidence": confidence,
                        "rejection_subtype": subtype if label == "rejection" else None},
        evidence=evidence, status=MailMessage.Status.REVIEW,
        extracted={"company": company, "company_source": "body", "title": title, "sender_domain": sender_domain},
    )
