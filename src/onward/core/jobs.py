"""Long work (imports, mail imports, mail syncs) and how far it has got, the same for every door.

A Job row is the one progress record. The web app creates it and hands it to the task queue (django-tasks:
the database worker that `onward serve` starts beside the web app, or RQ workers with REDIS_URL); its page polls
the row. The command line creates one too and runs it in its own process, drawing a bar on stderr from the same
reports. Either way the work is a plain function of its feature (the job's `runner`), called with the job and a
Progress, which commits in small batches: the web app stays responsive meanwhile, and a stop leaves whole batches
behind, never half a record.

A job that stops early says so: Ctrl+C, a worker told to stop, or a process that vanished (no sign of life for
STALE_AFTER) all end as "interrupted", with what was done kept and the advice to start it again.
"""

from __future__ import annotations

import datetime as dt
import os
import time
from collections.abc import Callable
from typing import Any

from django.db import transaction
from django.utils import timezone
from django.utils.module_loading import import_string
from django_tasks import task

from onward.core.errors import NotFound, OnwardError, report_bug
from onward.core.models import Job

# Progress is written at most this often (seconds): often enough for a moving bar, rarely enough to cost nothing.
PROGRESS_EVERY = 0.5
# A running job that has not reported for this long belongs to a process that ended without saying so.
STALE_AFTER = dt.timedelta(minutes=2)
# Long work runs this much below the web app's priority (Unix nice): on a small machine an import then takes a
# little longer while someone uses the pages, and the pages stay quick. See lower_priority.
NICENESS = 10
# A job keeps at most this many problems to show; the rest are counted in its summary by the runner.
MAX_ERRORS = 20

Listener = Callable[[int, int], None]


class Progress:
    """What a runner reports to: `progress(done, total)` as it goes, `progress.error(text)` for a problem that
    does not stop it. Writes the job at most every PROGRESS_EVERY seconds; calls `listener` every time."""

    def __init__(self, job: Job, listener: Listener | None = None):
        self.job = job
        self.listener = listener
        self._written = 0.0

    def __call__(self, done: int, total: int | None = None) -> None:
        self.job.done = done
        if total is not None:
            self.job.total = total
        if self.listener is not None:
            self.listener(self.job.done, self.job.total)
        now = time.monotonic()
        if now - self._written >= PROGRESS_EVERY:
            self._written = now
            self.save()

    def error(self, text: str) -> None:
        if len(self.job.errors) < MAX_ERRORS:
            self.job.errors.append(text)

    def save(self) -> None:
        # Running, in so many words: a job taken for stopped after a long silence (a slow mail server) shows as
        # running again once it reports.
        self.job.heartbeat_at = timezone.now()
        Job.objects.filter(pk=self.job.pk).update(done=self.job.done, total=self.job.total, errors=self.job.errors,
                                                  heartbeat_at=self.job.heartbeat_at, status=Job.Status.RUNNING)


def lower_priority() -> None:
    """Lower this process's priority for long work, once (where the system allows it)."""
    if hasattr(os, "nice") and os.nice(0) < NICENESS:
        os.nice(NICENESS - os.nice(0))


def create(owner, *, kind: str, title: str, runner: str, params: dict | None = None, unit: str = "rows",
           total: int = 0) -> Job:
    return Job.objects.create(owner=owner, kind=kind, title=title[:300], runner=runner, params=params or {},
                              unit=unit, total=total)


def start(owner, **fields: Any) -> Job:
    """Create a job and queue it for the background worker (see `create` for the fields)."""
    job = create(owner, **fields)
    # Queued once the row is committed, so a worker elsewhere (RQ) never looks for a job it cannot see yet.
    transaction.on_commit(lambda: run_job.enqueue(job.pk))
    return job


def run(job: Job, listener: Listener | None = None, *, raise_bugs: bool = False, **extra: Any) -> Job:
    """Do the job in this process: the worker's task, or the command line. `extra` goes to the runner as is
    (the command line hands over what it has read already). Returns the job, finished. A bug is recorded on the
    job and logged; with `raise_bugs` it is raised after, for a door that reports bugs its own way (the CLI)."""
    progress = Progress(job, listener)
    job.status, job.started_at, job.heartbeat_at = Job.Status.RUNNING, timezone.now(), timezone.now()
    job.save(update_fields=["status", "started_at", "heartbeat_at"])
    try:
        summary = import_string(job.runner)(job, progress, **extra)
    except OnwardError as exc:
        # A refusal before any work says so itself ("… Nothing was imported."); any other is told what was kept.
        text = str(exc)
        said = not job.done and "Nothing was" in text
        _finish(job, Job.Status.FAILED, text if said else f"{text} {_kept_words(job)}")
    except (KeyboardInterrupt, SystemExit):
        _finish(job, Job.Status.INTERRUPTED, _stopped_words(job, "it was stopped"))
        raise
    except Exception:
        if raise_bugs:
            _finish(job, Job.Status.FAILED, "It stopped because of a bug in Onward. " + _kept_words(job))
            raise
        reference = report_bug(f"job {job.pk} ({job.kind})")
        _finish(job, Job.Status.FAILED, f"It stopped because of a bug in Onward (reference {reference} in the log). "
                                        + _kept_words(job))
    else:
        _finish(job, Job.Status.DONE, summary)
    return job


def _finish(job: Job, status: str, summary: str) -> None:
    job.status, job.summary, job.finished_at = status, summary, timezone.now()
    Job.objects.filter(pk=job.pk).update(status=status, summary=summary, finished_at=job.finished_at, done=job.done,
                                         total=job.total, errors=job.errors, params=job.params)


def _kept_words(job: Job) -> str:
    return ("What was done before is kept, whole; start it again to finish: what is already here is skipped."
            if job.done else "Nothing was changed.")


def _stopped_words(job: Job, why: str) -> str:
    where = f" after {job.done:,} of {job.total:,} {job.unit}" if job.total else ""
    return f"Stopped{where}: {why}. {_kept_words(job)}"


@task()
def run_job(job_id: int) -> str:
    """The background worker's side of `start`."""
    try:
        job = Job.objects.get(pk=job_id)
    except Job.DoesNotExist:
        return "gone"  # its owner was deleted meanwhile
    if job.status != Job.Status.QUEUED:
        return job.status  # a queue that delivers twice does the work once
    return run(job).status


def notice_stopped(job: Job) -> Job:
    """A job still marked running whose process has stopped reporting is said to be interrupted."""
    if job.status == Job.Status.RUNNING and job.heartbeat_at and timezone.now() - job.heartbeat_at > STALE_AFTER:
        job.status = Job.Status.INTERRUPTED
        _finish(job, job.status, _stopped_words(job, "the program doing it ended before it had finished"))
    return job


def get(owner, pk) -> Job:
    try:
        return notice_stopped(Job.objects.get(owner=owner, pk=int(pk)))
    except (Job.DoesNotExist, ValueError, TypeError):
        raise NotFound(f"No background work with id {pk}.") from None


def going_on(owner, kinds: tuple[str, ...]) -> list[Job]:
    """This person's jobs of these kinds still waiting or running, for a page to link to their progress."""
    active = Job.objects.filter(owner=owner, kind__in=kinds, status__in=[Job.Status.QUEUED, Job.Status.RUNNING])
    return [job for job in map(notice_stopped, active) if not job.finished]
