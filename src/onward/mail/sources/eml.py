"""A folder of .eml files (one message each), read in a stable order."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from onward.mail.sources import IncomingMessage


def eml_files(folder: Path | str) -> list[Path]:
    return sorted(p for p in Path(folder).rglob("*") if p.is_file() and p.suffix.lower() == ".eml")


def read_eml_folder(folder: Path | str) -> Iterator[IncomingMessage]:
    for path in eml_files(folder):
        yield IncomingMessage(raw=path.read_bytes(), source="eml", folder=str(path.parent))
