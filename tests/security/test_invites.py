import importlib
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


def _join(client, token, password=PASSWORD, again=None, **extra):
    return client.post(
        reverse("core:join", args=[token]), {"password": password, "password_again": again or password, **extra}
    )


def test_admin_creates_a_link_that_works_once(admin_client, client):
    page = admin_client.post(reverse("core:invite"), {"username": " newcomer "}).content.decode()
    link = re.search(r'value="(http://testserver/accounts/join/[^"]+)"', page).group(1)
    token = link.rstrip("/").rsplit("/", 1)[1]
    stored = Invite.objects.get()
    assert token not in stored.token_hash  # only the hash is kept
    assert stored.username == "newcomer" and "For newcomer:" in page
    admin_client.logout()

    join_page = client.get(reverse("core:join", args=[token])).content.decode()
    assert "You will sign in as <strong>newcomer</strong>" in join_page
    assert _join(client, token).status_code == 302
    user = get_user_model().objects.get(username="newcomer")
    assert client.session["_auth_user_id"] == str(user.pk) and user.check_password(PASSWORD)
    stored.refresh_from_db()
    assert stored.used_by == user and not stored.is_open

    client.logout()
    again = _join(client, token, password="another calm passphrase")
    assert again.status_code == 410 and "already been used" in again.content.decode()
    user.refresh_from_db()
    assert user.check_password(PASSWORD)


def test_people_who_are_not_administrators_cannot_invite(alice_client):
    assert alice_client.get(reverse("core:invite")).status_code == 403
    assert alice_client.post(reverse("core:invite"), {"username": "erin"}).status_code == 403
    assert not Invite.objects.exists()


def test_expired_and_unknown_links_are_refused_calmly(client, alice):
    invite, token = invites.create_invite("erin")
    Invite.objects.filter(pk=invite.pk).update(expires_at=timezone.now() - timezone.timedelta(minutes=1))
    assert "has expired" in client.get(reverse("core:join", args=[token])).content.decode()
    assert "not known here" in client.get(reverse("core:join", args=["made-up"])).content.decode()


def test_an_invitation_holder_cannot_try_names(client, alice):
    """The join form takes no name, so its answers cannot tell which accounts exist."""
    _, token = invites.create_invite("erin")
    page = client.get(reverse("core:join", args=[token])).content.decode()
    assert 'name="username"' not in page

    short = _join(client, token, password="short", username="alice")
    assert short.status_code == 200 and 'name="username"' not in short.content.decode()
    assert "alice" not in short.content.decode()
    assert Invite.objects.get().is_open

    assert _join(client, token, username="alice").status_code == 302  # a name sent anyway is ignored
    assert get_user_model().objects.get(username="erin").check_password(PASSWORD)
    alice.refresh_from_db()
    assert not alice.check_password(PASSWORD)


def test_an_invitation_names_a_free_account(admin_client, alice):
    taken = admin_client.post(reverse("core:invite"), {"username": "ALICE"})
    assert taken.status_code == 400 and "already taken" in taken.content.decode()
    assert not Invite.objects.exists()

    invites.create_invite("erin")
    promised = admin_client.post(reverse("core:invite"), {"username": "Erin"})
    assert promised.status_code == 400 and "open invitation already names" in promised.content.decode()
    with pytest.raises(invites.AccountError, match="open invitation"):
        invites.add_user("erin", PASSWORD)
    assert Invite.objects.count() == 1


def test_links_made_before_invitations_named_their_account_now_read_as_expired(client, alice):
    from django.apps import apps
    migration = importlib.import_module("onward.core.migrations.0008_invite_username")
    _, token = invites.create_invite("erin")
    Invite.objects.update(username="")
    migration.end_unnamed_invites(apps, None)
    page = client.get(reverse("core:join", args=[token]))
    assert page.status_code == 410 and "has expired" in page.content.decode()


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

    taken = run("user", "invite", "frank")
    assert taken.exit_code == 2 and "already taken" in taken.output and not Invite.objects.exists()
    result = run("user", "invite", "gina", "--base-url", "https://onward.example/")
    assert result.exit_code == 0
    token = re.search(r"https://onward\.example/accounts/join/([^/\s]+)/", result.output).group(1)
    assert invites.check_invite(token).created_by is None and "gina" in result.output

    assert "frank  (administrator)" in run("user", "list").output
