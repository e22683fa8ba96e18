"""A real Onward server process in server mode (gunicorn on 127.0.0.1, SQLite in a fresh data directory), and
the `onward` command beside it, for attacks played end to end as they would be against a deployment."""

from __future__ import annotations

import re
import subprocess
import sys
import time
from contextlib import contextmanager
from pathlib import Path

import requests

from tests.processes import free_port, fresh_env

SERVER_SECRET = "server-secret-key-that-must-never-leave-0123456789abcdef"


def server_env(data_dir: Path, **extra: str) -> dict[str, str]:
    return fresh_env(data_dir, ONWARD_MODE="server", ONWARD_SECRET_KEY=SERVER_SECRET,
                     ONWARD_ALLOWED_HOSTS="127.0.0.1", ONWARD_ALLOW_HTTP="1", ONWARD_LOG_LEVEL="INFO", **extra)


def onward(env: dict[str, str], *args: str, input: str | None = None) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "onward", *args], env=env, input=input, capture_output=True,
                          text=True, timeout=180)


@contextmanager
def running_server(env: dict[str, str], log: Path, processes: list | None = None, *, worker: bool = False):
    """gunicorn serving Onward until the block ends; yields its base URL. The gunicorn master process is added
    to `processes` when given. With `worker`, `onward worker --no-schedule` runs beside it, as on a server."""
    port = free_port()
    with log.open("ab") as out:
        proc = subprocess.Popen(
            [sys.executable, "-m", "gunicorn", "onward.wsgi:application", "--bind", f"127.0.0.1:{port}",
             "--workers", "1", "--timeout", "60"],
            env={**env, "DJANGO_SETTINGS_MODULE": "onward.settings"}, stdout=out, stderr=subprocess.STDOUT,
        )
        background = subprocess.Popen([sys.executable, "-m", "onward", "worker", "--no-schedule", "--quiet"],
                                      env=env, stdout=out, stderr=subprocess.STDOUT) if worker else None
    if processes is not None:
        processes.append(proc)
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                requests.get(f"{base}/login/", timeout=30)
                break
            except (requests.ConnectionError, requests.Timeout):
                if proc.poll() is not None or time.monotonic() > deadline:
                    raise RuntimeError(f"The server did not start: {log.read_text()}") from None
                time.sleep(0.2)
        yield base
    finally:
        for running in (proc, background):
            if running is None:
                continue
            running.terminate()
            try:
                running.wait(timeout=10)
            except subprocess.TimeoutExpired:
                running.kill()


def csrf(session: requests.Session, base: str, path: str) -> str:
    page = session.get(base + path, timeout=30).text
    return re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', page).group(1)


def sign_in(base: str, username: str, password: str) -> requests.Session:
    session = requests.Session()
    response = session.post(f"{base}/login/", data={
        "username": username, "password": password, "csrfmiddlewaretoken": csrf(session, base, "/login/"),
    }, timeout=30)
    assert "sessionid" in session.cookies, response.text
    return session


def children(pid: int) -> list[int]:
    """The child processes of `pid` (gunicorn's workers, for its master)."""
    found = []
    for task in Path(f"/proc/{pid}/task").iterdir():
        found += [int(child) for child in (task / "children").read_text().split()]
    return found


def peak_memory_mb(pid: int) -> float:
    """The most resident memory `pid` has used so far (VmHWM)."""
    status = Path(f"/proc/{pid}/status").read_text()
    return int(re.search(r"VmHWM:\s+(\d+) kB", status).group(1)) / 1024
