"""Where the classifier's trained models are cached, and how a cache file is written (whole or not at all)."""

from __future__ import annotations

import logging
import os
import pickle
import tempfile
from pathlib import Path

log = logging.getLogger(__name__)


def cache_dir(data_root: Path | None = None) -> Path | None:
    """Where the trained models are cached; None when there is no usable data directory."""
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
