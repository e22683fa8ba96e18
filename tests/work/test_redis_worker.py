"""A real Redis and a real `onward worker` process: a task enqueued through the RQ backend gets run."""

import os
import shutil
import socket
import subprocess
import sys
import time

import pytest

from tests.processes import free_port

REDIS = shutil.which("redis-server")
ONWARD = shutil.which("onward", path=os.path.dirname(sys.executable))

# Runs in its own process with REDIS_URL set, like a web process would: enqueue, then wait for the result.
ENQUEUE_AND_WAIT = """
import sys, time
from onward.cli.context import setup_django
setup_django()
from onward.work.tasks import sync_all_mail
result = sync_all_mail.enqueue()
print("enqueued", flush=True)
sys.stdin.readline()  # the test starts the worker, then says go
deadline = time.monotonic() + 60
while time.monotonic() < deadline:
    result.refresh()
    if result.is_finished:
        break
    time.sleep(0.2)
print(result.status, result.return_value if result.status == "SUCCESSFUL" else "")
"""


@pytest.fixture
def redis_url(tmp_path):
    if REDIS is None:
        pytest.skip("redis-server is not installed (scripts/install-test-system-deps.sh installs it)")
    port = free_port()
    proc = subprocess.Popen(
        [REDIS, "--port", str(port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no", "--dir", str(tmp_path)],
        stdout=subprocess.DEVNULL,
    )
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline:
        try:
            socket.create_connection(("127.0.0.1", port), timeout=0.2).close()
            break
        except OSError:
            time.sleep(0.05)
    yield f"redis://127.0.0.1:{port}/0"
    proc.terminate()
    proc.wait(timeout=10)


def test_rq_worker_process_runs_an_enqueued_task(redis_url, tmp_path):
    env = {k: v for k, v in os.environ.items() if k not in ("DATABASE_URL", "DJANGO_SETTINGS_MODULE", "ONWARD_MODE")}
    # Both processes share one throw-away SQLite database; the queue between them is the real Redis.
    env.update(REDIS_URL=redis_url, ONWARD_DATA_DIR=str(tmp_path / "data"), DJANGO_SETTINGS_MODULE="onward.settings")
    client = subprocess.Popen(
        [sys.executable, "-c", ENQUEUE_AND_WAIT], env=env, stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True
    )
    assert client.stdout.readline().strip() == "enqueued"
    worker = subprocess.run(
        [ONWARD, "worker", "--burst"], env=env, capture_output=True, text=True, timeout=120
    )
    assert worker.returncode == 0, worker.stderr
    out, _ = client.communicate("go\n", timeout=90)
    assert out.strip() == "SUCCESSFUL {'synced': 0, 'failed': 0}"
