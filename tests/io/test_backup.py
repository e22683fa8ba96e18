import sqlite3

import pytest

from onward.io import backup
from onward.io.backup import BackupError
from tests.io.conftest import titles


def test_backup_while_a_writer_holds_an_open_transaction(live, tmp_path):
    (tmp_path / "out").mkdir()
    writer = sqlite3.connect(live, isolation_level=None)
    writer.execute("BEGIN IMMEDIATE")
    writer.execute("UPDATE tracker_application SET title = 'Uncommitted'")
    try:
        made = backup.backup(tmp_path / "out", source=live)
    finally:
        writer.execute("ROLLBACK")
        writer.close()
    assert made.parent == tmp_path / "out"
    assert titles(made) == ["Committed"]
    backup.check_backup(made)


def test_backup_default_location_and_no_overwrite(live, tmp_path):
    first = backup.backup(source=live)
    second = backup.backup(source=live)
    assert first.parent == second.parent == tmp_path / "data" / "backups"
    assert first != second
    with pytest.raises(BackupError, match="already exists"):
        backup.backup(first, source=live)


def test_restore_refuses_what_is_not_an_onward_backup(live, tmp_path):
    text = tmp_path / "notes.txt"
    text.write_text("hello")
    with pytest.raises(BackupError, match="not an SQLite database"):
        backup.restore(text, live=live)
    other = tmp_path / "other.sqlite3"
    con = sqlite3.connect(other)
    con.execute("CREATE TABLE t (x)")
    con.commit()
    con.close()
    with pytest.raises(BackupError, match="not an Onward backup"):
        backup.restore(other, live=live)
    stamped = tmp_path / "stamped.sqlite3"
    con = sqlite3.connect(stamped)
    con.execute(f"PRAGMA application_id = {backup.APPLICATION_ID}")
    con.execute("CREATE TABLE t (x)")
    con.commit()
    con.close()
    with pytest.raises(BackupError, match="lacks Onward's tables"):
        backup.restore(stamped, live=live)
    with pytest.raises(BackupError, match="no file"):
        backup.restore(tmp_path / "missing.sqlite3", live=live)
    assert titles(live) == ["Committed"]


def test_restore_replaces_the_database_and_keeps_the_old_one(live, tmp_path):
    made = backup.backup(tmp_path / "b.sqlite3", source=live)
    con = sqlite3.connect(live)
    con.execute("UPDATE tracker_application SET title = 'Changed later'")
    con.commit()
    con.close()
    kept = backup.restore(made, live=live)
    assert titles(live) == ["Committed"]
    assert titles(kept) == ["Changed later"]
    backup.check_backup(kept)  # the kept copy can itself be restored
    assert not (live.parent / (live.name + ".restoring")).exists()


def test_postgres_says_backups_are_pg_dumps_job(settings, monkeypatch):
    monkeypatch.setitem(settings.DATABASES["default"], "ENGINE", "django.db.backends.postgresql")
    with pytest.raises(BackupError, match="pg_dump"):
        backup.database_path()


def test_the_backup_page_shows_no_server_paths_in_server_mode(alice_client, settings):
    settings.SERVER_MODE = True
    page = alice_client.get("/backup/").content.decode()
    assert str(settings.DATA_DIR) not in page and "made by the person who runs it" in page
    if "sqlite" in settings.DATABASES["default"]["ENGINE"]:
        settings.SERVER_MODE = False  # locally, the owner is told where their own backups go
        assert str(settings.DATA_DIR) in alice_client.get("/backup/").content.decode()
