import pytest
from click.testing import CliRunner

from onward.api.models import ApiToken
from onward.cli.main import cli

pytestmark = pytest.mark.django_db


def run(*args):
    return CliRunner().invoke(cli, ["--user", "alice", *map(str, args)])


def test_token_create_prints_a_working_key_once_and_revoke_stops_it(alice, client):
    created = run("token", "create", "backup script")
    assert created.exit_code == 0, created.output
    key = created.output.strip().splitlines()[-1]
    assert client.get("/api/v1/contacts", HTTP_AUTHORIZATION=f"Bearer {key}").status_code == 200
    listed = run("token", "list")
    assert "backup script" in listed.output and key not in listed.output
    token = ApiToken.objects.get(owner=alice)
    assert run("token", "revoke", token.pk).exit_code == 0
    assert client.get("/api/v1/contacts", HTTP_AUTHORIZATION=f"Bearer {key}").status_code == 401


def test_token_errors_are_one_clear_line(alice, bob):
    from onward.api.tokens import create_token

    theirs, _ = create_token(bob, "theirs")
    empty = run("token", "create", "  ")
    assert empty.exit_code == 2 and "needs a name" in empty.output
    other = run("token", "revoke", theirs.pk)
    assert other.exit_code == 2 and f"No token with id {theirs.pk}" in other.output
