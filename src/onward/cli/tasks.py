"""Task commands: `onward task add|list|done|snooze|skip`. Each one calls the tracker services."""

from __future__ import annotations

import click

from onward.cli.context import DAY, format_day, pass_user, rich_console

TASK_KINDS = ("follow_up", "thank_you", "feedback_request", "reconnect", "prep", "apply", "self_care", "other")


@click.group()
def task() -> None:
    """Follow-ups, thank-you notes and other things to do."""


@task.command(name="add")
@click.argument("title")
@click.option("--due", "due_date", type=DAY, help="When it is due: YYYY-MM-DD, today, tomorrow, +3d.")
@click.option("--kind", type=click.Choice(TASK_KINDS, case_sensitive=False), default="other", show_default=True,
              help="What sort of task.")
@click.option("--app", "app_id", metavar="ID", help="The application it belongs to.")
@pass_user
def task_add(user, title: str, due_date, kind: str, app_id: str | None) -> None:
    """Add a task called TITLE."""
    from onward.core.models import Origin
    from onward.core.text import within
    from onward.tracker import services
    from onward.tracker.models import Task

    # The web form and the API check the length themselves; here it is typed freely.
    within(Task, "title", " ".join(title.split()), "A task's title")
    application = services.get_application(user, app_id) if app_id else None
    item = services.add_task(user, title=title, due_date=due_date, kind=kind.lower(), application=application,
                             origin=Origin.CLI)
    click.echo(f"Added task {item.pk}: {item.title}" + (f" (due {format_day(item.due_date)})" if item.due_date else ""))


@task.command(name="list")
@click.option("--all", "show_all", is_flag=True, help="Include done and skipped tasks.")
@pass_user
def task_list(user, show_all: bool) -> None:
    """List open tasks, soonest first (undated ones last)."""
    from django.utils import timezone
    from rich.table import Table

    from onward.tracker import services

    tasks = list(services.list_tasks(user, status=None if show_all else "open"))
    if not tasks:
        click.echo("No tasks." if show_all else "No open tasks.")
        return
    today = timezone.localdate()
    table = Table(box=None, pad_edge=False)
    for column in ("ID", "Due", "Task", "Application", "Status"):
        table.add_column(column, justify="right" if column == "ID" else "left")
    for item in tasks:
        due = format_day(item.due_date)
        if item.due_date and item.status == "open":
            due = "today" if item.due_date == today else due + (" (earlier)" if item.due_date < today else "")
        table.add_row(str(item.pk), due, item.title, str(item.application) if item.application else "",
                      item.get_status_display())
    rich_console().print(table)


def _task_action(user, task_id: str, action: str, **kwargs):
    from onward.tracker import services

    item = services.get_task(user, task_id)
    return getattr(services, action)(item, **kwargs)


@task.command(name="done")
@click.argument("task_id", metavar="ID")
@pass_user
def task_done(user, task_id: str) -> None:
    """Mark task ID as done."""
    item = _task_action(user, task_id, "complete_task")
    click.echo(f"Done: {item.title}")


@task.command(name="snooze")
@click.argument("task_id", metavar="ID")
@click.option("--days", default=1, show_default=True, type=click.IntRange(1), help="How many days later.")
@pass_user
def task_snooze(user, task_id: str, days: int) -> None:
    """Push task ID to a later day."""
    item = _task_action(user, task_id, "snooze_task", days=days)
    click.echo(f"Snoozed: {item.title}, now due {format_day(item.due_date)}.")


@task.command(name="skip")
@click.argument("task_id", metavar="ID")
@pass_user
def task_skip(user, task_id: str) -> None:
    """Skip task ID: it no longer needs doing."""
    item = _task_action(user, task_id, "skip_task")
    click.echo(f"Skipped: {item.title}")


def register(group: click.Group) -> None:
    group.add_command(task)
