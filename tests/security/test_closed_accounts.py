"""An account the operator closed (is_active off) opens nothing through any door: not its session, not its API
tokens, not its calendar feed, not the summary it shared with a coach (played over HTTP, as each is used); and
the worker no longer signs in to its mailbox."""

from __future__ import annotations

import pytest
from django.test import Client
from django.urls import reverse

from onward.api.tokens import create_token
from onward.core import sharing
from onward.io import calendar
from onward.tracker import services
from tests.conftest import make_user


@pytest.mark.django_db
def test_a_closed_account_opens_nothing_through_any_door(alice):
    services.create_application(alice, company_name="Zqx Corp", title="Engineer")
    charlie = make_user("charlie")
    share = sharing.grant(alice, "charlie")
    key = create_token(alice, "script")[1]
    feed = reverse("onward_io:feed", args=[calendar.rotate_token(alice)])
    own, coach, anyone = Client(), Client(), Client()
    own.force_login(alice)
    coach.force_login(charlie)
    doors = {
        "session": lambda: own.get(reverse("tracker:board")).status_code,
        "api": lambda: anyone.get("/api/v1/applications", HTTP_AUTHORIZATION=f"Bearer {key}").status_code,
        "feed": lambda: anyone.get(feed).status_code,
        "coach": lambda: coach.get(reverse("core:shared", args=[share.pk])).status_code,
    }
    assert {door: answer() for door, answer in doors.items()} == {door: 200 for door in doors}

    alice.is_active = False
    alice.save(update_fields=["is_active"])

    assert {door: answer() for door, answer in doors.items()} == {"session": 302, "api": 401, "feed": 404,
                                                                  "coach": 404}


@pytest.mark.django_db
def test_the_worker_signs_in_to_no_mailbox_of_a_closed_account(monkeypatch):
    import onward.mail.accounts
    from onward.mail.models import MailAccount
    from onward.work.tasks import sync_all_mail

    accounts = {name: MailAccount.objects.create(owner=make_user(name), name="Mail", host="imap.example.org",
                                                 username=name) for name in ("ann", "ben")}
    type(accounts["ann"].owner).objects.filter(username="ann").update(is_active=False)
    synced = []
    monkeypatch.setattr(onward.mail.accounts, "sync_account", lambda account: synced.append(account.owner.username))
    assert sync_all_mail.call() == {"synced": 1, "failed": 0}
    assert synced == ["ben"]
