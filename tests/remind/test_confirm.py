"""No daily e-mail goes to an address before its owner confirms it from that mailbox (onward.remind.confirm):
otherwise anyone with an account could have Onward mail a stranger every day."""

import datetime as dt
import re

import pytest
from django.core import signing
from django.urls import reverse
from django.utils import timezone

from onward.core.services import profile_for
from onward.remind import confirm, delivery
from onward.remind.models import AddressConfirmation
from tests.remind.conftest import at, opt_in, task

SETTINGS_FORM = {"active_pipeline_target": 5, "ghosting_threshold_days": 21, "follow_up_after_days": 5,
                 "interview_notice_hours": 24, "reminder_email": "on", "reminder_hour": 8}


def _link(message) -> str:
    return re.search(r"https?://\S+/reminders/address/confirm/\S+/", message.body).group(0)


def test_an_unconfirmed_address_gets_no_digest_until_its_link_is_opened(alice, mailoutbox):
    opt_in(alice, email="alice@example.org", confirm=False)
    task(alice, "Send the portfolio", at(10).date())
    assert list(delivery.due_recipients(at(10))) == []
    with pytest.raises(delivery.ReminderError, match="alice@example.org is not confirmed yet"):
        delivery.check_can_send(alice)

    confirm.send_link(alice, site="http://onward.test/")
    token = _link(mailoutbox[0]).rstrip("/").rsplit("/", 1)[1]
    assert confirm.confirm(alice, token) == "alice@example.org"
    assert list(delivery.due_recipients(at(10))) == [alice]
    assert delivery.send_due_digests(now=at(10))["sent"] == 1
    assert [m.to for m in mailoutbox] == [["alice@example.org"], ["alice@example.org"]]


def test_a_changed_address_needs_confirming_again(alice):
    opt_in(alice, email="alice@example.org")
    assert delivery.address_confirmed(alice)
    alice.email = "someone.else@example.org"
    alice.save()
    assert not delivery.address_confirmed(alice)
    assert list(delivery.due_recipients(at(10))) == []


def test_the_link_works_only_for_the_account_and_address_it_was_sent_for(alice, bob, mailoutbox):
    opt_in(alice, email="alice@example.org", confirm=False)
    confirm.send_link(alice, site="http://onward.test")
    token = _link(mailoutbox[0]).rstrip("/").rsplit("/", 1)[1]

    opt_in(bob, email="alice@example.org", confirm=False)  # bob types alice's address too
    with pytest.raises(delivery.ReminderError, match="sent for another account"):
        confirm.confirm(bob, token)
    assert not delivery.address_confirmed(bob)

    with pytest.raises(delivery.ReminderError, match="not complete"):
        confirm.confirm(alice, token[:-3] + "abc")
    alice.email = "alice@elsewhere.example"
    alice.save()
    with pytest.raises(delivery.ReminderError, match="This link was for alice@example.org"):
        confirm.confirm(alice, token)
    assert not AddressConfirmation.objects.exclude(confirmed_at=None).exists()


def test_an_old_link_has_expired(alice, monkeypatch):
    opt_in(alice, email="alice@example.org", confirm=False)
    token = signing.dumps({"u": alice.pk, "a": alice.email}, salt=confirm.SALT)
    monkeypatch.setattr(confirm, "LINK_VALID", dt.timedelta(seconds=-1))
    with pytest.raises(delivery.ReminderError, match="days old"):
        confirm.confirm(alice, token)


def test_links_are_few_a_day_so_no_address_can_be_flooded(alice, mailoutbox):
    opt_in(alice, email="victim@example.org", confirm=False)
    now = timezone.now()
    for _ in range(confirm.SENT_PER_DAY):
        confirm.send_link(alice, site="http://onward.test", now=now)
    with pytest.raises(delivery.ReminderError, match="confirmation e-mails went out in the last day"):
        confirm.send_link(alice, site="http://onward.test", now=now)
    assert len(mailoutbox) == confirm.SENT_PER_DAY
    confirm.send_link(alice, site="http://onward.test", now=now + dt.timedelta(days=1, minutes=1))
    assert len(mailoutbox) == confirm.SENT_PER_DAY + 1


def test_saving_settings_sends_one_link_and_the_page_confirms_only_on_the_button(alice_client, alice, mailoutbox):
    url = reverse("core:settings")
    response = alice_client.post(url, {**SETTINGS_FORM, "email": "alice@example.org"}, follow=True)
    page = response.content.decode()
    assert "A link is on its way to alice@example.org" in page and "Send the link again" in page
    alice_client.post(url, {**SETTINGS_FORM, "email": "alice@example.org"})  # saved again: no second mail
    assert len(mailoutbox) == 1
    message = mailoutbox[0]
    assert message.to == ["alice@example.org"] and "ignore this e-mail" in message.body

    link = _link(message)
    path = link[link.index("/reminders/"):]
    assert alice_client.get(path).status_code == 200  # a mail program's preview opens links: nothing changes
    alice.refresh_from_db()
    assert alice.email == "alice@example.org" and not delivery.address_confirmed(alice)
    page = alice_client.post(path, follow=True).content.decode()
    assert "alice@example.org is confirmed" in page and "Send the link again" not in page
    assert delivery.address_confirmed(alice)
    assert profile_for(alice).reminder_email


def test_another_signed_in_account_cannot_use_the_link(alice_client, client, alice, bob, mailoutbox):
    alice_client.post(reverse("core:settings"), {**SETTINGS_FORM, "email": "alice@example.org"})
    link = _link(mailoutbox[0])
    client.force_login(bob)
    page = client.post(link[link.index("/reminders/"):], follow=True).content.decode()
    assert "sent for another account" in page
    alice.refresh_from_db()
    assert not delivery.address_confirmed(alice) and not delivery.address_confirmed(bob)
