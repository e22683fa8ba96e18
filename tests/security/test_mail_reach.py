"""The attack, played end to end: a signed-in user on a shared server tries to have Onward send the server's
secret key to a mail server of their choosing (here a fake IMAP server that records every byte), and to use
the account form as a port scanner. Then the operator allows one host, and a real sync gets through.
"""

from __future__ import annotations

import re
import time

import pytest

from tests.fake_imap import FakeImap
from tests.security.live import SERVER_SECRET, csrf, free_port, onward, running_server, server_env, sign_in

pytestmark = pytest.mark.slow
PASSWORD = "a calm long passphrase"


def _add_account(session, base, **fields) -> int:
    form = {"name": "x", "host": "127.0.0.1", "security": "none", "username": "mallory", "folders": "INBOX",
            **{k: str(v) for k, v in fields.items()}}
    response = session.post(f"{base}/mail/accounts/", data={**form, "csrfmiddlewaretoken": csrf(session, base,
                                                                                                  "/mail/")})
    return response


def _account_ids(session, base) -> dict[str, int]:
    page = session.get(f"{base}/mail/", timeout=30).text
    return {m.group(2): int(m.group(1)) for m in
            re.finditer(r'<tr id="account-(\d+)">\s*<td>([^<]+)<br>', page)}


def _sync(session, base, pk: int) -> str:
    """Press Sync, then wait for the outcome the page shows."""
    session.post(f"{base}/mail/accounts/{pk}/sync/", data={"csrfmiddlewaretoken": csrf(session, base, "/mail/")})
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        page = session.get(f"{base}/mail/", timeout=30).text
        row = re.search(rf'<tr id="account-{pk}">(.*?)</tr>', page, re.S).group(1)
        status = re.findall(r"<small>([^<]*)</small>", row)[-1]
        if status != "Syncing…":
            return status
        time.sleep(0.3)
    raise AssertionError("the sync did not finish")


def test_a_user_cannot_send_the_servers_secrets_anywhere(tmp_path):
    env = server_env(tmp_path / "data", ONWARD_MAIL_ALLOWED_PORTS="*")
    assert onward(env, "user", "add", "mallory", "--password", PASSWORD).returncode == 0
    closed_port = free_port()  # nothing listens here

    with FakeImap() as imap, running_server(env, tmp_path / "server.log", worker=True) as base:
        mallory = sign_in(base, "mallory", PASSWORD)
        assert "environment variable" not in mallory.get(f"{base}/mail/").text

        # The field is gone: asking for the variable anyway creates nothing.
        refused = _add_account(mallory, base, name="steal", port=imap.port, password_env="ONWARD_SECRET_KEY")
        assert refused.status_code == 400
        assert _account_ids(mallory, base) == {}

        # With a password of their own, the account is kept, but the server's loopback is out of reach.
        assert _add_account(mallory, base, name="loop", port=imap.port, password="p1",
                            password_env="ONWARD_SECRET_KEY").status_code == 200
        assert _add_account(mallory, base, name="closed", port=closed_port, password="p2").status_code == 200
        ids = _account_ids(mallory, base)
        open_status = _sync(mallory, base, ids["loop"])
        closed_status = _sync(mallory, base, ids["closed"])
        assert open_status.startswith("Not synced: Could not reach a mail server")
        # A listening port and a closed one read the same: the form is no port scanner.
        assert open_status.replace(str(imap.port), "PORT") == closed_status.replace(str(closed_port), "PORT")

    assert imap.connections == 0 and not imap.saw(SERVER_SECRET)

    # Even the command line on the server reads only the operator's own variables.
    cli = onward(env, "--user", "mallory", "mail", "accounts", "add", "cli", "--host", "127.0.0.1",
                 "--port", str(imap.port), "--security", "none", "--username", "m", "--password-env",
                 "ONWARD_SECRET_KEY")
    assert cli.returncode == 2 and "administrator set up" in cli.stderr and "Traceback" not in cli.stderr


def test_the_operator_can_allow_a_host(tmp_path):
    with FakeImap() as imap:
        env = server_env(tmp_path / "data", ONWARD_MAIL_ALLOWED_HOSTS="127.0.0.1",
                         ONWARD_MAIL_ALLOWED_PORTS=str(imap.port))
        assert onward(env, "user", "add", "erin", "--password", PASSWORD).returncode == 0
        with running_server(env, tmp_path / "server.log", worker=True) as base:
            erin = sign_in(base, "erin", PASSWORD)
            assert _add_account(erin, base, name="work", port=imap.port, password="erins-app-pass").status_code == 200
            status = _sync(erin, base, _account_ids(erin, base)["work"])
            assert status.startswith("0 read"), status
            # A port the operator did not allow is refused when the account is added.
            other = _add_account(erin, base, name="other", port=imap.port + 1, password="x")
            assert other.status_code == 400 and "not on" in other.text
        assert imap.saw("erins-app-pass") and not imap.saw(SERVER_SECRET)
        assert len(imap.logins) == 1
