"""Importing an mbox or .eml files from the web page: the upload is kept on disk, imported in the background
with its progress shown (polled by HTMX), and removed at the end."""

from __future__ import annotations

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile

from onward.core.models import Job
from onward.mail import uploads
from onward.mail.models import LedgerEntry
from tests.mail.conftest import make_message

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("fake_classifier")]


@pytest.fixture(autouse=True)
def data_dir(settings, tmp_path):
    settings.DATA_DIR = tmp_path
    return tmp_path


def _mbox(n: int) -> bytes:
    parts = []
    for i in range(n):
        raw = make_message(f"Note {i}", "Thank you for applying to Acme." if i == 0 else "Garden news.",
                           message_id=f"<web-{i}@x>")
        parts.append(b"From someone@example.org Mon Mar  3 09:30:00 2025\n" + raw + b"\n")
    return b"".join(parts)


def test_an_uploaded_mbox_is_imported_with_progress_and_then_removed(alice_client, alice, worker):
    with worker():
        response = alice_client.post("/mail/import/", {"files": SimpleUploadedFile("takeout.mbox", _mbox(3))})
        job = Job.objects.get(owner=alice, kind="mail_import")
        assert response.status_code == 302 and response["Location"] == f"/jobs/{job.pk}/"
        assert job.status == "queued" and (uploads.upload_dir() / job.params["path"].split("/")[-2]).is_dir()
        waiting = alice_client.get(f"/jobs/{job.pk}/", headers={"HX-Request": "true"}).content.decode()
        assert 'hx-trigger="every 1s"' in waiting and "<html" not in waiting and "Waiting to start" in waiting
        polled = alice_client.get(f"/jobs/{job.pk}/?heading=1", headers={"HX-Request": "true"}).content.decode()
        assert "<h1>Importing takeout.mbox</h1>" in polled and "?heading=1" in polled
    job.refresh_from_db()
    assert job.status == "done" and job.summary.startswith("3 read")
    assert (job.done, job.total) != (0, 0) and job.percent == 100
    assert LedgerEntry.objects.filter(owner=alice).count() == 3
    assert not any(uploads.upload_dir().iterdir())
    page = alice_client.get(f"/jobs/{job.pk}/").content.decode()
    # The heading said what was going on ("Importing takeout.mbox"); now it says what happened.
    assert "<h1>Import finished: 3 messages read, 0 to review</h1>" in page and "3 read" in page
    assert "every 1s" not in page and "<title>Import finished: 3 messages read, 0 to review · Onward</title>" in page
    assert "Nothing is waiting for you to check." in page and "/mail/review/" not in page.split("<main")[-1]


def test_a_finished_import_leads_to_what_waits_for_review(alice_client, alice, worker):
    raw = make_message("[unsure] Your application", "A note about your application.", message_id="<unsure@x>")
    with worker():
        alice_client.post("/mail/import/", {"files": SimpleUploadedFile("m.eml", raw)})
    job = Job.objects.get(owner=alice)
    page = alice_client.get(f"/jobs/{job.pk}/", headers={"HX-Request": "true"}).content.decode()
    assert "1 waiting for review" in page
    assert '<a href="/mail/review/">1 message waits for you to check</a>' in page


def test_eml_files_are_imported_as_a_folder(alice_client, alice, worker):
    files = [SimpleUploadedFile(f"m{i}.eml", make_message(f"Hi {i}", "Hello.", message_id=f"<e{i}@x>"))
             for i in range(2)]
    with worker():
        alice_client.post("/mail/import/", {"folder": files})
    job = Job.objects.get(owner=alice)
    assert (job.title, job.unit, job.done, job.total) == ("Importing 2 .eml files", "files", 2, 2)
    assert job.summary.startswith("2 read")


def test_a_failed_import_still_removes_the_upload(alice_client, alice, worker, monkeypatch):
    from onward.mail import imports

    def broken(*args, **kwargs):
        raise RuntimeError("a bug")

    monkeypatch.setattr(imports, "import_path", broken)
    with worker():
        alice_client.post("/mail/import/", {"files": SimpleUploadedFile("takeout.mbox", _mbox(2))})
    job = Job.objects.get(owner=alice)
    assert job.status == "failed" and job.summary.startswith("It stopped because of a bug in Onward (reference ")
    assert not any(uploads.upload_dir().iterdir())


def test_a_file_that_is_not_mail_is_refused_and_nothing_is_left(alice_client, alice):
    response = alice_client.post("/mail/import/", {"files": SimpleUploadedFile("notes.txt", b"hello there")},
                                 follow=True)
    assert "is neither an mbox file" in response.content.decode()
    assert not Job.objects.exists()
    assert not any(uploads.upload_dir().iterdir())


def test_the_mail_page_offers_the_import(alice_client):
    page = alice_client.get("/mail/").content.decode()
    assert 'action="/mail/import/"' in page and "webkitdirectory" in page


def test_eml_files_that_cannot_be_read_are_named_and_the_rest_imported(alice_client, alice, worker):
    files = [SimpleUploadedFile(f"m{i}.eml", make_message(f"Hi {i}", "Hello.", message_id=f"<u{i}@x>"))
             for i in range(2)]
    files += [SimpleUploadedFile("empty.eml", b""), SimpleUploadedFile("photo.eml", b"\x89PNG\r\n\x1a\n\x00\x00")]
    with worker():
        alice_client.post("/mail/import/", {"folder": files})
    job = Job.objects.get(owner=alice)
    assert job.status == "done" and job.summary.startswith("2 read")
    page = alice_client.get(f"/jobs/{job.pk}/").content.decode()
    assert "Not read: empty.eml (the file is empty) and photo.eml (it is not an e-mail message)." in page
    assert "<h1>Import finished: 2 messages read, 0 to review, 2 files not read</h1>" in page
    assert not any(uploads.upload_dir().iterdir())


def test_eml_files_none_of_which_can_be_read_are_refused_by_name(alice_client, alice):
    files = [SimpleUploadedFile("empty.eml", b""), SimpleUploadedFile("photo.eml", b"\x89PNG\r\n\x1a\n\x00\x00")]
    response = alice_client.post("/mail/import/", {"folder": files}, follow=True)
    assert "None of the files could be read: empty.eml (the file is empty) and photo.eml (it is not an e-mail " \
           "message). Nothing was imported." in response.content.decode()
    assert not Job.objects.exists() and not any(uploads.upload_dir().iterdir())


def test_a_failed_import_says_so_in_its_heading_and_keeps_nothing_half_done(alice_client, alice, worker, monkeypatch):
    from onward.mail import imports
    from onward.mail.apply import MailError

    def refused(*args, **kwargs):
        raise MailError("The file changed while it was being read.")

    monkeypatch.setattr(imports, "import_path", refused)
    with worker():
        alice_client.post("/mail/import/", {"files": SimpleUploadedFile("takeout.mbox", _mbox(2))})
    job = Job.objects.get(owner=alice)
    page = alice_client.get(f"/jobs/{job.pk}/", headers={"HX-Request": "true"}).content.decode()
    assert "every 1s" not in page and "<progress" not in page
    full = alice_client.get(f"/jobs/{job.pk}/").content.decode()
    assert "<h1>The import could not be finished</h1>" in full
    assert "The file changed while it was being read. Nothing was changed." in full
    assert not LedgerEntry.objects.filter(owner=alice).exists()
