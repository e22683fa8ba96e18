"""Playbook commands: `reject`, `win add|list` and `playbook show|check|path`. Each one calls the services."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import click

from onward.cli.context import DAY, CliError, Context, pass_context, pass_user

# Mirrors of the model choices, which cannot be imported before Django starts; the services check them again.
REJECTION_TYPES = ("not_selected", "position_filled", "position_closed", "keep_on_file", "offer_rescinded", "ghosted")
REASONS = (
    "skills_gap", "experience_level", "credential_education", "interview_performance", "team_fit", "compensation",
    "internal_candidate", "location_visa", "unknown",
)


def _received_at(day: dt.date | None):
    from django.utils import timezone

    if day is None or day == timezone.localdate():
        return timezone.now()
    return timezone.make_aware(dt.datetime.combine(day, dt.time(12, 0)))


@click.command()
@click.argument("app_id")
@click.option("--type", "rejection_type", type=click.Choice(REJECTION_TYPES, case_sensitive=False),
              default="not_selected", show_default=True, help="What happened.")
@click.option("--reason", type=click.Choice(REASONS, case_sensitive=False), default="unknown", show_default=True,
              help="The reason, if they gave one.")
@click.option("--feedback", default="", help="Their feedback, word for word.")
@click.option("--date", "day", type=DAY, help="When it arrived: YYYY-MM-DD, today, yesterday, -3d (default today).")
@click.option("--feeling", type=click.IntRange(1, 5), help="How you feel, 1 (very low) to 5 (fine). Optional.")
@click.option("--feeling-note", default="", help="A note for yourself.")
@click.option("--reapply-invited", is_flag=True, help="They invited you to apply again.")
@click.option("--feedback-offered", is_flag=True, help="They offered to give feedback.")
@pass_user
def reject(user, app_id: str, rejection_type: str, reason: str, feedback: str, day, feeling, feeling_note: str,
           reapply_invited: bool, feedback_offered: bool) -> None:
    """Log a rejection for application APP_ID and make its recovery plan."""
    from onward.core.models import Origin
    from onward.playbook import plans, rejections
    from onward.tracker.services import get_application

    application = get_application(user, app_id)
    rejection = rejections.log_rejection(
        application, received_at=_received_at(day), rejection_type=rejection_type.lower(), reason=reason.lower(),
        feedback=feedback, feeling=feeling, feeling_note=feeling_note, origin=Origin.CLI,
        reapply_invited=reapply_invited, feedback_offered=feedback_offered,
    )
    click.echo(f"Logged for {application}: {rejection.get_rejection_type_display()} "
               f"(you reached {rejection.get_stage_reached_display().lower()}).")
    items = plans.plan(rejection)
    if rejection.plan_note:
        click.echo(rejection.plan_note)
    if items:
        click.echo("Your plan:")
    for item in items:
        task = item.task
        extra = f"  {item.link}" if item.link else ""
        click.echo(f"  {task.due_date:%a %d %b}  {task.title}{extra}  (task {task.pk})")
    shared = plans.shared_elsewhere(rejection)
    if shared:
        click.echo("Also on your list (for you rather than one application, so not repeated):")
    for task in shared:
        click.echo(f"  {task.due_date:%a %d %b}  {task.title}  (task {task.pk})")
    click.echo(plans.pipeline_facts(user).sentence)
    for sentence in rejections.rejection_summary(user).sentences:
        click.echo(sentence)


@click.group()
def win() -> None:
    """Your wins journal: small victories, recorded any time."""


@win.command("add")
@click.argument("text", nargs=-1, required=True)
@click.option("--date", "day", type=DAY, help="When it happened (default today).")
@pass_user
def win_add(user, text: tuple[str, ...], day) -> None:
    """Record a win, e.g. `onward win add Finished the take-home`."""
    from onward.playbook import wins

    item = wins.add_win(user, " ".join(text), happened_on=day)
    click.echo(f"Recorded win {item.pk} on {item.happened_on:%d %b %Y}: {item.text}")


@win.command("list")
@click.option("--limit", type=click.IntRange(1), help="Show only the most recent N.")
@pass_user
def win_list(user, limit: int | None) -> None:
    """List your wins, most recent first."""
    from onward.playbook import wins

    items = wins.list_wins(user, limit=limit)
    if not items:
        click.echo("No wins recorded yet. Add one with: onward win add TEXT")
    for item in items:
        click.echo(f"{item.happened_on:%d %b %Y}  {item.text}")


@click.group()
def playbook() -> None:
    """The playbook that turns a rejection into a recovery plan."""


@playbook.command("path")
@pass_context
def playbook_path(ctx: Context) -> None:
    """Print where a playbook.toml overriding the shipped playbook goes."""
    ctx.setup()
    from onward.playbook import book

    click.echo(str(book.file_path()))


@playbook.command("show")
@click.option("--defaults", "shipped", is_flag=True, help="Show the shipped playbook, a starting point to copy.")
@pass_user
def playbook_show(user, shipped: bool) -> None:
    """Print the playbook in force (TOML); where it comes from goes to stderr."""
    from onward.playbook import book

    if shipped:
        click.echo(book.default_text(), nl=False)
        return
    in_force = book.in_force(user)
    for problem in in_force.problems:
        click.echo(f"Not in force: {problem}", err=True)
    click.echo(f"In force: {in_force.playbook.source}", err=True)
    click.echo(in_force.playbook.text, nl=False)


@playbook.command("check")
@click.argument("file", required=False, type=click.Path(dir_okay=False, path_type=Path))
@pass_user
def playbook_check(user, file: Path | None) -> None:
    """Check FILE (default: the playbook in force and any override) and name the line of any problem."""
    from onward.playbook import book

    if file is not None:
        if not file.exists():
            raise CliError(f"No file at {file}.")
        checked = book.read_file(file)
    else:
        in_force = book.in_force(user)
        if in_force.problems:
            raise CliError("\n".join(f"{p}. The {in_force.playbook.source} stays in force." for p in in_force.problems))
        checked = in_force.playbook
    click.echo(f"{checked.source} is valid: {len(checked.steps)} steps, {len(checked.drafts)} drafts.")
    if not checked.steps:
        # An empty file is valid TOML and a valid playbook, but in force it would quietly end every recovery plan.
        click.echo("It has no steps: while it is in force, a rejection gets no recovery plan.")


def register(group: click.Group) -> None:
    for command in (reject, win, playbook):
        group.add_command(command)
