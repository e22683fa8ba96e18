"""The live database file that backup and restore tests work on."""

import sqlite3

import pytest
from django.db import connection

from onward.tracker import services


@pytest.fixture
def live(alice, tmp_path, settings):
    """A real Onward database file (a copy of the test database, schema and all) in WAL mode."""
    if connection.vendor != "sqlite":
        pytest.skip("Backups copy the local SQLite database; a PostgreSQL server is backed up with its own tools.")
    settings.DATA_DIR = tmp_path / "data"
    services.create_application(alice, company_name="Acme", title="Committed")
    path = tmp_path / "onward.sqlite3"
    connection.ensure_connection()
    # A dump, not the backup API: the test database is in memory and inside the test's open transaction.
    script = "\n".join(connection.connection.iterdump())
    target = sqlite3.connect(path)
    target.execute("PRAGMA journal_mode=WAL")
    target.executescript(script)
    target.close()
    return path


def titles(path) -> list[str]:
    con = sqlite3.connect(path)
    try:
        return [r[0] for r in con.execute("SELECT title FROM tracker_application ORDER BY id")]
    finally:
        con.close()
