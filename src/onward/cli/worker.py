"""`onward worker`: runs background work (mail sync, retraining, reminders) and the schedule that enqueues it."""

from __future__ import annotations

import click

from onward.cli.context import Context, pass_context


@click.command()
@click.option("--no-schedule", is_flag=True, help="Only run queued work; do not enqueue the periodic tasks.")
@click.option("--burst", is_flag=True, help="Run the work already queued, then exit.")
@click.option("--quiet", is_flag=True, help="Say nothing about each task (problems are still logged).")
@pass_context
def worker(ctx: Context, no_schedule: bool, burst: bool, quiet: bool) -> None:
    """Run background work: with REDIS_URL an RQ worker, otherwise the database-backed worker."""
    ctx.setup()
    from django.conf import settings
    from django.core.management import call_command

    from onward.work.scheduler import start_scheduler

    stop = None if no_schedule or burst else start_scheduler(settings.PERIODIC_TASKS)
    backend = settings.TASKS["default"]["BACKEND"]
    if not quiet:
        click.echo(f"Onward worker started ({backend.split('.')[0]}). Press Ctrl+C to stop.")
    verbosity = 0 if quiet else 1
    try:
        if backend.startswith("django_tasks_rq"):
            call_command("rqworker", *settings.TASKS["default"]["QUEUES"], job_class="django_tasks_rq.Job",
                         burst=burst, verbosity=verbosity)
        else:
            args = ["--batch"] if burst else []
            call_command("db_worker", *args, "--no-startup-delay", "--no-reload", verbosity=verbosity)
    finally:
        if stop is not None:
            stop.set()


def register(group: click.Group) -> None:
    group.add_command(worker)
