"""Back up and restore the SQLite database while Onward runs.

A backup is made with SQLite's online backup API, so it is consistent even while the web app writes. Each
backup is stamped with Onward's application id in the SQLite header; restore refuses files without it.
Restore never touches the live database until the new one has been copied and checked, keeps a copy of the
old one, and then swaps the files in one rename.
"""

from __future__ import annotations

import datetime as dt
import os
import sqlite3
from pathlib import Path

from django.conf import settings
from django.db import connections

from onward.core.errors import OnwardError

# "ONWD" in the SQLite header's application_id field: marks a file as an Onward backup.
APPLICATION_ID = 0x4F4E5744
REQUIRED_TABLES = ("django_migrations", "auth_user", "tracker_application", "tracker_stagechange")
SQLITE_MAGIC = b"SQLite format 3\x00"


class BackupError(OnwardError):
    """A backup or restore that cannot go ahead; the message says why and what to do."""


def database_path() -> Path:
    db = settings.DATABASES["default"]
    if "sqlite" not in db["ENGINE"]:
        raise BackupError(
            "Onward is using PostgreSQL here. Back it up with PostgreSQL's own tools, for example "
            "`pg_dump --format=custom --file=onward.dump DBNAME`, and restore with `pg_restore`."
        )
    return Path(db["NAME"])


def backups_dir() -> Path:
    path = Path(settings.DATA_DIR) / "backups"
    path.mkdir(parents=True, exist_ok=True)
    return path


def _stamp() -> str:
    return dt.datetime.now().strftime("%Y%m%d-%H%M%S")


def _unique(path: Path) -> Path:
    """`path`, or the same name with -2, -3 … when two backups land in the same second."""
    candidate, n = path, 1
    while candidate.exists():
        n += 1
        candidate = path.with_name(f"{path.stem}-{n}{path.suffix}")
    return candidate


def _copy(source: Path, target: Path) -> None:
    """Copy one SQLite database into another file with the online backup API (safe while others write)."""
    src = sqlite3.connect(f"file:{source}?mode=ro", uri=True)
    dst = sqlite3.connect(target)
    try:
        with dst:
            src.backup(dst)
    finally:
        src.close()
        dst.close()


def backup(path: Path | str | None = None, *, source: Path | None = None) -> Path:
    """Write a consistent copy of the database (or `source`) to `path` (a file or a folder), by default into
    backups/."""
    source = source or database_path()
    if path is None:
        target = _unique(backups_dir() / f"onward-{_stamp()}.sqlite3")
    else:
        target = Path(path).expanduser()
        if target.is_dir():
            target = _unique(target / f"onward-{_stamp()}.sqlite3")
    if target.exists():
        raise BackupError(f"{target} already exists; choose another name so nothing is overwritten.")
    # A mistyped folder is not made: the backup would land where no one looks for it.
    if not target.parent.is_dir():
        raise BackupError(f"There is no folder {target.parent}. Create it first, or choose a folder that exists; "
                          "nothing was written.")
    partial = target.with_name(target.name + ".partial")
    try:
        _copy(source, partial)
        con = sqlite3.connect(partial)
        try:
            con.execute(f"PRAGMA application_id = {APPLICATION_ID}")
            con.commit()
        finally:
            con.close()
        partial.replace(target)
    finally:
        partial.unlink(missing_ok=True)
    return target


def check_backup(path: Path) -> None:
    """Raise BackupError unless `path` is an SQLite file made by `onward backup`, intact, with Onward's tables."""
    if not path.is_file():
        raise BackupError(f"There is no file at {path}.")
    with path.open("rb") as fh:
        if fh.read(len(SQLITE_MAGIC)) != SQLITE_MAGIC:
            raise BackupError(f"{path.name} is not an SQLite database, so it cannot be an Onward backup.")
    try:
        con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            app_id = con.execute("PRAGMA application_id").fetchone()[0]
            tables = {r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
            integrity = con.execute("PRAGMA quick_check").fetchone()[0]
        finally:
            con.close()
    except sqlite3.DatabaseError as exc:
        raise BackupError(f"{path.name} cannot be read as a database ({exc}).") from None
    if app_id != APPLICATION_ID:
        raise BackupError(f"{path.name} is an SQLite database but not an Onward backup (made by `onward backup`).")
    missing = [t for t in REQUIRED_TABLES if t not in tables]
    if missing:
        raise BackupError(f"{path.name} lacks Onward's tables ({', '.join(missing)}); it cannot be restored.")
    if integrity != "ok":
        raise BackupError(f"{path.name} is damaged ({integrity}); it cannot be restored.")
    _check_schema(path)


def _check_schema(path: Path) -> None:
    """Raise BackupError unless the backup's recorded migrations are ones this Onward knows, complete (every
    migration's dependencies applied too), and its tables have the columns those migrations made.

    A file can carry Onward's stamp and table names yet be empty or hand-made; swapping it in would leave the
    data directory unusable, so this is checked from the file alone, before the swap."""
    from django.db.migrations.loader import MigrationLoader

    con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        applied = set(con.execute("SELECT app, name FROM django_migrations"))
        tables = {
            name: {row[1] for row in con.execute(f'PRAGMA table_info("{name}")')}
            for (name,) in con.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
        }
    except sqlite3.DatabaseError as exc:
        raise BackupError(f"{path.name} cannot be read as an Onward backup ({exc}).") from None
    finally:
        con.close()
    loader = MigrationLoader(None, ignore_no_migrations=True)
    graph = loader.graph
    known_apps = {app for app, _ in graph.nodes}
    ours = {key for key in applied if key[0] in known_apps}
    newer = sorted(f"{app}.{name}" for app, name in ours if (app, name) not in graph.nodes)
    if newer:
        raise BackupError(f"{path.name} was made by a newer Onward (it has migrations this one does not know: "
                          f"{', '.join(newer[:3])}). Update Onward, then restore it.")
    if not ours:
        raise BackupError(f"{path.name} has no record of Onward's database set-up, so it cannot be restored.")
    incomplete = sorted(f"{key[0]}.{key[1]}" for key in ours
                        if any(parent.key not in ours for parent in graph.node_map[key].parents))
    if incomplete:
        raise BackupError(f"{path.name} has an incomplete database set-up ({', '.join(incomplete[:3])}); it "
                          "cannot be restored.")
    leaves = [key for key in ours if not any(child.key in ours for child in graph.node_map[key].children)]
    state = loader.project_state(nodes=leaves, at_end=True)
    for model in state.apps.get_models():
        if not model._meta.managed or model._meta.proxy:
            continue
        table = model._meta.db_table
        if table not in tables:
            raise BackupError(f"{path.name} lacks the table {table}; it cannot be restored.")
        missing = [f.column for f in model._meta.local_concrete_fields if f.column not in tables[table]]
        if missing:
            raise BackupError(f"{path.name} lacks the columns {', '.join(missing[:3])} of {table}; it cannot be "
                              "restored.")


def restore(path: Path | str, *, live: Path | None = None) -> Path | None:
    """Replace the database (or the SQLite file `live`) with a backup.

    Returns where the previous database was kept (None if there was none).
    """
    source = Path(path).expanduser()
    ours = live is None
    live = live or database_path()
    check_backup(source)
    incoming = live.with_name(live.name + ".restoring")
    incoming.unlink(missing_ok=True)
    try:
        _copy(source, incoming)
        _rollback_journal(incoming)
        check_backup(incoming)
        kept = None
        if live.exists():
            kept = backup(_unique(backups_dir() / f"before-restore-{_stamp()}.sqlite3"), source=live)
        if ours:
            connections.close_all()
        if live.exists():
            # Fold the write-ahead log into the old file and empty it, so it cannot be replayed onto the new one.
            con = sqlite3.connect(live)
            try:
                con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            finally:
                con.close()
        os.replace(incoming, live)
        for suffix in ("-wal", "-shm"):
            live.with_name(live.name + suffix).unlink(missing_ok=True)
    finally:
        for leftover in (incoming, *(incoming.with_name(incoming.name + s) for s in ("-wal", "-shm", "-journal"))):
            leftover.unlink(missing_ok=True)
    return kept


def _rollback_journal(path: Path) -> None:
    """Switch a copied database out of WAL mode, so reading it (read-only, to check it) leaves no -wal and -shm
    files behind; Onward switches the live database back to WAL when it next opens it."""
    con = sqlite3.connect(path)
    try:
        con.execute("PRAGMA journal_mode=DELETE")
    finally:
        con.close()
