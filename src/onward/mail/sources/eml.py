"""A folder of .eml files (one message each), read in a stable order."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from onward.mail.sources import HEAD_BYTES, MAX_MESSAGE_BYTES, IncomingMessage


def eml_files(folder: Path | str) -> list[Path]:
    return sorted(p for p in Path(folder).rglob("*") if p.is_file() and p.suffix.lower() == ".eml")


def read_eml_folder(folder: Path | str) -> Iterator[IncomingMessage]:
    for path in eml_files(folder):
        yield read_eml(path, source="eml")


def read_eml(path: Path, *, source: str) -> IncomingMessage:
    size = path.stat().st_size
    if size > MAX_MESSAGE_BYTES:
        with path.open("rb") as fh:
            return IncomingMessage(raw=fh.read(HEAD_BYTES), source=source, folder=str(path.parent), too_big=size)
    return IncomingMessage(raw=path.read_bytes(), source=source, folder=str(path.parent))
