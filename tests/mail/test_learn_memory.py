"""The sentence model learns from reviews: lessons are chosen, recalled and applied, survive a restore, and the
reason names the review that decided."""

from __future__ import annotations

import datetime as dt
import io

import numpy as np
import pytest

from onward.io import imports
from onward.io.export import write_json
from onward.mail import explain, learn, resolve
from onward.mail.classify.memory import (
    CONFIRMED_WEIGHT,
    MEMORY_WEIGHT,
    Lesson,
    apply_lessons,
    lesson_scores,
    lesson_sentences,
    memory_of,
)
from onward.mail.models import MailMessage
from onward.mail.pipeline import ingest
from onward.mail.sources import IncomingMessage
from tests.mail.conftest import make_message
from tests.mail.review_helpers import queued
from tests.mail.test_learn_process import PITCH, PITCH_AGAIN

KINDS = ("rejection", "interview", "offer", "application_ack", "assessment", "recruiter_outreach", "other", "neutral")
ON = dt.date(2026, 5, 3)


def _unit(*values):
    v = np.array(values, dtype=np.float32)
    return v / np.linalg.norm(v)


def _lesson(label, n=1, sentence="s"):
    return Lesson(sentence, label, n, ON)


def test_a_sentence_like_a_lesson_leans_to_the_persons_label_in_proportion():
    memory = memory_of([(_lesson("rejection"), _unit(1, 0, 0))])
    same, near, far = memory.recall(np.array([_unit(1, 0, 0), _unit(1, 0.8, 0), _unit(0, 1, 0)]))
    assert same.strength == 1.0 and far is None
    assert 0 < near.strength < 1
    rows = np.zeros((3, len(KINDS)), dtype=np.float32)
    rows[:, KINDS.index("application_ack")] = 1.0
    leaned = apply_lessons(rows, KINDS, [same, near, far])
    assert leaned[0, KINDS.index("rejection")] == 1.0 and leaned[0, KINDS.index("application_ack")] == 0.0
    assert leaned[1, KINDS.index("rejection")] == pytest.approx(near.strength)
    assert leaned[2].tolist() == rows[2].tolist()
    assert lesson_scores([same, near, far]) == {"rejection": MEMORY_WEIGHT}


def test_of_two_lessons_saying_the_same_the_later_review_stays():
    memory = memory_of([(_lesson("rejection", 1), _unit(1, 0, 0)), (_lesson("other", 2), _unit(1, 0.01, 0)),
                        (_lesson("interview", 3), _unit(0, 0, 1))])
    assert [(lesson.label, lesson.message_id) for lesson in memory.lessons] == [("other", 2), ("interview", 3)]
    assert memory_of([]).recall(np.array([_unit(1, 0, 0)])) == [None]


def _rows(*dicts):
    rows = np.zeros((len(dicts), len(KINDS)), dtype=np.float32)
    for i, d in enumerate(dicts):
        for kind, p in d.items():
            rows[i, KINDS.index(kind)] = p
    return rows


def test_a_corrected_label_is_taught_by_its_statement_never_by_the_thanks_around_it():
    pool = ["Your application", "Thank you for applying to Acme.", "The panel chose someone else for the role.",
            "Acme Talent"]
    nearest = np.array([0.1, 0.2, 0.5, 0.1])
    rows = _rows({"other": 0.6, "neutral": 0.4}, {"neutral": 0.9, "application_ack": 0.1},
                 {"rejection": 0.3, "application_ack": 0.4, "other": 0.3}, {"neutral": 0.8, "other": 0.2})
    corrected = {"label": "rejection", "given": "application_ack"}
    assert lesson_sentences(corrected, pool, pool[0], rows, KINDS, nearest) == [(2, False)]
    # Read confidently as an acknowledgement: the person's label holds for that wording only.
    confident = rows.copy()
    confident[2] = _rows({"rejection": 0.2, "application_ack": 0.8})[0]
    assert lesson_sentences(corrected, pool, pool[0], confident, KINDS, nearest) == [(2, True)]
    # Where the shipped model saw nothing of the label, the body's sentence closest to its examples, narrowly.
    unseen = _rows({"other": 1.0}, {"neutral": 0.9, "other": 0.1}, {"other": 1.0}, {"other": 1.0})
    assert lesson_sentences({"label": "assessment", "given": "other"}, pool, pool[0], unseen, KINDS,
                            nearest) == [(2, True)]
    # "Not job-related" (dropped unseen when sure): what made it look like job mail, the sentences that decided
    # Onward's label first, for that wording only.
    assert lesson_sentences({"label": "other", "given": "application_ack", "deciding": ["Your application"]}, pool,
                            pool[0], rows, KINDS, nearest) == [(0, True), (2, True)]
    # A confirmed label: the sentences that decided it, for that wording; never a thanks, though it decided.
    assert lesson_sentences({"label": "rejection", "given": "rejection", "deciding": [pool[1], pool[2]]}, pool,
                            pool[0], rows, KINDS, nearest) == [(2, True)]


def test_a_narrow_lesson_holds_for_the_same_wording_only():
    memory = memory_of([(Lesson("s", "rejection", 1, ON, narrow=True), _unit(1, 0, 0))])
    same, paraphrase = memory.recall(np.array([_unit(1, 0.1, 0), _unit(1, 0.8, 0)]))
    assert same.strength == 1.0 and paraphrase is None
    # A confirmation only makes Onward surer: it adds less than a correction.
    confirmed = memory_of([(Lesson("s", "rejection", 1, ON, narrow=True, weight=CONFIRMED_WEIGHT), _unit(1, 0, 0))])
    assert lesson_scores(confirmed.recall(np.array([_unit(1, 0, 0)]))) == {"rejection": CONFIRMED_WEIGHT}
    assert CONFIRMED_WEIGHT < MEMORY_WEIGHT


@pytest.mark.django_db
def test_the_reason_names_the_review_that_decided(alice):
    message = queued(alice)
    message.classification = {**message.classification, "learned_from": {
        "label": "rejection", "reviewed_on": "2025-05-03", "message_id": 1, "sentence": "x"}}
    assert explain.reason_line(message) == ("Looks like a rejection: they chose another candidate. It reads like a "
                                            "message you marked as a rejection on 3 May 2025.")
    # Once the person chose another label, the old lesson is not their reason.
    message.reviewed_label = "interview"
    assert explain.reason_line(message) == "Looks like an interview invitation."


def _ingest(owner, message, n):
    subject, body, sender = message
    raw = make_message(subject, body, sender, message_id=f"<{owner.pk}-{n}@x>")
    return ingest(owner, [IncomingMessage(raw=raw, source="eml")])


@pytest.mark.slow
@pytest.mark.django_db
def test_restored_corrections_teach_the_next_import_on_a_new_machine(alice, bob, django_user_model, settings,
                                                                     tmp_path, monkeypatch):
    settings.DATA_DIR = tmp_path
    monkeypatch.setattr(learn, "retrain_in_background", lambda owner: None)
    assert _ingest(alice, PITCH, 1).review == 1
    resolve.resolve(MailMessage.objects.get(owner=alice), "not_job")
    out = io.StringIO()
    write_json(alice, out)
    imports.apply(bob, imports.preview(bob, "onward-export.json", out.getvalue().encode()))

    carol = django_user_model.objects.create_user("carol", password="x")
    assert _ingest(carol, PITCH_AGAIN, 2).review == 1  # untaught: it waits for review
    assert _ingest(bob, PITCH_AGAIN, 3).ignored == 1  # bob's restored correction taught it
    lessons = learn.memory_for(bob).lessons
    assert {lesson.label for lesson in lessons} == {"other"}
    assert learn.lessons_path(bob).exists()
    assert learn.memory_for(bob) is learn.memory_for(bob)  # worked out once
