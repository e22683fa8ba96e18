"""Where things built from shipped data are cached (the mail classifier's models, match's occupation index, skill
taxonomy and encoder tokenizer), and how a cache file is written (whole or not at all) and read (a damaged or
foreign one is built again, never an error). What `cached` builds is also shipped prebuilt, so that a new data
directory reads it instead of building it on first use."""

from __future__ import annotations

import gc
import gzip
import hashlib
import logging
import os
import pickle
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

import numpy as np

log = logging.getLogger(__name__)
T = TypeVar("T")

# What `cached` builds, built by scripts/build_prebuilt.py and shipped with the package (`family-key.pickle.gz`):
# the key in the name follows the content, so a file built from other data or code is never read, only passed by.
SHIPPED_DIR: Path | None = Path(__file__).with_name("data") / "prebuilt"


def cache_dir(data_root: Path | None = None) -> Path | None:
    """Where built things are cached; None when there is no usable data directory."""
    from onward.paths import data_dir

    try:
        return (Path(data_root).expanduser() if data_root else data_dir()) / "cache"
    except OSError:
        return None


def atomic_pickle(payload, path: Path) -> None:
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as fh:
            pickle.dump(payload, fh, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def replace_cached(payload, path: Path, family: str) -> None:
    """Cache `payload` at `path` and delete the older files of its family (other keys of the same model). A
    read-only data directory only costs training again next time."""
    try:
        atomic_pickle(payload, path)
        for stale in path.parent.glob(f"{family}-*.pickle"):
            if stale != path:
                stale.unlink(missing_ok=True)
    except OSError as exc:
        log.info("%s cache not written to %s: %s", family, path, exc)


def replace_cached_arrays(arrays: dict[str, Any], path: Path, family: str) -> None:
    """replace_cached for numpy arrays (an uncompressed .npz: read back without unpickling, in milliseconds)."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
        try:
            with os.fdopen(fd, "wb") as fh:
                np.savez(fh, **arrays)
            os.replace(tmp, path)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise
        for stale in path.parent.glob(f"{family}-*.npz"):
            if stale != path:
                stale.unlink(missing_ok=True)
    except OSError as exc:
        log.info("%s cache not written to %s: %s", family, path, exc)


def read_cached_arrays(path: Path) -> dict[str, np.ndarray] | None:
    """The arrays of a file replace_cached_arrays wrote, or None when it is missing or unreadable."""
    try:
        with np.load(path, allow_pickle=False) as found:
            return {name: found[name] for name in found.files}
    except FileNotFoundError:
        return None
    except Exception as exc:  # noqa: BLE001 - an unreadable cache is built again
        log.info("discarding unreadable cache %s: %s", path, exc)
        return None


def content_key(*parts: bytes | str) -> str:
    """A short hash of everything a cached thing is built from (data files, the code that builds it, library
    versions): a change to any of them names another file, so a stale one is never read."""
    digest = hashlib.blake2b(digest_size=12)
    for part in parts:
        raw = part.encode() if isinstance(part, str) else part
        digest.update(len(raw).to_bytes(8, "little"))
        digest.update(raw)
    return digest.hexdigest()


def cached(family: str, key: str, build: Callable[[], T], kind: type[T]) -> T:
    """What `build` returns, read from the cache file of `family` and `key` when a sound one is there (in the data
    directory, else shipped), else built and written to the data directory for the next process. The file holds
    the key with the value, and a value of another type is not taken: a file damaged, cut short or written by
    other code is built again."""
    directory = cache_dir()
    path = directory / f"{family}-{key}.pickle" if directory else None
    shipped = SHIPPED_DIR / f"{family}-{key}.pickle.gz" if SHIPPED_DIR else None
    for source in (path, shipped):
        if source is not None:
            found = _read(source)
            if isinstance(found, tuple) and len(found) == 2 and found[0] == key and isinstance(found[1], kind):
                return found[1]
    value = build()
    if path is not None:
        replace_cached((key, value), path, family)
    return value


def _read(path: Path) -> object:
    # Unpickling makes many small objects that all live on: the cyclic collector would walk them for nothing.
    collecting = gc.isenabled()
    gc.disable()
    try:
        raw = path.read_bytes()
        # A file this program wrote into the user's own data directory, or shipped with it.
        return pickle.loads(gzip.decompress(raw) if path.suffix == ".gz" else raw)  # noqa: S301
    except FileNotFoundError:
        return None
    except Exception as exc:  # noqa: BLE001 - an unreadable cache is built again
        log.info("discarding unreadable cache %s: %s", path, exc)
        return None
    finally:
        if collecting:
            gc.enable()
