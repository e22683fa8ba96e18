"""`onward user ...`: accounts on a shared server, created by an administrator or by invitation."""

from __future__ import annotations

import click

from onward.cli.context import Context, pass_context


@click.group()
def user() -> None:
    """Add people, invite them, list accounts."""


@user.command("add")
@click.argument("name")
@click.option("--admin", is_flag=True, help="May invite others from the web app.")
@click.option("--password", help="The new account's password (asked for when not given).")
@pass_context
def add(ctx: Context, name: str, admin: bool, password: str | None) -> None:
    """Create an account called NAME."""
    ctx.setup()
    from onward.core.invites import add_user, free_name

    # The name is checked before the password is asked for, so a name that cannot be used costs no typing.
    name = free_name(name)
    if password is None:
        password = click.prompt("Password", hide_input=True, confirmation_prompt=True)
    created = add_user(name, password, is_staff=admin)
    click.echo(f"Account {created.username!r} created{' (administrator)' if admin else ''}.")


@user.command("invite")
@click.argument("name")
@click.option("--days", type=click.IntRange(1, 90), default=7, show_default=True, help="How long the link works.")
@click.option("--base-url", default="http://127.0.0.1:8000", show_default=True,
              help="The address people use to reach this Onward.")
@pass_context
def invite(ctx: Context, name: str, days: int, base_url: str) -> None:
    """Print a single-use link with which one person creates the account NAME by choosing its password."""
    ctx.setup()
    from django.urls import reverse

    from onward.core.invites import create_invite

    created, token = create_invite(name, days=days)
    click.echo(base_url.rstrip("/") + reverse("core:join", args=[token]))
    click.echo(f"With it, {created.username} chooses a password for the account {created.username!r}. "
               f"It works once, until {created.expires_at:%Y-%m-%d %H:%M} UTC. It is shown only now.")


@user.command("list")
@pass_context
def list_users(ctx: Context) -> None:
    """The accounts on this Onward."""
    ctx.setup()
    from django.contrib.auth import get_user_model

    for u in get_user_model().objects.order_by("username"):
        click.echo(f"{u.username}{'  (administrator)' if u.is_staff else ''}")


def register(group: click.Group) -> None:
    group.add_command(user)
