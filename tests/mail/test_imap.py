"""Sync against a real Dovecot: full, incremental, UIDVALIDITY reset, wrong password, TLS modes, read-only."""

from __future__ import annotations

import ssl
import uuid

import pytest

from onward.mail import accounts
from onward.mail.models import FolderState, LedgerEntry, MailAccount, MailMessage
from onward.mail.sources.imap import ImapError
from tests.mail.conftest import IMAP_PASSWORD, IMAP_USER, make_message

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("fake_classifier")]


def _folder(dovecot) -> str:
    name = f"Jobs-{uuid.uuid4().hex[:8]}"
    with dovecot.client() as client:
        client.create_folder(name)
    return name


def _append(dovecot, folder: str, *messages: bytes) -> None:
    with dovecot.client() as client:
        for raw in messages:
            client.append(folder, raw)


def _account(owner, dovecot, folder: str, **overrides) -> MailAccount:
    fields = dict(name=f"test-{folder}", host="127.0.0.1", port=dovecot.port, security="none", username=IMAP_USER,
                  password=IMAP_PASSWORD, folders=folder)
    fields.update(overrides)
    return accounts.add_account(owner, **fields)


def _ack(n: int) -> bytes:
    return make_message(f"Your application to Acme {n}", f"Thank you for applying to Acme {n}.",
                        "Acme Careers <jobs@acme.example>", message_id=f"<ack-{n}-{uuid.uuid4().hex}@acme.example>")


def _other(n: int) -> bytes:
    return make_message(f"Garden club {n}", "The roses are blooming.", message_id=f"<o-{n}-{uuid.uuid4().hex}@x>")


def test_full_then_incremental_sync_fetches_only_new_uids(alice, dovecot, monkeypatch):
    folder = _folder(dovecot)
    _append(dovecot, folder, _ack(1), _other(1), _ack(2))
    account = _account(alice, dovecot, folder)

    report = accounts.sync_account(account)
    assert (report.seen, report.applied, report.ignored) == (3, 2, 1)
    state = FolderState.objects.get(account=account, folder=folder)
    assert state.last_uid == 3

    _append(dovecot, folder, _ack(3))
    fetched = []
    from onward.mail.sources import imap

    real_fetch = imap.IMAPClient.fetch

    def spy(self, messages, data, *args, **kwargs):
        if "BODY.PEEK[]" in data:
            fetched.extend(messages)
        return real_fetch(self, messages, data, *args, **kwargs)

    monkeypatch.setattr(imap.IMAPClient, "fetch", spy)
    report = accounts.sync_account(account)
    assert fetched == [4]
    assert (report.seen, report.applied) == (1, 1)
    assert MailMessage.objects.filter(owner=alice).count() == 3
    account.refresh_from_db()
    assert "1 applied" in account.last_sync_status


def test_sync_leaves_mail_unread_and_in_place(alice, dovecot):
    folder = _folder(dovecot)
    _append(dovecot, folder, _ack(1))
    accounts.sync_account(_account(alice, dovecot, folder))
    with dovecot.client() as client:
        client.select_folder(folder, readonly=True)
        flags = client.get_flags(client.search("ALL"))
    assert len(flags) == 1
    assert all(b"\\Seen" not in f for f in flags.values())


def test_uidvalidity_change_rereads_the_folder_without_duplicates(alice, dovecot):
    folder = _folder(dovecot)
    first, second = _ack(1), _ack(2)
    _append(dovecot, folder, first, second)
    account = _account(alice, dovecot, folder)
    accounts.sync_account(account)
    old = FolderState.objects.get(account=account)

    # The mailbox is rebuilt: same messages plus a new one, under a new UIDVALIDITY.
    with dovecot.client() as client:
        client.delete_folder(folder)
        client.create_folder(folder)
    _append(dovecot, folder, first, second, _ack(3))

    report = accounts.sync_account(account)
    new = FolderState.objects.get(account=account)
    assert new.uidvalidity != old.uidvalidity
    assert report.seen == 3  # re-read from the start, not skipped
    assert (report.skipped, report.applied) == (2, 1)
    assert MailMessage.objects.filter(owner=alice).count() == 3
    assert LedgerEntry.objects.filter(owner=alice).count() == 3


def test_wrong_password_is_a_clear_error_without_the_password(alice, dovecot):
    folder = _folder(dovecot)
    account = _account(alice, dovecot, folder, password="not-the-Right-one-42")
    with pytest.raises(ImapError) as info:
        accounts.sync_account(account)
    message = str(info.value)
    assert "did not accept the username or password" in message
    assert "not-the-Right-one-42" not in message
    account.refresh_from_db()
    assert account.last_sync_status.startswith("Not synced")
    assert "not-the-Right-one-42" not in account.last_sync_status


def test_missing_folder_is_reported(alice, dovecot):
    account = _account(alice, dovecot, "Does-Not-Exist")
    with pytest.raises(ImapError, match="Does-Not-Exist"):
        accounts.sync_account(account)


def test_a_folder_that_cannot_be_read_does_not_stop_the_others(alice, dovecot):
    folder = _folder(dovecot)
    _append(dovecot, folder, _ack(1))
    account = _account(alice, dovecot, folder, folders=f"Does-Not-Exist, {folder}")
    report = accounts.sync_account(account)
    assert report.applied == 1
    assert "The folder 'Does-Not-Exist' could not be read" in report.summary()
    account.refresh_from_db()
    assert "1 applied" in account.last_sync_status and "Does-Not-Exist" in account.last_sync_status
    _append(dovecot, folder, _ack(2))
    assert accounts.sync_account(account).applied == 1  # and the good folder keeps being read


def test_bodies_are_fetched_in_bounded_groups_and_a_huge_message_is_not_fetched(alice, dovecot, monkeypatch):
    from onward.mail.sources import imap

    monkeypatch.setattr(imap, "MAX_MESSAGE_BYTES", 20_000)
    monkeypatch.setattr(imap, "MAX_FETCH_BYTES", 3_000)
    folder = _folder(dovecot)
    huge = make_message("Your application to Acme, with a video", "Thank you for applying to Acme.",
                        "Acme Careers <jobs@acme.example>", message_id="<huge@acme.example>",
                        attachment=b"v" * 40_000)
    _append(dovecot, folder, _ack(1), _ack(2), huge, _ack(3))
    fetched = []
    real_fetch = imap.IMAPClient.fetch

    def spy(self, messages, data, *args, **kwargs):
        fetched.append((list(messages), list(data)))
        return real_fetch(self, messages, data, *args, **kwargs)

    monkeypatch.setattr(imap.IMAPClient, "fetch", spy)
    report = accounts.sync_account(_account(alice, dovecot, folder))
    assert (report.applied, report.failed) == (3, 1)
    bodies = [uids for uids, data in fetched if data == ["BODY.PEEK[]"]]
    assert [3] not in bodies and all(len(uids) <= 2 for uids in bodies)  # ~1.2 KB each, 3 KB per fetch
    assert ([3], ["BODY.PEEK[HEADER]"]) in fetched
    failed = LedgerEntry.objects.get(owner=alice, outcome="failed")
    assert "more than an e-mail can be" in failed.error and failed.message_id == "<huge@acme.example>"
    assert FolderState.objects.get(folder=folder).last_uid == 4  # read past it: it blocks nothing


@pytest.mark.parametrize("security", ["ssl", "starttls"])
def test_tls_modes_with_a_self_signed_certificate(alice, dovecot, security):
    folder = _folder(dovecot)
    _append(dovecot, folder, _ack(1))
    port = dovecot.ssl_port if security == "ssl" else dovecot.port
    account = _account(alice, dovecot, folder, security=security, port=port)
    context = ssl.create_default_context(cafile=str(dovecot.cafile))
    report = accounts.sync_account(account, ssl_context=context)
    assert report.applied == 1


def test_untrusted_certificate_is_refused(alice, dovecot):
    folder = _folder(dovecot)
    account = _account(alice, dovecot, folder, security="ssl", port=dovecot.ssl_port)
    with pytest.raises(ImapError, match="secure connection"):
        accounts.sync_account(account)


def test_password_from_environment(alice, dovecot, monkeypatch):
    folder = _folder(dovecot)
    _append(dovecot, folder, _ack(1))
    monkeypatch.setenv("ONWARD_TEST_IMAP_PASSWORD", IMAP_PASSWORD)
    account = _account(alice, dovecot, folder, password="", password_env="ONWARD_TEST_IMAP_PASSWORD")
    assert account.password_encrypted == ""
    assert accounts.sync_account(account).applied == 1


def test_a_server_announcing_more_than_any_email_at_once_is_not_read():
    import imaplib

    from onward.mail.sources import imap

    for cls in (imap._PinnedIMAP4, imap._PinnedIMAP4TLS):
        conn = cls.__new__(cls)  # no connection: the guard refuses before reading anything
        with pytest.raises(imaplib.IMAP4.abort, match="more than any e-mail"):
            conn.read(imap.MAX_LITERAL_BYTES + 1)
