"""Mail files uploaded in the web app (an mbox, or many .eml files such as a folder), imported in the background.

The upload is copied to the data directory chunk by chunk (Django has already spooled a large one to a
temporary file, never to memory), then a background thread runs the same import as `onward mail import`,
recording its progress on a MailImport row that the page polls. The copied files are removed at the end.
"""

from __future__ import annotations

import logging
import shutil
import threading
import time
import uuid
from pathlib import Path

from django.conf import settings
from django.db import close_old_connections, transaction
from django.utils import timezone

from onward.core.errors import OnwardError, report_bug
from onward.mail.apply import MailError
from onward.mail.imports import import_path
from onward.mail.models import MailImport

log = logging.getLogger(__name__)

# Progress is written at most this often (seconds): often enough for the page, rarely enough to cost nothing.
PROGRESS_EVERY = 0.5


def upload_dir() -> Path:
    return Path(settings.DATA_DIR) / "uploads" / "mail"


def _copy(upload, target: Path) -> None:
    with target.open("wb") as out:
        for chunk in upload.chunks():
            out.write(chunk)


def start_import(owner, files: list) -> MailImport:
    """Keep the uploaded files and start importing them. One file that is not .eml is read as an mbox; .eml
    files (one or many) are read as a folder."""
    if not files:
        raise MailError("Choose an mbox file, or one or more .eml files.")
    emls = [f for f in files if f.name.lower().endswith(".eml")]
    if len(files) > 1 and len(emls) != len(files):
        raise MailError("Choose either one mbox file or .eml files only, not a mix.")
    folder = upload_dir() / uuid.uuid4().hex
    folder.mkdir(parents=True)
    try:
        if emls:
            for i, upload in enumerate(emls):
                _copy(upload, folder / f"{i:06d}.eml")
            path, name = folder, (emls[0].name if len(emls) == 1 else f"{len(emls)} .eml files")
        else:
            path, name = folder / "upload.mbox", files[0].name
            _copy(files[0], path)
            with path.open("rb") as fh:
                if fh.read(5) != b"From ":
                    raise MailError(f"{name} is not an mbox file (an mbox starts with “From ”). Nothing was imported.")
    except BaseException:
        shutil.rmtree(folder, ignore_errors=True)
        raise
    job = MailImport.objects.create(owner=owner, name=name[:300], path=str(path))
    transaction.on_commit(lambda: threading.Thread(target=_run_in_thread, args=(job.pk,), daemon=True).start())
    return job


def run_import(pk: int) -> MailImport:
    """Import one upload, recording progress and the outcome on its row; the files go when it ends."""
    job = MailImport.objects.select_related("owner").get(pk=pk)
    job.status = MailImport.Status.RUNNING
    job.save(update_fields=["status"])
    last = 0.0

    def progress(done: int, total: int) -> None:
        nonlocal last
        now = time.monotonic()
        if now - last >= PROGRESS_EVERY or done >= total:
            last = now
            MailImport.objects.filter(pk=pk).update(done=done, total=total)

    try:
        report = import_path(job.owner, job.path, on_progress=progress)
    except OnwardError as exc:
        job.status, job.summary = MailImport.Status.FAILED, str(exc)
    except Exception:
        reference = report_bug(f"mail import {pk}")
        job.status = MailImport.Status.FAILED
        job.summary = (f"The import stopped because of a bug in Onward (reference {reference} in the server log). "
                       "What was read before is kept.")
    else:
        job.status, job.summary = MailImport.Status.DONE, report.summary()
    finally:
        root = Path(job.path) if Path(job.path).is_dir() else Path(job.path).parent
        if root.parent == upload_dir():
            shutil.rmtree(root, ignore_errors=True)
    job.finished_at = timezone.now()
    job.save(update_fields=["status", "summary", "finished_at"])
    return job


def _run_in_thread(pk: int) -> None:
    try:
        run_import(pk)
    except Exception:
        log.exception("Mail import %s could not be run", pk)
    finally:
        close_old_connections()


def get_import(owner, pk) -> MailImport:
    try:
        return MailImport.objects.get(owner=owner, pk=int(pk))
    except (MailImport.DoesNotExist, ValueError, TypeError):
        raise MailError(f"No import with id {pk}.") from None
