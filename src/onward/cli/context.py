"""What every CLI command shares: Django started on demand (commands that need no database never touch one),
the user a command acts for, dates as people type them, and the console."""

from __future__ import annotations

import datetime as dt
import functools
import os
import re
from dataclasses import dataclass, field
from pathlib import Path

import click


class CliError(click.ClickException):
    """A problem the user can fix: printed as one clear line, exit status 2."""

    exit_code = 2


def setup_django(data_dir: Path | None = None) -> None:
    """Configure settings for the data directory, start Django and apply pending migrations."""
    import django
    from django.apps import apps

    if data_dir is not None:
        os.environ["ONWARD_DATA_DIR"] = str(Path(data_dir).expanduser().resolve())
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "onward.settings")
    if not apps.ready:
        django.setup()
    migrate_if_needed()


def migrate_if_needed() -> None:
    """Apply pending migrations; a second process starting at the same moment waits for the first."""
    from django.core.management import call_command
    from django.db import connection
    from django.db.migrations.executor import MigrationExecutor

    from onward.core.locks import data_dir_lock

    def pending() -> bool:
        executor = MigrationExecutor(connection)
        return bool(executor.migration_plan(executor.loader.graph.leaf_nodes()))

    # The check connects, and on a new data folder that first connection turns SQLite to WAL: a second process
    # connecting at that moment is refused ("database is locked"), not made to wait, so it waits here instead.
    with data_dir_lock("migrate", what="Onward's database set-up"):
        if pending():
            call_command("migrate", verbosity=0, interactive=False)


@dataclass
class Context:
    data_dir: Path | None = None
    username: str | None = None
    _user: object = field(default=None, repr=False)

    def setup(self) -> None:
        setup_django(self.data_dir)

    @property
    def user(self):
        """The user this command acts for (created as the local user on a fresh data directory)."""
        if self._user is None:
            self.setup()
            from onward.core.services import AccountError, resolve_cli_user

            try:
                self._user = resolve_cli_user(self.username)
            except AccountError as exc:
                raise CliError(str(exc)) from None
        return self._user


pass_context = click.make_pass_decorator(Context)


_RELATIVE = re.compile(r"^([+-])\s*(\d+)\s*([dw]?)$")
_NAMED_DAYS = {"today": 0, "tomorrow": 1, "yesterday": -1}


class Day(click.ParamType):
    """A date: YYYY-MM-DD, today, tomorrow, yesterday, or a number of days or weeks from today (+3d, -1w)."""

    name = "date"

    def convert(self, value, param, ctx):
        if isinstance(value, dt.date):
            return value
        text = str(value).strip().lower()
        today = dt.date.today()
        if text in _NAMED_DAYS:
            return today + dt.timedelta(days=_NAMED_DAYS[text])
        match = _RELATIVE.match(text)
        if match:
            sign, number, unit = match.groups()
            days = int(number) * (7 if unit == "w" else 1)
            return today + dt.timedelta(days=days if sign == "+" else -days)
        # Only ISO dates: 03/08/2026 means March in some places and August in others, and a silent guess
        # would misdate the history.
        try:
            return dt.date.fromisoformat(text)
        except ValueError:
            self.fail(
                f"{value!r} is not a date Onward understands. Use YYYY-MM-DD, today, tomorrow, or +3d / -1w.",
                param,
                ctx,
            )


DAY = Day()


def format_day(day: dt.date | None) -> str:
    return day.strftime("%d %b %Y") if day else ""


def write_file(path: Path, content: bytes) -> None:
    """Write CONTENT to PATH whole or not at all: beside it first, then renamed, so a full disk or a wrong folder
    never leaves half a file behind; then say where. "-" is the terminal's output, as in other command-line tools,
    and nothing else is printed there."""
    if str(path) == "-":
        stream = click.get_binary_stream("stdout")
        stream.write(content)
        stream.flush()
        return
    tmp = path.with_name(path.name + ".part")
    try:
        tmp.write_bytes(content)
        tmp.replace(path)
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        raise CliError(f"Could not write {path}: {exc.strerror or exc}. Nothing was written.") from None
    click.echo(f"Wrote {path}")


def ask(question: str, nothing_done: str) -> bool:
    """The answer to a yes/no QUESTION. With no answer to read (no terminal, or stdin at its end) the command
    stops with NOTHING_DONE and how to go ahead without the question, rather than a bare "Aborted!"."""
    try:
        return click.confirm(question, default=False)
    except click.Abort:
        click.echo("", err=True)
        raise CliError(f"No answer came, so {nothing_done} Add --yes to go ahead without the question.") from None


def pass_user(f):
    """Hand the command the user it acts for. Django starts here, so the services can be imported after."""

    @functools.wraps(f)
    def wrapper(*args, **kwargs):
        return f(click.get_current_context().find_object(Context).user, *args, **kwargs)

    return wrapper


def rich_console():
    from rich.console import Console

    return Console(highlight=False)
