"""What a person taught the sentence model: the deciding sentences of the messages they confirmed or corrected.

The shipped sentence model knows the language packs' example sentences. A person's review says what one of
their own messages meant; the sentence that carried that meaning is remembered with their label (its
embedding, from the same encoder). A sentence of a new message that is close to a remembered one is read as
the person read it: its probabilities lean towards their label, in proportion to how close it is, and the label
gains MEMORY_WEIGHT at most. The classification records which lesson decided it, so the reason can say
"like a message you marked as a rejection on 3 May".

Which sentences are remembered (see `lesson_sentences`):
- for a job label, the sentences the shipped model finds most like that label (a corrected rejection's
  "the panel chose someone else"), never the thanks, greetings and signatures around it, which every kind
  of mail from that company shares;
- for "not job-related", the sentences that made the message look like job mail.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field, replace

import numpy as np

from onward.mail.classify.labels import LABELS
from onward.mail.classify.sentences import MAX_SENTENCE_CHARS

# Cosine similarity of two sentences' embeddings: the same sentence with other names is about 0.9, a
# paraphrase 0.6 to 0.8, a different statement about the same application ("we received it" against "we
# will not go on") about 0.5. No lesson below MEMORY_LOW; the full lesson from MEMORY_HIGH.
MEMORY_LOW = 0.55
MEMORY_HIGH = 0.8
# A narrow lesson is about one message's own wording: a confirmation (the shipped model reads it so already), or a
# sentence the shipped model read confidently as something else, or found nothing of the person's label in. It
# applies only to the same sentence with other names, from NARROW_LOW, fully from NARROW_HIGH; a paraphrase keeps
# the shipped reading. (On the dev inboxes, paraphrase-wide corrections against a confident reading turned right
# rejections into acknowledgements.)
NARROW_LOW = 0.8
NARROW_HIGH = 0.9
# The shipped model is confident about a sentence from this probability of one kind.
CONFIDENT = 0.5
# The most a lesson adds to its label's score (the scale of a strong phrase rule in rules.toml): a person's
# label for the same sentence outweighs what the shipped examples suggest.
MEMORY_WEIGHT = 5.0
# A confirmation only makes Onward surer of what it read already: it adds less, so that a sentence it shares with
# mail of another kind (a job title, a thanks with the role in it) does not turn that mail.
CONFIRMED_WEIGHT = 2.0
# A lesson this strong is named as the reason for the label.
MEMORY_REASON = 0.5
# At most this many sentences are remembered per reviewed message.
PER_MESSAGE = 2
# Below this probability of the person's label in every sentence, the shipped model saw none of it.
UNSEEN = 0.1
# A sentence counts as a thanks, greeting or signature when the shipped model gives "thanks" and "neutral" together
# this much.
NEUTRAL = 0.5
# For "not job-related": a sentence argued for a job label when the job kinds together had this much.
JOB_LOOKING = 0.2
# Two remembered sentences this close say the same thing: the later review wins.
SAME_SENTENCE = 0.95


@dataclass(frozen=True)
class Lesson:
    """One remembered sentence: the person's label for it, and the review it came from."""

    sentence: str
    label: str
    message_id: int
    reviewed_on: dt.date
    narrow: bool = False
    # What the lesson adds to its label at full strength.
    weight: float = MEMORY_WEIGHT


@dataclass
class Recall:
    """The nearest lesson to one sentence of a new message, and how strongly it applies (0 to 1)."""

    lesson: Lesson
    similarity: float
    strength: float


@dataclass
class Memory:
    lessons: list[Lesson]
    embeddings: np.ndarray  # (len(lessons), dim) float32, unit length
    _labels: np.ndarray = field(init=False, repr=False)

    def __post_init__(self):
        self.embeddings = np.asarray(self.embeddings, dtype=np.float32)
        self._labels = np.array([LABELS.index(lesson.label) for lesson in self.lessons], dtype=np.int64)
        narrow = np.array([lesson.narrow for lesson in self.lessons], dtype=bool)
        self._low = np.where(narrow, NARROW_LOW, MEMORY_LOW).astype(np.float32)
        self._span = np.where(narrow, NARROW_HIGH - NARROW_LOW, MEMORY_HIGH - MEMORY_LOW).astype(np.float32)

    def __len__(self) -> int:
        return len(self.lessons)

    def recall(self, embeddings: np.ndarray) -> list[Recall | None]:
        """For each sentence (rows of `embeddings`, unit length), its nearest lesson, or None when none is close."""
        if not self.lessons or len(embeddings) == 0:
            return [None] * len(embeddings)
        sims = np.asarray(embeddings, dtype=np.float32) @ self.embeddings.T
        strengths = np.clip((sims - self._low) / self._span, 0.0, 1.0)
        best = strengths.argmax(axis=1)
        return [Recall(self.lessons[k], float(sims[i, k]), float(strengths[i, k])) if strengths[i, k] > 0 else None
                for i, k in enumerate(best)]


def apply_lessons(rows: np.ndarray, kinds: tuple[str, ...], recalled: list[Recall | None]) -> np.ndarray:
    """The sentence probabilities with each recalled lesson applied: a sentence like one the person labelled
    leans towards their label, fully when it is the same sentence."""
    rows = np.array(rows, dtype=np.float32, copy=True)
    for i, r in enumerate(recalled):
        if r is not None:
            rows[i] *= 1.0 - r.strength
            rows[i, kinds.index(r.lesson.label)] += r.strength
    return rows


def lesson_scores(recalled: list[Recall | None]) -> dict[str, float]:
    """What the lessons add to each label's score: the strongest lesson of that label, times its weight."""
    out: dict[str, float] = {}
    for r in recalled:
        if r is not None:
            out[r.lesson.label] = max(out.get(r.lesson.label, 0.0), r.lesson.weight * r.strength)
    return out


def overruled(rule_scores: dict[str, float], hits: dict[str, list], recalled: list[Recall | None],
              candidates: list[str]) -> None:
    """A phrase rule that found its label in a sentence the person labelled otherwise counts for that much less
    (all of it for the same sentence): they said what the sentence means."""
    taught = {s: r for s, r in zip(candidates, recalled, strict=True) if r is not None}
    for label, found in hits.items():
        for k, hit in enumerate(found):
            r = taught.get(hit.sentence[:MAX_SENTENCE_CHARS]) if hit.sentence else None
            if r is not None and r.lesson.label != label and hit.weight > 0:
                rule_scores[label] -= hit.weight * r.strength
                note = f"overruled by your lesson {r.lesson.label} ({r.strength:.2f})"
                found[k] = replace(hit, weight=hit.weight * (1 - r.strength),
                                   note=f"{hit.note}; {note}" if hit.note else note)


def deciding_recall(recalled: list[Recall | None], candidates: list[str], label: str) -> tuple[Recall, str] | None:
    """The strongest lesson for `label` and the new message's sentence it matched, if strong enough to be the
    reason."""
    found = [(r, s) for r, s in zip(recalled, candidates, strict=True)
             if r is not None and r.lesson.label == label and r.strength >= MEMORY_REASON]
    return max(found, key=lambda rs: rs[0].strength) if found else None


def lesson_sentences(item: dict, pool: list[str], subject: str, rows: np.ndarray, kinds: tuple[str, ...],
                     nearest: np.ndarray) -> list[tuple[int, bool]]:
    """Which sentences of a reviewed message carry the person's label: (index into `pool`, narrow) pairs.
    `pool` is its candidate sentences, then those that decided the label Onward gave it; `rows` the shipped
    sentence model's probabilities for them, `nearest` their similarity to its closest example of the person's
    label."""
    label, given = item["label"], item.get("given")
    neutral = rows[:, kinds.index("neutral")]
    if "thanks" in kinds:
        neutral = neutral + rows[:, kinds.index("thanks")]
    # Never the thanks, greetings and sign-offs, even where they decided Onward's label.
    decided = [i for i, s in enumerate(pool) if s in (item.get("deciding") or ()) and neutral[i] < NEUTRAL]
    job = [kinds.index(k) for k in LABELS if k != "other"]

    def narrow(i: int) -> bool:
        # The shipped model read it confidently as another kind of job mail (for "not job-related": as job mail).
        return any(rows[i, k] >= CONFIDENT for k in job if kinds[k] != label)

    if label == "other":
        # What made it look like job mail: the sentences that decided Onward's label, then the job-looking ones.
        looked = rows[:, job].sum(axis=1)
        order = decided + [int(i) for i in np.argsort(-looked, kind="stable")
                           if looked[i] >= JOB_LOOKING and int(i) not in decided]
        # Mail taken for not job-related is dropped unseen: that lesson holds for the same wording only.
        return [(i, True) for i in order[:PER_MESSAGE]]
    if label == given and decided:
        # A confirmation: the shipped model reads it so already; the same wording is only read more surely.
        return [(i, True) for i in decided[:PER_MESSAGE]]
    p = rows[:, kinds.index(label)]
    stated = [int(i) for i in np.argsort(-p, kind="stable") if neutral[i] < NEUTRAL]
    if not stated:
        return []
    if p[stated[0]] < UNSEEN:
        # The shipped model saw nothing of the label anywhere (that is what the person corrects): the body's
        # sentence closest to any example of the label, remembered for this wording only.
        body = [i for i in stated if pool[i] != subject] or stated
        return [(max(body, key=lambda i: (float(nearest[i]), -i)), True)]
    return [(i, narrow(i)) for i in (stated[:1] + [i for i in stated[1:] if p[i] >= 0.5])[:PER_MESSAGE]]


def lessons_for(reviewed: list[dict], sentence_model) -> list[list[tuple[Lesson, np.ndarray]]]:
    """The lessons of each reviewed message with their embeddings. Each item is a dict with subject, body, label
    (the person's), id, reviewed_on, and given and deciding (Onward's label and the sentences that decided it,
    when known). The encoder reads all their sentences in one batch."""
    from onward.mail.classify.sentences import candidate_sentences
    from onward.mail.classify.text import normalise, sentences

    pools, subjects = [], []
    for item in reviewed:
        subject = normalise(item.get("subject") or "")
        pool = candidate_sentences(subject, sentences(normalise(item.get("body") or ""))) \
            if item.get("label") in LABELS else []
        if pool:
            pool += [s for s in item.get("deciding") or () if isinstance(s, str) and s.strip() and s not in pool]
        pools.append(pool)
        subjects.append(subject)
    flat = [s for pool in pools for s in pool]
    rows, emb = sentence_model.predict_embedded(flat) if flat else (None, None)
    out, at = [], 0
    for item, pool, subject in zip(reviewed, pools, subjects, strict=True):
        n = len(pool)
        chosen = lesson_sentences(item, pool, subject, rows[at : at + n], sentence_model.kinds,
                                  sentence_model.nearest(emb[at : at + n], item["label"])) if n else []
        weight = CONFIRMED_WEIGHT if item["label"] == item.get("given") else MEMORY_WEIGHT
        out.append([(Lesson(pool[i], item["label"], item["id"], item["reviewed_on"], narrow, weight), emb[at + i])
                     for i, narrow in chosen])
        at += n
    return out


def memory_of(taught: list[tuple[Lesson, np.ndarray]]) -> Memory:
    """A memory from lessons in the order they were taught: of two that say the same thing, the later stays."""
    if not taught:
        return Memory([], np.zeros((0, 0), dtype=np.float32))
    vectors = np.array([v for _, v in taught], dtype=np.float32)
    sims = vectors @ vectors.T
    kept: list[int] = []
    for i in range(len(taught) - 1, -1, -1):
        if not kept or sims[i, kept].max() < SAME_SENTENCE:
            kept.append(i)
    kept.reverse()
    return Memory([taught[i][0] for i in kept], vectors[kept])
