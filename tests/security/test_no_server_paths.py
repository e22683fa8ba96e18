"""In server mode no page names a path on the server: the data folder is the operator's, not the user's.

Every URL in the URL map is requested by a user with a full history, with a broken operator playbook file in
the data folder (so the pages that report its problems do); a mail upload's progress page is read whatever the
upload's name and whatever becomes of the copy the server keeps.
"""

from __future__ import annotations

import shutil

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client

from onward.core.models import Job
from onward.mail import uploads
from tests.mail.conftest import fake_classifier, make_message  # noqa: F401  (a fixture history uses)
from tests.security.test_isolation import MARKER, PUBLIC, _routes, _url, history  # noqa: F401  (a fixture)


@pytest.fixture
def server(settings, tmp_path):
    settings.SERVER_MODE = True
    settings.DATA_DIR = tmp_path / "srvdatazqx"
    settings.DATA_DIR.mkdir()
    (settings.DATA_DIR / "playbook.toml").write_text("[[steps]]\nid = 'x'\nbroken = \n", encoding="utf-8")
    return settings.DATA_DIR


@pytest.mark.django_db
def test_no_page_names_a_server_path(history, server):  # noqa: F811
    client = Client()
    client.force_login(history["user"])
    shown = 0
    for name, pattern in _routes():
        if name in PUBLIC:
            continue
        url = _url(name, pattern, history)
        page = client.get(url, {"window": "all"}).content.decode(errors="replace")
        assert "srvdatazqx" not in page, name
        shown += MARKER in page.lower()
    assert shown >= 15, shown  # the pages were shown with alice's data, not refused


@pytest.mark.django_db
@pytest.mark.parametrize("name", [".eml", ".EML", "..eml"])
def test_a_mail_upload_named_oddly_is_imported_and_its_page_names_no_server_path(name, alice_client, alice, worker,
                                                                                server, fake_classifier):  # noqa: F811
    raw = make_message("Your application", "Thank you for applying to Acme.", message_id="<odd@acme.example>")
    with worker():
        alice_client.post("/mail/import/", {"files": SimpleUploadedFile(name, raw)})
    job = Job.objects.get(owner=alice)
    assert (job.status, job.summary[:6]) == ("done", "1 read")
    assert "srvdatazqx" not in alice_client.get(f"/jobs/{job.pk}/").content.decode()


@pytest.mark.django_db
def test_an_upload_gone_before_its_import_is_named_by_its_own_name(alice_client, alice, worker, server,
                                                                    fake_classifier):  # noqa: F811
    raw = make_message("Your application", "Thank you for applying to Acme.", message_id="<gone@acme.example>")
    with worker():
        alice_client.post("/mail/import/", {"files": SimpleUploadedFile("takeout.mbox", b"From x\n" + raw)})
        shutil.rmtree(uploads.upload_dir())  # say, a clean-up of the data folder while the job waited
    job = Job.objects.get(owner=alice)
    page = alice_client.get(f"/jobs/{job.pk}/").content.decode()
    assert job.status == "failed" and "Nothing to import at takeout.mbox." in page
    assert "srvdatazqx" not in page
