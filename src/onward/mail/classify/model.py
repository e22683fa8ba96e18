"""The learned half of the classifier: TF-IDF and logistic regression over the project's own corpus.

The model is never shipped as a binary. It is trained from data/corpus.jsonl.gz on first use (a few
seconds) and cached under the data directory, keyed by the corpus hash, the extra examples and the
library version; a cache that does not load is thrown away and rebuilt.
"""

from __future__ import annotations

import gzip
import hashlib
import inspect
import json
import logging
import pickle
import re
import threading
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from functools import cache
from importlib.metadata import version
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np

from onward.core.cache import atomic_pickle, cache_dir, replace_cached
from onward.core.errors import OnwardError
from onward.mail.classify.labels import LABELS
from onward.mail.classify.languages import Packs, fill, load_packs
from onward.mail.classify.stems import stem_text
from onward.mail.classify.text import normalise

if TYPE_CHECKING:
    from sklearn.pipeline import Pipeline

log = logging.getLogger(__name__)

CORPUS_PATH = Path(__file__).parent / "data" / "corpus.jsonl.gz"
# Bump when the features or the stored layout change, so old caches are rebuilt rather than misread.
FORMAT_VERSION = 4
MODEL_CHARS = 3000
# A confirmed correction counts as this many corpus examples: one person's mail outweighs templates.
EXTRA_WEIGHT = 8.0


class TrainingError(OnwardError):
    """Training examples that cannot be used; the message names the bad one."""


@dataclass
class Model:
    """The trained model as numbers: what scikit-learn's TF-IDF and logistic regression compute at prediction,
    kept without them, so that reading mail never loads scikit-learn (about 95 MB); training still uses it."""

    vocabulary: dict[str, int]
    idf: np.ndarray  # (features,) float32
    coef: np.ndarray  # (classes, features) float32, as fitted on float32 features
    intercept: np.ndarray  # (classes,) float32
    classes: tuple[str, ...]
    labels: tuple[str, ...]
    key: str
    n_examples: int
    n_extra: int
    meta: dict = field(default_factory=dict)

    @classmethod
    def from_pipeline(cls, pipeline: Pipeline, labels: tuple[str, ...], key: str, n_examples: int, n_extra: int,
                      meta: dict) -> Model:
        tfidf, clf = pipeline.named_steps["tfidf"], pipeline.named_steps["clf"]
        return cls({str(term): int(i) for term, i in tfidf.vocabulary_.items()},
                   np.asarray(tfidf.idf_, dtype=np.float32), np.asarray(clf.coef_), np.asarray(clf.intercept_),
                   tuple(str(c) for c in clf.classes_), labels, key, n_examples, n_extra, meta)

    def decision(self, text: str) -> np.ndarray:
        """LogisticRegression.decision_function of TfidfVectorizer(sublinear_tf=True, dtype=float32).transform,
        for one text, computed as they compute it (the same types, the same order of sums), so the numbers are
        theirs to the last bit: lower-cased words of two or more word characters, 1 + log(count) times the
        word's idf, the row scaled to length one, then each class's weights summed over the row's words."""
        counts: dict[int, int] = {}
        for token in _TOKEN.findall(text.lower()):
            index = self.vocabulary.get(token)
            if index is not None:
                counts[index] = counts.get(index, 0) + 1
        if not counts:
            return self.intercept.copy()
        columns = np.array(sorted(counts), dtype=np.intp)
        data = np.array([counts[i] for i in columns], dtype=np.float32)
        np.log(data, out=data)
        data += 1.0
        data *= self.idf[columns]
        data /= np.sqrt(np.cumsum(data * data, dtype=np.float64)[-1])
        return np.cumsum(data[:, None] * self.coef_t[columns], axis=0)[-1] + self.intercept

    def predict_proba(self, texts: list[str]) -> list[dict[str, float]]:
        if not texts:
            return []
        # LogisticRegression.predict_proba for several classes: the softmax of the decision function.
        z = np.array([self.decision(text) for text in texts])
        z -= z.max(axis=1, keepdims=True)
        np.exp(z, out=z)
        z /= z.sum(axis=1, keepdims=True)
        return [{label: float(row[self.classes.index(label)]) if label in self.classes else 0.0
                 for label in self.labels} for row in z]

    @property
    def coef_t(self) -> np.ndarray:
        return self.coef.T


# TfidfVectorizer's default token_pattern.
_TOKEN = re.compile(r"(?u)\b\w\w+\b")


def model_input(subject: str, body: str, language: str | None) -> str:
    """What the model reads, from normalised text: the opening of a message says what it is about, while
    footers and job listings come last. Words are read as their stems in the message's language, so the same
    words inflected or lemmatised (as some exporters leave mail) count as one. Text too short to tell its
    language for sure is stemmed in the language its words most look like, if any."""
    text = f"{subject}\n{body}"[:MODEL_CHARS]
    if language is None:
        language = load_packs().detect(text[:1500], min_words=1, min_ratio=0.0)[0]
    return stem_text(text, language)


def model_text(subject: str | None, body: str | None, language: str | None = None) -> str:
    return model_input(normalise(subject or ""), normalise(body or ""), language)


def load_corpus(path: Path = CORPUS_PATH) -> list[dict]:
    with gzip.open(path, "rt", encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def pack_messages(packs: Packs, per_kind: int = 60) -> list[dict]:
    """Short messages in every pack language, so the model knows their words: a neutral opening, one to two
    sentences of a label, sometimes a neutral closing. Deterministic."""
    import random


    rng = random.Random(11)
    out = []
    for pack in packs.packs:
        if pack.code == "en":
            continue  # the generated corpus covers English far better
        neutral = pack.sentences.get("neutral", ()) + pack.sentences.get("thanks", ())
        for kind, items in pack.sentences.items():
            if kind == "neutral" or not items:
                continue
            # A thank-you for applying and nothing more is the acknowledgement.
            label = "application_ack" if kind == "thanks" else kind
            for _ in range(per_kind):
                parts = []
                if neutral and rng.random() < 0.7:
                    parts.append(rng.choice(neutral))
                parts += rng.sample(items, min(len(items), rng.randint(1, 2)))
                if neutral and rng.random() < 0.5:
                    parts.append(rng.choice(neutral))
                body = "\n".join(fill(p, pack.fills, rng) for p in parts)
                out.append({"subject": "", "body": body, "label": label, "language": pack.code})
    return out


def _check_extra(extra_examples: Iterable[Mapping], labels: tuple[str, ...]) -> list[dict]:
    checked = []
    for i, ex in enumerate(extra_examples, 1):
        label = ex.get("label")
        if label not in labels:
            raise TrainingError(f"extra example {i}: label {label!r} is not one of {', '.join(labels)}")
        if not (ex.get("body") or ex.get("subject")):
            raise TrainingError(f"extra example {i} has neither a subject nor a body")
        checked.append({"subject": ex.get("subject") or "", "body": ex.get("body") or "", "label": label})
    return checked


@cache
def _sklearn_version() -> str:
    return version("scikit-learn")


def _make_pipeline() -> Pipeline:
    # Imported here: scikit-learn takes a second to load, and importing this package should not cost that.
    import numpy as np
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.linear_model import LogisticRegression
    from sklearn.pipeline import Pipeline

    return Pipeline([
        ("tfidf", TfidfVectorizer(ngram_range=(1, 1), sublinear_tf=True, max_features=80_000, dtype=np.float32)),
        ("clf", LogisticRegression(C=4.0, max_iter=300, class_weight="balanced")),
    ])


def model_key(extra: list[dict], corpus_path: Path = CORPUS_PATH) -> str:
    """Changes whenever the training data, the settings or the library change, so a cache is never stale."""
    digest = hashlib.sha256()
    digest.update(f"format={FORMAT_VERSION};sklearn={_sklearn_version()};chars={MODEL_CHARS};".encode())
    # The pipeline as written (not built: that would load scikit-learn just to check a cache).
    digest.update(inspect.getsource(_make_pipeline).encode())
    digest.update(corpus_path.read_bytes())
    digest.update(load_packs().digest.encode())
    digest.update(json.dumps(extra, sort_keys=True).encode())
    return digest.hexdigest()[:16]


def train_model(extra_examples: Iterable[Mapping] = (), *, corpus_path: Path = CORPUS_PATH) -> Model:
    """Train on the shipped corpus plus examples a person confirmed (dicts with subject, body, label)."""
    extra = _check_extra(extra_examples, LABELS)
    corpus = load_corpus(corpus_path) + pack_messages(load_packs())
    rows = corpus + extra
    texts = [model_text(r.get("subject"), r.get("body"), r.get("language")) for r in rows]
    labels = [r["label"] for r in rows]
    weights = [1.0] * len(corpus) + [EXTRA_WEIGHT] * len(extra)
    pipeline = _make_pipeline()
    pipeline.fit(texts, labels, clf__sample_weight=weights)
    return Model.from_pipeline(pipeline, LABELS, model_key(extra, corpus_path), len(rows), len(extra),
                               {"sklearn": _sklearn_version(), "format": FORMAT_VERSION})


def save_model(model: Model, path: Path) -> None:
    """Write atomically: a reader sees the old file or the new one, never half of one."""
    atomic_pickle(_payload(model), path)


def _payload(model: Model) -> dict:
    return {"format": FORMAT_VERSION, "sklearn": _sklearn_version(), "model": model}


def load_model(path: Path) -> Model | None:
    """The saved model, or None when it is missing, damaged or from another version: the caller retrains."""
    try:
        with open(path, "rb") as fh:
            # The file is one this program wrote into the user's own data directory.
            payload = pickle.load(fh)  # noqa: S301
    except FileNotFoundError:
        return None
    except Exception as exc:  # noqa: BLE001 - any unreadable cache is simply rebuilt
        log.info("discarding unreadable classifier cache %s: %s", path, exc)
        return None
    if (
        not isinstance(payload, dict)
        or payload.get("format") != FORMAT_VERSION
        or payload.get("sklearn") != _sklearn_version()
        or not isinstance(payload.get("model"), Model)
    ):
        return None
    return payload["model"]


_default: Model | None = None
_lock = threading.Lock()


def default_model(data_root: Path | None = None) -> Model:
    """The model trained on the shipped corpus: from memory, else the disk cache, else trained now.
    `data_root` overrides the data directory whose cache/ folder holds the trained model."""
    global _default
    with _lock:
        if _default is not None:
            return _default
        key = model_key([])
        directory = cache_dir(data_root)
        path = directory / f"mail-classifier-{key}.pickle" if directory else None
        model = load_model(path) if path else None
        if model is None or model.key != key:
            model = train_model()
            if path is not None:
                replace_cached(_payload(model), path, "mail-classifier")
        _default = model
        return model
