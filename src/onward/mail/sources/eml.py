"""A folder of .eml files (one message each), read in a stable order.

A file is read by what it holds, not by its name: an .eml that starts with an mbox's "From " line is an mbox
(mail programs save a thread or a whole folder that way), and all of its messages are read.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from onward.mail.sources import HEAD_BYTES, MAX_MESSAGE_BYTES, IncomingMessage
from onward.mail.sources.mbox import MboxReader, starts_like_mbox


def eml_files(folder: Path | str) -> list[Path]:
    return sorted(p for p in Path(folder).rglob("*") if p.is_file() and p.suffix.lower() == ".eml")


def read_eml_folder(folder: Path | str, *, on_file=None) -> Iterator[IncomingMessage]:
    """Every message of every .eml file; `on_file(done, total)` after each file."""
    files = eml_files(folder)
    for done, path in enumerate(files, start=1):
        yield from messages_in(path, source="eml")
        if on_file is not None:
            on_file(done, len(files))


def messages_in(path: Path, *, source: str) -> Iterator[IncomingMessage]:
    """The one message of an .eml file, or each message when it is really an mbox; an empty file holds none."""
    with path.open("rb") as fh:
        head = fh.read(HEAD_BYTES)
    if not head.strip():
        return
    if starts_like_mbox(head):
        yield from MboxReader(path)
    else:
        yield read_eml(path, source=source)


def read_eml(path: Path, *, source: str) -> IncomingMessage:
    size = path.stat().st_size
    if size > MAX_MESSAGE_BYTES:
        with path.open("rb") as fh:
            return IncomingMessage(raw=fh.read(HEAD_BYTES), source=source, folder=str(path.parent), too_big=size)
    return IncomingMessage(raw=path.read_bytes(), source=source, folder=str(path.parent))
