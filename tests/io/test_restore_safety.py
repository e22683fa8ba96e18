"""A restore checks a backup's schema and migrations before the swap; a refused restore leaves the current data
untouched and usable, and a restore leaves no stray SQLite files behind."""

import json
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from onward.io import backup
from onward.io.backup import BackupError
from tests.io.conftest import titles
from tests.processes import fresh_env

REQUIRED = ("django_migrations", "auth_user", "tracker_application", "tracker_stagechange")


def _crafted(path: Path, *, migrations_from: Path | None = None) -> Path:
    """A file with Onward's stamp and table names: empty tables, or the real migration records over tables
    without Onward's columns."""
    con = sqlite3.connect(path)
    con.execute(f"PRAGMA application_id = {backup.APPLICATION_ID}")
    if migrations_from is None:
        for table in REQUIRED:
            con.execute(f"CREATE TABLE {table} (id INTEGER PRIMARY KEY, app TEXT, name TEXT)")
    else:
        con.execute(f"ATTACH DATABASE '{migrations_from}' AS real")
        con.execute("CREATE TABLE django_migrations AS SELECT * FROM real.django_migrations")
        con.commit()
        con.execute("DETACH DATABASE real")
        for table in REQUIRED[1:]:
            con.execute(f"CREATE TABLE {table} (id INTEGER PRIMARY KEY)")
    con.commit()
    con.close()
    return path


def test_a_stamped_file_with_empty_tables_is_refused_and_live_data_stays(live, tmp_path):
    with pytest.raises(BackupError, match="no record of Onward's database set-up"):
        backup.restore(_crafted(tmp_path / "empty.sqlite3"), live=live)
    with pytest.raises(BackupError, match="lacks the (table|columns)"):
        backup.restore(_crafted(tmp_path / "hollow.sqlite3", migrations_from=live), live=live)
    assert titles(live) == ["Committed"]
    assert sorted(p.name for p in live.parent.iterdir() if p.name.startswith(live.name)) == [live.name]


def test_a_backup_from_a_newer_onward_is_refused(live, tmp_path):
    newer = backup.backup(tmp_path / "newer.sqlite3", source=live)
    con = sqlite3.connect(newer)
    con.execute("INSERT INTO django_migrations (app, name, applied) VALUES ('tracker', '9999_future', '2030-01-01')")
    con.commit()
    con.close()
    with pytest.raises(BackupError, match="newer Onward"):
        backup.restore(newer, live=live)
    assert titles(live) == ["Committed"]


def test_restore_while_the_app_holds_the_database_leaves_no_restoring_files(live, tmp_path):
    made = backup.backup(tmp_path / "b.sqlite3", source=live)
    app = sqlite3.connect(live)  # the web app, with the database open in WAL mode
    app.execute("SELECT count(*) FROM tracker_application").fetchone()
    try:
        backup.restore(made, live=live)
    finally:
        app.close()
    assert not [p.name for p in live.parent.iterdir() if ".restoring" in p.name]
    assert titles(live) == ["Committed"]


def test_cli_refused_restore_keeps_the_data_dir_usable(tmp_path):
    env = fresh_env(tmp_path / "data")

    def onward(*args):
        return subprocess.run([sys.executable, "-m", "onward", *args], env=env, capture_output=True, text=True,
                              timeout=120)

    assert onward("add", "Acme", "Engineer").returncode == 0
    for crafted in (_crafted(tmp_path / "empty.sqlite3"),
                    _crafted(tmp_path / "hollow.sqlite3", migrations_from=tmp_path / "data" / "onward.sqlite3")):
        refused = onward("restore", str(crafted), "--yes")
        assert refused.returncode == 2, refused.stdout
        assert "cannot be restored" in refused.stderr and "Traceback" not in refused.stderr
        listed = onward("list", "--json")
        assert listed.returncode == 0, listed.stderr
        assert [json.loads(line)["company"] for line in listed.stdout.splitlines()] == ["Acme"]
