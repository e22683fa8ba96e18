"""Hostile uploads are refused with a message naming the limit, within a bounded time and memory, and nothing
is stored. Each hostile file is generated here (tests/hostile_files.py)."""

import os
import subprocess
import sys
from pathlib import Path

import pytest

from onward.core import limits
from onward.io import imports
from onward.io.importers import base
from onward.io.models import ImportBatch
from onward.match.documents import DocumentError, read_document
from onward.tracker.models import Application
from tests import hostile_files as hostile
from tests.processes import fresh_env

# "Refused rather than hung": far above what a refusal takes, far below what the attacks took (300 s+).
BOUND = 120


def _onward(tmp_path, *args):
    return subprocess.run([sys.executable, "-m", "onward", *args], env=fresh_env(tmp_path / "data"),
                          capture_output=True, text=True, timeout=BOUND)


def test_a_child_that_needs_too_much_memory_is_refused_naming_the_limit():
    with pytest.raises(ValueError, match=r"more than 64 MB of memory to read .the limit."):
        limits.bounded(lambda: bytearray(512 * limits.MB), error=ValueError, memory=64 * limits.MB)


def test_a_child_that_computes_too_long_is_stopped_naming_the_limit():
    def spin():
        while True:
            pass

    with pytest.raises(ValueError, match=r"more than 1 seconds to read .the limit."):
        limits.bounded(spin, error=ValueError, cpu_seconds=1)


def test_a_child_hands_back_results_and_errors_as_they_are():
    assert limits.bounded(sorted, [3, 1, 2], error=ValueError) == [1, 2, 3]
    with pytest.raises(DocumentError, match="not a resume"):
        limits.bounded(lambda: (_ for _ in ()).throw(DocumentError("not a resume")), error=ValueError)


def test_pdf_with_400000_text_operators_is_refused(tmp_path):
    resume = tmp_path / "resume.pdf"
    resume.write_bytes(hostile.pdf_text_operators(400_000))
    assert resume.stat().st_size < 20_000
    posting = tmp_path / "job.txt"
    posting.write_text("Python developer\nWe use Django.\n")
    done = _onward(tmp_path, "match", str(resume), str(posting))
    assert done.returncode == 2, done.stdout
    assert "more than 100,000 pieces of text (the limit)" in done.stderr
    assert "Traceback" not in done.stderr


def test_a_normal_pdf_and_docx_still_read():
    assert "Python developer" in read_document("cv.pdf", hostile.resume_pdf())
    assert "Jane Doe" in read_document("cv.docx", hostile.docx("Jane Doe, Python"))


@pytest.mark.parametrize("understate", [False, True])
def test_docx_that_unpacks_far_beyond_its_size_is_refused(understate):
    data = hostile.docx_bomb(45, understate=understate)
    assert len(data) < 2 * limits.MB
    with pytest.raises(DocumentError) as refused:
        read_document("cv.docx", data)
    assert ("20 MB (the limit)" in str(refused.value)) or (understate and "damaged" in str(refused.value))


def test_resume_upload_of_a_docx_bomb_shows_the_limit_and_stores_nothing(alice_client):
    from django.core.files.uploadedfile import SimpleUploadedFile

    from onward.match.models import ResumeVersion

    response = alice_client.post("/match/resumes/", {
        "name": "Bomb", "file": SimpleUploadedFile("cv.docx", hostile.docx_bomb(45)),
    })
    assert response.status_code == 200
    assert "20 MB (the limit)" in response.content.decode()
    assert not ResumeVersion.objects.exists()


def test_xlsx_padded_with_hundreds_of_mb_is_refused_by_the_cli(tmp_path):
    sheet = tmp_path / "jobs.xlsx"
    sheet.write_bytes(hostile.xlsx_padded(300))
    assert sheet.stat().st_size < 2 * limits.MB
    done = _onward(tmp_path, "import", str(sheet))
    assert done.returncode == 2, done.stdout
    assert "unpacks to more than 200 MB (the limit)" in done.stderr
    assert "Traceback" not in done.stderr


def test_xlsx_padded_web_upload_shows_the_limit_not_a_500(alice_client):
    from django.core.files.uploadedfile import SimpleUploadedFile

    response = alice_client.post("/import/", {"format": "auto", "file": SimpleUploadedFile(
        "jobs.xlsx", hostile.xlsx_padded(300))})
    assert response.status_code == 200
    assert "200 MB (the limit)" in response.content.decode()
    assert not ImportBatch.objects.exists()
    assert not Application.objects.exists()


@pytest.mark.parametrize("kind", ["csv", "xlsx"])
def test_too_many_rows_is_refused_naming_the_limit(alice, monkeypatch, kind):
    monkeypatch.setattr(base, "MAX_ROWS", 50)
    if kind == "csv":
        name, data = "jobs.csv", ("Company,Title\n" + "Acme,Engineer\n" * 60).encode()
    else:
        name, data = "jobs.xlsx", hostile.xlsx_rows(60)
    with pytest.raises(base.ImportFileError, match="more than 50 rows .the limit."):
        imports.preview(alice, name, data)


def _in_a_child(code: str) -> subprocess.CompletedProcess:
    env = dict(os.environ, PYTHONPATH=str(Path(__file__).resolve().parents[2] / "src"))
    return subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, timeout=BOUND)


def test_deeply_nested_html_mail_is_read_not_hung():
    """lexbor's time grows with the square of the nesting; 200,000 nested <div> would take a quarter of an hour."""
    done = _in_a_child(
        "from onward.mail.parse import parse\n"
        "raw = b'From: hr@acme.example\\nSubject: Deep\\nContent-Type: text/html\\n\\n' + b'<div>' * 200000"
        " + b'Thank you for applying'\n"
        "print(parse(raw).text)\n"
    )
    assert done.returncode == 0, done.stderr
    assert "Thank you for applying" in done.stdout


def test_deeply_nested_html_posting_is_read_not_hung():
    done = _in_a_child(
        "from onward.match.documents import read_document\n"
        "print(read_document('job.html', b'<div>' * 400000 + b'<p>Python developer</p>'))\n"
    )
    assert done.returncode == 0, done.stderr
    assert "Python developer" in done.stdout


def test_ordinary_html_is_not_mistaken_for_deep_nesting():
    from onward.core import htmlsafe

    mail = "<table>" + "<tr><td><p>Row<br>line<img src=x></td></tr>" * 5000 + "</table>"
    assert not htmlsafe.too_deep(mail)
    assert htmlsafe.too_deep("<div><span>" * 300)
