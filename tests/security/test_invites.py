import re

import pytest
from click.testing import CliRunner
from django.contrib.auth import get_user_model
from django.urls import reverse
from django.utils import timezone

from onward.cli.main import cli
from onward.core import invites
from onward.core.models import Invite
from tests.conftest import make_user

PASSWORD = "a calm long passphrase"


@pytest.fixture
def admin_client(client, db):
    admin = make_user("admin")
    admin.is_staff = True
    admin.save()
    client.force_login(admin)
    return client


def _join(client, token, username="newcomer", password=PASSWORD, again=None):
    return client.post(
        reverse("core:join", args=[token]),
        {"username": username, "password": password, "password_again": again or password},
    )


def test_admin_creates_a_link_that_works_once(admin_client, client):
    page = admin_client.post(reverse("core:invite")).content.decode()
    link = re.search(r'value="(http://testserver/accounts/join/[^"]+)"', page).group(1)
    token = link.rstrip("/").rsplit("/", 1)[1]
    stored = Invite.objects.get()
    assert token not in stored.token_hash  # only the hash is kept
    admin_client.logout()

    assert _join(client, token).status_code == 302
    user = get_user_model().objects.get(username="newcomer")
    assert client.session["_auth_user_id"] == str(user.pk)
    stored.refresh_from_db()
    assert stored.used_by == user and not stored.is_open

    client.logout()
    again = _join(client, token, username="second")
    assert again.status_code == 410 and "already been used" in again.content.decode()
    assert not get_user_model().objects.filter(username="second").exists()


def test_people_who_are_not_administrators_cannot_invite(alice_client):
    assert alice_client.get(reverse("core:invite")).status_code == 403
    assert alice_client.post(reverse("core:invite")).status_code == 403
    assert not Invite.objects.exists()


def test_expired_and_unknown_links_are_refused_calmly(client, alice):
    invite, token = invites.create_invite()
    Invite.objects.filter(pk=invite.pk).update(expires_at=timezone.now() - timezone.timedelta(minutes=1))
    assert "has expired" in client.get(reverse("core:join", args=[token])).content.decode()
    assert "not known here" in client.get(reverse("core:join", args=["made-up"])).content.decode()


def test_a_taken_name_keeps_the_invite_usable(client, alice):
    _, token = invites.create_invite()
    response = _join(client, token, username="ALICE")
    assert response.status_code == 200 and "already taken" in response.content.decode()
    assert Invite.objects.get().is_open
    assert _join(client, token, username="erin").status_code == 302


def test_there_is_no_self_sign_up(client, alice):
    # With an account present, the first-run page no longer creates accounts.
    form = {"username": "mallory", "password": PASSWORD, "password_again": PASSWORD}
    response = client.post(reverse("core:setup"), form)
    assert response.status_code == 302
    assert not get_user_model().objects.filter(username="mallory").exists()


@pytest.fixture
def run(db):
    runner = CliRunner()
    return lambda *args, input=None: runner.invoke(cli, list(args), input=input)


def test_cli_adds_users_and_prints_invitations(run):
    result = run("user", "add", "frank", "--admin", input=f"{PASSWORD}\n{PASSWORD}\n")
    assert result.exit_code == 0, result.output
    frank = get_user_model().objects.get(username="frank")
    assert frank.is_staff and frank.check_password(PASSWORD)

    duplicate = run("user", "add", "Frank", "--password", PASSWORD)
    assert duplicate.exit_code == 2 and "already taken" in duplicate.output

    weak = run("user", "add", "gina", "--password", "123")
    assert weak.exit_code == 2 and not get_user_model().objects.filter(username="gina").exists()

    result = run("user", "invite", "--base-url", "https://onward.example/")
    assert result.exit_code == 0
    token = re.search(r"https://onward\.example/accounts/join/([^/\s]+)/", result.output).group(1)
    assert invites.check_invite(token).created_by is None

    assert "frank  (administrator)" in run("user", "list").output
