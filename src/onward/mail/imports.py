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


def run_job(job, progress) -> str:
    """The runner of a mail import's job (onward.core.jobs): the command line's path, or a web upload kept in
    the data folder, which is removed once read (see uploads.py)."""
    try:
        report = import_path(job.owner, job.params["path"], on_progress=progress)
    finally:
        if job.params.get("upload"):
            from onward.mail.uploads import remove_upload

            remove_upload(job.params["path"])
    for error in report.errors:
        progress.error(f"A message could not be read: {error}")
    from onward.mail.models import MailMessage

    waiting = MailMessage.objects.filter(owner=job.owner, status=MailMessage.Status.REVIEW).count()
    if waiting:
        words = f"{waiting} message{'s wait' if waiting > 1 else ' waits'} for you to check"
        job.params["next"] = ["mail:review", words]
    else:
        job.params["after"] = "Nothing is waiting for you to check."
    return report.summary()
