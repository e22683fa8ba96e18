"""`onward restore` while `onward serve` runs on the same data folder, both real processes: the restore leaves no
.restoring-wal/-shm files behind, the restored data is what the next command and the running app read, and
the app keeps answering."""

from __future__ import annotations

import os
import subprocess
import sys
import time

import pytest
import requests

from tests.security.live import free_port

pytestmark = pytest.mark.slow


def test_restore_while_the_web_app_runs(tmp_path):
    data = tmp_path / "data"
    env = {k: v for k, v in os.environ.items()
           if k not in ("DJANGO_SETTINGS_MODULE", "DATABASE_URL") and not k.startswith("ONWARD_")}
    env["ONWARD_DATA_DIR"] = str(data)

    def onward(*args):
        done = subprocess.run([sys.executable, "-m", "onward", *map(str, args)], env=env, capture_output=True,
                              text=True, timeout=180)
        assert done.returncode == 0 and "Traceback" not in done.stderr, done.stderr
        return done.stdout

    onward("add", "Acme", "Engineer", "--yes")
    made = tmp_path / "before.sqlite3"
    onward("backup", made)
    onward("add", "Beta", "Analyst", "--yes")

    port = free_port()
    log = (tmp_path / "serve.log").open("wb")
    server = subprocess.Popen([sys.executable, "-m", "onward", "serve", "--port", str(port)], env=env,
                              stdout=log, stderr=subprocess.STDOUT)
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                before = requests.get(f"{base}/login/", timeout=30)
                break
            except requests.ConnectionError:
                assert server.poll() is None and time.monotonic() < deadline, (tmp_path / "serve.log").read_text()
                time.sleep(0.3)
        assert before.status_code == 200

        onward("restore", made, "--yes")
        assert not [p.name for p in data.iterdir() if ".restoring" in p.name]
        listed = onward("list")
        assert "Acme" in listed and "Beta" not in listed
        assert requests.get(f"{base}/login/", timeout=30).status_code == 200
        assert server.poll() is None
    finally:
        server.terminate()
        server.wait(timeout=20)
        log.close()
