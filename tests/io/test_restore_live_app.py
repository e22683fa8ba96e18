"""A restore while `onward serve` runs on the same data folder, both real processes: from the command line, and
through the web app's own restore page (the serving process restores the database it holds open). Neither
leaves .restoring-wal/-shm files behind, the restored data is what the next command and the app read, and the
app keeps answering."""

from __future__ import annotations

import re
import subprocess
import sys
import time
from contextlib import contextmanager

import pytest
import requests

from tests.processes import free_port, fresh_env

PASSWORD = "a calm long passphrase"

pytestmark = pytest.mark.slow


def _onward(env, *args):
    done = subprocess.run([sys.executable, "-m", "onward", *map(str, args)], env=env, capture_output=True,
                          text=True, timeout=180)
    assert done.returncode == 0 and "Traceback" not in done.stderr, done.stderr
    return done.stdout


@contextmanager
def _serving(env, tmp_path):
    port = free_port()
    log = (tmp_path / "serve.log").open("wb")
    server = subprocess.Popen([sys.executable, "-m", "onward", "serve", "--port", str(port)], env=env,
                              stdout=log, stderr=subprocess.STDOUT)
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                requests.get(f"{base}/login/", timeout=30)
                break
            except requests.ConnectionError:
                assert server.poll() is None and time.monotonic() < deadline, (tmp_path / "serve.log").read_text()
                time.sleep(0.3)
        yield base, server
    finally:
        server.terminate()
        server.wait(timeout=20)
        log.close()


def _two_states(env, tmp_path):
    """Acme in the backup, Acme and Beta now."""
    _onward(env, "add", "Acme", "Engineer", "--yes")
    made = tmp_path / "before.sqlite3"
    _onward(env, "backup", made)
    _onward(env, "add", "Beta", "Analyst", "--yes")
    return made


def _token(session, url):
    return re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', session.get(url, timeout=30).text).group(1)


def test_restore_from_the_command_line_while_the_web_app_runs(tmp_path):
    data = tmp_path / "data"
    env = fresh_env(data)
    made = _two_states(env, tmp_path)
    with _serving(env, tmp_path) as (base, server):
        assert requests.get(f"{base}/login/", timeout=30).status_code == 200
        _onward(env, "restore", made, "--yes")
        assert not [p.name for p in data.iterdir() if ".restoring" in p.name]
        listed = _onward(env, "list")
        assert "Acme" in listed and "Beta" not in listed
        assert requests.get(f"{base}/login/", timeout=30).status_code == 200
        assert server.poll() is None


def test_restore_through_the_web_app_it_restores(tmp_path):
    data = tmp_path / "data"
    env = fresh_env(data)
    made = _two_states(env, tmp_path)
    with _serving(env, tmp_path) as (base, server):
        me = requests.Session()
        done = me.post(f"{base}/setup/", data={"username": "me", "password": PASSWORD, "password_again": PASSWORD,
                                               "csrfmiddlewaretoken": _token(me, f"{base}/setup/")}, timeout=30)
        assert done.status_code == 200 and "sessionid" in me.cookies, done.text
        with made.open("rb") as fh:
            restored = me.post(f"{base}/backup/restore/", files={"backup": ("before.sqlite3", fh)},
                               data={"csrfmiddlewaretoken": _token(me, f"{base}/backup/")}, timeout=60)
        assert restored.status_code == 200, restored.text
        assert not [p.name for p in data.iterdir() if ".restoring" in p.name]
        listed = _onward(env, "list")
        assert "Acme" in listed and "Beta" not in listed
        # The app goes on serving the restored data (its accounts are the backup's: sign-in or set-up again).
        assert requests.get(f"{base}/login/", timeout=30).status_code == 200
        assert server.poll() is None
