"""Local mode: `onward serve` starts the background worker beside the web app, so an import queued by a page is
done without anyone starting `onward worker`; the worker stops with the web app."""

import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

from tests.processes import free_port

SRC = Path(__file__).resolve().parents[2] / "src"
QUEUE = """
from onward.cli.context import setup_django
setup_django()
from onward.core.services import resolve_cli_user
from onward.io import imports
owner = resolve_cli_user(None)
data = ("Company,Title\\n" + "".join(f"Company {i},Engineer {i}\\n" for i in range(300))).encode()
imports.start_apply(owner, imports.start_batch(owner, "jobs.csv", data))
"""


def _children(pid: int) -> list[int]:
    found = Path(f"/proc/{pid}/task/{pid}/children")
    return [int(p) for p in found.read_text().split()] if found.exists() else []


def test_serve_runs_queued_imports_and_stops_its_worker(tmp_path):
    env = {k: v for k, v in os.environ.items() if k not in ("DJANGO_SETTINGS_MODULE", "DATABASE_URL", "REDIS_URL")}
    env.update(ONWARD_DATA_DIR=str(tmp_path / "data"), PYTHONPATH=str(SRC))
    queued = subprocess.run([sys.executable, "-c", QUEUE], env=env, capture_output=True, text=True, timeout=300)
    assert queued.returncode == 0, queued.stderr
    database = tmp_path / "data" / "onward.sqlite3"

    def job() -> tuple:
        with sqlite3.connect(database) as db:
            return db.execute("SELECT status, done, total, summary FROM core_job").fetchone()

    assert job()[0] == "queued"
    server = subprocess.Popen([sys.executable, "-m", "onward", "serve", "--port", str(free_port())], env=env,
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        deadline = time.monotonic() + 240
        while job()[0] != "done":
            assert server.poll() is None, server.communicate()
            assert time.monotonic() < deadline, f"the queued import was not done: {job()}"
            time.sleep(0.5)
        assert job() == ("done", 300, 300, "Imported 300 from jobs.csv. Nothing else was changed.")
        workers = _children(server.pid)
        assert len(workers) == 1
    finally:
        server.send_signal(signal.SIGTERM)
        _out, err = server.communicate(timeout=60)
    assert "Traceback" not in err
    deadline = time.monotonic() + 30
    while Path(f"/proc/{workers[0]}").exists() and time.monotonic() < deadline:
        time.sleep(0.2)
    assert not Path(f"/proc/{workers[0]}").exists(), "the worker outlived the web app"
