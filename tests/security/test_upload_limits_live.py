"""The upload attacks played against a real gunicorn worker, where they did their damage: a DOCX bomb took
2.18 GB of the worker and a padded XLSX killed it (the person saw a 500). Now each is a page naming the limit,
the same worker answers, and its memory stays far from what the attack took."""

from __future__ import annotations

import pytest

from tests import hostile_files as hostile
from tests.security.live import children, csrf, onward, peak_memory_mb, running_server, server_env, sign_in

pytestmark = pytest.mark.slow
PASSWORD = "a calm long passphrase"
# The attacks took over 2 GB; a worker serving Onward needs about a tenth of this.
WORKER_PEAK_MB = 600


def test_hostile_uploads_leave_the_worker_alive_and_small(tmp_path):
    env = server_env(tmp_path / "data")
    assert onward(env, "user", "add", "mallory", "--password", PASSWORD).returncode == 0
    processes = []
    with running_server(env, tmp_path / "server.log", processes) as base:
        mallory = sign_in(base, "mallory", PASSWORD)
        [worker] = children(processes[0].pid)

        resume = mallory.post(f"{base}/match/resumes/", data={
            "name": "Bomb", "csrfmiddlewaretoken": csrf(mallory, base, "/match/resumes/"),
        }, files={"file": ("cv.docx", hostile.docx_bomb(45, understate=True))}, timeout=120)
        assert resume.status_code == 200
        assert "damaged" in resume.text or "20 MB (the limit)" in resume.text

        sheet = mallory.post(f"{base}/import/", data={
            "format": "auto", "csrfmiddlewaretoken": csrf(mallory, base, "/import/"),
        }, files={"file": ("jobs.xlsx", hostile.xlsx_padded(1024))}, timeout=120)
        assert sheet.status_code == 200
        assert "200 MB (the limit)" in sheet.text

        assert children(processes[0].pid) == [worker]  # the same worker, never killed and replaced
        assert peak_memory_mb(worker) < WORKER_PEAK_MB
        assert mallory.get(f"{base}/match/resumes/", timeout=30).status_code == 200
