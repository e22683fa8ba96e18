"""Start Django for a CLI command, on demand: commands that need no database never touch one."""

from __future__ import annotations

import os
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

    if pending():
        with data_dir_lock("migrate", what="Onward's database set-up"):
            if pending():  # the process that held the lock may have done it
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
