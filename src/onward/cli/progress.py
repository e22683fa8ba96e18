"""Long work from the command line: run a job (onward.core.jobs) here, with a progress bar on stderr.

The bar is drawn only when stderr is a terminal, so output piped or read by a program (--json) stays clean.
"""

from __future__ import annotations

import sys
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import click

from onward.cli.context import CliError


@contextmanager
def bar(label: str, unit: str) -> Iterator[Any]:
    """A listener `(done, total)` that moves a bar on stderr, or does nothing when stderr is not a terminal."""
    if not sys.stderr.isatty():
        yield None
        return
    from rich.console import Console
    from rich.progress import (
        BarColumn,
        MofNCompleteColumn,
        Progress,
        TaskProgressColumn,
        TextColumn,
        TimeRemainingColumn,
    )

    count = (TaskProgressColumn(),) if unit == "bytes" else (MofNCompleteColumn(), TextColumn(unit))
    with Progress(TextColumn("{task.description}"), BarColumn(), *count, TimeRemainingColumn(),
                  console=Console(stderr=True), transient=True) as progress:
        task = progress.add_task(label, total=None)

        def listener(done: int, total: int) -> None:
            progress.update(task, completed=done, total=total or None)

        yield listener


def run(job, *, label: str | None = None, **extra: Any):
    """Run `job` in this process with a bar; a stop (Ctrl+C) or a failure is said in words, as the job records
    it. Returns the finished job. The process lowers its priority first, as the worker does: a web app open on
    the same data stays quick while the import runs."""
    from onward.core import jobs
    from onward.core.models import Job

    jobs.lower_priority()
    with bar(label or job.title, job.unit) as listener:
        try:
            jobs.run(job, listener, raise_bugs=True, **extra)
        except KeyboardInterrupt:
            click.echo(job.summary, err=True)
            sys.exit(130)
    if job.status != Job.Status.DONE:
        raise CliError(job.summary)
    return job
