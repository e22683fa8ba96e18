"""Import applications from other tools: read a file, preview what would happen, then apply it in one go.

The web upload page and `onward import` both call `preview` and `apply`. Nothing is written until `apply`,
and `apply` writes everything or nothing.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field

from django.contrib.auth import get_user_model
from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone

from onward.core import jobs, limits
from onward.core.models import Job, Origin
from onward.core.text import storable
from onward.io.importers import generic_csv, huntr, linkedin, onward_json
from onward.io.importers.base import (
    MAX_UNPACKED_BYTES,
    ImportFileError,
    Row,
    detect_encoding,
    encoding_label,
    read_csv,
    read_xlsx,
    url_key,
)
from onward.io.models import ImportBatch, ImportRecord, SavedMapping
from onward.tracker import services as tracker
from onward.tracker.models import Application
from onward.tracker.stages import CLOSED, RANK, Stage

FORMATS = {
    "auto": "Recognise it for me",
    "linkedin": "LinkedIn data export",
    "huntr": "Huntr download",
    "csv": "Any spreadsheet (CSV or Excel)",
    "json": "Onward export (JSON)",
}
MAX_BYTES = 20 * 1024 * 1024

__all__ = ["FORMATS", "ImportFileError", "Preview", "apply", "detect_format", "preview"]


@dataclass
class Planned:
    row: Row
    status: str  # "new", "update", "duplicate", "invalid", or "unticked" (left out by the person)
    why: str = ""
    application: Application | None = None
    # A match whose file has an earlier applied date than the application here: the earlier one is kept.
    earlier_applied: dt.date | None = None

    @property
    def ident(self) -> str:
        """Which row this is, for the preview's tick boxes."""
        return f"{self.row.where}:{self.row.line}"

    @property
    def choosable(self) -> bool:
        return self.status in ("new", "update")


@dataclass
class Preview:
    format: str
    filename: str
    rows: list[Planned] = field(default_factory=list)
    headers: list[str] = field(default_factory=list)
    mapping: dict[str, str] = field(default_factory=dict)
    # Onward JSON only: per section, how many rows are new and how many are already here.
    sections: dict[str, Counter] = field(default_factory=dict)
    payload: dict | None = None
    # Spreadsheets only: why the rows cannot be read yet (e.g. no column chosen for the company).
    problem: str = ""
    # Text files only: the encoding the file was read in, and whether Onward had to guess it (not UTF-8).
    encoding: str = ""
    encoding_guessed: bool = False

    @property
    def encoding_label(self) -> str:
        return encoding_label(self.encoding) if self.encoding else ""

    @property
    def counts(self) -> Counter:
        if self.sections:
            return Counter(new=sum(c["new"] for c in self.sections.values()),
                           duplicate=sum(c["existing"] for c in self.sections.values()))
        return Counter(p.status for p in self.rows)

    @property
    def format_label(self) -> str:
        return FORMATS[self.format]


# --- reading ---------------------------------------------------------------------------------


def _zipped(filename: str, data: bytes) -> bool:
    return data[:2] == b"PK" and not filename.lower().endswith((".xlsx", ".xlsm"))


def _is_text(filename: str, data: bytes) -> bool:
    return data[:2] != b"PK" and not filename.lower().endswith((".xlsx", ".xlsm"))


def _table(filename: str, data: bytes, encoding: str | None = None) -> tuple[list[str], list[dict[str, str]]]:
    if filename.lower().endswith((".xlsx", ".xlsm")) or data[:2] == b"PK":
        return read_xlsx(data)
    return read_csv(data, encoding)


def detect_format(filename: str, data: bytes, encoding: str | None = None) -> str:
    """Which importer fits the file: by its name, then by what is inside."""
    if not data:
        raise ImportFileError("The file is empty.")
    name = filename.lower()
    if name.endswith(".json") or onward_json.looks_like_export(data):
        return "json"
    if name.endswith((".xlsx", ".xlsm")):
        return "csv"
    if _zipped(filename, data):
        archive = linkedin.open_zip(data)
        applied, saved = linkedin.zip_members(archive.namelist())
        return "linkedin" if applied or saved else "huntr"
    headers, _ = _table(filename, data, encoding)
    if linkedin.looks_like_applications(headers) or linkedin.looks_like_saved(headers):
        return "linkedin"
    if huntr.looks_like_huntr(headers):
        return "huntr"
    return "csv"


@dataclass
class _Read:
    """What a file holds, as read (in a child process) before anything looks at the database."""

    format: str
    encoding: str = ""
    rows: list[Row] = field(default_factory=list)
    headers: list[str] = field(default_factory=list)
    table: list[dict[str, str]] = field(default_factory=list)
    payload: dict | None = None


def _read(filename: str, data: bytes, fmt: str, encoding: str | None) -> _Read:
    if data[:2] == b"PK":
        limits.check_zip(data, max_unpacked=MAX_UNPACKED_BYTES, what="This file", error=ImportFileError)
    json_like = fmt == "json" or (
        fmt == "auto" and (filename.lower().endswith(".json") or onward_json.looks_like_export(data)))
    if not json_like and _is_text(filename, data):
        encoding = encoding or detect_encoding(data)
    else:
        encoding = None
    if fmt == "auto":
        fmt = detect_format(filename, data, encoding)
    read = _Read(format=fmt, encoding=encoding or "")
    zipped = _zipped(filename, data)
    if fmt == "json":
        read.payload = onward_json.load(data)
    elif fmt == "linkedin":
        read.rows = linkedin.parse_zip(data) if zipped else linkedin.parse_csv(filename, data, encoding)
    elif fmt == "huntr":
        read.rows = huntr.parse_zip(data) if zipped else huntr.parse_csv(filename, data, encoding)
    else:
        read.headers, read.table = _table(filename, data, encoding)
    return read


def read_file(filename: str, data: bytes, fmt: str = "auto", encoding: str | None = None) -> _Read:
    """Read an uploaded file within limits: real unpacked size, rows, and a child process with a memory and
    CPU-time cap for the parsing libraries. Nothing here touches the database."""
    return limits.bounded(_read, filename, data, fmt, encoding, error=ImportFileError, what="This file")


def saved_mapping(owner, headers: list[str]) -> dict[str, str]:
    """The mapping this person chose before for a file with these columns, else Onward's guess."""
    saved = SavedMapping.objects.filter(owner=owner, headers_key=generic_csv.headers_key(headers)).first()
    if saved is not None:
        return {f: c for f, c in saved.mapping.items() if c in headers}
    return generic_csv.guess_mapping(headers)


def remember_mapping(owner, headers: list[str], mapping: dict[str, str]) -> None:
    SavedMapping.objects.update_or_create(
        owner=owner, headers_key=generic_csv.headers_key(headers),
        defaults={"mapping": mapping, "updated_at": timezone.now()},
    )


def _parse(owner, read: _Read, filename: str, mapping: dict | None) -> Preview:
    result = Preview(format=read.format, filename=filename, payload=read.payload, encoding=read.encoding,
                     encoding_guessed=read.encoding not in ("", "utf-8", "utf-8-sig", "utf-16"))
    if read.payload is not None:
        return result
    rows = read.rows
    if read.format == "csv":
        result.headers = read.headers
        result.mapping = dict(mapping) if mapping else saved_mapping(owner, result.headers)
        try:
            rows = generic_csv.rows(filename, result.headers, read.table, result.mapping)
        except ImportFileError as exc:
            result.problem, rows = str(exc), []
    result.rows = [Planned(row=r, status="new") for r in rows]
    return result


# --- planning --------------------------------------------------------------------------------


def _missing_names(row: Row) -> list[str]:
    """Every importer's rows need a company and a role title; said here once, in the same words for all."""
    return [what for what, value in (("no company name", row.company_name), ("no role title", row.title))
            if not value]


def _validate(row: Row) -> list[str]:
    """What the application model would refuse, found before anything is written."""
    fields = {k: v for k, v in row.fields.items() if v not in ("", None)}
    try:
        Application(title=row.title, stage=row.stage, **fields).full_clean(exclude=["company", "owner"])
    except ValidationError as exc:
        return [f"{name.replace('_', ' ')}: {' '.join(msgs)}" for name, msgs in exc.message_dict.items()]
    return []


def _words(text: str) -> str:
    return " ".join(text.split()).casefold()


class _Existing:
    """This person's applications, indexed once, so planning a large file does not query per row."""

    def __init__(self, owner):
        self.by_url: dict[str, Application] = {}
        self.by_name: dict[tuple[str, str], list[Application]] = {}
        for app in Application.objects.filter(owner=owner).select_related("company").order_by("id"):
            if app.posting_url:
                self.by_url.setdefault(url_key(app.posting_url), app)
            self.by_name.setdefault((_words(app.company.name), _words(app.title)), []).append(app)

    def find(self, row: Row) -> Application | None:
        """The same posting: the same link, or the same company and role unless both have different links
        (two openings with one title at one company are two applications)."""
        url = row.fields.get("posting_url")
        if url and url_key(url) in self.by_url:
            return self.by_url[url_key(url)]
        for app in self.by_name.get((_words(row.company_name), _words(row.title)), []):
            if not (url and app.posting_url):
                return app
        return None


def _moves_on(app: Application, stage: str, *, same_source: bool) -> bool:
    """Whether a re-imported row should move an application on: further along the pipeline, or closed by the
    same tool that created it. An import never reopens or moves an application back."""
    if stage in RANK and app.stage in RANK:
        return RANK[stage] > RANK[app.stage]
    return same_source and stage in CLOSED and app.stage not in CLOSED


def _plan(owner, result: Preview) -> None:
    seen: dict[str, Row] = {}
    records = {r.key: r for r in ImportRecord.objects.filter(owner=owner).select_related("application")}
    existing_apps = _Existing(owner)
    for planned in result.rows:
        row = planned.row
        problems = row.problems + _missing_names(row) or _validate(row)
        if problems:
            why = "; ".join(problems)
            planned.status, planned.why = "invalid", why[:1].upper() + why[1:] + "."
            continue
        if row.key in seen:
            planned.status, planned.why = "duplicate", f"The same job as {seen[row.key].label.lower()}."
            continue
        seen[row.key] = row
        record = records.get(row.key)
        existing = record.application if record else existing_apps.find(row)
        if existing is None:
            planned.status = "new"
            continue
        planned.application = existing
        applied_on = row.fields.get("date_applied")
        if applied_on and (existing.date_applied is None or applied_on < existing.date_applied):
            planned.earlier_applied = applied_on
        if _moves_on(existing, Stage(row.stage), same_source=record is not None):
            planned.status = "update"
            planned.why = f"Already here at {existing.get_stage_display()}; moves to {Stage(row.stage).label}."
        else:
            planned.status = "duplicate"
            planned.why = "Already imported." if record else "You already have this application."
        if planned.earlier_applied:
            planned.why += f" Its applied date becomes {planned.earlier_applied:%-d %b %Y}, the earlier one."


def preview(owner, filename: str, data: bytes, *, fmt: str = "auto", mapping: dict | None = None,
            encoding: str | None = None) -> Preview:
    """Read a file and say, row by row, what importing it would do. Writes nothing.

    `encoding` names the text encoding of a CSV file; without it, Onward detects it (see Preview.encoding)."""
    if len(data) > MAX_BYTES:
        raise ImportFileError(f"This file is larger than {MAX_BYTES // (1024 * 1024)} MB; split it and try again.")
    if fmt not in FORMATS:
        raise ImportFileError(f"Unknown format {fmt!r}. Choose one of: {', '.join(FORMATS)}.")
    result = _parse(owner, read_file(filename, data, fmt, encoding), filename, mapping)
    if result.payload is not None:
        result.sections = onward_json.restore(owner, result.payload, dry_run=True)
    else:
        _plan(owner, result)
    return result


# --- applying --------------------------------------------------------------------------------


# Rows written per transaction: small enough that the SQLite write lock is held for a fraction of a second (the
# web app's own writes wait no longer than that), large enough that the commits cost little.
BATCH_ROWS = 200


def _lock_owner(owner) -> None:
    """Two imports for one person at once (two tabs, two processes): the second waits here for the first's
    batch to commit. (SQLite's IMMEDIATE transactions already serialise writers; this is for PostgreSQL.)"""
    list(get_user_model().objects.select_for_update().filter(pk=owner.pk).values_list("pk"))


def apply(owner, result: Preview, *, batch: ImportBatch | None = None, only: set[str] | None = None,
          progress: Callable[[int, int], None] | None = None) -> Counter:
    """Write what the preview promised, BATCH_ROWS rows per transaction. Returns counts by status.

    A stop between batches (Ctrl+C, a worker shut down) leaves whole rows only, each with its history and its
    import record, so importing the file again adds the rest and nothing twice. `only`, when given, names the rows
    (Planned.ident) the person left ticked; other rows that would add or move on an application are left out.
    `progress(done, total)` hears of each committed batch."""
    if result.problem:
        raise ImportFileError(result.problem)
    if result.payload is not None:
        # An Onward export restores as one whole: its parts refer to each other.
        with transaction.atomic():
            _lock_owner(owner)
            result.sections = onward_json.restore(owner, result.payload)
        counts = result.counts
        if progress:
            progress(1, 1)
    else:
        _plan(owner, result)  # again: the data may have changed since the preview was shown
        if only is not None:
            for planned in result.rows:
                if planned.choosable and planned.ident not in only:
                    planned.status, planned.why = "unticked", "You left it out."
        known = set(ImportRecord.objects.filter(owner=owner).values_list("key", flat=True))
        total = len(result.rows)
        if progress:
            progress(0, total)
        for start in range(0, total, BATCH_ROWS):
            chunk = result.rows[start:start + BATCH_ROWS]
            with transaction.atomic():
                _lock_owner(owner)
                _apply_batch(owner, result, chunk, known, batch)
            if progress:
                progress(start + len(chunk), total)
        counts = result.counts
    with transaction.atomic():
        if result.format == "csv":
            remember_mapping(owner, result.headers, result.mapping)
        if batch is not None:
            batch.status = ImportBatch.Status.APPLIED
            batch.applied_at = timezone.now()
            batch.created_count = counts["new"] + counts["update"]
            batch.skipped_count = counts["duplicate"] + counts["unticked"]
            batch.invalid_count = counts["invalid"]
            batch.data = b""  # the upload is not kept once it has been imported
            batch.save()
    return counts


def _apply_batch(owner, result: Preview, chunk: list[Planned], known: set[str], batch: ImportBatch | None) -> None:
    """One transaction's worth of rows: new applications in bulk, moves and date fixes row by row."""
    # Rows another import recorded since this one was planned are already here: skipped, not added twice.
    fresh_keys = [p.row.key for p in chunk if p.status == "new" and p.row.key not in known]
    known.update(ImportRecord.objects.filter(owner=owner, key__in=fresh_keys).values_list("key", flat=True))
    for planned in chunk:
        if planned.status == "new" and planned.row.key in known:
            planned.status, planned.why = "duplicate", "Already imported."
    records = []
    fresh = [p for p in chunk if p.status == "new" and not p.earlier_applied]
    made = dict(zip((id(p) for p in fresh), tracker.create_applications(
        owner, [_new_application(result, p.row) for p in fresh], origin=Origin.IMPORT), strict=True))
    for planned in chunk:
        app = made[id(planned)] if id(planned) in made else _apply_row(owner, result, planned)
        if app is not None and planned.row.key not in known:
            known.add(planned.row.key)
            records.append(ImportRecord(owner=owner, key=planned.row.key, application=app, batch=batch))
    ImportRecord.objects.bulk_create(records)


def _reason(result: Preview, row: Row) -> str:
    return row.reason or f"Imported from {result.format_label} ({row.label.lower()} of {result.filename})."


def _new_application(result: Preview, row: Row) -> tracker.NewApplication:
    fields = {k: v for k, v in row.fields.items() if v not in ("", None)}
    if row.at:
        fields.setdefault("date_saved", row.at.date())
    # As in _apply_row: a row without a date happened some time before the import, so it starts nothing new.
    return tracker.NewApplication(company_name=row.company_name, title=row.title, stage=row.stage, note=row.note,
                                  reason=_reason(result, row), at=row.at,
                                  details={} if row.at else {"history": True}, fields=fields)


def _apply_row(owner, result: Preview, planned: Planned) -> Application | None:
    """Create or move on the application for one planned row; returns the application the row stands for."""
    row = planned.row
    reason = _reason(result, row)
    # A row with a date is dated by it (history is not news past the playbook's limit); one without a date
    # happened at some time before the import, so closing it starts nothing new either.
    history = None if row.at else {"history": True}
    app: Application | None
    if planned.status == "update":
        assert planned.application is not None  # an update always names the application it moves on
        tracker.move(planned.application, row.stage, origin=Origin.IMPORT, reason=reason, note=row.note, at=row.at,
                     details=history)
        app = planned.application
    elif planned.status == "new":
        fields = {k: v for k, v in row.fields.items() if v not in ("", None)}
        if row.at:
            fields.setdefault("date_saved", row.at.date())
        app = tracker.create_application(
            owner, company_name=row.company_name, title=row.title, stage=row.stage, origin=Origin.IMPORT,
            note=row.note, reason=reason, at=row.at, details=history, **fields,
        )
    elif planned.status == "unticked":
        return None
    else:
        app = planned.application  # a duplicate of an application already here, or None when invalid
    if app is not None and planned.earlier_applied:
        before = app.date_applied
        tracker.update_application(app, {"date_applied": planned.earlier_applied})
        tracker.add_note(owner, f"Applied date set to {planned.earlier_applied:%-d %b %Y}"
                         + (f" (was {before:%-d %b %Y})" if before else "")
                         + f": the earlier date in {result.filename}, {row.label.lower()}.", application=app)
    return app


# --- batches (the web app's upload → preview → apply) -----------------------------------------


# An upload never applied is dropped after this long, so old files do not linger in the database.
UNAPPLIED_KEPT = dt.timedelta(days=7)
# And past this many waiting at once the oldest goes, so uploads (up to MAX_BYTES each) cannot fill a server's disk.
UNAPPLIED_AT_MOST = 5


def start_batch(owner, filename: str, data: bytes, fmt: str = "auto", encoding: str = "") -> ImportBatch:
    """Keep an upload until it is applied, after checking it can be read at all."""
    ImportBatch.objects.filter(
        owner=owner, status=ImportBatch.Status.PREVIEW, created_at__lt=timezone.now() - UNAPPLIED_KEPT
    ).delete()
    result = preview(owner, filename, data, fmt=fmt, encoding=encoding or None)
    waiting = ImportBatch.objects.filter(owner=owner, status=ImportBatch.Status.PREVIEW, job=None)
    older = waiting.order_by("-created_at", "-pk").values_list("pk", flat=True)[UNAPPLIED_AT_MOST - 1:]
    ImportBatch.objects.filter(pk__in=list(older)).delete()
    return ImportBatch.objects.create(owner=owner, filename=filename[:255], format=result.format, data=data,
                                      mapping=result.mapping, encoding=encoding)


def get_batch(owner, pk) -> ImportBatch:
    try:
        return ImportBatch.objects.get(owner=owner, pk=int(pk))
    except (ImportBatch.DoesNotExist, ValueError, TypeError):
        raise tracker.NotFound(f"No import with id {pk}.") from None


def batch_preview(batch: ImportBatch) -> Preview:
    return preview(batch.owner, batch.filename, bytes(batch.data), fmt=batch.format, mapping=batch.mapping or None,
                   encoding=batch.encoding or None)


def is_text_file(batch: ImportBatch) -> bool:
    """Whether the upload is a text file (CSV), whose encoding the person may choose."""
    return batch.format != "json" and _is_text(batch.filename, bytes(batch.data[:2]))


# --- in the background (the web app) and with a progress bar (the command line) ---------------------------


def done_words(counts: Counter, filename: str) -> str:
    left = f" {counts['unticked']} left out as you chose." if counts["unticked"] else ""
    moved = f" ({counts['update']} of them moved on)" if counts["update"] else ""
    return f"Imported {counts['new'] + counts['update']} from {filename}{moved}.{left} Nothing else was changed."


def start_apply(owner, batch: ImportBatch, only: set[str] | None = None) -> Job:
    """Import a previewed upload in the background; its job reports the progress. A second click while it runs
    gets the same job."""
    if batch.job is not None and not batch.job.finished:
        return batch.job
    only = {storable(row) for row in only} if only is not None else None  # row ids from a page, kept as JSON
    with transaction.atomic():  # the job is queued once the batch names it
        job = jobs.start(owner, kind="import", title=f"Importing {batch.filename}", runner="onward.io.imports.run_job",
                         params={"batch": batch.pk, "only": sorted(only) if only is not None else None,
                                 "next": ["tracker:table", "See your applications"]})
        batch.job = job
        batch.save(update_fields=["job"])
    return job


def start_here(owner, result: Preview) -> Job:
    """The job of an import the command line runs itself (see jobs.run), so that it shows like any other."""
    return jobs.create(owner, kind="import", title=f"Importing {result.filename}",
                       runner="onward.io.imports.run_job", params={"file": result.filename})


def run_job(job: Job, progress: jobs.Progress, result: Preview | None = None) -> str:
    """The runner of an import's job: the command line hands over the preview it showed; the worker reads the
    kept upload again (and plans again, as the data may have changed since)."""
    batch, only = None, None
    if result is None:
        batch = get_batch(job.owner, job.params["batch"])
        if batch.status == ImportBatch.Status.APPLIED:
            return "This file was already imported; nothing was changed."
        result = batch_preview(batch)
        only = set(job.params["only"]) if job.params.get("only") is not None else None
    try:
        counts = apply(job.owner, result, batch=batch, only=only, progress=progress)
    except ValidationError as exc:
        raise ImportFileError(f"A row could not be imported: {' '.join(exc.messages)}") from None
    return done_words(counts, result.filename)
