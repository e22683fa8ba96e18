"""The `onward` command. Each command group lives in its own module and calls the service functions."""

from __future__ import annotations

from pathlib import Path

import click

from onward import __version__
from onward.cli.context import CliError, Context


class OnwardGroup(click.Group):
    """Turns the services' user-facing errors into one clear line and exit status 2."""

    def invoke(self, ctx):
        from django.core.exceptions import ValidationError

        try:
            return super().invoke(ctx)
        except ValidationError as exc:
            messages = "; ".join(
                f"{k}: {' '.join(v)}" if k != "__all__" else " ".join(v)
                for k, v in getattr(exc, "message_dict", {"__all__": exc.messages}).items()
            )
            raise CliError(messages) from None
        except ValueError as exc:
            # Service errors (TrackerError and friends) subclass ValueError and carry a message for people.
            raise CliError(str(exc)) from None


@click.group(cls=OnwardGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="onward")
@click.option(
    "--data-dir",
    type=click.Path(file_okay=False, path_type=Path),
    envvar="ONWARD_DATA_DIR",
    help="Where Onward keeps its data (default: your per-user data directory).",
)
@click.option("--user", "username", metavar="NAME", help="Act as this user when there are several.")
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
