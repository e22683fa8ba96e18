"""Import mail from files: an mbox (e.g. a Google Takeout export), a folder of .eml files, or one .eml."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from onward.mail.apply import MailError
from onward.mail.pipeline import IngestReport, ingest
from onward.mail.sources import HEAD_BYTES
from onward.mail.sources.eml import eml_files, read_eml, read_eml_folder, why_not_mail
from onward.mail.sources.mbox import MboxReader, starts_like_mbox
from onward.mail.sources.upload import from_upload, looks_like_message

ZIP_MAGIC = b"PK\x03\x04"


def kind_of_file(name: str, head: bytes) -> str:
    """What a file to import holds, by its first bytes rather than its name: "mbox" or "message"; anything else
    is refused with a MailError that says what the file is and what to do (before anything is imported)."""
    if not head.strip():
        raise MailError(f"{name} is empty. Nothing was imported.")
    if name.lower().endswith(".eml") and why_not_mail(head):
        raise MailError(f"{name} is not an e-mail message. Nothing was imported.")
    if starts_like_mbox(head):
        return "mbox"
    if name.lower().endswith(".eml") or looks_like_message(head):
        return "message"
    if head.startswith(ZIP_MAGIC):
        # Google Takeout delivers its mbox inside a zip; reading archives here would invite zip bombs.
        raise MailError(f"{name} is a zip archive: unzip it first, then import the .mbox file inside.")
    raise MailError(f"{name} is neither an mbox file (one starts with “From ”) nor an e-mail message. "
                    "Nothing was imported.")


# A list of files not read names this many, then says how many more.
NAMED = 10


def and_list(items: list[str]) -> str:
    """The items in words: "a", "a and b", "a, b and c", "a, b, … and 12 more"."""
    if len(items) > NAMED:
        items = [*items[:NAMED], f"{len(items) - NAMED} more"]
    return items[0] if len(items) == 1 else f"{', '.join(items[:-1])} and {items[-1]}"


def import_path(
    owner, path: Path | str, *, name: str = "", on_progress: Callable[[int, int], None] | None = None
) -> IngestReport:
    """Import everything at `path`; `on_progress(done, total)` counts bytes for an mbox, files for a folder.

    `name` is what the words call it: a web upload's own name, as where the server keeps it is none of its
    uploader's business; the path itself for the command line's own files."""
    path = Path(path).expanduser()
    name = name or str(path)
    if path.is_dir():
        if not eml_files(path):
            raise MailError(f"There are no .eml files in {name}.")
        skipped: list[str] = []
        report = ingest(owner, read_eml_folder(path, on_file=on_progress,
                                               on_skip=lambda p, why: skipped.append(f"{p.name} ({why})")))
        if skipped:
            report.not_read = len(skipped)
            report.problems.append(f"Not read: {and_list(skipped)}.")
        return report
    if not path.is_file():
        raise MailError(f"Nothing to import at {name}.")
    with path.open("rb") as fh:
        head = fh.read(HEAD_BYTES)
    if kind_of_file(path.name, head) == "message":
        incoming = read_eml(path, source="upload")
        return ingest(owner, [incoming if incoming.too_big else from_upload(incoming.raw)])
    reader = MboxReader(path)
    return ingest(
        owner, reader, on_message=(lambda _: on_progress(reader.bytes_read, reader.size)) if on_progress else None
    )


def heading(report: IngestReport) -> str:
    """What a finished import did, in a line: "Import finished: 124 messages read, 3 to review"."""
    words = f"Import finished: {report.seen} message{'s' if report.seen != 1 else ''} read, {report.review} to review"
    if report.not_read:
        words += f", {report.not_read} file{'s' if report.not_read != 1 else ''} not read"
    return words


def run_job(job, progress) -> str:
    """The runner of a mail import's job (onward.core.jobs): the command line's path, or a web upload kept in
    the data folder (uploads.run_job runs this, then removes the upload)."""
    report = import_path(job.owner, job.params["path"], name=job.params.get("name", ""), on_progress=progress)
    for error in report.errors:
        progress.error(f"A message could not be read {error}.")
    from onward.mail.models import MailMessage

    job.params["heading"] = heading(report)
    waiting = MailMessage.objects.filter(owner=job.owner, status=MailMessage.Status.REVIEW).count()
    if waiting:
        words = f"{waiting} message{'s wait' if waiting > 1 else ' waits'} for you to check"
        job.params["next"] = ["mail:review", words]
    else:
        job.params["after"] = "Nothing is waiting for you to check."
    return report.summary()
