"""The `onward` command. Each command group lives in its own module and calls the service functions."""

from __future__ import annotations

from pathlib import Path

import click

from onward import __version__
from onward.cli.context import CliError, Context


class OnwardGroup(click.Group):
    """Turns the problems a user can fix into one clear line and exit status 2, and a bug into a short note that
    it is one, with the traceback saved in the data directory, and exit status 1."""

    def invoke(self, ctx):
        from django.core.exceptions import ValidationError

        from onward.core.errors import OnwardError

        try:
            return super().invoke(ctx)
        except (click.ClickException, click.exceptions.Exit, click.Abort):
            raise
        except ValidationError as exc:
            messages = "; ".join(
                f"{_option_named(ctx, k)}: {' '.join(v)}" if k != "__all__" else " ".join(v)
                for k, v in getattr(exc, "message_dict", {"__all__": exc.messages}).items()
            )
            raise CliError(messages) from None
        except OnwardError as exc:
            raise CliError(str(exc)) from None
        except BrokenPipeError:
            # Whoever read the output stopped (`onward show 5 | head`): nothing went wrong. Later writes, and the
            # flush at exit, go nowhere rather than fail again.
            import os
            import sys

            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
            ctx.exit(0)
        except OSError as exc:
            # A file or folder the user named (missing, read-only, a full disk) is theirs to fix; one inside
            # Onward's own code is a bug.
            if exc.filename is None or Path(exc.filename).resolve().is_relative_to(_PACKAGE):
                _report_bug(ctx)
            raise CliError(f"Could not use {exc.filename}: {exc.strerror or exc}.") from None
        except Exception:
            _report_bug(ctx)


_PACKAGE = Path(__file__).resolve().parents[1]


def _report_bug(ctx: click.Context) -> None:
    path = _save_bug_report(ctx)
    click.echo("Something went wrong inside Onward. This is a bug in Onward, not something you did; "
               "please report it.", err=True)
    click.echo(f"The details are saved in {path}" if path else "The details could not be saved.", err=True)
    ctx.exit(1)


def _option_named(ctx: click.Context, field: str) -> str:
    """How the command the user ran spells FIELD of a record (salary_max is --salary-max, posting_url is --url),
    so a refusal names what they typed rather than a column; else FIELD in words."""
    # Click forgets the subcommand's own context once it has failed; the top-level name is kept, and within one
    # command group the same field is spelt the same way.
    todo = [cli.get_command(ctx, ctx.invoked_subcommand)] if ctx.invoked_subcommand else []
    while todo:
        command = todo.pop(0)
        if command is None:
            continue
        for param in command.params:
            if param.name == field:
                return param.opts[0] if isinstance(param, click.Option) else param.human_readable_name
        if isinstance(command, click.Group):
            todo += [command.get_command(ctx, name) for name in command.list_commands(ctx)]
    return field.replace("_", " ")


def _save_bug_report(ctx: click.Context) -> Path | None:
    """Write the traceback of the exception being handled to logs/ in the data directory; the path, or None."""
    import datetime as dt
    import sys
    import traceback

    from onward import paths

    obj = ctx.find_object(Context)
    try:
        directory = (obj.data_dir if obj and obj.data_dir else paths.data_dir()) / "logs"
        directory.mkdir(parents=True, exist_ok=True)
        path = directory / f"bug-{dt.datetime.now():%Y%m%d-%H%M%S}-{id(ctx):x}.log"
        path.write_text(f"onward {__version__}\ncommand: {' '.join(sys.argv[1:])}\n\n{traceback.format_exc()}",
                        encoding="utf-8")
    except OSError:
        return None
    return path


def _named(ctx: click.Context, param: click.Parameter, name: str | None) -> str | None:
    # `--user ""` (an unset shell variable) must not quietly act for the default user.
    if name is not None and not name.strip():
        raise click.BadParameter("give the name of a user, or leave --user out.")
    return name


@click.group(cls=OnwardGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="onward")
@click.option(
    "--data-dir",
    type=click.Path(file_okay=False, path_type=Path),
    envvar="ONWARD_DATA_DIR",
    help="Where Onward keeps its data (default: your per-user data directory).",
)
@click.option("--user", "username", metavar="NAME", callback=_named,
              help="Act as this user when there are several.")
@click.pass_context
def cli(ctx: click.Context, data_dir: Path | None, username: str | None) -> None:
    """Onward: a private, local-first companion for your job search."""
    ctx.obj = Context(data_dir=data_dir, username=username)


def _register() -> None:
    from onward.cli import (
        io,
        mail,
        match,
        outlook,
        playbook,
        remind,
        serve,
        stats,
        tasks,
        tokens,
        tracker,
        users,
        worker,
    )

    for module in (serve, tracker, tasks, io, playbook, mail, stats, match, outlook, remind, users, tokens, worker):
        module.register(cli)


_register()


def main() -> None:
    cli(prog_name="onward")
