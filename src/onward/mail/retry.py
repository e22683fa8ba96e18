"""Run the messages that could not be imported through the pipeline again, after a fix.

The ledger skips every message it has seen, failed ones too, so a message that failed once would never be read
again. Retrying removes the failed rows and runs the kept bytes (FailedMail) through `ingest`, a chunk at a time,
each chunk in one transaction: what goes through is kept, what fails again is recorded as failed again, exactly
as before. So retrying twice changes nothing the second time.

A failed message whose bytes were not kept (too big, or recorded by an older Onward) cannot be run from here.
Its row is released instead, so the next import of its file reads it again; for an IMAP account the folder's
read position goes back to just before it, so the next sync reads it again.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field

from django.db import transaction
from django.db.models import F
from django.db.models.functions import Least

from onward.mail.models import FailedMail, FolderState, LedgerEntry
from onward.mail.pipeline import IngestReport, ingest
from onward.mail.sources import IncomingMessage


@dataclass
class RetryReport:
    tried: int = 0
    released: int = 0  # bytes not kept: read again by the next import or sync of their source
    ingest: IngestReport = field(default_factory=IngestReport)

    def summary(self) -> str:
        if not self.tried and not self.released:
            return "No messages are waiting to be tried again."
        parts = []
        if self.tried:
            r = self.ingest
            done = [f"{r.applied} applied", f"{r.review} waiting for review", f"{r.ignored} not job-related"]
            if r.skipped:
                done.append(f"{r.skipped} already imported")
            still = f"; {r.failed} still could not be read" if r.failed else ""
            parts.append(f"Tried {self.tried} message{'s' if self.tried != 1 else ''} again: "
                         f"{', '.join(done)}{still}.")
        if self.released:
            parts.append(
                f"{self.released} earlier message{'s' if self.released != 1 else ''} will be read again the next "
                "time you import the same file or sync the same account."
            )
        return " ".join(parts)


def failed_count(owner) -> int:
    return LedgerEntry.objects.filter(owner=owner, outcome=LedgerEntry.Outcome.FAILED).count()


# Failed messages are retried in chunks, each in its own transaction, so a long retry never holds the database
# for long; a retry stopped half-way has kept each finished chunk whole and leaves the rest failed, to run again.
CHUNK = 500


def retry_failed(owner) -> RetryReport:
    report = RetryReport()
    # Listed first: a message that fails again gets a new row, which this run does not pick up again.
    ids = list(LedgerEntry.objects.filter(owner=owner, outcome=LedgerEntry.Outcome.FAILED)
               .order_by("processed_at", "id").values_list("pk", flat=True))
    for start in range(0, len(ids), CHUNK):
        with transaction.atomic():
            failed = list(LedgerEntry.objects.select_for_update().filter(
                pk__in=ids[start : start + CHUNK], outcome=LedgerEntry.Outcome.FAILED).order_by("processed_at", "id"))
            hashes = [entry.content_hash for entry in failed]
            kept = set(FailedMail.objects.filter(owner=owner, content_hash__in=hashes)
                       .values_list("content_hash", flat=True))
            retried = [entry for entry in failed if entry.content_hash in kept]
            for entry in failed:
                if entry.content_hash not in kept:
                    _rewind_folder(entry)
            report.tried += len(retried)
            report.released += len(failed) - len(retried)
            LedgerEntry.objects.filter(pk__in=[entry.pk for entry in failed]).delete()
            _add(report.ingest, ingest(owner, _incoming(owner, retried)))
            # The bytes of messages that went through; one that failed again was kept anew by the ledger.
            FailedMail.objects.filter(owner=owner, content_hash__in=hashes).exclude(
                content_hash__in=LedgerEntry.objects.filter(owner=owner, outcome=LedgerEntry.Outcome.FAILED,
                                                            content_hash__in=hashes).values("content_hash")
            ).delete()
    return report


def _add(total: IngestReport, part: IngestReport) -> None:
    for name in ("seen", "skipped", "applied", "review", "ignored", "failed"):
        setattr(total, name, getattr(total, name) + getattr(part, name))
    total.errors += part.errors[: max(0, 20 - len(total.errors))]
    total.kept += part.kept


def _incoming(owner, entries: list[LedgerEntry]) -> Iterator[IncomingMessage]:
    """The kept messages one at a time, so a few big ones never sit in memory together."""
    for entry in entries:
        raw, received_at = FailedMail.objects.filter(owner=owner, content_hash=entry.content_hash).values_list(
            "raw", "received_at").get()
        yield IncomingMessage(raw=bytes(raw), source=entry.source, folder=entry.folder, uid=entry.uid,
                              uidvalidity=entry.uidvalidity, received_at=received_at)


def _rewind_folder(entry: LedgerEntry) -> None:
    account_id = entry.source.removeprefix("imap:")
    if not entry.source.startswith("imap:") or not account_id.isdigit() or entry.uid is None:
        return
    FolderState.objects.filter(
        account_id=int(account_id), account__owner_id=entry.owner_id, folder=entry.folder,
        uidvalidity=entry.uidvalidity,
    ).update(last_uid=Least(F("last_uid"), entry.uid - 1))
