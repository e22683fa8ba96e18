"""Scaling out (docs/deploy.md): two app servers on one PostgreSQL and one Redis, two workers; a job queued by
one server is done once, by one worker. Runs in the PostgreSQL pass (scripts/with-postgres.sh)."""

import os
import shutil
import subprocess
import sys
import time
import urllib.error
import urllib.request

import pytest

from tests.processes import free_port
from tests.work.test_redis_worker import redis_url  # noqa: F401 (a fixture)

BIN = os.path.dirname(sys.executable)
GUNICORN = shutil.which("gunicorn", path=BIN)
ONWARD = shutil.which("onward", path=BIN)

pytestmark = [
    pytest.mark.skipif(not os.environ.get("DATABASE_URL"), reason="needs PostgreSQL: scripts/with-postgres.sh"),
    pytest.mark.skipif(GUNICORN is None, reason="gunicorn is not installed (pip install 'onward[server]')"),
]

# The first server's gunicorn configuration: once its worker has loaded the app, it queues one job, as a page
# that starts background work would, and writes the job's id where the test reads it.
QUEUE_ON_START = """
def post_worker_init(worker):
    from onward.work.tasks import sync_all_mail

    with open({path!r}, "w") as fh:
        fh.write(sync_all_mail.enqueue().id)
"""
RESULT = """
from onward.cli.context import setup_django
setup_django()
from onward.work.tasks import sync_all_mail
result = sync_all_mail.get_result({job!r})
print(result.status, result.return_value)
"""


def _answers(port: int) -> bool:
    try:
        with urllib.request.urlopen(f"http://127.0.0.1:{port}/login/", timeout=2) as response:
            return response.status == 200
    except (urllib.error.URLError, OSError):
        return False


def test_a_job_queued_by_one_app_server_is_done_once(redis_url, tmp_path):  # noqa: F811
    env = {k: v for k, v in os.environ.items() if k != "DJANGO_SETTINGS_MODULE"}
    env.update(REDIS_URL=redis_url, ONWARD_MODE="server", ONWARD_SECRET_KEY="two-servers-test-only",
               ONWARD_ALLOWED_HOSTS="127.0.0.1", ONWARD_ALLOW_HTTP="1", ONWARD_DATA_DIR=str(tmp_path / "data"),
               ONWARD_STATIC_ROOT=str(tmp_path / "static"), DJANGO_SETTINGS_MODULE="onward.settings")
    subprocess.run([sys.executable, "-m", "django", "migrate", "--noinput", "-v", "0"], env=env, check=True,
                   timeout=300)
    # A deployment has an administrator; until then every page offers the set-up.
    subprocess.run([ONWARD, "user", "add", "admin", "--admin", "--password", "a calm long passphrase"], env=env,
                   check=True, timeout=120, capture_output=True)
    job_file = tmp_path / "job-id"
    config = tmp_path / "queue_on_start.py"
    config.write_text(QUEUE_ON_START.format(path=str(job_file)))
    ports = [free_port(), free_port()]
    servers = [
        subprocess.Popen([GUNICORN, "onward.wsgi:application", "--bind", f"127.0.0.1:{port}", "--workers", "1",
                          *(["--config", str(config)] if n == 0 else [])],
                         env=env, stdout=subprocess.DEVNULL, stderr=open(tmp_path / f"gunicorn{n}.log", "w"))
        for n, port in enumerate(ports)
    ]
    try:
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline and not (all(_answers(p) for p in ports) and job_file.exists()):
            time.sleep(0.3)
        assert all(_answers(p) for p in ports), [(tmp_path / f"gunicorn{n}.log").read_text()[-2000:] for n in (0, 1)]
        job = job_file.read_text().strip()
        assert job

        # Two workers (on two machines, say) take from the one queue at the same time.
        workers = [subprocess.Popen([ONWARD, "worker", "--burst"], env=env, stdout=subprocess.PIPE,
                                    stderr=subprocess.STDOUT, text=True) for _ in range(2)]
        outputs = [w.communicate(timeout=180)[0] for w in workers]
        assert [w.returncode for w in workers] == [0, 0], outputs
        assert sorted(job in out for out in outputs) == [False, True], outputs  # one worker ran it, once
        assert sum(out.count(f"Job OK ({job})") for out in outputs) == 1, outputs

        done = subprocess.run([sys.executable, "-c", RESULT.format(job=job)], env=env, capture_output=True,
                              text=True, timeout=120, check=True)
        assert done.stdout.strip() == "SUCCESSFUL {'synced': 0, 'failed': 0}"
    finally:
        for server in servers:
            server.terminate()
            server.wait(timeout=20)
