"""`onward mail`: import files, manage accounts, sync with clear errors."""

from __future__ import annotations

import mailbox

import pytest
from click.testing import CliRunner

from onward.cli.main import cli
from onward.mail.models import LedgerEntry, MailAccount
from onward.tracker.models import Application
from tests.mail.conftest import IMAP_PASSWORD, IMAP_USER, make_message

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("fake_classifier")]


@pytest.fixture
def run(alice):
    runner = CliRunner()

    def invoke(*args, input=None):
        return runner.invoke(cli, ["--user", "alice", *[str(a) for a in args]], input=input)

    return invoke


def test_import_an_mbox_twice(run, alice, tmp_path):
    path = tmp_path / "takeout.mbox"
    box = mailbox.mbox(path)
    box.add(make_message("Your application", "Thank you for applying to Acme.", "hr@acme.example", message_id="<1@x>"))
    box.add(make_message("Garden club", "Tomatoes.", message_id="<2@x>"))
    box.close()
    result = run("mail", "import", path)
    assert result.exit_code == 0, result.output
    assert "2 read, 1 applied, 0 waiting for review, 1 not job-related, 0 already imported." in result.output
    assert Application.objects.filter(owner=alice).count() == 1
    again = run("mail", "import", path)
    assert "2 already imported" in again.output
    assert LedgerEntry.objects.count() == 2


def test_import_a_folder_of_eml_files(run, tmp_path):
    (tmp_path / "a.eml").write_bytes(make_message("Interview", "An interview next week?", "hr@acme.example"))
    result = run("mail", "import", tmp_path)
    assert result.exit_code == 0, result.output
    assert "1 applied" in result.output


def test_import_refuses_what_is_not_mail(run, tmp_path):
    (tmp_path / "notes.txt").write_text("hello")
    result = run("mail", "import", tmp_path / "notes.txt")
    assert result.exit_code == 2
    assert "neither an mbox file" in result.output
    (tmp_path / "empty").mkdir()
    assert "no .eml files" in run("mail", "import", tmp_path / "empty").output


def test_accounts_add_list_remove(run, alice):
    result = run("mail", "accounts", "add", "Personal", "--host", "imap.example.org", "--username", "me",
                 input="app-password-123\n")
    assert result.exit_code == 0, result.output
    assert "Added Personal (me at imap.example.org:993, INBOX)." in result.output
    listing = run("mail", "accounts", "list")
    assert "Personal" in listing.output and "never synced" in listing.output
    assert "app-password-123" not in listing.output
    duplicate = run("mail", "accounts", "add", "personal", "--host", "h", "--username", "u", "--password-env", "X")
    assert duplicate.exit_code == 2
    assert "already have an account" in duplicate.output
    assert run("mail", "accounts", "remove", "Personal").exit_code == 0
    assert not MailAccount.objects.exists()
    assert "No mail account 'Personal'" in run("mail", "accounts", "remove", "Personal").output


def test_sync_without_accounts(run):
    result = run("mail", "sync")
    assert result.exit_code == 2
    assert "No mail accounts yet" in result.output


def test_sync_against_dovecot_and_a_wrong_password(run, alice, dovecot, monkeypatch):
    with dovecot.client() as client:
        client.create_folder("CliJobs")
        client.append("CliJobs", make_message("Your application", "Thank you for applying to Acme.",
                                              "hr@acme.example", message_id="<cli-1@x>"))
    monkeypatch.setenv("ONWARD_TEST_IMAP", IMAP_PASSWORD)
    monkeypatch.setenv("ONWARD_TEST_IMAP_BAD", "Wrong-Pass-987")
    for name, env in (("Good", "ONWARD_TEST_IMAP"), ("Bad", "ONWARD_TEST_IMAP_BAD")):
        run("mail", "accounts", "add", name, "--host", "127.0.0.1", "--port", dovecot.port, "--security", "none",
            "--username", IMAP_USER, "--password-env", env, "--folders", "CliJobs")
    result = run("mail", "sync")
    assert result.exit_code == 2
    assert "Good: 1 read, 1 applied" in result.output
    assert "Bad: The server at 127.0.0.1" in result.output
    assert "Wrong-Pass-987" not in result.output
    assert "Traceback" not in result.output


def test_review_lists_what_waits_and_answers_one(run, alice, monkeypatch):
    from onward.mail import learn
    from onward.mail.models import MailMessage
    from tests.mail.review_helpers import queued

    retrained = []
    monkeypatch.setattr(learn, "retrain", retrained.append)
    waiting = queued(alice, 1)
    listed = run("mail", "review")
    assert f"{waiting.pk}\t" in listed.output
    assert "Looks like a rejection: they chose another candidate." in listed.output
    bad = run("mail", "review", waiting.pk, "maybe")
    assert bad.exit_code != 0 and "Answer with a label" in bad.output
    missing = run("mail", "review", 999999, "rejection")
    assert missing.exit_code != 0 and "No message with id 999999." in missing.output
    answered = run("mail", "review", waiting.pk, "interview")
    assert answered.exit_code == 0, answered.output
    assert "Saved as an interview invitation." in answered.output
    assert MailMessage.objects.get(pk=waiting.pk).reviewed_label == "interview"
    assert retrained == [alice]
    assert "Nothing is waiting for review." in run("mail", "review").output
