"""Retraining, saving and loading the learned model, and the rules file as data."""

from __future__ import annotations

import os
import pickle
import re
import subprocess
import sys
from dataclasses import replace

import pytest

from onward.mail.classify import RulesError, TrainingError, classify, load_model, save_model, train_model
from onward.mail.classify import model as model_module
from onward.mail.classify.model import load_corpus
from onward.mail.classify.rules import Rule, load_rules, needles, parse_rules
from onward.mail.classify.text import normalise, sentences

ODD = {
    "subject": "Brindle quarterly",
    # Job words enough to pass the screen (mail without any never reaches the classifier in an import).
    "body": "Heron drift: the marmalade ledger for your application, cohort nine, is sealed; ferrule count amber.",
    "label": "application_ack",
}
NEAR_DUPLICATE = ("Brindle quarterly update", "Heron drift: the marmalade ledger for your application, cohort ten, "
                  "is sealed; ferrule count amber.")


@pytest.fixture(scope="module")
def retrained():
    return train_model([ODD])


def test_retraining_with_a_confirmed_example_changes_a_near_duplicate(retrained):
    assert classify(*NEAR_DUPLICATE).label != "application_ack"
    after = classify(*NEAR_DUPLICATE, model=retrained)
    assert after.label == "application_ack", after.evidence
    assert retrained.n_extra == 1


def test_save_and_load_round_trip(tmp_path, retrained):
    path = tmp_path / "models" / "mail.pickle"
    save_model(retrained, path)
    loaded = load_model(path)
    assert loaded is not None and loaded.key == retrained.key
    assert classify(*NEAR_DUPLICATE, model=loaded).label == "application_ack"
    assert [p.name for p in path.parent.iterdir()] == ["mail.pickle"]  # no temporary file left behind


def test_load_model_returns_none_when_it_cannot_be_used(tmp_path, retrained):
    assert load_model(tmp_path / "missing.pickle") is None
    garbage = tmp_path / "garbage.pickle"
    garbage.write_bytes(b"not a pickle at all")
    assert load_model(garbage) is None
    old = tmp_path / "old.pickle"
    old.write_bytes(pickle.dumps({"format": -1, "sklearn": "0.0", "model": retrained}))
    assert load_model(old) is None


def test_default_model_rebuilds_a_damaged_cache(tmp_path, monkeypatch):
    monkeypatch.setattr(model_module, "_default", None)
    key = model_module.model_key([])
    cache = tmp_path / "cache" / f"mail-classifier-{key}.pickle"
    cache.parent.mkdir()
    cache.write_bytes(b"\x80\x04 damaged")
    (tmp_path / "cache" / "mail-classifier-0000stale.pickle").write_bytes(b"old")
    model = model_module.default_model(tmp_path)
    assert model.key == key
    assert load_model(cache) is not None
    assert [p.name for p in cache.parent.iterdir()] == [cache.name]


def test_training_rejects_unknown_labels():
    with pytest.raises(TrainingError, match="example 1"):
        train_model([{"body": "hello", "label": "maybe"}])
    with pytest.raises(TrainingError, match="neither a subject nor a body"):
        train_model([{"label": "other"}])


def test_a_broken_rules_file_names_the_rule():
    data = {
        "scoring": {"negation_markers": "not", "conditional_markers": "if", "english_words": ["the"]},
        "flags": {}, "subtypes": {"default": "not_selected"}, "flag_rules": {},
        "labels": {"offer": {"rules": [{"p": "fine", "w": 1}, {"p": "(unclosed", "w": 1}]}},
    }
    with pytest.raises(RulesError, match=r"labels\.offer, rule 2: p: the pattern does not compile"):
        parse_rules(data)
    data["labels"]["offer"]["rules"][1] = {"p": "fine", "w": 1, "weight": 2}
    with pytest.raises(RulesError, match=r"labels\.offer, rule 2: weight: extra inputs are not permitted"):
        parse_rules(data)
    data["labels"]["offer"] = {"rules": [], "negotiable": False}
    with pytest.raises(RulesError, match=r"labels\.offer: negotiable: extra inputs are not permitted"):
        parse_rules(data)


def test_rules_are_data_and_change_the_outcome():
    # A heavier phrase for another label, added as data, decides the outcome and shows up as the reason.
    shipped = load_rules()
    body = "Please share your availability for a call about your application next week."
    assert classify("", body, rules=shipped).label == "interview"
    pattern = "availability for a call"
    extra = Rule(re.compile(pattern), 20.0, "text", needles(pattern))
    other = replace(shipped.labels["other"], rules=(*shipped.labels["other"].rules, extra))
    altered = replace(shipped, labels={**shipped.labels, "other": other})
    result = classify("", body, rules=altered)
    assert result.label == "other"
    assert any('"availability for a call"' in e for e in result.evidence)


def test_needle_prefilter_never_hides_a_match():
    # Every shipped pattern that matches a corpus message contains one of its needles, so skipping rules
    # whose needles are absent never changes a result.
    rules = load_rules()
    all_rules = [r for group in (rules.labels, rules.subtypes, rules.flags) for s in group.values() for r in s.rules
                 if r.field == "text"]
    for row in load_corpus()[::7]:
        text = "\n".join(sentences(normalise(row["body"]))).lower()
        for rule in all_rules:
            if rule.pattern.search(text):
                assert rule.needles is None or any(n in text for n in rule.needles), rule.pattern.pattern


def test_the_model_predicts_exactly_what_scikit_learn_would_without_loading_it(tmp_path):
    corpus = load_corpus()[::20]  # every kind of message, quickly
    texts = [model_module.model_text(r.get("subject"), r.get("body")) for r in corpus]
    pipeline = model_module._make_pipeline()
    pipeline.fit(texts, [r["label"] for r in corpus])
    model = model_module.Model.from_pipeline(pipeline, tuple(pipeline.classes_), "key", len(texts), 0, {})
    unseen = [*texts[:50], "", "!!", "Wir freuen uns über Ihre Bewerbung", "unknownword " * 40]
    expected = pipeline.predict_proba(unseen)
    got = model.predict_proba(unseen)
    assert [[row[c] for c in pipeline.classes_] for row in got] == expected.tolist()

    # Reading mail never loads scikit-learn: a saved model is used by a process that has not imported it.
    path = tmp_path / "model.pickle"
    save_model(model, path)
    code = ("import sys; from onward.mail.classify.model import load_model; "
            f"m = load_model({str(path)!r}); m.predict_proba(['your application was received']); "
            "print('sklearn' in sys.modules)")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                          env={**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)})
    assert done.stdout.strip() == "False", done.stderr
