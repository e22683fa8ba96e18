"""Confidence means what it says: a close call is never given a confidence that would apply it alone."""

from __future__ import annotations

from onward.mail.apply import DEFAULT_THRESHOLDS
from onward.mail.classify import load_rules
from onward.mail.classify.classifier import _decide, _Prepared


def _decision(model_probs):
    item = _Prepared("Update", "A short note about the process.", "hr@example.org", False, "en", None,
                     ["A short note about the process."], [])
    return _decide(item, model_probs, load_rules(), None, ())


def test_two_close_labels_give_a_confidence_below_every_apply_threshold():
    # Two labels without a "needs a clear phrase" rule, 0.49 against 0.46 (an issue's example).
    r = _decision({"application_ack": 0.49, "recruiter_outreach": 0.46, "other": 0.05})
    assert r.label in ("application_ack", "recruiter_outreach")
    assert r.confidence <= load_rules().scoring["close_cap"]
    assert r.confidence < min(t for label, t in DEFAULT_THRESHOLDS.items() if label != "other")
    assert any(e.startswith("close call") for e in r.evidence)


def test_a_clear_lead_keeps_its_confidence():
    r = _decision({"application_ack": 0.97, "rejection": 0.02, "other": 0.01})
    assert r.label == "application_ack"
    assert r.confidence > load_rules().scoring["close_cap"]
    assert not any(e.startswith("close call") for e in r.evidence)


def test_the_close_call_cap_is_below_every_threshold_a_label_is_applied_or_dropped_at():
    cap = load_rules().scoring["close_cap"]
    assert all(cap < t for t in DEFAULT_THRESHOLDS.values())
