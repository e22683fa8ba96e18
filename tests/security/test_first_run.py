"""A fresh shared server: an anonymous visitor cannot create the first account. The first administrator comes
from `onward user add --admin` or from the one-time set-up link the server prints in its log. Played against
a real gunicorn process in server mode."""

from __future__ import annotations

import re

import pytest
import requests

from tests.security.live import onward, running_server, server_env

pytestmark = pytest.mark.slow
PASSWORD = "a calm long passphrase"


def _setup(session, base, username, token=None):
    path = "/setup/" + (f"?token={token}" if token else "")
    page = session.get(base + path, timeout=30)
    token_field = {"token": token} if token else {}
    match = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', page.text)
    if not match:  # no form is shown; an attacker sets their own CSRF cookie, which Django accepts
        session.cookies.set("csrftoken", "a" * 32)
    data = {"username": username, "password": PASSWORD, "password_again": PASSWORD, **token_field,
            "csrfmiddlewaretoken": match.group(1) if match else "a" * 32}
    return page, session.post(base + "/setup/", data=data, timeout=30, allow_redirects=False)


def test_an_anonymous_visitor_cannot_create_the_first_account(tmp_path):
    env = server_env(tmp_path / "data")
    log = tmp_path / "server.log"
    assert onward(env, "user", "list").returncode == 0  # the deployment's migrate step: no accounts yet
    with running_server(env, log) as base:
        visitor = requests.Session()
        first = visitor.get(base + "/", timeout=30)
        assert first.url.endswith("/setup/")
        page, attempt = _setup(visitor, base, "mallory")
        assert page.status_code == 403 and "onward user add NAME --admin" in page.text
        assert attempt.status_code == 403
        _, guessed = _setup(requests.Session(), base, "mallory", token="0" * 32)
        assert guessed.status_code == 403
        assert "mallory" not in onward(env, "user", "list").stdout

        token = re.search(r"/setup/\?token=([0-9a-f]+)", log.read_text()).group(1)
        page, created = _setup(requests.Session(), base, "olivia", token=token)
        assert page.status_code == 200 and created.status_code == 302
        assert "olivia  (administrator)" in onward(env, "user", "list").stdout

        # The link is spent once an account exists.
        _, again = _setup(requests.Session(), base, "mallory", token=token)
        assert again.status_code == 302 and "mallory" not in onward(env, "user", "list").stdout


def test_local_mode_still_sets_up_from_the_browser(client, db):
    form = {"username": "me", "password": PASSWORD, "password_again": PASSWORD}
    assert client.post("/setup/", form).status_code == 302
    assert client.session.get("_auth_user_id")
