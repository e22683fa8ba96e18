"""`onward token create|list|revoke`: personal tokens for the REST API."""

from __future__ import annotations

import click

from onward.cli.context import pass_user


@click.group()
def token() -> None:
    """Personal tokens for the REST API (/api/v1/)."""


@token.command(name="create")
@click.argument("name")
@pass_user
def create(user, name: str) -> None:
    """Create a token and print its key, which is shown only this once."""
    from onward.api.tokens import create_token

    row, key = create_token(user, name)
    click.echo(f"Token {row.pk} “{row.name}” created. Keep this key somewhere safe; it is not shown again:")
    click.echo(key)


@token.command(name="list")
@pass_user
def list_(user) -> None:
    """List your tokens (never their keys)."""
    from onward.api.tokens import list_tokens

    rows = list(list_tokens(user))
    if not rows:
        click.echo("No tokens yet. Create one with: onward token create NAME")
    for row in rows:
        state = f"revoked {row.revoked_at:%Y-%m-%d}" if row.revoked_at else "active"
        used = f"last used {row.last_used_at:%Y-%m-%d %H:%M}" if row.last_used_at else "not used yet"
        click.echo(f"{row.pk}  {row.name}  ({state}, {used})")


@token.command(name="revoke")
@click.argument("token_id")
@pass_user
def revoke(user, token_id: str) -> None:
    """Revoke a token: it stops working at once."""
    from onward.api.tokens import revoke_token

    row = revoke_token(user, token_id)
    click.echo(f"Token {row.pk} “{row.name}” is revoked.")


def register(group: click.Group) -> None:
    group.add_command(token)
