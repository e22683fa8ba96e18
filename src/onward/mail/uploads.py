"""Mail files uploaded in the web app (an mbox, or many .eml files such as a folder), imported in the background.

The upload is copied to the data directory chunk by chunk (Django has already spooled a large one to a
temporary file, never to memory), then the background worker runs the same import as `onward mail import`
(imports.run_job), its progress on the job (onward.core.jobs) that the page polls. The copied files are removed
at the end, however it ends.
"""

from __future__ import annotations

import shutil
import uuid
from pathlib import Path

from django.conf import settings

from onward.core import jobs
from onward.core.models import Job
from onward.mail import imports
from onward.mail.apply import MailError
from onward.mail.imports import and_list, kind_of_file
from onward.mail.sources import HEAD_BYTES
from onward.mail.sources.eml import unreadable


def upload_dir() -> Path:
    return Path(settings.DATA_DIR) / "uploads" / "mail"


def _copy(upload, target: Path) -> None:
    with target.open("wb") as out:
        for chunk in upload.chunks():
            out.write(chunk)


def _file_name(upload) -> str:
    """The uploaded file's own name, without any folder, to name it in what the import says; one the folder
    reader would not take for a .eml file (".eml" alone has no suffix) is named message.eml."""
    name = Path(upload.name or "").name.strip()
    return name if Path(name).suffix.lower() == ".eml" else "message.eml"


def start_import(owner, files: list) -> Job:
    """Keep the uploaded files and queue their import. .eml files (one or many) are read as a folder; one other
    file is read by what it holds (imports.kind_of_file): an mbox, or a single message under another name."""
    if not files:
        raise MailError("Choose an mbox file, or one or more .eml files.")
    emls = [f for f in files if f.name.lower().endswith(".eml")]
    if len(files) > 1 and len(emls) != len(files):
        raise MailError("Choose either one mbox file or .eml files only, not a mix.")
    folder = upload_dir() / uuid.uuid4().hex
    folder.mkdir(parents=True)
    try:
        if emls:
            # Each in a folder of its own, numbered in the order chosen: two files may share a name, and the
            # import names a file it cannot read by the name the person knows.
            copies = []
            for i, upload in enumerate(emls):
                (folder / f"{i:06d}").mkdir()
                copies.append(folder / f"{i:06d}" / _file_name(upload))
                _copy(upload, copies[-1])
            path, name = folder, (emls[0].name if len(emls) == 1 else f"{len(emls)} .eml files")
            if len(copies) == 1:
                with copies[0].open("rb") as fh:
                    kind_of_file(copies[0].name, fh.read(HEAD_BYTES))  # a single file is refused in its own words
            unread = [f"{p.name} ({why})" for p in copies if (why := unreadable(p))]
            if len(unread) == len(copies):
                raise MailError(f"None of the files could be read: {and_list(unread)}. Nothing was imported.")
        else:
            path, name = folder / "upload.mbox", files[0].name
            _copy(files[0], path)
            with path.open("rb") as fh:
                kind = kind_of_file(name, fh.read(HEAD_BYTES))
            if kind == "message":  # one message saved under another name (.txt, .msg.txt): a folder of one
                (folder / "000000").mkdir()
                path.rename(folder / "000000" / "message.eml")
                path = folder
    except BaseException:
        shutil.rmtree(folder, ignore_errors=True)
        raise
    return jobs.start(owner, kind="mail_import", title=f"Importing {name}", runner="onward.mail.uploads.run_job",
                      unit="files" if path.is_dir() else "bytes",
                      params={"path": str(path), "name": name})


def run_job(job, progress) -> str:
    """The import's runner for an upload: the same import as the command line's, then the copied files go,
    however it ends."""
    try:
        return imports.run_job(job, progress)
    finally:
        remove_upload(job.params["path"])


def remove_upload(path: str) -> None:
    """Remove an upload's folder, and only ever a folder under upload_dir()."""
    root = Path(path) if Path(path).is_dir() else Path(path).parent
    if root.parent == upload_dir():
        shutil.rmtree(root, ignore_errors=True)
