"""The worker's jobs go over everyone: one person's account, model or digest failing in an unexpected way is
logged and recorded, and the others still get theirs (on a shared server, one broken record must not stop
everyone for good)."""

import pytest
from django.utils import timezone

from onward.core.services import profile_for
from onward.mail.models import MailAccount
from onward.tracker import services as tracker
from tests.conftest import make_user
from tests.remind.conftest import confirmed

pytestmark = pytest.mark.django_db


def test_one_account_that_breaks_the_sync_does_not_stop_the_others(monkeypatch):
    import onward.mail.accounts
    from onward.work.tasks import sync_all_mail

    accounts = [MailAccount.objects.create(owner=make_user(name), name="Mail", host="imap.example.org",
                                           username=name) for name in ("ann", "ben", "cat")]
    synced = []

    def sync_account(account):
        if account.pk == accounts[0].pk:
            raise ConnectionResetError("the server hung up")
        synced.append(account.pk)

    monkeypatch.setattr(onward.mail.accounts, "sync_account", sync_account)
    assert sync_all_mail.call() == {"synced": 2, "failed": 1}
    assert synced == [accounts[1].pk, accounts[2].pk]
    accounts[0].refresh_from_db()
    assert accounts[0].last_sync_status == "Not synced: something went wrong; see the server log."


def test_one_model_that_fails_to_retrain_does_not_stop_the_others(monkeypatch):
    import onward.mail.learn
    from onward.mail.models import LedgerEntry, MailMessage
    from onward.work.tasks import retrain_all_mail_models

    people = [make_user(name) for name in ("ann", "ben")]
    for n, person in enumerate(people):
        ledger = LedgerEntry.objects.create(owner=person, source="upload", content_hash=f"{n:064d}", outcome="applied")
        MailMessage.objects.create(owner=person, ledger=ledger, label="rejection", reviewed_label="rejection",
                                   status="confirmed")
    retrained = []

    def retrain(user):
        if user.pk == people[0].pk:
            raise ValueError("a broken correction")
        retrained.append(user.pk)
        return object()

    monkeypatch.setattr(onward.mail.learn, "retrain", retrain)
    assert retrain_all_mail_models.call() == {"retrained": 1, "failed": 1}
    assert retrained == [people[1].pk]


def test_one_digest_that_cannot_be_made_does_not_stop_the_others(monkeypatch, settings, mailoutbox):
    from onward.remind import delivery

    settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
    monkeypatch.setattr(delivery, "email_configured", lambda: True)
    people = []
    for name in ("ann", "ben"):
        user = make_user(name)
        user.email = f"{name}@example.org"
        user.save()
        profile = profile_for(user)
        profile.reminder_email, profile.reminder_hour = True, timezone.localtime().hour
        profile.save()
        confirmed(user)
        tracker.add_task(user, title=f"Call {name}'s referee", due_date=timezone.localdate())
        people.append(user)
    real_render = delivery.render

    def render(digest):
        if digest.owner.pk == people[0].pk:
            raise KeyError("a template bug for one person's data")
        return real_render(digest)

    monkeypatch.setattr(delivery, "render", render)
    counts = delivery.send_due_digests()
    assert (counts["sent"], counts["failed"]) == (1, 1)
    assert [m.to for m in mailoutbox] == [["ben@example.org"]]
