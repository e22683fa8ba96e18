"""A folder of .eml files (one message each), read in a stable order.

A file is read by what it holds, not by its name: an .eml that starts with an mbox's "From " line is an mbox
(mail programs save a thread or a whole folder that way), and all of its messages are read.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from onward.mail.sources import HEAD_BYTES, MAX_MESSAGE_BYTES, IncomingMessage
from onward.mail.sources.mbox import MboxReader, starts_like_mbox
from onward.mail.sources.upload import looks_like_message


def eml_files(folder: Path | str) -> list[Path]:
    return sorted(p for p in Path(folder).rglob("*") if p.is_file() and p.suffix.lower() == ".eml")


def read_eml_folder(folder: Path | str, *, on_file=None, on_skip=None) -> Iterator[IncomingMessage]:
    """Every message of every .eml file (each message when one is really an mbox); `on_file(done, total)` after
    each file, `on_skip(path, why)` for a file that holds no message (why in words, e.g. "the file is empty")."""
    files = eml_files(folder)
    for done, path in enumerate(files, start=1):
        head, why = _head(path)
        if why is not None:
            if on_skip is not None:
                on_skip(path, why)
        elif starts_like_mbox(head):
            yield from MboxReader(path)
        else:
            yield read_eml(path, source="eml")
        if on_file is not None:
            on_file(done, len(files))


def unreadable(path: Path) -> str | None:
    """Why a file holds no message to read, in words; None when it may hold one."""
    return _head(path)[1]


def _head(path: Path) -> tuple[bytes, str | None]:
    """A file's first bytes, and why they are no mail (None when they may be)."""
    try:
        with path.open("rb") as fh:
            head = fh.read(HEAD_BYTES)
    except OSError as exc:
        return b"", f"it could not be opened: {exc.strerror or exc}".lower()
    return head, why_not_mail(head)


def why_not_mail(head: bytes) -> str | None:
    """Why a file's first bytes are no mail, in words; None for a message or an mbox. A message may carry a stray
    NUL byte, so only a file that starts without any header line and holds binary data is refused."""
    if not head.strip():
        return "the file is empty"
    if starts_like_mbox(head) or looks_like_message(head):
        return None
    if _binary(head):
        return "it is not an e-mail message"
    return None


# Bytes text never holds (NUL and the other control characters but tab, line feed, form feed, carriage return, ESC).
_NOT_TEXT = bytes(b for b in range(32) if b not in (9, 10, 12, 13, 27))


def _binary(head: bytes) -> bool:
    sample = head[:8192]
    return b"\x00" in sample or len(sample.translate(None, _NOT_TEXT)) < 0.9 * len(sample)


def read_eml(path: Path, *, source: str) -> IncomingMessage:
    size = path.stat().st_size
    if size > MAX_MESSAGE_BYTES:
        with path.open("rb") as fh:
            return IncomingMessage(raw=fh.read(HEAD_BYTES), source=source, folder=str(path.parent), too_big=size)
    return IncomingMessage(raw=path.read_bytes(), source=source, folder=str(path.parent))
