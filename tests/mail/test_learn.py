"""Corrections from the review queue retrain a per-user classifier model."""

from __future__ import annotations

import pytest
from django.urls import reverse

from onward.mail import apply, learn
from onward.mail.models import MailMessage
from onward.mail.pipeline import ingest
from onward.mail.sources import IncomingMessage
from tests.mail.conftest import fake_classify_many, make_message

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("fake_classifier")]


@pytest.fixture(autouse=True)
def fresh_state(monkeypatch, settings, tmp_path):
    settings.DATA_DIR = tmp_path
    monkeypatch.setattr(learn, "_models", {})
    monkeypatch.setattr(learn, "_training", set())
    monkeypatch.setattr(learn, "_memories", {})


def _queued(owner, subject="[unsure] About the role"):
    raw = make_message(subject, "A note about the role you applied for.", "hr@acme.example")
    ingest(owner, [IncomingMessage(raw=raw, source="upload")])
    return MailMessage.objects.filter(owner=owner).latest("id")


def test_confirmed_and_corrected_labels_become_training_examples(alice, bob):
    apply.review(_queued(alice, "[unsure] one"), "interview")
    apply.review(_queued(alice, "[unsure] two"), "other")
    _queued(alice, "[unsure] not reviewed")
    apply.review(_queued(bob, "[unsure] bob's"), "offer")
    examples = learn.confirmed_examples(alice)
    assert [(e["subject"], e["label"]) for e in examples] == [("[unsure] one", "interview"), ("[unsure] two", "other")]
    assert examples[0]["body"] == "A note about the role you applied for."


def test_retrained_model_is_saved_and_used_by_the_pipeline(alice, monkeypatch):
    trained_with = []

    def fake_train(examples):
        trained_with.append(examples)
        return {"model for": "alice"}

    saved = {}
    monkeypatch.setattr(learn, "train_model", fake_train)
    monkeypatch.setattr(learn, "save_model", lambda model, path: saved.update({path: model}))
    assert learn.retrain(alice) is None  # nothing confirmed yet: the shipped model stays
    apply.review(_queued(alice), "interview")
    model = learn.retrain(alice)
    assert trained_with[-1][0]["label"] == "interview"
    assert saved == {learn.model_path(alice): model}

    seen_models = []

    def spy(messages, model=None, memory=None):
        seen_models.append(model)
        return fake_classify_many(messages)

    import onward.mail.pipeline

    monkeypatch.setattr(onward.mail.pipeline, "classify_many", spy)
    _queued(alice, "[unsure] next")
    assert seen_models == [model]


def test_a_model_that_no_longer_loads_is_thrown_away_and_retrained(alice, monkeypatch):
    path = learn.model_path(alice)
    path.parent.mkdir(parents=True)
    path.write_bytes(b"not a pickle")
    started = []
    monkeypatch.setattr(learn, "retrain_in_background", started.append)
    assert learn.model_for(alice) is None
    assert not path.exists()
    assert started == [alice]


def test_reviewing_in_the_web_app_starts_retraining(alice_client, alice, monkeypatch,
                                                    django_capture_on_commit_callbacks):
    trained = []
    monkeypatch.setattr(learn, "_retrain_thread", trained.append)
    msg = _queued(alice)
    with django_capture_on_commit_callbacks(execute=True):
        alice_client.post(reverse("mail:message_review", args=[msg.pk]), {f"m{msg.pk}-label": "interview"})
    assert trained == [alice]
    assert learn.retrain_in_background(alice) is False  # one retraining at a time
