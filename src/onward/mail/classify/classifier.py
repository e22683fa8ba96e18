"""One function decides: the model's probabilities and the phrase rules are merged here, both kept as evidence."""

from __future__ import annotations

import math
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

from onward.mail.classify.approach import Approach
from onward.mail.classify.approach import read as read_approach
from onward.mail.classify.candidacy import HIRED, STATED, anothers, hiring_side, to_many
from onward.mail.classify.labels import LABELS
from onward.mail.classify.rules import Hit, Rules, load_rules
from onward.mail.classify.text import MAX_CHARS, body_end, letter, normalise, sentences

SUBTYPES = ("not_selected", "position_filled", "position_closed", "offer_rescinded")
FLAGS = ("keep_on_file", "reapply_invited", "feedback_offered", "feedback_declined")
CONTRACT_FIELDS = ("label", "confidence", "rejection_subtype", *FLAGS)

# The best sentence for the chosen label is recorded as deciding it from this probability up (one in three
# kinds would be chance).
DECIDING_SENTENCE = 0.3
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
    # The sentences that decided the label (shown highlighted to people), and the language read.
    deciding_sentences: list[str] = field(default_factory=list)
    language: str | None = None
    # The person's own review that decided the label, when one did (onward.mail.classify.memory).
    learned_from: dict | None = None

    def to_dict(self) -> dict:
        """The evaluation contract's fields; subtype and flags are null unless this is a rejection."""
        out = {name: getattr(self, name) for name in CONTRACT_FIELDS}
        out["confidence"] = round(self.confidence, 4)
        return out


def classify(subject: str | None, body: str | None, sender: str | None = "", *, model=None,
             rules: Rules | None = None, sentence_model=None, memory=None) -> Classification:
    """Classify one message. `body` is plain text; HTML remnants and long footers are tolerated."""
    return classify_many([{"subject": subject, "body": body, "sender": sender}], model=model, rules=rules,
                         sentence_model=sentence_model, memory=memory)[0]


@dataclass
class _Prepared:
    subject: str
    body: str
    sender: str
    truncated: bool
    language: str | None
    unreadable: str | None
    sentences: list[str] = field(default_factory=list)
    candidates: list[str] = field(default_factory=list)
    # How far the message lacks the words of a job search that the import's screen looks for
    # (onward.mail.classify.jobwords): 0 when it would pass, 1 when it has none.
    no_job_words: float = 0.0
    # The word saying the message's application or interview is for something other than a job ("visa"), if any.
    elsewhere: str | None = None
    # What the person's tracker knows of the sender or the thread, in words (onward.mail.context), or "".
    context: str = ""
    # Where the letter's sign-off ends it among `sentences` (onward.mail.classify.text.body_end), or None.
    body_end: int | None = None
    # What the letter holds of a recruiter's approach (onward.mail.classify.approach).
    approach: Approach | None = None
    # The greeting to many readers the letter opens with ("Dear Students", "Hi all"), or "" (candidacy.to_many).
    many: str = ""
    # The phrase writing to the reader as the one who hires ("your scorecard"), or "" (candidacy.hiring_side).
    hiring: str = ""


def classify_many(messages: Iterable[Mapping], *, model=None, rules: Rules | None = None,
                  sentence_model=None, memory=None) -> list[Classification]:
    """Classify many messages at once (the models score them in one batch). Each is a mapping with
    `body` and optionally `subject` and `sender`. `memory` holds what a person taught by reviewing their mail
    (onward.mail.classify.memory)."""
    rules = rules or load_rules()
    return decide_all(read_all(messages, model=model, rules=rules, sentence_model=sentence_model, memory=memory),
                      rules)


@dataclass
class Read:
    """A message as the models read it; deciding from this needs no model (the evaluation reuses it)."""

    item: _Prepared
    model_probs: dict[str, float] | None
    rows: object
    kinds: tuple[str, ...]
    # The message model was retrained with a person's confirmed labels: those outweigh the shipped sentences.
    learned: bool = False
    # Per candidate sentence, the person's nearest lesson (already applied to `rows`), or None.
    recalled: list | None = None


def read_all(messages: Iterable[Mapping], *, model=None, rules: Rules, sentence_model=None,
             memory=None) -> list[Read]:
    from onward.mail.classify.jobwords import elsewhere, job_words_missing
    from onward.mail.classify.model import default_model, model_input
    from onward.mail.classify.sentences import candidate_sentences, default_sentence_model

    prepared = []
    for msg in messages:
        subject = normalise(msg.get("subject") or "")
        body = normalise(msg.get("body") or "")
        sender = (msg.get("sender") or "")[:500]
        truncated = len(msg.get("body") or "") > MAX_CHARS
        # A board's list of other jobs is titles and places, few of a language's little words: the letter tells it.
        language, unreadable = _language(subject, letter(body), rules)
        # A message the tracker recognises (a reply in a kept thread, a contact's note) is job mail in any words:
        # it is judged on its sentences, without the penalty for lacking the words of a job search.
        context = (msg.get("context") or "")[:300]
        missing = 0.0 if context else job_words_missing(subject, body)
        approach = read_approach(subject, body)
        if approach.proposed:
            # A role proposed to the reader is their job search's news, however few of the screen's words it uses
            # ("a confidential mandate", "a board appointment"). It is read in the writer's own letter: the client's
            # posting pasted below it ("fast-track your application") or a forward's empty top says nothing of it.
            missing = 0.0
            body = approach.own or body
        if msg.get("terse"):
            # A person's short first note (onward.mail.screen.terse) rarely names the job it is about: it lacks no
            # more than a note with one job word, so a sentence that states a decision, an invitation or an offer
            # can carry it. A note that holds a job word is judged as it is.
            missing = min(missing, rules.scoring["terse_words_missing"])
        item = _Prepared(subject, body, sender, truncated, language, unreadable, no_job_words=missing,
                         elsewhere=elsewhere(subject, body), context=context, approach=approach,
                         many=to_many(body), hiring=hiring_side(subject, body))
        if unreadable is None:
            item.sentences = sentences(body)
            item.body_end = body_end(item.sentences)
            item.candidates = candidate_sentences(subject, item.sentences[: item.body_end])
        prepared.append(item)
    needs_model = [i for i, p in enumerate(prepared) if p.unreadable is None]
    if needs_model:
        model = model or default_model()
        sentence_model = sentence_model or default_sentence_model()
    texts = [model_input(prepared[i].subject, prepared[i].body, prepared[i].language) for i in needs_model]
    probs = dict(zip(needs_model, model.predict_proba(texts), strict=True)) if needs_model else {}
    # All the batch's sentences go to the encoder together: one call is far quicker than one per message.
    flat = [s for i in needs_model for s in prepared[i].candidates]
    recalled = None
    if flat and memory:
        from onward.mail.classify.memory import apply_lessons

        table, embeddings = sentence_model.predict_embedded(flat)
        recalled = memory.recall(embeddings)
        table = apply_lessons(table, sentence_model.kinds, recalled)
    else:
        table = sentence_model.predict(flat) if flat else None
    out, at = [], 0
    for i, item in enumerate(prepared):
        n = len(item.candidates) if item.unreadable is None else 0
        out.append(Read(item, probs.get(i), table[at : at + n] if n else None, sentence_model.kinds if n else (),
                        bool(getattr(model, "n_extra", 0)), recalled[at : at + n] if recalled and n else None))
        at += n
    return out


def decide_all(reads: list[Read], rules: Rules) -> list[Classification]:
    results = []
    for r in reads:
        item = r.item
        if item.unreadable is not None:
            results.append(Classification("other", rules.scoring["low_confidence"], evidence=[item.unreadable],
                                          scores={label: 0.0 for label in LABELS}, language=item.language))
            continue
        result = _decide(item, r.model_probs, rules, r.rows, r.kinds, r.learned, r.recalled)
        if item.truncated:
            result.evidence.append(f"only the first {MAX_CHARS:,} characters of the body were read")
        results.append(result)
    return results


def _language(subject: str, body: str, rules: Rules) -> tuple[str | None, str | None]:
    """The language pack the text is written in, and why the text cannot be classified (None when it can)."""
    from onward.mail.classify.languages import load_packs

    # The opening of a message tells its language; reading all of a long one would only cost time.
    text = f"{subject} {body}"[:1500]
    if not _WORD.search(text):
        return None, "the message has no text to read"
    code, share = load_packs().detect(text, min_words=rules.scoring["min_language_tokens"],
                                      min_ratio=rules.scoring["min_language_ratio"])
    # A subject is a headline, without the little words that tell a language: with next to no body, the
    # message is read whatever the share.
    if code is None and share < rules.scoring["min_language_ratio"] and (
            len(_WORD.findall(body[:1500])) >= rules.scoring["min_language_tokens"]):
        return None, ("the text is not in a language Onward reads "
                      f"({share:.0%} common words of the nearest one), so it was not judged")
    return code, None


def _softmax(scores: dict[str, float], temperature: float = 1.0) -> dict[str, float]:
    top = max(scores.values())
    exp = {k: math.exp((v - top) / temperature) for k, v in scores.items()}
    total = sum(exp.values())
    return {k: v / total for k, v in exp.items()}


def _best_sentences(rows, kinds: tuple[str, ...], candidates: list[str],
                    thanks_as_ack: float = 0.0) -> dict[str, tuple[float, str]]:
    """Per job label, the sentence most likely to state it, and that probability. A message is `other` as far as
    its sentences go when none of them states a job event: every message has some everyday sentence (a subject,
    a sign-off), so the best `other` sentence says nothing. Thanks for applying is no news in a rejection or an
    invitation, but a message that says nothing more is the acknowledgement: it counts `thanks_as_ack` of its
    probability for application_ack, and it is not everyday mail. A sentence stating another event (a decision,
    an invitation) takes that credit away as surely as it states it: wherever it stands in the message, the
    thank-you before it is only politeness."""
    best = {}
    for j, kind in enumerate(kinds):
        if kind in LABELS and kind != "other":
            k = int(rows[:, j].argmax())
            best[kind] = (float(rows[k, j]), candidates[k])
    strongest = max(best.values(), default=(0.0, ""))[0]
    if "thanks" in kinds:
        j = kinds.index("thanks")
        k = int(rows[:, j].argmax())
        thanks = float(rows[k, j])
        news = max((p for kind, (p, _) in best.items() if kind != "application_ack"), default=0.0)
        credit = thanks * thanks_as_ack * (1.0 - news)
        if "application_ack" in best and credit > best["application_ack"][0]:
            best["application_ack"] = (credit, candidates[k])
        strongest = max(strongest, thanks)
    best["other"] = (1.0 - strongest, "")
    return best


def _decide(item: _Prepared, model_probs: dict[str, float], rules: Rules, rows, kinds,
            learned: bool = False, recalled: list | None = None) -> Classification:
    sc = rules.scoring
    footer_from = None if item.body_end is None else item.body_end + bool(item.subject)
    msg = rules.prepare(([item.subject] if item.subject else []) + item.sentences, item.subject, item.sender,
                        item.language, footer_from)
    rule_scores, hits = rules.score(rules.labels, msg)
    if recalled:
        from onward.mail.classify.memory import deciding_recall, lesson_scores, overruled

        overruled(rule_scores, hits, recalled, item.candidates)
    # A letter to many or to the reader as the one who hires states no news of the reader's own candidacy anywhere.
    whole = "in a letter to many" if item.many else "in a letter to the one who hires" if item.hiring else ""
    held = HIRED if item.hiring else STATED
    theirs = _not_the_readers(rule_scores, hits, rules, item.language, whole, held)
    if rows is not None:
        rows, shown = _theirs(rows, kinds, item.candidates, item.language, bool(whole), held)
        theirs = theirs or shown
    best = _best_sentences(rows, kinds, item.candidates, sc["thanks_as_ack"]) if rows is not None else {}
    for label, found in hits.items():
        missing = next((h for h in found if not h.sentence and h.weight < 0), None)
        if missing:
            # A sentence the sentence model takes for this label, though no phrase rule lists it, lifts the penalty
            # for a label without a clear sentence: fully from `sentence_evidence` up, in part below.
            lifted = min(1.0, best.get(label, (0.0, ""))[0] / sc["sentence_evidence"])
            if lifted > 0:
                rule_scores[label] -= missing.weight * lifted
                found.remove(missing)
                if lifted < 1:
                    found.append(Hit(label, missing.weight * (1 - lifted), missing.phrase, ""))
    # After the lifting above: a sentence the model finds like an invitation does not make business mail job mail.
    # A decision on the reader's application, though, names the application however few job words surround it
    # ("we've gone another way", "your result did not meet the pass mark"): when a rule finds its words, rejection
    # keeps its score as surely as the sentence model reads one. (The sentence model alone also hears a decision
    # in "the position was reduced by close".)
    section = rules.labels.get("rejection")
    said = section is not None and any(h.weight >= section.min_evidence for h in hits.get("rejection", ()))
    # A decision about something other than a job (a loan, a flat, a place on a course) names no application of
    # the job search's: it keeps no rejection score.
    decided = _decision(best, sc) if said and not item.elsewhere else 0.0
    if said and rule_scores["rejection"] >= section.min_evidence:
        _furniture(rule_scores, hits, best, sc["decided_ack_share"])
    if any(h.weight >= sc["stated_news"] and h.note != "in the footer"
           for name, found in hits.items() if name != "other" for h in found):
        _frame(rule_scores, hits, sc["stated_footer_share"])
    _job_words(item, rules, rule_scores, hits, decided)
    if item.approach is not None:
        _approach(item.approach, sc, rule_scores, hits, said)
    floor = sc["sentence_floor"]
    english = item.language in (None, "en")
    model_weight = sc["model_weight"] if english else sc["other_language_model_weight"]
    sentence_weight = sc["sentence_weight"] if english else sc["other_language_sentence_weight"]
    if learned:
        model_weight *= sc["learned_model_factor"]
    combined = {
        label: model_weight * math.log(max(model_probs.get(label, 0.0), 1e-6))
        + (sentence_weight * math.log(best[label][0] + floor) if label in best else 0.0)
        + rule_scores.get(label, 0.0)
        for label in LABELS
    }
    if item.no_job_words:
        # Mail the import's screen would not let through says nothing of an application, an interview or an
        # offer of the reader's (work mail about offers, positions and meetings, shops, newsletters); the fewer
        # its job words, the surer.
        for label in LABELS:
            if label != "other":
                combined[label] -= sc["no_context_penalty"] * item.no_job_words * (
                    1.0 - decided if label == "rejection" else 1.0)
                if item.elsewhere:
                    combined[label] -= sc["elsewhere_penalty"]
    if item.many:
        # A letter to many readers (a circular, a club's notice) tells the group's news: its shortlists, tests and
        # "not eligible" are no news of the reader's own application.
        for label in LABELS:
            if label != "other":
                combined[label] -= sc["to_many_penalty"]
    if item.hiring:
        # A letter to the one who hires (a shortlist for the reader's vacancy, a scorecard, hiring software): the
        # interviews and offers it speaks of are the candidates'.
        for label in LABELS:
            if label != "other":
                combined[label] -= sc["hiring_penalty"]
    taught = lesson_scores(recalled) if recalled else {}
    for label, score in taught.items():
        combined[label] += score
    probs = _softmax(combined, sc["temperature"])
    ranked = sorted(probs, key=probs.get, reverse=True)
    label, second = ranked[0], ranked[1]
    confidence = probs[label]
    evidence = [
        "model: " + ", ".join(f"{k} {v:.2f}" for k, v in sorted(model_probs.items(), key=lambda kv: -kv[1])[:3])
    ]
    deciding = []
    lesson = deciding_recall(recalled, item.candidates, label) if recalled else None
    if lesson is not None:
        recall, sentence = lesson
        evidence.append(f'lesson {label} {recall.strength:.2f}: "{_short(sentence)}" is like '
                        f'"{_short(recall.lesson.sentence)}" (similarity {recall.similarity:.2f}), which you marked '
                        f"{label} on {recall.lesson.reviewed_on} (message {recall.lesson.message_id})")
        deciding.append(sentence)
    if label in best and best[label][1] and best[label][0] >= DECIDING_SENTENCE:
        p, sentence = best[label]
        evidence.append(f'sentence {label} {p:.2f}: "{_short(sentence)}"')
        if sentence not in deciding:
            deciding.append(sentence)
    if probs[label] - probs[second] < sc["close_margin"] and confidence > sc["close_cap"]:
        confidence = sc["close_cap"]
    if probs[label] - probs[second] < sc["close_margin"]:
        evidence.append(f"close call: {label} {probs[label]:.2f} against {second} {probs[second]:.2f}")
    if item.elsewhere:
        evidence.append(f'about something other than a job ("{item.elsewhere}"), and no word naming one')
    elif item.no_job_words:
        evidence.append("no words of a job search (an application, a candidacy, an interview with you)")
    if item.many:
        evidence.append(f'written to many ("{item.many}"), not about your own application')
    if item.context:
        evidence.append(f"context: {item.context}")
    if item.hiring:
        evidence.append(f'written to you as the one who hires ("{item.hiring}"), not about your own application')
    if theirs and not whole:
        evidence.append(f'about another person\'s candidacy, not yours: "{_short(theirs)}"')
    evidence += _describe(hits, label)
    deciding += [h.sentence for h in hits.get(label, ()) if h.weight > 0 and h.sentence and h.sentence not in deciding]
    result = Classification(label, confidence, evidence=evidence, scores=probs, deciding_sentences=deciding[:3],
                            language=item.language)
    if lesson is not None:
        result.learned_from = {"label": label, "reviewed_on": lesson[0].lesson.reviewed_on.isoformat(),
                               "message_id": lesson[0].lesson.message_id, "sentence": lesson[1]}
    if label == "rejection":
        _rejection_details(result, msg, rules)
    return result


def _not_the_readers(rule_scores: dict[str, float], hits: dict[str, list[Hit]], rules: Rules,
                     language: str | None, whole: str = "", held: tuple[str, ...] = STATED) -> str:
    """A phrase of a label stated about a candidate (candidacy.STATED) in a sentence about another person's
    candidacy (candidacy.anothers: "we have made her a conditional offer"), or anywhere in a letter written to many
    or to the reader as the one who hires (`whole` says which: "Dear Students, those shortlisted for the test are
    listed below", "here are the CVs I'd shortlist for your role"; the latter's interviews too, `held`), is no news
    of the reader's: it counts nothing, and a label whose clear phrase it was loses its section's `missing_penalty`
    as a label without one. Returns the first such sentence, or ""."""
    first = ""
    for name, found in hits.items():
        theirs = [h for h in found if name in held and h.weight > 0 and h.sentence
                  and (whole or anothers(h.sentence, language))]
        if not theirs:
            continue
        first = first or theirs[0].sentence
        for h in theirs:
            found.remove(h)
            rule_scores[name] -= h.weight
            found.append(Hit(name, 0.0, h.phrase, h.sentence, whole or "about another person's candidacy"))
        section = rules.labels.get(name)
        if (section is not None and section.missing_penalty and not any(h.weight >= section.min_evidence for h in found)
                and not any(not h.sentence and h.weight < 0 for h in found)):
            rule_scores[name] -= section.missing_penalty
            found.append(Hit(name, -section.missing_penalty, "no clear phrase for this label", ""))
    return first


def _theirs(rows, kinds: tuple[str, ...], candidates: list[str], language: str | None,
            whole: bool = False, held: tuple[str, ...] = STATED) -> tuple[object, str]:
    """The sentence readings without the labels stated about a candidate (`held`: candidacy.STATED, with interview
    in a letter to the one who hires) for the sentences about another person's candidacy, or for every sentence of
    a letter written to many or to the one who hires (`whole`; they state no news of the reader's), and the first
    such sentence the model read as such news (or "")."""
    mask = [whole or anothers(s, language) for s in candidates]
    if not any(mask):
        return rows, ""
    job = [j for j, kind in enumerate(kinds) if kind in held]
    rows = rows.copy()
    shown = ""
    for i, theirs in enumerate(mask):
        if theirs:
            if not shown and job and float(rows[i, job].max()) >= DECIDING_SENTENCE:
                shown = candidates[i]
            rows[i, job] = 0.0
    return rows, shown


def _furniture(rule_scores: dict[str, float], hits: dict[str, list[Hit]], best: dict[str, tuple[float, str]],
               share: float) -> None:
    """A message whose rules state a decision, after everything that argues against one (a delay, silence that
    means nothing yet), is that decision, however much thanks, receipt, review and keep-on-file furniture
    surrounds it: that furniture, in the rules and in the sentence the model likes best for an acknowledgement,
    counts only `share` of itself."""
    found = hits.get("application_ack", [])
    cut = sum(h.weight for h in found if h.weight > 0) * (1.0 - share)
    if cut > 0:
        rule_scores["application_ack"] -= cut
        found.append(Hit("application_ack", -cut, "a decision is stated; receipt and review are its frame", ""))
    if "application_ack" in best:
        p, sentence = best["application_ack"]
        best["application_ack"] = (p * share, sentence)


def _frame(rule_scores: dict[str, float], hits: dict[str, list[Hit]], share: float) -> None:
    """A letter whose own phrases state news of the reader's job search (a decision, an invitation, an application
    received) is that news, however much everyday mail its frame holds: below the letter's sign-off, or below a
    job board's one line about the application, the phrases of `other` (an app to download, other jobs to apply
    to, an unsubscribe line) count only `share` of themselves."""
    found = hits.get("other", [])
    cut = sum(h.weight for h in found if h.weight > 0 and h.note == "in the footer") * (1.0 - share)
    if cut > 0:
        rule_scores["other"] -= cut
        found.append(Hit("other", -cut, "the letter states its news; the footer and the jobs listed below are its "
                         "frame", ""))


def _decision(best: dict[str, tuple[float, str]], sc: dict) -> float:
    """How surely one sentence states a decision on the reader's application: 0 up to `decision_context`, 1 at
    certainty."""
    p = best.get("rejection", (0.0, ""))[0]
    return min(1.0, max(0.0, (p - sc["decision_context"]) / (1.0 - sc["decision_context"])))


def _job_words(item: _Prepared, rules: Rules, rule_scores: dict[str, float], hits: dict[str, list[Hit]],
               decided: float = 0.0) -> None:
    """Scheduling a call, making an offer or asking for an assessment is everyday business too: a label that only
    job-search mail can have loses its section's `job_words_penalty` when the message holds no word about a job at
    all (on top of `no_context_penalty`, which every job label loses as far as the words are missing). A rejection
    loses it only as far as no sentence states the decision (`decided`)."""
    if item.no_job_words < 1.0:
        return
    for name, section in rules.labels.items():
        penalty = section.job_words_penalty * (1.0 - decided if name == "rejection" else 1.0)
        if penalty:
            rule_scores[name] = rule_scores.get(name, 0.0) - penalty
            hits.setdefault(name, []).append(Hit(name, -penalty, "no word about a job or an application", ""))


def _approach(approach: Approach, sc: dict, rule_scores: dict[str, float], hits: dict[str, list[Hit]],
              decided: bool) -> None:
    """A role proposed to the reader, who has not applied, with a call or a reply asked for, is a recruiter's
    approach: recruiter outreach gains `approach_weight` (and `approach_principal_weight` more when the writer
    says whose role it is), and the call it proposes is no interview (`approach_interview_penalty`). Mail about an
    application already made, mail that asks the reader to hire, buy or partner, and mail written to many is none:
    outreach loses `approach_against`, and what its phrases found for it (a recruiter's title in the signature, "my
    client") counts nothing, for that is the writer's trade, not an approach to the reader. A letter that states a
    decision on the reader (`decided`: "I won't be able to put you forward") is no approach either, though it
    names the role and their CV."""
    out = "recruiter_outreach"
    if approach.proposed and not decided:
        gain = sc["approach_weight"] + (sc["approach_principal_weight"] if approach.principal else 0.0)
        rule_scores[out] = rule_scores.get(out, 0.0) + gain
        hits.setdefault(out, []).append(Hit(out, gain, approach.describe(), ""))
        cut = sc["approach_interview_penalty"]
        rule_scores["interview"] = rule_scores.get("interview", 0.0) - cut
        hits.setdefault("interview", []).append(Hit("interview", -cut, "a call about a role proposed to you, who "
                                                    "did not apply, is an approach", ""))
    elif approach.against:
        cut = sc["approach_against"] + sum(h.weight for h in hits.get(out, ()) if h.weight > 0)
        rule_scores[out] = rule_scores.get(out, 0.0) - cut
        hits.setdefault(out, []).append(Hit(out, -cut, f"not an approach to you: {approach.against}", ""))


def _short(sentence: str) -> str:
    return sentence if len(sentence) <= 160 else sentence[:157] + "..."


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
