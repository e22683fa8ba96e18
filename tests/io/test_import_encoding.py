"""A CSV that is not UTF-8 is read in the encoding it was saved in, says which, and lets the person change it."""

import subprocess
import sys

from django.core.files.uploadedfile import SimpleUploadedFile

from onward.io import imports
from onward.io.models import ImportBatch
from tests.processes import fresh_env

LATIN1 = "Company,Title\nCafé Müller,Ingénieur\nBäckerei Schön,Verkäufer\n".encode("latin-1")


def test_latin1_csv_is_read_without_mojibake_and_says_how(alice):
    result = imports.preview(alice, "jobs.csv", LATIN1)
    assert [p.row.company_name for p in result.rows] == ["Café Müller", "Bäckerei Schön"]
    assert result.encoding == "cp1252" and result.encoding_guessed
    assert "Western European" in result.encoding_label


def test_utf8_is_not_a_guess(alice):
    result = imports.preview(alice, "jobs.csv", LATIN1.decode("latin-1").encode("utf-8"))
    assert (result.encoding, result.encoding_guessed) == ("utf-8", False)


def test_the_person_can_choose_the_encoding(alice):
    polish = "Company,Title\nŁódź Software,Programista\n".encode("cp1250")
    result = imports.preview(alice, "jobs.csv", polish, encoding="cp1250")
    assert result.rows[0].row.company_name == "Łódź Software"


def test_a_wrong_choice_is_a_clear_message(alice):
    import pytest

    with pytest.raises(imports.ImportFileError, match="cannot be read as UTF-8"):
        imports.preview(alice, "jobs.csv", LATIN1, encoding="utf-8")
    with pytest.raises(imports.ImportFileError, match="does not know the text encoding"):
        imports.preview(alice, "jobs.csv", LATIN1, encoding="klingon")


def test_web_preview_shows_the_encoding_and_reads_again_in_another(alice_client):
    response = alice_client.post("/import/", {"format": "auto", "file": SimpleUploadedFile("jobs.csv", LATIN1)})
    batch = ImportBatch.objects.get()
    page = alice_client.get(response["Location"]).content.decode()
    assert "Windows-1252 (Western European)" in page and "Café Müller" in page
    alice_client.post(f"/import/{batch.pk}/encoding/", {"encoding": "mac_roman"})
    batch.refresh_from_db()
    assert batch.encoding == "mac_roman"
    page = alice_client.get(f"/import/{batch.pk}/").content.decode()
    assert "Mac OS Roman" in page and "Café Müller" not in page


def test_cli_encoding_option(tmp_path):
    path = tmp_path / "jobs.csv"
    path.write_bytes("Company,Title\nŁódź Software,Programista\n".encode("cp1250"))
    env = fresh_env(tmp_path / "data")
    done = subprocess.run([sys.executable, "-m", "onward", "import", str(path), "--encoding", "cp1250", "-v"],
                          env=env, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert "Read as Windows-1250 (Central European)" in done.stdout
    assert "Programista at Łódź Software" in done.stdout
