"""A JSON document of the wrong shape is refused before anything is written, naming the path of the bad value."""

import json
import subprocess
import sys

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile

from onward.io import imports
from onward.io.models import ImportBatch
from onward.tracker.models import Application, Company
from tests.processes import fresh_env

BASE = {"format": "onward-export", "version": 1}
APP = {"id": 1, "company": 1, "title": "Engineer"}
CASES = {
    "applications as an integer": ({**BASE, "applications": 5}, "applications: Input should be a valid list"),
    "applications as a string": ({**BASE, "applications": "many"}, "applications: Input should be a valid list"),
    "applications as a dict": ({**BASE, "applications": {"1": APP}}, "applications: Input should be a valid list"),
    "a null date": ({**BASE, "companies": [{"id": 1, "name": "Acme"}],
                     "applications": [{**APP, "date_saved": None}]}, "applications[0].date_saved:"),
    "a null date in history": ({**BASE, "companies": [{"id": 1, "name": "Acme"}], "applications": [
        {**APP, "stage_history": [{"to_stage": "applied", "changed_at": None}]}]},
        "applications[0].stage_history[0].changed_at:"),
    "a 100,000-character name": ({**BASE, "companies": [{"id": 1, "name": "x" * 100_000}]},
                                 "companies[0].name: String should have at most"),
    "an out-of-range profile value": ({**BASE, "profile": {"follow_up_after_days": 100_000}},
                                      "profile.follow_up_after_days: Input should be less than or equal to 90"),
    "a list used as an id": ({**BASE, "companies": [{"id": [1, 2], "name": "Acme"}]},
                             "companies[0].id: Input should be a valid integer"),
    "a list used as a foreign key": ({**BASE, "companies": [{"id": 1, "name": "Acme"}],
                                      "applications": [{**APP, "company": [1]}]}, "applications[0].company:"),
}


@pytest.mark.parametrize("name", CASES)
def test_bad_documents_are_refused_with_the_path(alice, name):
    document, path = CASES[name]
    with pytest.raises(imports.ImportFileError, match="nothing was changed") as refused:
        imports.preview(alice, "export.json", json.dumps(document).encode())
    assert path in str(refused.value)
    assert not Company.objects.exists() and not Application.objects.exists()


def test_web_upload_of_a_bad_document_is_a_message_not_a_500(alice_client):
    document, path = CASES["applications as a dict"]
    response = alice_client.post("/import/", {"format": "auto", "file": SimpleUploadedFile(
        "export.json", json.dumps(document).encode())})
    assert response.status_code == 200
    assert path in response.content.decode()
    assert not ImportBatch.objects.exists()


def test_deep_nesting_is_refused_without_a_traceback(tmp_path):
    path = tmp_path / "export.json"
    path.write_bytes(b'{"format": "onward-export", "version": 1, "notes": ' + b"[" * 100_000 + b"]" * 100_000 + b"}")
    env = fresh_env(tmp_path / "data")
    done = subprocess.run([sys.executable, "-m", "onward", "import", str(path)], env=env, capture_output=True,
                          text=True, timeout=120)
    assert done.returncode == 2
    assert "nested far too deeply" in done.stderr
    assert "Traceback" not in done.stderr and "RecursionError" not in done.stderr


def test_a_malformed_csv_row_is_named_on_one_clean_line(tmp_path):
    """A quote never closed swallows the rest of the file into one cell: the preview names that row on one line,
    without the file's line breaks or control bytes, and imports nothing from it."""
    path = tmp_path / "jobs.csv"
    path.write_bytes(b'company,title,stage\n"Acme,Data Analyst\n,,\n\x00\x01rest of the file')
    env = fresh_env(tmp_path / "data")
    done = subprocess.run([sys.executable, "-m", "onward", "import", str(path)], env=env, capture_output=True,
                          text=True, timeout=300)
    assert "Traceback" not in done.stderr
    row = next(line for line in done.stdout.splitlines() if "row 2" in line)
    assert "cannot be imported (No role title.)" in row and "(no role title) at Acme,Data Analyst" in row
    assert not any(ch in done.stdout for ch in "\x00\x01")
    assert "Imported 0 from jobs.csv. Nothing else was changed." in done.stdout
