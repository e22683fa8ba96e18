"""The ledger: every message ever seen, by Message-ID and content hash, with its outcome or error.

Known keys are loaded once per run, so checking a message costs a set lookup. Rows for mail that leaves
nothing else behind (not job-related, unreadable) are inserted in batches; a run killed before a batch is
written simply sees those messages again next time, which is harmless because they changed nothing.
"""

from __future__ import annotations

from functools import cache

import numpy as np
from django.db import connection, models, transaction
from django.db.models import Sum
from django.db.models.constants import OnConflict
from django.db.models.functions import Length
from django.utils import timezone

from onward.core.text import storable
from onward.mail.models import FailedMail, LedgerEntry
from onward.mail.sources import IncomingMessage

BATCH_SIZE = 500
# A failed message bigger than this is not kept for `onward mail retry`; its file is read again instead.
MAX_KEPT_BYTES = 25 * 1024 * 1024
# All of one person's kept failed messages together: on a server, a crafted mailbox that fails message after message
# must not fill the disk. Past it, a failed message is recorded without its bytes, as one over MAX_KEPT_BYTES is.
MAX_KEPT_TOTAL_BYTES = 200 * 1024 * 1024


class _Keys:
    """A set of 64-bit hashes that stays small: most in a sorted array (8 bytes each, where a set of strings takes
    about 140), the newest in a set merged into it now and then. Two keys share a hash about once in 10^19 pairs,
    so even at a million messages the chance that a new one is taken for one seen before is below one in ten
    million."""

    def __init__(self):
        self.sorted = np.empty(0, dtype=np.int64)
        self.recent: set[int] = set()

    def add(self, key: str) -> None:
        self.recent.add(hash(key))
        # Merged when the set holds an eighth as many as the array: few merges, and the set never outweighs it.
        if len(self.recent) >= max(10_000, len(self.sorted) // 8):
            self.sorted = np.union1d(self.sorted, np.fromiter(self.recent, dtype=np.int64, count=len(self.recent)))
            self.recent = set()

    def __contains__(self, key: str) -> bool:
        h = hash(key)
        if h in self.recent:
            return True
        at = int(np.searchsorted(self.sorted, h))
        return at < len(self.sorted) and int(self.sorted[at]) == h


class Ledger:
    def __init__(self, owner):
        self.owner = owner
        # Memory that hardly grows with the mailbox: a hundred thousand messages take about 3 MB here.
        self.message_ids = _Keys()
        self.hashes = _Keys()
        rows = LedgerEntry.objects.filter(owner=owner).values_list("message_id", "content_hash")
        for message_id, content_hash in rows.iterator(chunk_size=5_000):
            self.remember(message_id, content_hash)
        self.pending: list[dict] = []  # rows of LedgerEntry's columns, by attribute name
        self.pending_failed: list[FailedMail] = []
        self.kept_bytes: int | None = None  # what this person's failed mail holds, asked at the first failure

    def seen(self, message_id: str, content_hash: str) -> bool:
        return content_hash in self.hashes or (bool(message_id) and message_id in self.message_ids)

    def remember(self, message_id: str, content_hash: str) -> None:
        self.hashes.add(content_hash)
        if message_id:
            self.message_ids.add(message_id)

    def entry(self, incoming: IncomingMessage, message_id: str, content_hash: str, outcome: str, *,
              label: str = "", error: str = "") -> LedgerEntry:
        values = self._values(incoming, message_id, content_hash, outcome, label, error)
        del values["owner_id"]
        return LedgerEntry(owner=self.owner, **values)

    def _values(self, incoming: IncomingMessage, message_id: str, content_hash: str, outcome: str, label: str,
                error: str) -> dict:
        return {
            "owner_id": self.owner.pk, "source": storable(incoming.source)[:300],
            "folder": storable(incoming.folder)[:255], "uid": incoming.uid, "uidvalidity": incoming.uidvalidity,
            "message_id": message_id, "content_hash": content_hash, "outcome": outcome, "label": label,
            "error": storable(error)[:2000], "processed_at": timezone.now(),
        }

    def later(self, incoming: IncomingMessage, message_id: str, content_hash: str, outcome: str, *,
              label: str = "", error: str = "") -> None:
        """The row of a message that leaves nothing else behind, written with the next batch. Kept as plain
        values: most of a big import is these rows, and a model instance for each costs more than storing it."""
        self.pending.append(self._values(incoming, message_id, content_hash, outcome, label, error))
        if len(self.pending) >= BATCH_SIZE:
            self.flush()

    def add_later(self, entry: LedgerEntry) -> None:
        self.pending.append({name: getattr(entry, name) for name, _ in _insert_sql(connection.vendor)[1]})
        if len(self.pending) >= BATCH_SIZE:
            self.flush()

    def failed_later(self, incoming: IncomingMessage, message_id: str, content_hash: str, error: str) -> None:
        """A failed message: its ledger row, and its bytes so it can be retried after a fix."""
        if self.kept_bytes is None:
            self.kept_bytes = FailedMail.objects.filter(owner=self.owner).aggregate(n=Sum(Length("raw")))["n"] or 0
        size = len(incoming.raw)
        if not incoming.too_big and size <= MAX_KEPT_BYTES and self.kept_bytes + size <= MAX_KEPT_TOTAL_BYTES:
            self.kept_bytes += size
            self.pending_failed.append(FailedMail(owner=self.owner, content_hash=content_hash,
                                                  raw=incoming.raw, received_at=incoming.received_at))
        self.later(incoming, message_id, content_hash, LedgerEntry.Outcome.FAILED, error=error)

    def flush(self) -> None:
        if not self.pending:
            return
        # One prepared INSERT run over all rows: bulk_create spends several times longer preparing them than the
        # database takes to store them.
        sql, columns = _insert_sql(connection.vendor)
        rows = [[prep(row[name], connection) if prep else row[name] for name, prep in columns]
                for row in self.pending]
        with transaction.atomic(), connection.cursor() as cursor:
            cursor.executemany(sql, rows)
            if self.pending_failed:
                FailedMail.objects.bulk_create(self.pending_failed, ignore_conflicts=True)
        self.pending = []
        self.pending_failed = []


# Values of these fields go to the database as they are; the others (dates) are adapted by their field.
_PLAIN = (models.CharField, models.TextField, models.IntegerField, models.ForeignKey)


@cache
def _insert_sql(vendor: str) -> tuple[str, list]:
    """INSERT skipping rows already there (the same message recorded by a concurrent run), for this database,
    and the (attribute, adapter or None) of each column."""
    fields = [f for f in LedgerEntry._meta.concrete_fields if not f.primary_key]
    ops, quote = connection.ops, connection.ops.quote_name
    sql = (
        f"{ops.insert_statement(on_conflict=OnConflict.IGNORE)} {quote(LedgerEntry._meta.db_table)} "
        f"({', '.join(quote(f.column) for f in fields)}) VALUES ({', '.join(['%s'] * len(fields))}) "
        f"{ops.on_conflict_suffix_sql(fields, OnConflict.IGNORE, None, None) or ''}"
    )
    return sql.strip(), [(f.attname, None if isinstance(f, _PLAIN) else f.get_db_prep_save) for f in fields]
