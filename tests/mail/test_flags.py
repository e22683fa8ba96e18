"""The rejection flags a message carries (feedback offered, invited to reapply, kept on file) shape the plan and
the rejection record instead of being dropped."""

from __future__ import annotations

import datetime as dt

import pytest

import onward.mail.pipeline
from onward.mail.classify import Classification
from onward.mail.pipeline import ingest
from onward.mail.sources import IncomingMessage
from onward.playbook.models import Rejection
from tests.mail.conftest import make_message

pytestmark = pytest.mark.django_db

RECENT = dt.datetime.now(dt.UTC) - dt.timedelta(days=1)


def _reject_with(monkeypatch, alice, subtype="not_selected", **flags):
    def classify_many(messages, model=None, memory=None):
        return [Classification("rejection", 0.99, rejection_subtype=subtype, evidence=["test"],
                               **{"keep_on_file": False, "reapply_invited": False, "feedback_offered": False,
                                  **flags})
                for _ in messages]

    monkeypatch.setattr(onward.mail.pipeline, "classify_many", classify_many)
    raw = make_message("Your application for Data Analyst", "Thank you for applying to Acme. Decision made.",
                       "Acme Careers <jobs@acme.example>", message_id="<flags@x>", date=RECENT)
    report = ingest(alice, [IncomingMessage(raw=raw, source="eml")])
    assert report.applied == 1
    return Rejection.objects.get(owner=alice)


def _steps(rejection):
    return {item.step_id: item for item in rejection.plan_items.select_related("task")}


def test_feedback_offer_adds_a_step_with_a_draft_reply(monkeypatch, alice):
    rejection = _reject_with(monkeypatch, alice, feedback_offered=True)
    assert rejection.feedback_offered
    step = _steps(rejection)["feedback_offer"]
    assert step.task.title.startswith("Take them up on the feedback offer")
    assert step.draft == "feedback_offer"
    assert "They offered to share feedback." in rejection.what_they_said


def test_without_the_flags_there_is_no_feedback_or_reconnect_step(monkeypatch, alice):
    rejection = _reject_with(monkeypatch, alice)
    steps = _steps(rejection)
    assert "feedback_offer" not in steps and "reconnect_warm" not in steps
    assert rejection.what_they_said == []


def test_reapply_invitation_sets_the_reconnect_step(monkeypatch, alice):
    rejection = _reject_with(monkeypatch, alice, reapply_invited=True)
    assert rejection.reapply_invited
    assert "reconnect_warm" in _steps(rejection)
    assert "They invited you to apply again." in rejection.what_they_said


def test_keep_on_file_alongside_a_filled_position_is_kept(monkeypatch, alice):
    rejection = _reject_with(monkeypatch, alice, subtype="position_filled", keep_on_file=True)
    assert (rejection.rejection_type, rejection.keep_on_file) == ("position_filled", True)
    steps = _steps(rejection)
    assert {"keep_in_mind", "reconnect_warm"} <= set(steps)
    assert "They will keep your resume on file." in rejection.what_they_said


def test_the_rejection_page_shows_what_they_left_open(monkeypatch, alice, client):
    rejection = _reject_with(monkeypatch, alice, feedback_offered=True, reapply_invited=True)
    client.force_login(alice)
    page = client.get(f"/playbook/rejection/{rejection.pk}/").content.decode()
    assert "They offered to share feedback." in page and "They invited you to apply again." in page


def test_the_record_and_timeline_say_why_in_words_not_scores(monkeypatch, alice, client):
    decided = "Sadly we have decided to move forward with other candidates."

    def classify_many(messages, model=None, memory=None):
        return [Classification("rejection", 0.99, rejection_subtype="not_selected", evidence=[
            "model: rejection 0.97, other 0.02",
            f'rule rejection +4.0: "move forward with other" in "{decided}"'])
            for _ in messages]

    monkeypatch.setattr(onward.mail.pipeline, "classify_many", classify_many)
    raw = make_message("Your application for Data Analyst", f"Thank you for applying to Acme. {decided}",
                       "Acme Careers <jobs@acme.example>", message_id="<words@x>", date=RECENT)
    ingest(alice, [IncomingMessage(raw=raw, source="eml")])
    rejection = Rejection.objects.get(owner=alice)
    client.force_login(alice)
    for url in (f"/playbook/rejection/{rejection.pk}/", f"/applications/{rejection.application_id}/"):
        page = client.get(url).content.decode()
        assert f"Looks like a rejection: they chose another candidate. They wrote: “{decided}”" in page, url
        assert "model:" not in page and "+4.0" not in page, url
