"""Tracker commands: add, list, show, move, reopen, export and demo. Each one calls the services."""

from __future__ import annotations

import json
import sys
import textwrap
from pathlib import Path

import click

from onward.cli.context import DAY, CliError, ask, format_day, pass_user, rich_console

# Choices shown in --help. They mirror the model choices, which cannot be imported before Django starts.
SOURCES = ("job_board", "company_site", "referral", "recruiter", "network", "other")
REMOTE_MODES = ("onsite", "hybrid", "remote")
SORTS = ("activity", "company", "title", "applied", "stage", "excitement")


@click.command()
@click.argument("company")
@click.argument("title")
@click.option("--stage", default="applied", show_default=True, help="Stage to start at, e.g. wishlist or screening.")
@click.option("--url", "posting_url", default="", help="Link to the job posting.")
@click.option("--source", type=click.Choice(SOURCES, case_sensitive=False), help="Where you found it.")
@click.option("--location", default="", help="City or region.")
@click.option("--remote", "remote_mode", type=click.Choice(REMOTE_MODES, case_sensitive=False), help="Work mode.")
@click.option("--applied", "date_applied", type=DAY, help="Date you applied (default: today, unless wishlist).")
@click.option("--deadline", type=DAY, help="Application deadline.")
@click.option("--excitement", type=click.IntRange(1, 5), help="How keen you are, 1 to 5.")
@click.option("--salary-min", type=click.IntRange(0), help="Lower end of the salary range.")
@click.option("--salary-max", type=click.IntRange(0), help="Upper end of the salary range.")
@click.option("--currency", "salary_currency", default="", help="Salary currency, ISO code such as EUR.")
@click.option("--resume", "resume_version", default="", help="Which resume version you sent.")
@click.option("--tags", default="", help='Your own words to group by, separated by commas: "python, dream job".')
@click.option("--note", default="", help="A note for the first history entry.")
@click.option("-y", "--yes", is_flag=True, help="Add it even if you already track the same company and role.")
@pass_user
def add(user, company: str, title: str, stage: str, note: str, yes: bool, **fields) -> None:
    """Add an application for TITLE at COMPANY.

    Example: onward add "Seven Otters Software" "Backend engineer" --source referral --applied -2d
    """
    from onward.core.models import Origin
    from onward.tracker import services
    from onward.tracker.stages import parse_stage

    start = parse_stage(stage)
    fields = {k: v for k, v in fields.items() if v not in (None, "")}
    if "salary_currency" in fields:
        fields["salary_currency"] = fields["salary_currency"].upper()
    duplicates = list(services.find_duplicates(user, company, title).select_related("company"))
    if duplicates and not yes:
        for dup in duplicates:
            click.echo(f"You already track {dup} (id {dup.pk}, {dup.get_stage_display()}).")
        if not ask("Add another one?", "nothing was added."):
            click.echo("Nothing added.")
            return
    app = services.create_application(
        user, company_name=company, title=title, stage=start, note=note, origin=Origin.CLI, **fields
    )
    click.echo(f"Added {app} as {app.get_stage_display()} (id {app.pk}).")


@click.command(name="list")
@click.option("--stage", "stages", multiple=True, help="Only this stage (repeat for several).")
@click.option("--source", "sources", multiple=True, type=click.Choice(SOURCES, case_sensitive=False),
              help="Only this source (repeat for several).")
@click.option("--search", default="", help="Words to find in the company, the role title or the tags.")
@click.option("--from", "applied_from", type=DAY, help="Applied on or after this date.")
@click.option("--to", "applied_to", type=DAY, help="Applied on or before this date.")
@click.option("--sort", type=click.Choice(SORTS + tuple(f"-{s}" for s in SORTS)), default="activity",
              show_default=True, help="Order; a leading '-' reverses it.")
@click.option("--json", "as_json", is_flag=True, help="Print one JSON object per application per line.")
@pass_user
def list_(user, stages, sources, search, applied_from, applied_to, sort, as_json) -> None:
    """List your applications, most recent activity first."""
    from django.utils import timezone
    from rich.table import Table

    from onward.io.export import application_summary
    from onward.tracker import services

    apps = services.list_applications(
        user, q=search, stages=list(stages), sources=[s.lower() for s in sources],
        applied_from=applied_from, applied_to=applied_to, sort=sort,
    )
    if as_json:
        for app in apps:
            click.echo(json.dumps(application_summary(app), ensure_ascii=False))
        return
    apps = list(apps)
    if not apps:
        click.echo("No applications match." if (stages or sources or search or applied_from or applied_to)
                   else "No applications yet. Add one with: onward add COMPANY TITLE")
        return
    today = timezone.localdate()
    table = Table(box=None, pad_edge=False)
    for column in ("ID", "Company", "Role", "Stage", "Applied", "Last activity"):
        table.add_column(column, justify="right" if column == "ID" else "left")
    for app in apps:
        days = (today - timezone.localdate(app.last_activity_at)).days
        table.add_row(
            str(app.pk), app.company.name, app.title, app.get_stage_display(), format_day(app.date_applied),
            "today" if days <= 0 else f"{days} day{'s' if days != 1 else ''} ago",
        )
    rich_console().print(table)


@click.command()
@click.argument("app_id", metavar="ID")
@pass_user
def show(user, app_id: str) -> None:
    """Show one application: its details, timeline and tasks."""
    from django.utils import timezone

    from onward.core.models import Origin
    from onward.playbook.models import Rejection
    from onward.tracker import services

    app = services.get_application(user, app_id)
    salary = ""
    if app.salary_min or app.salary_max:
        amounts = dict.fromkeys(str(v) for v in (app.salary_min, app.salary_max) if v)
        salary = "–".join(amounts) + f" {app.salary_currency}".rstrip()
    details = [
        ("Stage", app.get_stage_display()),
        ("Source", app.get_source_display() if app.source else ""),
        ("Location", app.location),
        ("Work mode", app.get_remote_mode_display() if app.remote_mode else ""),
        ("Posting", app.posting_url),
        ("Salary", salary),
        ("Excitement", f"{app.excitement}/5" if app.excitement else ""),
        ("Resume", app.resume_version),
        ("Saved", format_day(app.date_saved)),
        ("Applied", format_day(app.date_applied)),
        ("Deadline", format_day(app.deadline)),
        ("Referred by", app.referral_contact.name if app.referral_contact else ""),
    ]
    click.echo(f"{app} (id {app.pk})")
    for label, value in details:
        if value:
            click.echo(f"  {label + ':':<13}{value}")
    click.echo("\nTimeline")
    for entry in services.timeline(app):
        when = timezone.localtime(entry.at)
        line = f"  {when:%d %b %Y}{'' if entry.day_only else f' {when:%H:%M}':6}  {entry.title}"
        if entry.origin not in (Origin.MANUAL, Origin.CLI):
            line += f"  [{Origin(entry.origin).label if entry.origin in Origin.values else entry.origin}]"
        click.echo(line)
        if entry.body:
            click.echo(textwrap.indent(entry.body, "      "))
        if entry.reason:
            click.echo(textwrap.indent(f"Why: {entry.reason}", "      "))
    tasks = list(services.list_tasks(user, status=None, application=app))
    click.echo("\nTasks" if tasks else "\nNo tasks for this application.")
    # An old rejection gets no plan; say why, so the missing tasks are not a mystery.
    plan_note = Rejection.objects.filter(application=app).values_list("plan_note", flat=True).first()
    if plan_note:
        click.echo(f"  {plan_note}")
    for task in tasks:
        due = f" (due {format_day(task.due_date)})" if task.due_date else ""
        click.echo(f"  [{task.get_status_display()}] {task.title}{due}  id {task.pk}")


@click.command()
@click.argument("app_id", metavar="ID")
@click.argument("stage")
@click.option("--note", default="", help="Why, or what happened; kept on the timeline.")
@pass_user
def move(user, app_id: str, stage: str, note: str) -> None:
    """Move application ID to STAGE (e.g. screening, interviewing, rejected).

    A move to rejected, position_closed, offer_rescinded or ghosted also logs the rejection and makes its
    recovery plan (`onward reject ID` records the details).
    """
    from onward.core.models import Origin
    from onward.tracker import services

    app = services.get_application(user, app_id)
    before = app.get_stage_display()
    if services.move(app, stage, note=note, origin=Origin.CLI) is None:
        click.echo(f"{app} is already at {before}; nothing changed.")
    else:
        click.echo(f"Moved {app} from {before} to {app.get_stage_display()}.")


@click.command()
@click.argument("app_id", metavar="ID")
@click.option("--note", default="", help="A note for the timeline (default: Reopened).")
@pass_user
def reopen(user, app_id: str, note: str) -> None:
    """Reopen a closed application at the furthest stage it had reached."""
    from onward.core.models import Origin
    from onward.tracker import services

    app = services.get_application(user, app_id)
    services.reopen_application(app, note=note, origin=Origin.CLI)
    click.echo(f"Reopened {app} at {app.get_stage_display()}.")


@click.command()
@click.option("--format", "fmt", type=click.Choice(["json", "csv"]), default="json", show_default=True,
              help="json: everything, for backups and importing back. csv: one row per application.")
@click.option("--output", "-o", type=click.Path(dir_okay=False, writable=True, path_type=Path),
              help="File to write (default, or -: print to the terminal).")
@pass_user
def export(user, fmt: str, output: Path | None) -> None:
    """Export your data as JSON or CSV."""
    from onward.io.export import write_export

    if output is None or str(output) == "-":
        write_export(user, fmt, sys.stdout)
        return
    # Write beside the target and rename, so a failed export never leaves half a file behind.
    tmp = output.with_name(output.name + ".part")
    try:
        with tmp.open("w", encoding="utf-8", newline="") as stream:
            write_export(user, fmt, stream)
        tmp.replace(output)
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        raise CliError(f"Could not write {output}: {exc.strerror or exc}.") from None
    click.echo(f"Exported to {output}.", err=True)


def _default_demo_dir() -> Path:
    import platformdirs

    return Path(platformdirs.user_data_dir("onward-demo", "onward"))


@click.command()
@click.option("--data-dir", "demo_dir", type=click.Path(file_okay=False, path_type=Path),
              help="Where to keep the demo (default: an onward-demo folder beside your real data).")
@click.option("--serve/--no-serve", default=True, show_default=True, help="Start the web app afterwards.")
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to listen on.")
@click.option("--port", default=8000, show_default=True, type=click.IntRange(1, 65535), help="Port.")
def demo(demo_dir: Path | None, serve: bool, host: str, port: int) -> None:
    """Try Onward on a sample job search, kept apart from your own data.

    Fills a separate data directory with fictional companies and a demo login (user demo, password
    demo), then starts the web app. Running it again resets the demo.
    """
    import os

    from onward.cli.context import setup_django

    directory = (demo_dir or _default_demo_dir()).expanduser().resolve()
    # The demo lives in its own SQLite file, never in a database configured for real data.
    os.environ.pop("DATABASE_URL", None)
    setup_django(directory)

    from onward.tracker.demo import DEMO_PASSWORD, DEMO_USERNAME, build_demo

    count = build_demo().applications
    click.echo(f"Demo data is ready in {directory}: {count} sample applications at fictional companies.")
    click.echo(f"Sign in as {DEMO_USERNAME!r} with password {DEMO_PASSWORD!r}.")
    if serve:
        from onward.cli.serve import background_worker, run_server

        with background_worker():
            run_server(host, port)


def register(group: click.Group) -> None:
    for command in (add, list_, show, move, reopen, export, demo):
        group.add_command(command)
