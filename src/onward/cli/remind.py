"""`onward remind`: today's reminders, printed with the daily e-mail's lists, or sent."""

from __future__ import annotations

import click

from onward.cli.context import CliError, Context, pass_context


@click.command()
@click.option("--send", is_flag=True, help="E-mail today's reminders now (at most once a day; the daily e-mail "
              "must be turned on in Settings).")
@click.option("--user", "username", metavar="NAME", help="Whose reminders, when there are several people.")
@pass_context
def remind(ctx: Context, send: bool, username: str | None) -> None:
    """Tasks due, interviews close by and applications waiting for a reply, for today."""
    if username:
        ctx.username = username
    user = ctx.user
    from onward.remind import delivery
    from onward.remind.digest import build_digest

    if not send:
        digest = build_digest(user)
        if digest.is_empty:
            click.echo("Nothing to remind you of today.")
            return
        click.echo(delivery.render_printed(digest))
        return
    delivery.check_can_send(user)
    sent = delivery.send_digest(user)
    Outcome = delivery.Outcome
    if sent.outcome == Outcome.FAILED:
        raise CliError(f"The mail server did not take the message ({sent.error}). The worker will try again later.")
    if sent.outcome == Outcome.BUSY and sent.error:
        raise CliError(f"Today's e-mail could not be sent a little earlier ({sent.error}). It is tried again "
                       f"{int(delivery.LEASE.total_seconds() // 60)} minutes after each attempt, "
                       f"{delivery.MAX_ATTEMPTS} times a day at most.")
    click.echo({
        Outcome.SENT: f"Sent today's reminders to {user.email}: {sent.digest.summary()}.",
        Outcome.ALREADY_SENT: "Today's reminders were already sent; they go out once a day.",
        Outcome.BUSY: "Today's reminders are being sent by the worker right now.",
        Outcome.EMPTY: "Nothing to remind you of today, so nothing was sent.",
    }[sent.outcome])


def register(group: click.Group) -> None:
    group.add_command(remind)
