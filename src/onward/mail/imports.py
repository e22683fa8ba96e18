"""Import mail from files: an mbox (e.g. a Google Takeout export), a folder of .eml files, or one .eml."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from onward.mail.apply import MailError
from onward.mail.pipeline import IngestReport, ingest
from onward.mail.sources.eml import eml_files, read_eml, read_eml_folder
from onward.mail.sources.mbox import MboxReader
from onward.mail.sources.upload import from_upload


def import_path(
    owner, path: Path | str, *, on_progress: Callable[[int, int], None] | None = None
) -> IngestReport:
    """Import everything at `path`; `on_progress(done, total)` counts bytes for an mbox, files for a folder."""
    path = Path(path).expanduser()
    if path.is_dir():
        total = len(eml_files(path))
        if total == 0:
            raise MailError(f"There are no .eml files in {path}.")
        done = 0

        def tick(_incoming) -> None:
            nonlocal done
            done += 1
            if on_progress:
                on_progress(done, total)

        return ingest(owner, read_eml_folder(path), on_message=tick)
    if not path.is_file():
        raise MailError(f"Nothing to import at {path}.")
    if path.suffix.lower() == ".eml":
        incoming = read_eml(path, source="upload")
        return ingest(owner, [incoming if incoming.too_big else from_upload(incoming.raw)])
    with path.open("rb") as fh:
        looks_like_mbox = fh.read(5) == b"From "
    if not looks_like_mbox:
        raise MailError(f"{path.name} is neither an mbox file (it should start with “From ”) nor an .eml file.")
    reader = MboxReader(path)
    return ingest(
        owner, reader, on_message=(lambda _: on_progress(reader.bytes_read, reader.size)) if on_progress else None
    )
