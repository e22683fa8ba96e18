"""The classifier learns from the labels people confirm or correct in the review queue.

Each user gets their own model: the shipped corpus plus their confirmed messages, retrained in a background
thread after a review (training takes a while) and kept under the data directory. A saved model that no
longer loads is thrown away and retrained; until then the shipped model is used.
"""

from __future__ import annotations

import logging
import threading
from pathlib import Path

from django.conf import settings
from django.db import close_old_connections, transaction

from onward.mail.classify import load_model, save_model, train_model
from onward.mail.models import MailMessage

log = logging.getLogger(__name__)

_models: dict[int, object] = {}
_training: set[int] = set()
# Owners whose missing model was looked into by this process (see model_for).
_checked: set[int] = set()
_lock = threading.Lock()


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
    transaction.on_commit(lambda: threading.Thread(target=_retrain_thread, args=(owner,), daemon=True).start())
    return True


def _retrain_thread(owner) -> None:
    try:
        retrain(owner)
    except Exception:
        log.exception("Retraining the mail classifier failed; the previous model stays in use")
    finally:
        with _lock:
            _training.discard(owner.pk)
        close_old_connections()
