"""NUL characters, which PostgreSQL refuses in text and JSON, must not block a mailbox.

The PostgreSQL pass of `make test` (scripts/with-postgres.sh) runs these on the database that refused them;
on SQLite they check the same outcome.
"""

from __future__ import annotations

import pytest
from django.db import connection

from onward.mail.models import LedgerEntry, MailMessage
from onward.mail.pipeline import ingest
from onward.mail.sources import IncomingMessage
from tests.mail.conftest import fake_classify, fake_classify_many, make_message

pytestmark = pytest.mark.django_db


def _incoming(subject, body, message_id):
    return IncomingMessage(raw=make_message(subject, body, "Careers <hr@acme.example>", message_id=message_id),
                           source="mbox:test.mbox")


def test_a_message_with_nul_bytes_is_kept_clean_with_its_batch(alice, fake_classifier):
    raw = make_message("Your application\x00 to Acme", "Thank you for applying.\x00 We will be in touch.",
                       "Careers <hr@acme.example>", message_id="<nul@x>")
    assert b"\x00" in raw
    messages = [_incoming("Your application to Beta", "Thank you for applying to Beta.", "<a@x>"),
                IncomingMessage(raw=raw, source="mbox:test.mbox"),
                _incoming("Your application to Gamma", "Thank you for applying to Gamma.", "<b@x>")]
    report = ingest(alice, messages)
    assert report.failed == 0 and report.applied == 3, report.errors
    stored = MailMessage.objects.get(owner=alice, subject__startswith="Your application to Acme")
    assert "\x00" not in stored.subject + stored.body
    # Running again is quiet: nothing is stuck.
    assert ingest(alice, messages).skipped == 3


def test_one_message_the_database_refuses_fails_alone(alice, monkeypatch, fake_classifier):
    import onward.mail.pipeline
    from onward.mail.classify import Classification

    def classify_many(requests, model=None, memory=None):
        # A NUL in the evidence reaches a JSON column: PostgreSQL refuses it ("unsupported Unicode escape").
        return [Classification("application_ack", 0.95, evidence=["bad\x00" if "Acme" in r["subject"] else "ok"])
                if "application" in r["subject"].lower() else fake_classify(r["subject"], r["body"])
                for r in requests]

    monkeypatch.setattr(onward.mail.pipeline, "classify_many", classify_many)
    messages = [_incoming("Your application to Beta", "Thanks.", "<a@x>"),
                _incoming("Your application to Acme", "Thanks.", "<n@x>"),
                _incoming("Your application to Gamma", "Thanks.", "<b@x>")]
    report = ingest(alice, messages)
    kept = set(MailMessage.objects.filter(owner=alice).values_list("subject", flat=True))
    assert {"Your application to Beta", "Your application to Gamma"} <= kept
    if connection.vendor == "postgresql":
        assert report.failed == 1 and "Acme" not in " ".join(kept)
        assert LedgerEntry.objects.get(owner=alice, outcome=LedgerEntry.Outcome.FAILED).error.startswith("store:")
    # Nothing is stuck: a second run reads nothing again.
    assert ingest(alice, messages).skipped == 3
    # Once the cause is fixed, `onward mail retry` keeps the message that failed, and only once.
    monkeypatch.setattr(onward.mail.pipeline, "classify_many", fake_classify_many)
    from onward.mail.retry import retry_failed

    retry_failed(alice)
    retry_failed(alice)
    assert MailMessage.objects.filter(owner=alice, subject="Your application to Acme").count() == 1
    assert not LedgerEntry.objects.filter(owner=alice, outcome=LedgerEntry.Outcome.FAILED).exists()


def test_a_spreadsheet_with_nul_bytes_imports_clean(alice):
    from onward.io import imports
    from onward.tracker.models import Application

    data = b"Company,Title\nAc\x00me,Engineer\x00\nBeta,Analyst\n"
    result = imports.preview(alice, "jobs.csv", data)
    imports.apply(alice, result)
    assert sorted(Application.objects.filter(owner=alice).values_list("company__name", "title")) == [
        ("Acme", "Engineer"), ("Beta", "Analyst")]
