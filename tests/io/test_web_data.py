"""Export, backup and restore from the web app (Settings → Your data), not only from the command line."""

import csv
import io
import json
import sqlite3

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from onward.io import backup
from onward.tracker import services
from tests.io.conftest import titles


@pytest.fixture
def live(live, monkeypatch):
    """The conftest's database file, standing in for the live one (the test database is in memory)."""
    monkeypatch.setattr(backup, "database_path", lambda: live)
    real_restore = backup.restore
    # The view's restore swaps this file rather than the in-memory test database.
    monkeypatch.setattr(backup, "restore", lambda source: real_restore(source, live=live))
    return live


def test_settings_and_the_data_page_lead_to_export_backup_and_restore(alice_client, live):
    assert reverse("onward_io:data") in alice_client.get(reverse("core:settings")).content.decode()
    page = alice_client.get(reverse("onward_io:data")).content.decode()
    for url in (reverse("onward_io:export", args=["json"]), reverse("onward_io:export", args=["csv"]),
                reverse("onward_io:backup_file"), reverse("onward_io:restore")):
        assert url in page


def test_export_json_and_csv_hold_only_your_data(alice_client, alice, bob):
    services.create_application(alice, company_name="Acme", title="Data Engineer")
    services.create_application(bob, company_name="Bobco", title="Secret role")
    response = alice_client.get(reverse("onward_io:export", args=["json"]))
    assert response["Content-Disposition"].startswith('attachment; filename="onward-')
    data = json.loads(response.content)
    assert [a["title"] for a in data["applications"]] == ["Data Engineer"]
    response = alice_client.get(reverse("onward_io:export", args=["csv"]))
    rows = list(csv.DictReader(io.StringIO(response.content.decode("utf-8-sig"))))
    assert [r["title"] for r in rows] == ["Data Engineer"] and "Secret role" not in response.content.decode()
    assert alice_client.get(reverse("onward_io:export", args=["xml"])).status_code == 404


def test_a_backup_file_downloads_and_is_kept(alice_client, live, settings):
    response = alice_client.get(reverse("onward_io:backup_file"))
    assert response.status_code == 200
    content = b"".join(response.streaming_content)
    assert content.startswith(b"SQLite format 3\x00")
    kept = list((settings.DATA_DIR / "backups").glob("onward-*.sqlite3"))
    assert len(kept) == 1
    backup.check_backup(kept[0])


def test_restore_brings_a_backup_back_and_keeps_what_was_there(alice_client, live, tmp_path, settings):
    made = backup.backup(tmp_path / "made.sqlite3", source=live)
    con = sqlite3.connect(live)
    con.execute("UPDATE tracker_application SET title = 'Changed since'")
    con.commit()
    con.close()
    upload = SimpleUploadedFile("made.sqlite3", made.read_bytes())
    response = alice_client.post(reverse("onward_io:restore"), {"backup": upload})
    assert response.status_code == 200 and "Backup restored" in response.content.decode()
    assert titles(live) == ["Committed"]
    before = list((settings.DATA_DIR / "backups").glob("before-restore-*.sqlite3"))
    assert len(before) == 1 and titles(before[0]) == ["Changed since"]


def test_a_file_that_is_not_a_backup_changes_nothing(alice_client, live):
    upload = SimpleUploadedFile("notes.sqlite3", b"just some notes")
    response = alice_client.post(reverse("onward_io:restore"), {"backup": upload})
    assert response.status_code == 400
    text = response.content.decode()
    assert "is not an SQLite database" in text and "Nothing was changed." in text
    assert titles(live) == ["Committed"]


def test_backup_files_are_not_offered_on_a_shared_server(alice_client, live, settings):
    settings.SERVER_MODE = True
    assert alice_client.get(reverse("onward_io:backup_file")).status_code == 404
    assert alice_client.post(reverse("onward_io:restore")).status_code == 404
    page = alice_client.get(reverse("onward_io:data")).content.decode()
    assert reverse("onward_io:export", args=["json"]) in page and reverse("onward_io:restore") not in page


def test_with_several_people_only_the_administrator_restores(alice_client, bob, live):
    page = alice_client.get(reverse("onward_io:data")).content.decode()
    assert reverse("onward_io:restore") not in page
    assert alice_client.get(reverse("onward_io:backup_file")).status_code == 404
