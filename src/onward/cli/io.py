"""`onward import`, `onward backup`, `onward restore`, `onward report applications`, `onward calendar`."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import click

from onward.cli.context import DAY, CliError, Context, ask, pass_context, write_file

# An export's sections in the words the app uses; the rest read well with their underscores as spaces.
SECTION_WORDS = {"plan_items": "recovery plan steps", "debriefs": "interview debriefs",
                 "weekly_goals": "weekly goals", "goal_entries": "goal progress", "mood_check_ins": "mood check-ins",
                 "routine_rules": "routine settings", "match_reports": "resume match reports"}
STATUS_WORDS = {"new": "will be added", "update": "will move on", "duplicate": "already here, skipped",
                "invalid": "cannot be imported"}


def _one_line(text: str, limit: int = 60) -> str:
    """A cell as one short line of text: a quote left open in a CSV can swallow line breaks and stray bytes."""
    text = " ".join("".join(ch if ch.isprintable() else " " for ch in text or "").split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _print_preview(result, *, verbose: bool) -> None:
    click.echo(f"{result.filename}: {result.format_label}")
    if result.encoding:
        click.echo(f"  Read as {result.encoding_label}" + (
            " (recognised; if names look garbled, choose another with --encoding)" if result.encoding_guessed
            else ""))
    if result.sections:
        for section, counts in result.sections.items():
            words = SECTION_WORDS.get(section, section.replace("_", " "))
            click.echo(f"  {words}: {counts['new']} new, {counts['existing']} already here")
        return
    if result.mapping:
        pairs = ", ".join(f"{f}={c}" for f, c in result.mapping.items())
        click.echo(f"  Columns used: {pairs}")
    for planned in result.rows:
        if verbose or planned.status in ("invalid", "update"):
            row = planned.row
            what = f"{_one_line(row.title) or '(no role title)'} at {_one_line(row.company_name) or '(no company)'}"
            click.echo(f"  {row.label}: {what}: {STATUS_WORDS[planned.status]}" + (
                f" ({planned.why})" if planned.why else ""))
    counts = result.counts
    click.echo(
        f"  {counts['new']} new, {counts['update']} moving on, {counts['duplicate']} already here, "
        f"{counts['invalid']} that cannot be imported"
    )


def _mapping(pairs: tuple[str, ...]) -> dict[str, str]:
    mapping = {}
    for pair in pairs:
        field, sep, column = pair.partition("=")
        if not sep:
            raise CliError(f"Write --map as FIELD=COLUMN, e.g. --map company=Employer (got {pair!r}).")
        mapping[field.strip()] = column.strip()
    return mapping


@click.command("import")
@click.argument("path", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--format", "fmt", default="auto", show_default=True,
              type=click.Choice(["auto", "linkedin", "huntr", "csv", "json"]), help="What kind of file it is.")
@click.option("--dry-run", is_flag=True, help="Only show what would be imported.")
@click.option("--map", "pairs", multiple=True, metavar="FIELD=COLUMN",
              help="For spreadsheets: which column holds a field (company, title, stage, date_applied, ...).")
@click.option("--encoding", default=None, metavar="NAME",
              help="For CSV files: the text encoding (utf-8, cp1252, latin-1, ...). Default: recognised.")
@click.option("-v", "--verbose", is_flag=True, help="List every row, not only the ones that need a look.")
@pass_context
def import_(ctx: Context, path: Path, fmt: str, dry_run: bool, pairs: tuple[str, ...], encoding: str | None,
            verbose: bool) -> None:
    """Import applications from LinkedIn, Huntr, a spreadsheet or an Onward export. Re-importing adds nothing."""
    user = ctx.user
    from onward.cli import progress
    from onward.core.locks import data_dir_lock
    from onward.io import imports

    def waiting() -> None:
        click.echo("Another import is running in this data folder; waiting for it to finish…", err=True)

    # One import at a time: the second one then sees what the first added, and skips it.
    with data_dir_lock("import", waiting=waiting, what="Another import"):
        data = path.read_bytes()
        result = imports.preview(user, path.name, data, fmt=fmt, encoding=encoding)
        if pairs:
            # --map names the columns Onward got wrong or missed; the others keep their recognised column.
            result = imports.preview(user, path.name, data, fmt=fmt, mapping={**result.mapping, **_mapping(pairs)},
                                     encoding=encoding)
        _print_preview(result, verbose=verbose)
        if result.problem:
            raise CliError(f"{result.problem} Say which with --map FIELD=COLUMN, e.g. --map company=Employer.")
        if dry_run:
            click.echo("Nothing was imported (dry run).")
            return
        job = progress.run(imports.start_here(user, result), result=result)
    click.echo(job.summary)
    from onward.cli.mail import finish_learning

    finish_learning(user)


@click.command()
@click.argument("path", required=False, type=click.Path(path_type=Path))
@pass_context
def backup(ctx: Context, path: Path | None) -> None:
    """Save a consistent copy of the database (safe while Onward runs). Default: the data folder's backups/."""
    from onward.io.backup import backup as make_backup

    ctx.setup()
    target = make_backup(path)
    click.echo(f"Backup written to {target}")


@click.command()
@click.argument("path", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--yes", is_flag=True, help="Do not ask for confirmation.")
@pass_context
def restore(ctx: Context, path: Path, yes: bool) -> None:
    """Replace the database with a backup made by `onward backup`. Stop the web app first."""
    from onward.cli.context import migrate_if_needed
    from onward.io.backup import check_backup
    from onward.io.backup import restore as do_restore

    ctx.setup()
    check_backup(path)
    if not yes and not ask("This replaces everything in Onward with the backup (the current data is kept as a "
                           "copy). Go ahead?", "nothing was changed."):
        click.echo("Nothing was changed.")
        return
    kept = do_restore(path)
    migrate_if_needed()
    click.echo(f"Restored from {path}." + (f" Your previous data is kept in {kept}" if kept else ""))


@click.group()
def report() -> None:
    """Reports made from your records."""


@report.command("applications")
@click.option("--from", "start", required=True, type=DAY, help="First day (inclusive), e.g. 2026-08-01 or -4w.")
@click.option("--to", "end", default=None, type=DAY, help="Last day (inclusive; default today).")
@click.option("--format", "fmt", default="pdf", show_default=True, type=click.Choice(["pdf", "csv"]),
              help="A PDF to print or send, or a CSV spreadsheet.")
@click.option("-o", "--output", type=click.Path(dir_okay=False, path_type=Path),
              help="File to write, or - for the terminal (default: a name with the dates, in this folder).")
@pass_context
def report_applications(ctx: Context, start: dt.date, end: dt.date | None, fmt: str, output: Path | None) -> None:
    """Proof of applications for a period (company, role, date, channel, outcome), e.g. for an unemployment office."""
    user = ctx.user
    from onward.io import report as reports

    content, _, filename = reports.render(user, start, end or dt.date.today(), fmt)
    target = output or Path(filename)
    write_file(target, content)


@click.group()
def calendar() -> None:
    """Your interviews, tasks and reconnect reminders as a calendar."""


@calendar.command("export")
@click.argument("path", type=click.Path(dir_okay=False, path_type=Path), default="onward.ics")
@pass_context
def calendar_export(ctx: Context, path: Path) -> None:
    """Write a one-off .ics file to import into a calendar app (PATH - prints it)."""
    user = ctx.user
    from onward.io.calendar import feed_bytes

    write_file(path, feed_bytes(user))


def register(group: click.Group) -> None:
    for command in (import_, backup, restore, report, calendar):
        group.add_command(command)
