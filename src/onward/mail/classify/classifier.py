"""One function decides: the model's probabilities and the phrase rules are merged here, both kept as evidence."""

from __future__ import annotations

import math
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

from onward.mail.classify.rules import Hit, Rules, load_rules
from onward.mail.classify.text import MAX_CHARS, normalise, sentences

LABELS = ("rejection", "interview", "offer", "application_ack", "assessment", "recruiter_outreach", "other")
SUBTYPES = ("not_selected", "position_filled", "position_closed", "offer_rescinded")
FLAGS = ("keep_on_file", "reapply_invited", "feedback_offered", "feedback_declined")
CONTRACT_FIELDS = ("label", "confidence", "rejection_subtype", *FLAGS)

_WORD = re.compile(r"[a-zA-Z\u00c0-\u024f']+")


@dataclass
class Classification:
    label: str
    confidence: float
    rejection_subtype: str | None = None
    keep_on_file: bool | None = None
    reapply_invited: bool | None = None
    feedback_offered: bool | None = None
    feedback_declined: bool | None = None
    evidence: list[str] = field(default_factory=list)
    # Probability of each label, and the confidence of the subtype and of each flag (rejections only).
    scores: dict[str, float] = field(default_factory=dict)
    detail_confidence: dict[str, float] = field(default_factory=dict)

    def to_dict(self) -> dict:
        """The evaluation contract's fields; subtype and flags are null unless this is a rejection."""
        out = {name: getattr(self, name) for name in CONTRACT_FIELDS}
        out["confidence"] = round(self.confidence, 4)
        return out


def classify(subject: str | None, body: str | None, sender: str | None = "", *, model=None,
             rules: Rules | None = None) -> Classification:
    """Classify one message. `body` is plain text; HTML remnants and long footers are tolerated."""
    return classify_many([{"subject": subject, "body": body, "sender": sender}], model=model, rules=rules)[0]


def classify_many(messages: Iterable[Mapping], *, model=None, rules: Rules | None = None) -> list[Classification]:
    """Classify many messages at once (the model scores them in one batch). Each is a mapping with
    `body` and optionally `subject` and `sender`."""
    from onward.mail.classify.model import default_model, model_input

    rules = rules or load_rules()
    prepared = []
    for msg in messages:
        subject = normalise(msg.get("subject") or "")
        body = normalise(msg.get("body") or "")
        sender = (msg.get("sender") or "")[:500]
        truncated = len(msg.get("body") or "") > MAX_CHARS
        prepared.append((subject, body, sender, truncated, _unreadable(subject, body, rules)))
    needs_model = [i for i, p in enumerate(prepared) if p[4] is None]
    model = model or (default_model() if needs_model else None)
    texts = [model_input(prepared[i][0], prepared[i][1]) for i in needs_model]
    probs = dict(zip(needs_model, model.predict_proba(texts), strict=True)) if needs_model else {}
    results = []
    for i, (subject, body, sender, truncated, unreadable) in enumerate(prepared):
        if unreadable is not None:
            results.append(Classification("other", rules.scoring["low_confidence"], evidence=[unreadable],
                                          scores={label: 0.0 for label in LABELS}))
            continue
        result = _decide(subject, body, sender, probs[i], rules)
        if truncated:
            result.evidence.append(f"only the first {MAX_CHARS:,} characters of the body were read")
        results.append(result)
    return results


def _unreadable(subject: str, body: str, rules: Rules) -> str | None:
    """Why the text cannot be classified, or None when it can."""
    # The opening of a message tells its language; reading all of a long one would only cost time.
    words = _WORD.findall(f"{subject} {body}"[:1500].lower())
    if not words:
        return "the message has no text to read"
    if len(words) >= rules.scoring["min_english_tokens"]:
        ratio = sum(map(rules.english_words.__contains__, words)) / len(words)
        if ratio < rules.scoring["min_english_ratio"]:
            return f"the text does not look like English ({ratio:.0%} common English words), so it was not judged"
    return None


def _softmax(scores: dict[str, float]) -> dict[str, float]:
    top = max(scores.values())
    exp = {k: math.exp(v - top) for k, v in scores.items()}
    total = sum(exp.values())
    return {k: v / total for k, v in exp.items()}


def _decide(subject: str, body: str, sender: str, model_probs: dict[str, float], rules: Rules) -> Classification:
    msg = rules.prepare(([subject] if subject else []) + sentences(body), subject, sender)
    rule_scores, hits = rules.score(rules.labels, msg)
    weight = rules.scoring["model_weight"]
    combined = {
        label: weight * math.log(max(model_probs.get(label, 0.0), 1e-6)) + rule_scores.get(label, 0.0)
        for label in LABELS
    }
    probs = _softmax(combined)
    label = max(probs, key=probs.get)
    evidence = [
        "model: " + ", ".join(f"{k} {v:.2f}" for k, v in sorted(model_probs.items(), key=lambda kv: -kv[1])[:3])
    ]
    evidence += _describe(hits, label)
    result = Classification(label, probs[label], evidence=evidence, scores=probs)
    if label == "rejection":
        _rejection_details(result, msg, rules)
    return result


def _describe(hits: dict[str, list[Hit]], label: str) -> list[str]:
    # The chosen label's reasons first, then what argued for something else.
    ordered = sorted((h for found in hits.values() for h in found), key=lambda h: (h.section != label, -abs(h.weight)))
    return ["rule " + h.describe() for h in ordered[:10]]


def _rejection_details(result: Classification, msg, rules: Rules) -> None:
    scores, hits = rules.score(rules.subtypes, msg)
    scores[rules.subtype_default] = scores.get(rules.subtype_default, 0.0) + rules.subtype_default_score
    probs = _softmax(scores)
    subtype = max(probs, key=probs.get)
    result.rejection_subtype = subtype
    result.detail_confidence["rejection_subtype"] = probs[subtype]
    result.evidence += [f"subtype {subtype} ({probs[subtype]:.2f})"] + ["rule " + h.describe() for h in hits[subtype]]
    flag_scores, flag_hits = rules.score(rules.flags, msg)
    threshold = rules.flag_settings["threshold"]
    slope = rules.flag_settings["slope"]
    for name in FLAGS:
        p = 1.0 / (1.0 + math.exp(-slope * (flag_scores.get(name, 0.0) - threshold)))
        on = p >= 0.5
        setattr(result, name, on)
        result.detail_confidence[name] = p if on else 1.0 - p
        if on:
            result.evidence += ["rule " + h.describe() for h in flag_hits[name]]
