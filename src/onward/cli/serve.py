"""`onward serve`: the web app on this machine, with the background worker beside it."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager

import click

from onward.cli.context import Context, pass_context


def run_server(host: str, port: int) -> None:
    from waitress import serve as waitress_serve

    from onward.wsgi import application

    click.echo(f"Onward is running at http://{host}:{port}/  (press Ctrl+C to stop)")
    waitress_serve(application, host=host, port=port, threads=8, ident="onward", _quiet=True)


@contextmanager
def background_worker() -> Iterator[subprocess.Popen]:
    """`onward worker --no-schedule` in a process of its own (not a thread: an import would hold the web app's
    interpreter lock), stopped with the web app. A task it is doing then ends as "interrupted", whole batches
    kept (see onward.core.jobs)."""
    # A stop by signal (a service manager, `kill`) ends this process through the `finally` below, as Ctrl+C does.
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(0))
    from onward.core.jobs import lower_priority

    # Below the web app's priority (jobs.NICENESS), so the pages stay quick while it works.
    proc = subprocess.Popen([sys.executable, "-m", "onward", "worker", "--no-schedule", "--quiet"],
                            preexec_fn=lower_priority if os.name == "posix" else None)
    try:
        yield proc
    finally:
        # Twice: the first asks the worker to stop after its task, the second stops the task (which says so).
        for _ in range(2):
            if proc.poll() is None:
                proc.terminate()
                try:
                    proc.wait(timeout=5)
                except subprocess.TimeoutExpired:
                    continue
        if proc.poll() is None:
            proc.kill()


@click.command()
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to listen on.")
@click.option("--port", default=8000, show_default=True, type=click.IntRange(1, 65535), help="Port.")
@click.option("--no-worker", is_flag=True,
              help="Do not start the background worker (imports and mail syncs then wait for `onward worker`).")
@pass_context
def serve(ctx: Context, host: str, port: int, no_worker: bool) -> None:
    """Start the web app (on 127.0.0.1 only, unless you choose another --host) and its background worker."""
    ctx.setup()
    if no_worker:
        run_server(host, port)
        return
    with background_worker():
        run_server(host, port)


def register(group: click.Group) -> None:
    group.add_command(serve)
