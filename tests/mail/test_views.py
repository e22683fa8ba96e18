"""The mail pages: each user sees only their own accounts and messages; HTML is shown sanitised."""

from __future__ import annotations

import stat

import pytest
from django.conf import settings
from django.urls import reverse

from onward.mail import accounts
from onward.mail.models import MailAccount, MailMessage
from onward.mail.pipeline import ingest
from onward.mail.sources import IncomingMessage
from onward.tracker.models import Application
from tests.mail.conftest import make_message

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("fake_classifier")]


def _kept(owner, subject="[unsure] Your application", html=None):
    ingest(owner, [IncomingMessage(raw=make_message(subject, "Thank you for applying to Acme.",
                                                    "Acme Careers <hr@acme.example>", html=html), source="upload")])
    return MailMessage.objects.filter(owner=owner).latest("id")


def test_index_and_review_pages_render(alice_client, alice):
    _kept(alice)
    page = alice_client.get(reverse("mail:index"))
    assert page.status_code == 200
    assert "1 message waiting for you to check" in page.content.decode()
    review = alice_client.get(reverse("mail:review"))
    assert "Looks like a note that your application arrived." in review.content.decode()
    assert 'phrase &quot;[unsure]&quot;' in review.content.decode().split("<summary>Details</summary>")[1]


def test_add_account_stores_the_password_encrypted_and_never_shows_it(alice_client, alice):
    response = alice_client.post(reverse("mail:account_add"), {
        "name": "Personal", "host": "imap.example.org", "security": "ssl", "username": "me@example.org",
        "password": "hunter2-app-password", "folders": "INBOX, Jobs",
    })
    assert response.status_code == 302
    account = MailAccount.objects.get(owner=alice)
    assert account.port == 993
    assert account.folder_list == ["INBOX", "Jobs"]
    assert "hunter2" not in account.password_encrypted
    assert accounts.account_password(account) == "hunter2-app-password"
    key = settings.DATA_DIR / "mail.key"
    assert stat.S_IMODE(key.stat().st_mode) == 0o600
    page = alice_client.get(reverse("mail:index")).content.decode()
    assert "Personal" in page and "hunter2" not in page


def test_add_account_without_a_password_is_refused_clearly(alice_client):
    response = alice_client.post(reverse("mail:account_add"), {
        "name": "Work", "host": "imap.example.org", "security": "ssl", "username": "me", "folders": "INBOX"})
    assert response.status_code == 400
    assert "Give either a password" in response.content.decode()
    assert not MailAccount.objects.exists()


def test_sync_button_queues_a_sync_job(alice_client, alice, worker):
    from onward.core.models import Job

    account = accounts.add_account(alice, name="P", host="h", username="u", password="p")
    with worker():
        response = alice_client.post(reverse("mail:account_sync", args=[account.pk]), HTTP_HX_REQUEST="true")
        assert response.status_code == 200
        job = Job.objects.get(owner=alice, kind="mail_sync")
        assert "Syncing…" in response.content.decode()
        assert f'<a href="/jobs/{job.pk}/">See how far it has got</a>' in response.content.decode()
        assert "<html" not in response.content.decode()
        account.refresh_from_db()
        assert account.last_sync_status == "Syncing…"
        # A second click while the first sync waits or runs does not queue another.
        assert accounts.start_background_sync(account) == (job, False)
    job.refresh_from_db()
    # The worker tried: the server "h" cannot be reached, which the job and the account both say.
    account.refresh_from_db()
    assert job.status == "failed" and account.last_sync_status.startswith("Not synced: ")
    assert account.last_sync_status.removeprefix("Not synced: ") in job.summary
    assert accounts.start_background_sync(account)[1] is True


def test_paste_a_message(alice_client, alice):
    response = alice_client.post(reverse("mail:upload"), {
        "subject": "Your application", "sender": "Acme Careers <hr@acme.example>",
        "body": "Thank you for applying to Acme.",
    })
    msg = MailMessage.objects.get(owner=alice)
    assert response.url == reverse("mail:message", args=[msg.pk])
    assert Application.objects.get(owner=alice).company.name == "Acme"
    again = alice_client.post(reverse("mail:upload"), {"body": "Thank you for applying to Acme.",
                                                      "subject": "Your application", "sender": "hr@acme.example"})
    assert again.status_code == 302


def test_upload_needs_something(alice_client):
    response = alice_client.post(reverse("mail:upload"), {})
    assert response.status_code == 400
    assert "Choose a file or paste the text of a message." in response.content.decode()


def test_not_job_related_upload_is_not_kept(alice_client, alice):
    response = alice_client.post(reverse("mail:upload"), {"body": "The tomatoes are ripe."}, follow=True)
    assert "does not look job-related" in response.content.decode()
    assert not MailMessage.objects.exists()


def test_message_page_sanitises_html(alice_client, alice):
    msg = _kept(alice, html='<p onclick="x()">Hello <b>there</b></p><script>steal()</script><img src="http://t/x.gif">')
    page = alice_client.get(reverse("mail:message", args=[msg.pk])).content.decode()
    assert "<b>there</b>" in page
    assert "steal()" not in page and "onclick" not in page and "t/x.gif" not in page


def test_review_by_htmx_returns_the_item(alice_client, alice):
    msg = _kept(alice)
    prefix = f"m{msg.pk}"
    response = alice_client.post(reverse("mail:message_review", args=[msg.pk]),
                                 {f"{prefix}-label": "application_ack", f"{prefix}-application": ""},
                                 HTTP_HX_REQUEST="true")
    body = response.content.decode()
    assert "Saved as <strong>Application received</strong>" in body
    assert "<html" not in body
    msg.refresh_from_db()
    assert msg.status == "confirmed"


def test_undo_from_the_message_page(alice_client, alice):
    msg = _kept(alice, subject="Your application")
    assert msg.status == "applied"
    page = alice_client.get(reverse("mail:message", args=[msg.pk])).content.decode()
    assert "<li>Added the application</li>" in page
    response = alice_client.post(reverse("mail:message_undo", args=[msg.pk]), follow=True)
    assert "Undone" in response.content.decode()
    assert not Application.objects.filter(owner=alice).exists()


def test_other_users_get_404_everywhere(client, alice, bob):
    msg = _kept(alice)
    account = accounts.add_account(alice, name="P", host="h", username="u", password="p")
    client.force_login(bob)
    for name, method in [("mail:message", "get"), ("mail:message_review", "post"), ("mail:message_undo", "post")]:
        assert getattr(client, method)(reverse(name, args=[msg.pk])).status_code == 404
    for name in ("mail:account_sync", "mail:account_remove"):
        assert client.post(reverse(name, args=[account.pk])).status_code == 404
    assert "Your application" not in client.get(reverse("mail:review")).content.decode()
    assert MailAccount.objects.filter(pk=account.pk).exists()


def test_pages_need_login(client):
    assert client.get(reverse("mail:index")).status_code == 302
