"""A message that failed is tried again after a fix (`onward mail retry`, the button on the mail page), and
trying again is idempotent: nothing is kept twice, and a message that still fails stays recorded as failed."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap

import pytest
from django.urls import reverse

from onward.mail import retry
from onward.mail.models import FailedMail, FolderState, LedgerEntry, MailAccount, MailMessage
from onward.mail.pipeline import ingest
from onward.mail.sources import IncomingMessage
from tests.mail.conftest import make_message

ACME = make_message("Your application to Acme", "Thank you for applying to Acme.", "Acme <hr@acme.example>",
                    message_id="<acme@x>")
BETA = make_message("Your application to Beta", "Thank you for applying to Beta.", "Beta <hr@beta.example>",
                    message_id="<beta@x>")


@pytest.fixture
def buggy_extract(monkeypatch):
    """A bug in one step for messages from Acme; `fix()` puts the real step back."""
    import onward.mail.pipeline as pipeline

    real = pipeline.extract

    def extract(parsed):
        if "Acme" in parsed.subject:
            raise RuntimeError("a bug")
        return real(parsed)

    monkeypatch.setattr(pipeline, "extract", extract)
    return lambda: monkeypatch.setattr(pipeline, "extract", real)


def _ingest(owner, *raws):
    return ingest(owner, [IncomingMessage(raw=raw, source="mbox:inbox.mbox") for raw in raws])


def _state(owner):
    return (sorted(LedgerEntry.objects.filter(owner=owner).values_list("outcome", flat=True)),
            sorted(MailMessage.objects.filter(owner=owner).values_list("subject", flat=True)),
            FailedMail.objects.filter(owner=owner).count())


@pytest.mark.django_db
@pytest.mark.usefixtures("fake_classifier")
def test_a_failed_message_goes_through_once_fixed_and_only_once(alice, buggy_extract):
    assert _ingest(alice, ACME, BETA).failed == 1
    assert _ingest(alice, ACME, BETA).skipped == 2  # the ledger skips it: without retry it would stay out

    still = retry.retry_failed(alice)  # not fixed yet: still failed, nothing kept twice
    assert still.tried == 1 and still.ingest.failed == 1
    assert "still could not be read" in still.summary()
    assert _state(alice) == (["applied", "failed"], ["Your application to Beta"], 1)

    buggy_extract()
    done = retry.retry_failed(alice)
    assert done.tried == 1 and done.ingest.applied == 1, done.ingest.errors
    assert done.summary() == "Tried 1 message again: 1 applied, 0 waiting for review, 0 not job-related."
    assert _state(alice) == (["applied", "applied"], ["Your application to Acme", "Your application to Beta"], 0)

    again = retry.retry_failed(alice)
    assert again.summary() == "No messages are waiting to be tried again."
    assert _state(alice) == (["applied", "applied"], ["Your application to Acme", "Your application to Beta"], 0)


@pytest.mark.django_db
@pytest.mark.usefixtures("fake_classifier")
def test_a_persons_kept_failed_mail_stays_within_its_budget(alice, bob, buggy_extract, monkeypatch):
    import onward.mail.ledger as ledger

    monkeypatch.setattr(ledger, "MAX_KEPT_TOTAL_BYTES", 2 * len(ACME) + 100)
    failing = [make_message(f"Your application to Acme {i}", "Thank you for applying.", "Acme <hr@acme.example>",
                            message_id=f"<acme{i}@x>") for i in range(4)]
    assert _ingest(alice, *failing).failed == 4
    # Two fit; the others are recorded as failed without their bytes, and the next import knows what is kept.
    assert FailedMail.objects.filter(owner=alice).count() == 2
    assert LedgerEntry.objects.filter(owner=alice, outcome="failed").count() == 4
    assert _ingest(alice, make_message("Your application to Acme 9", "Thanks.", "Acme <hr@acme.example>")).failed == 1
    assert FailedMail.objects.filter(owner=alice).count() == 2
    assert _ingest(bob, failing[0]).failed == 1  # each person has a budget of their own
    assert FailedMail.objects.filter(owner=bob).count() == 1


@pytest.mark.django_db
@pytest.mark.usefixtures("fake_classifier")
def test_a_long_retry_goes_a_chunk_at_a_time(alice, monkeypatch):
    import onward.mail.pipeline as pipeline

    real = pipeline.extract
    monkeypatch.setattr(pipeline, "extract", lambda parsed: (_ for _ in ()).throw(RuntimeError("a bug")))
    assert _ingest(alice, ACME, BETA).failed == 2
    monkeypatch.setattr(pipeline, "extract", real)
    monkeypatch.setattr(retry, "CHUNK", 1)
    seen = []
    real_ingest = retry.ingest
    monkeypatch.setattr(retry, "ingest", lambda owner, messages: seen.append(1) or real_ingest(owner, messages))
    report = retry.retry_failed(alice)
    assert len(seen) == 2 and (report.tried, report.ingest.applied) == (2, 2)
    assert _state(alice) == (["applied", "applied"], ["Your application to Acme", "Your application to Beta"], 0)


@pytest.mark.django_db
@pytest.mark.usefixtures("fake_classifier")
def test_a_failure_without_its_bytes_is_read_again_by_the_next_sync_or_import(alice, bob):
    account = MailAccount.objects.create(owner=alice, name="Work", host="imap.example.org", username="me")
    FolderState.objects.create(account=account, folder="INBOX", uidvalidity=7, last_uid=40)
    other = MailAccount.objects.create(owner=bob, name="Work", host="imap.example.org", username="bob")
    FolderState.objects.create(account=other, folder="INBOX", uidvalidity=7, last_uid=40)
    # As an older Onward recorded failures: the row only.
    LedgerEntry.objects.create(owner=alice, source=f"imap:{account.pk}", folder="INBOX", uid=12, uidvalidity=7,
                               content_hash="a" * 64, outcome="failed", error="parse: boom")
    LedgerEntry.objects.create(owner=alice, source="mbox:old.mbox", content_hash="b" * 64, outcome="failed")
    # Bob cannot rewind Alice's folder by naming her account in his own ledger.
    LedgerEntry.objects.create(owner=bob, source=f"imap:{account.pk}", folder="INBOX", uid=3, uidvalidity=7,
                               content_hash="c" * 64, outcome="failed")

    report = retry.retry_failed(alice)
    assert report.released == 2 and report.tried == 0
    assert "2 earlier messages will be read again" in report.summary()
    assert not LedgerEntry.objects.filter(owner=alice).exists()
    assert FolderState.objects.get(account=account).last_uid == 11

    retry.retry_failed(bob)
    assert FolderState.objects.get(account=account).last_uid == 11
    assert FolderState.objects.get(account=other).last_uid == 40


@pytest.mark.django_db
@pytest.mark.usefixtures("fake_classifier")
def test_the_mail_page_offers_the_retry_button(alice_client, alice, bob, buggy_extract):
    _ingest(alice, ACME, BETA)
    _ingest(bob, ACME)
    page = alice_client.get(reverse("mail:index")).content.decode()
    assert "1 message was not imported because Onward could not read it." in page
    assert "Try it again" in page

    buggy_extract()
    response = alice_client.post(reverse("mail:retry"), follow=True)
    assert "Tried 1 message again: 1 applied" in response.content.decode()
    assert "could not read" not in response.content.decode()
    assert MailMessage.objects.filter(owner=alice, subject="Your application to Acme").count() == 1
    # Bob's failure is his own: untouched.
    assert LedgerEntry.objects.filter(owner=bob, outcome="failed").count() == 1

    response = alice_client.post(reverse("mail:retry"), follow=True)
    assert "No messages are waiting to be tried again." in response.content.decode()
    assert MailMessage.objects.filter(owner=alice, subject="Your application to Acme").count() == 1


@pytest.mark.django_db
@pytest.mark.usefixtures("fake_classifier")
def test_a_single_upload_that_fails_says_so_in_words_and_can_be_tried_again(alice_client, alice, buggy_extract):
    from django.core.files.uploadedfile import SimpleUploadedFile

    response = alice_client.post(reverse("mail:upload"), {"file": SimpleUploadedFile("acme.eml", ACME)}, follow=True)
    page = response.content.decode()
    assert "Onward could not read that message, so nothing was changed." in page
    assert "RuntimeError" not in page and "a bug" not in page
    assert "Try it again" in page
    buggy_extract()
    alice_client.post(reverse("mail:retry"))
    assert MailMessage.objects.filter(owner=alice, subject="Your application to Acme").count() == 1


# The CLI as a user runs it: a new process on a fresh data directory. The "bug" is a wrapper that breaks one
# step the way a real bug would; running without it is the fixed Onward.
BUGGY = textwrap.dedent("""
    import sys
    import onward.cli.context as context

    real_setup = context.setup_django

    def setup(data_dir=None):
        real_setup(data_dir)
        import onward.mail.pipeline as pipeline
        real_extract = pipeline.extract

        def extract(parsed):
            if "Acme" in parsed.subject:
                raise RuntimeError("a bug")
            return real_extract(parsed)

        pipeline.extract = extract

    context.setup_django = setup
    from onward.cli.main import cli
    sys.argv[0] = "onward"
    cli()
""")


def test_onward_mail_retry_in_a_new_process(tmp_path):
    env = {k: v for k, v in os.environ.items()
           if k not in ("DJANGO_SETTINGS_MODULE", "DATABASE_URL") and not k.startswith("ONWARD_")}
    env["ONWARD_DATA_DIR"] = str(tmp_path / "data")

    def onward(*args, buggy=False):
        command = [sys.executable, "-c", BUGGY] if buggy else [sys.executable, "-m", "onward"]
        result = subprocess.run([*command, *map(str, args)], env=env, capture_output=True, text=True, timeout=180)
        assert "Traceback" not in result.stderr, result.stderr
        assert result.returncode == 0, result.stderr
        return result

    folder = tmp_path / "mail"
    folder.mkdir()
    (folder / "acme.eml").write_bytes(ACME)
    (folder / "beta.eml").write_bytes(BETA)
    first = onward("mail", "import", folder, buggy=True)
    assert "1 could not be read" in first.stdout and "a bug" in first.stderr

    assert "still could not be read" in onward("mail", "retry", buggy=True).stdout
    fixed = onward("mail", "retry")
    assert "Tried 1 message again:" in fixed.stdout and "still" not in fixed.stdout
    assert onward("mail", "retry").stdout.strip() == "No messages are waiting to be tried again."
    assert "2 already imported" in onward("mail", "import", folder).stdout

