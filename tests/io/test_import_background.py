"""Long imports as jobs: `onward import` in a fresh process draws a bar on a terminal and nothing when piped,
commits in batches, and a stop (Ctrl+C) leaves whole rows only and says so; importing again finishes the rest."""

import os
import pty
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from onward.core import jobs
from onward.core.models import Job
from onward.io import imports
from onward.tracker.models import Application, StageChange

SRC = Path(__file__).resolve().parents[2] / "src"


@pytest.fixture
def onward_env(tmp_path):
    env = {k: v for k, v in os.environ.items() if k not in ("DJANGO_SETTINGS_MODULE", "DATABASE_URL")}
    env["ONWARD_DATA_DIR"] = str(tmp_path / "data")
    env["PYTHONPATH"] = str(SRC)
    return env


def sheet(tmp_path, rows: int) -> Path:
    path = tmp_path / "jobs.csv"
    path.write_text("Company,Title\n" + "".join(f"Company {i},Engineer {i}\n" for i in range(rows)))
    return path


def query(env, sql: str) -> list[tuple]:
    with sqlite3.connect(Path(env["ONWARD_DATA_DIR"]) / "onward.sqlite3") as db:
        return db.execute(sql).fetchall()


def test_piped_output_has_no_bar_and_the_job_is_recorded(tmp_path, onward_env):
    done = subprocess.run([sys.executable, "-m", "onward", "import", str(sheet(tmp_path, 450))], env=onward_env,
                          capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    assert done.stderr == ""
    assert done.stdout.splitlines()[-1] == "Imported 450 from jobs.csv. Nothing else was changed."
    assert query(onward_env, "SELECT kind, status, done, total FROM core_job") == [("import", "done", 450, 450)]


def test_a_terminal_gets_a_progress_bar_on_stderr(tmp_path, onward_env):
    main, child = pty.openpty()
    proc = subprocess.Popen([sys.executable, "-m", "onward", "import", str(sheet(tmp_path, 450))],
                            env={**onward_env, "COLUMNS": "100"}, stdout=subprocess.PIPE, stderr=child)
    os.close(child)
    drawn = b""
    while True:
        try:
            chunk = os.read(main, 4096)
        except OSError:  # the terminal closes with the process
            break
        if not chunk:
            break
        drawn += chunk
    assert proc.wait(timeout=300) == 0
    os.close(main)
    assert b"450/450" in drawn and b"rows" in drawn
    assert proc.stdout.read().decode().splitlines()[-1].startswith("Imported 450")


def test_ctrl_c_keeps_whole_batches_says_so_and_a_second_run_finishes(tmp_path, onward_env):
    path = sheet(tmp_path, 3_000)
    proc = subprocess.Popen([sys.executable, "-m", "onward", "import", str(path)], env=onward_env,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    deadline = time.monotonic() + 240
    while time.monotonic() < deadline and proc.poll() is None:
        try:
            if query(onward_env, "SELECT done FROM core_job WHERE done > 0"):
                break
        except sqlite3.OperationalError:
            pass  # the data folder is still being set up
        time.sleep(0.05)
    assert proc.poll() is None, "the import ended before it could be stopped"
    proc.send_signal(signal.SIGINT)
    out, err = proc.communicate(timeout=120)
    assert proc.returncode == 130, err
    assert "Traceback" not in err
    [(status, done, summary)] = query(onward_env, "SELECT status, done, summary FROM core_job")
    assert status == "interrupted"
    assert summary.startswith(f"Stopped after {done:,} of 3,000 rows: it was stopped.")
    assert "start it again to finish" in summary and summary in err
    # Whole batches only: each application with its history and its import record, nothing half-written.
    [(apps,)] = query(onward_env, "SELECT COUNT(*) FROM tracker_application")
    [(records,)] = query(onward_env, "SELECT COUNT(*) FROM onward_io_importrecord")
    [(histories,)] = query(onward_env, "SELECT COUNT(DISTINCT application_id) FROM tracker_stagechange")
    assert 0 < apps < 3_000 and apps % imports.BATCH_ROWS == 0
    assert apps == records == histories
    again = subprocess.run([sys.executable, "-m", "onward", "import", str(path)], env=onward_env,
                           capture_output=True, text=True, timeout=300)
    assert again.returncode == 0, again.stderr
    assert f"{3_000 - apps} new, 0 moving on, {apps} already here" in again.stdout
    assert query(onward_env, "SELECT COUNT(*), COUNT(DISTINCT company_id) FROM tracker_application") == [
        (3_000, 3_000)]


def test_a_failing_batch_is_undone_alone(alice, monkeypatch):
    monkeypatch.setattr(imports, "BATCH_ROWS", 2)
    data = "Company,Title\n" + "".join(f"Company {i},Engineer {i}\n" for i in range(5))
    result = imports.preview(alice, "jobs.csv", data.encode())
    real = imports._apply_batch
    calls = []

    def second_fails(*args):
        calls.append(1)
        if len(calls) == 2:
            raise RuntimeError("disk full")
        return real(*args)

    monkeypatch.setattr(imports, "_apply_batch", second_fails)
    with pytest.raises(RuntimeError):
        imports.apply(alice, result)
    assert Application.objects.filter(owner=alice).count() == 2
    assert StageChange.objects.filter(owner=alice).count() == 2


def test_a_job_whose_process_vanished_is_said_to_be_interrupted(alice):
    job = jobs.create(alice, kind="import", title="Importing jobs.csv", runner="onward.io.imports.run_job",
                      total=1_000)
    Job.objects.filter(pk=job.pk).update(status="running", done=400, heartbeat_at=jobs.timezone.now()
                                         - jobs.STALE_AFTER - jobs.dt.timedelta(seconds=1))
    job = jobs.get(alice, job.pk)
    assert job.status == "interrupted" and job.finished
    assert job.summary.startswith("Stopped after 400 of 1,000 rows: the program doing it ended before it had")
    # It was only slow (a mail server taking its time): its next report makes it running again.
    jobs.Progress(job).save()
    assert jobs.get(alice, job.pk).status == "running"
    fresh = jobs.create(alice, kind="import", title="x", runner="onward.io.imports.run_job")
    Job.objects.filter(pk=fresh.pk).update(status="running", heartbeat_at=jobs.timezone.now())
    assert jobs.get(alice, fresh.pk).status == "running"


def test_a_worker_stopped_mid_job_marks_it_interrupted(alice, monkeypatch):
    def stopped(job, progress):
        progress(5, 10)
        raise SystemExit(1)

    monkeypatch.setattr(imports, "run_job", stopped)
    job = jobs.create(alice, kind="import", title="x", runner="onward.io.imports.run_job")
    with pytest.raises(SystemExit):
        jobs.run(job)
    job.refresh_from_db()
    assert (job.status, job.done, job.total) == ("interrupted", 5, 10)


def test_another_persons_job_is_not_found(alice, bob, alice_client):
    job = jobs.create(bob, kind="import", title="Importing theirs.csv", runner="onward.io.imports.run_job")
    assert alice_client.get(f"/jobs/{job.pk}/").status_code == 404
    mine = jobs.create(alice, kind="import", title="Importing mine.csv", runner="onward.io.imports.run_job")
    assert "Importing mine.csv" in alice_client.get(f"/jobs/{mine.pk}/").content.decode()


def test_an_interrupted_web_import_says_so_and_can_be_started_again(alice_client, alice, worker):
    from django.urls import reverse

    from onward.io.models import ImportBatch

    data = "Company,Title\n" + "".join(f"Company {i},Engineer {i}\n" for i in range(5))
    batch = imports.start_batch(alice, "jobs.csv", data.encode())
    job = imports.start_apply(alice, batch)
    # The worker running it vanished after two rows (as if its machine had been switched off).
    imports.apply(alice, imports.preview(alice, "jobs.csv", b"Company,Title\nCompany 0,Engineer 0\nCompany 1,"
                                                            b"Engineer 1\n"))
    Job.objects.filter(pk=job.pk).update(status="running", done=2, total=5, heartbeat_at=jobs.timezone.now()
                                         - jobs.STALE_AFTER - jobs.dt.timedelta(seconds=1))
    page = alice_client.get(reverse("onward_io:batch", args=[batch.pk])).content.decode()
    assert "Stopped after 2 of 5 rows: the program doing it ended before it had finished." in page
    assert "every 1s" not in page
    # The preview is back, with what is already here skipped, and the Import button starts the rest.
    assert page.count("Will be added") == 3 and 'action="/import/' in page
    with worker():
        alice_client.post(reverse("onward_io:batch_apply", args=[batch.pk]))
    batch.refresh_from_db()
    assert batch.status == ImportBatch.Status.APPLIED and batch.job.status == "done"
    assert batch.job.summary == "Imported 3 from jobs.csv. Nothing else was changed."
    assert Application.objects.filter(owner=alice).count() == 5


def test_the_pages_that_start_long_work_link_to_what_is_going_on(alice_client, alice, bob):
    mine = jobs.create(alice, kind="import", title="Importing mine.csv", runner="onward.io.imports.run_job")
    mail = jobs.create(alice, kind="mail_import", title="Importing takeout.mbox", runner="onward.mail.imports.run_job",
                       unit="bytes")
    Job.objects.filter(pk=mail.pk).update(status="running", done=30, total=120, heartbeat_at=jobs.timezone.now())
    jobs.create(bob, kind="import", title="Importing theirs.csv", runner="onward.io.imports.run_job")
    finished = jobs.create(alice, kind="import", title="Importing old.csv", runner="onward.io.imports.run_job")
    Job.objects.filter(pk=finished.pk).update(status="done")
    page = alice_client.get("/import/").content.decode()
    assert f'<a href="/jobs/{mine.pk}/">Importing mine.csv</a>: waiting to start' in page
    assert "theirs.csv" not in page and "old.csv" not in page and "takeout.mbox" not in page
    page = alice_client.get("/mail/").content.decode()
    assert f'<a href="/jobs/{mail.pk}/">Importing takeout.mbox</a>: 25% done' in page


def test_a_job_nobody_takes_says_the_worker_may_not_run(alice, alice_client):
    job = jobs.create(alice, kind="import", title="Importing jobs.csv", runner="onward.io.imports.run_job")
    assert "No background worker" not in alice_client.get(f"/jobs/{job.pk}/").content.decode()
    Job.objects.filter(pk=job.pk).update(created_at=jobs.timezone.now() - jobs.dt.timedelta(minutes=1))
    page = alice_client.get(f"/jobs/{job.pk}/", headers={"HX-Request": "true"}).content.decode()
    assert "Waiting to start" in page and "No background worker has taken it yet." in page
