"""The JSON export carries the kept mail (ledger ids, label, links, what it changed, the person's corrections),
and importing it on a new machine keeps the review history and teaches the classifier those corrections again."""

import io
import json

import pytest

from onward.io import imports
from onward.io.export import export_data, write_json
from onward.mail import apply, learn, resolve
from onward.mail.models import LabelThreshold, LedgerEntry, MailMessage
from onward.tracker.models import Application, StageChange
from tests.mail.review_helpers import queued

pytestmark = pytest.mark.django_db


def _history(owner):
    kept = queued(owner, 1)                       # waiting for review
    confirmed = queued(owner, 2)                  # confirmed: a rejection applied, with a plan
    resolve.resolve(confirmed, "confirm")
    dismissed = queued(owner, 3)                  # corrected: not about a job
    resolve.resolve(dismissed, "not_job")
    wished = queued(owner, 4, label="recruiter_outreach", company="Initech", title="SRE", evidence=[])
    resolve.resolve(wished, "wishlist")
    LabelThreshold.objects.create(owner=owner, label="rejection", min_confidence=0.7)
    return kept, confirmed, dismissed, wished


def _export(owner) -> bytes:
    out = io.StringIO()
    write_json(owner, out)
    return out.getvalue().encode()


def _summary(owner):
    rows = MailMessage.objects.filter(owner=owner).order_by("sent_at", "subject")
    return [(m.subject, m.status, m.label, m.reviewed_label, m.application and str(m.application),
             m.ledger.content_hash, m.ledger.outcome, [e["kind"] for e in m.effects]) for m in rows]


def test_the_export_holds_kept_mail_only(alice):
    _history(alice)
    LedgerEntry.objects.create(owner=alice, source="eml", content_hash="ignored", outcome="ignored", label="other")
    data = export_data(alice)
    assert len(data["mail_messages"]) == 4
    assert {r["content_hash"] for r in data["mail_ledger"]} == {f"hash-{alice.pk}-rejection-{n}" for n in (1, 2, 3)} | {
        f"hash-{alice.pk}-recruiter_outreach-4"}
    assert data["mail_thresholds"][0]["label"] == "rejection"


def test_restore_on_a_new_machine_keeps_review_history_links_and_corrections(alice, bob, monkeypatch):
    _history(alice)
    started = []
    monkeypatch.setattr(learn, "retrain_in_background", started.append)
    payload = _export(alice)
    imports.apply(bob, imports.preview(bob, "onward-export.json", payload))

    assert _summary(bob) == _summary(alice)
    assert learn.confirmed_examples(bob) == learn.confirmed_examples(alice)
    assert started == [bob]
    assert LabelThreshold.objects.get(owner=bob).min_confidence == 0.7
    # Every effect points at bob's own rows, so undo reverts exactly what the message did.
    wished = MailMessage.objects.get(owner=bob, reviewed_label="recruiter_outreach")
    ids = {e["kind"]: e["id"] for e in wished.effects}
    assert Application.objects.get(pk=ids["application"]).owner == bob
    assert StageChange.objects.get(pk=ids["stage_change"]).application_id == ids["application"]
    apply.undo(wished)
    assert not Application.objects.filter(owner=bob, title="SRE").exists()
    assert Application.objects.filter(owner=alice, title="SRE").exists()

    # A second import adds nothing.
    before = (MailMessage.objects.filter(owner=bob).count(), LedgerEntry.objects.filter(owner=bob).count())
    imports.apply(bob, imports.preview(bob, "onward-export.json", payload))
    assert before == (MailMessage.objects.filter(owner=bob).count(), LedgerEntry.objects.filter(owner=bob).count())


def test_a_missing_model_is_retrained_from_restored_corrections(alice, monkeypatch, settings, tmp_path):
    settings.DATA_DIR = tmp_path
    _history(alice)
    started = []
    monkeypatch.setattr(learn, "retrain_in_background", started.append)
    monkeypatch.setattr(learn, "_models", {})
    monkeypatch.setattr(learn, "_checked", set())
    assert learn.model_for(alice) is None
    learn.model_for(alice)
    assert started == [alice]  # once per process


def test_an_export_without_mail_still_imports(alice, bob):
    payload = json.loads(_export(alice))
    for key in ("mail_ledger", "mail_messages", "mail_thresholds"):
        payload.pop(key)
    imports.apply(bob, imports.preview(bob, "x.json", json.dumps(payload).encode()))
    assert not MailMessage.objects.filter(owner=bob).exists()
