"""`onward serve`: the web app on this machine."""

from __future__ import annotations

import click

from onward.cli.context import Context, pass_context


def run_server(host: str, port: int) -> None:
    from waitress import serve as waitress_serve

    from onward.wsgi import application

    click.echo(f"Onward is running at http://{host}:{port}/  (press Ctrl+C to stop)")
    waitress_serve(application, host=host, port=port, threads=8, ident="onward", _quiet=True)


@click.command()
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to listen on.")
@click.option("--port", default=8000, show_default=True, type=click.IntRange(1, 65535), help="Port.")
@pass_context
def serve(ctx: Context, host: str, port: int) -> None:
    """Start the web app (on 127.0.0.1 only, unless you choose another --host)."""
    ctx.setup()
    run_server(host, port)


def register(group: click.Group) -> None:
    group.add_command(serve)
