"""Locks between processes that share a data folder (the CLI, the web app, background work).

First-run set-up (migrations) and imports take one, so a second process waits for the first instead of
crashing on half-made tables or rows the first one is writing.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

from filelock import FileLock, Timeout

from onward.core.errors import OnwardError

# Long enough for the largest import; after that the second process gives up with a clear message.
WAIT_SECONDS = 600


class Busy(OnwardError):
    """Another process held the lock for longer than we waited."""


@contextmanager
def data_dir_lock(name: str, *, waiting: Callable[[], None] | None = None, what: str = "Another Onward command",
                  timeout: float = WAIT_SECONDS) -> Iterator[None]:
    """Hold the lock `name` in the data folder; call `waiting()` once if another process holds it first."""
    from django.conf import settings

    folder = Path(settings.DATA_DIR)
    folder.mkdir(parents=True, exist_ok=True)
    lock = FileLock(folder / f".{name}.lock")
    try:
        lock.acquire(timeout=0)
    except Timeout:
        if waiting is not None:
            waiting()
        try:
            lock.acquire(timeout=timeout)
        except Timeout:
            raise Busy(f"{what} is still running in this data folder after {int(timeout)} seconds; try again "
                       "when it has finished.") from None
    try:
        yield
    finally:
        lock.release()
