"""Sort job-search mail into labels (rejection, interview, offer, ...) with a confidence and the reasons.

    from onward.mail.classify import classify
    c = classify(subject, body, sender)
    c.label, c.confidence, c.rejection_subtype, c.keep_on_file, c.evidence, c.to_dict()

Phrase rules live in rules.toml (data); the learned model is trained from the project's own corpus
and can be retrained with examples a person confirmed (train_model, save_model, load_model).
"""

from onward.mail.classify.classifier import (
    FLAGS,
    LABELS,
    SUBTYPES,
    Classification,
    classify,
    classify_many,
)
from onward.mail.classify.model import Model, TrainingError, default_model, load_model, save_model, train_model
from onward.mail.classify.rules import RulesError, load_rules

__all__ = [
    "FLAGS",
    "LABELS",
    "SUBTYPES",
    "Classification",
    "Model",
    "RulesError",
    "TrainingError",
    "classify",
    "classify_many",
    "default_model",
    "load_model",
    "load_rules",
    "save_model",
    "train_model",
]
