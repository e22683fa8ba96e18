"""The classifier learns from the labels people confirm or correct in the review queue, in two ways.

- The message model: each user gets their own, the shipped corpus plus their confirmed messages, retrained in
  a background thread after a review (training takes a while) and kept under the data directory. A saved model
  that no longer loads is thrown away and retrained; until then the shipped model is used.
- The sentence model: the sentences that carried each reviewed message's label are remembered with the
  person's label (onward.mail.classify.memory), so a new message saying the same is read as they read it, and
  its reason names their review. The lessons are worked out from the reviewed messages themselves when an
  import needs them (a few milliseconds a message, each only once: they are kept under the data directory),
  so a restore from an export, or a correction made in another process, teaches the next import.
"""

from __future__ import annotations

import datetime as dt
import logging
import pickle
import threading
from pathlib import Path

from django.conf import settings
from django.db import close_old_connections, transaction

from onward.core.cache import atomic_pickle
from onward.mail.classify import load_model, save_model, train_model
from onward.mail.models import MailMessage

log = logging.getLogger(__name__)

_models: dict[int, object] = {}
_training: set[int] = set()
_threads: dict[int, threading.Thread] = {}
# Owners whose missing model was looked into by this process (see model_for).
_checked: set[int] = set()
# Per owner: the reviews a memory was made from, and the memory.
_memories: dict[int, tuple] = {}
_lock = threading.Lock()
# Bump when the way lessons are chosen changes, so kept lessons are worked out again.
LESSONS_FORMAT = 3


def confirmed_examples(owner) -> list[dict]:
    rows = (
        MailMessage.objects.filter(owner=owner).exclude(reviewed_label="").order_by("id")
        .values_list("subject", "body", "sender", "reviewed_label")
    )
    return [{"subject": s, "body": b, "sender": f, "label": label} for s, b, f, label in rows]


def model_path(owner) -> Path:
    return Path(settings.DATA_DIR) / "cache" / "mail-learned" / f"owner-{owner.pk}.pickle"


def model_for(owner):
    """The owner's retrained model, or None for the shipped one (nothing confirmed yet, or being retrained)."""
    with _lock:
        if owner.pk in _models:
            return _models[owner.pk]
    path = model_path(owner)
    if not path.exists():
        # Corrections without a model (restored from an export on a new machine, or a retrain cut short):
        # train from them, once per process.
        with _lock:
            first_look = owner.pk not in _checked
            _checked.add(owner.pk)
        if first_look and MailMessage.objects.filter(owner=owner).exclude(reviewed_label="").exists():
            retrain_in_background(owner)
        return None
    model = load_model(path)
    if model is None:
        path.unlink(missing_ok=True)
        retrain_in_background(owner)
        return None
    with _lock:
        _models[owner.pk] = model
    return model


def retrain(owner):
    """Train on the shipped corpus plus this owner's confirmed messages and save it; None if there are none."""
    examples = confirmed_examples(owner)
    if not examples:
        return None
    model = train_model(examples)
    save_model(model, model_path(owner))
    with _lock:
        _models[owner.pk] = model
    return model


def retrain_in_background(owner) -> bool:
    """Start retraining after the current transaction commits; False when it is already running."""
    with _lock:
        if owner.pk in _training:
            return False
        _training.add(owner.pk)
    transaction.on_commit(lambda: _start(owner))
    return True


def _start(owner) -> None:
    thread = threading.Thread(target=_retrain_thread, args=(owner,), daemon=True)
    with _lock:
        _threads[owner.pk] = thread
    thread.start()


def wait(owner) -> bool:
    """Wait for the owner's retraining, if one is running; True if one was. A command ends its process, and
    with it a background thread: it waits, so what it started is saved."""
    with _lock:
        thread = _threads.get(owner.pk)
    if thread is None or not thread.is_alive():
        return False
    thread.join()
    return True


def training(owner) -> bool:
    with _lock:
        thread = _threads.get(owner.pk)
    return thread is not None and thread.is_alive()


def _retrain_thread(owner) -> None:
    try:
        retrain(owner)
    except Exception:
        log.exception("Retraining the mail classifier failed; the previous model stays in use")
    finally:
        with _lock:
            _training.discard(owner.pk)
        close_old_connections()


def lessons_path(owner) -> Path:
    return Path(settings.DATA_DIR) / "cache" / "mail-learned" / f"owner-{owner.pk}-lessons.pickle"


def memory_for(owner):
    """What the owner taught the sentence model by reviewing (a classify.memory.Memory), or None before their
    first review. A failure
    here only costs the lessons: the import goes on with the shipped models."""
    try:
        return _memory_for(owner)
    except Exception:
        log.exception("Reading what the review queue taught failed; importing without it")
        return None


def _memory_for(owner):
    import numpy as np

    from onward.mail.classify.memory import lessons_for, memory_of
    from onward.mail.classify.sentences import default_sentence_model

    reviews = tuple(
        (pk, label, (at or sent).date().isoformat())
        for pk, label, at, sent in MailMessage.objects.filter(owner=owner).exclude(reviewed_label="")
        .order_by("reviewed_at", "id").values_list("id", "reviewed_label", "reviewed_at", "sent_at")
    )
    if not reviews:
        return None
    with _lock:
        known = _memories.get(owner.pk)
    if known is not None and known[0] == reviews:
        return known[1]
    sentence_model = default_sentence_model()
    key = (LESSONS_FORMAT, sentence_model.key)
    kept = _load_lessons(owner, key)
    missing = [r for r in reviews if r not in kept]
    if missing:
        rows = MailMessage.objects.filter(owner=owner, pk__in=[r[0] for r in missing]).in_bulk()
        items = [{"id": pk, "label": label, "reviewed_on": dt.date.fromisoformat(on), "subject": rows[pk].subject,
                  "body": rows[pk].body, "given": rows[pk].label,
                  "deciding": (rows[pk].classification or {}).get("deciding_sentences") or []}
                 for pk, label, on in missing]
        for review, taught in zip(missing, lessons_for(items, sentence_model), strict=True):
            kept[review] = [(lesson, vector.astype(np.float16)) for lesson, vector in taught]
        kept = {r: kept[r] for r in reviews}
        try:
            atomic_pickle({"key": key, "lessons": kept}, lessons_path(owner))
        except OSError as exc:  # a read-only data directory only costs working them out again
            log.info("lessons not kept in %s: %s", lessons_path(owner), exc)
    memory = memory_of([(lesson, vector.astype(np.float32)) for r in reviews for lesson, vector in kept[r]])
    with _lock:
        _memories[owner.pk] = (reviews, memory)
    return memory


def _load_lessons(owner, key) -> dict:
    try:
        with open(lessons_path(owner), "rb") as fh:
            # A file this program wrote into the user's own data directory.
            payload = pickle.load(fh)  # noqa: S301
    except FileNotFoundError:
        return {}
    except Exception as exc:  # noqa: BLE001 - unreadable lessons are worked out again
        log.info("discarding unreadable lessons %s: %s", lessons_path(owner), exc)
        return {}
    if not isinstance(payload, dict) or payload.get("key") != key or not isinstance(payload.get("lessons"), dict):
        return {}
    return payload["lessons"]
