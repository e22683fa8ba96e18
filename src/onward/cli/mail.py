"""`onward mail`: sync configured accounts, import mail files, manage accounts."""

from __future__ import annotations

import textwrap
from pathlib import Path

import click

from onward.cli.context import CliError, pass_user


@click.group()
def mail() -> None:
    """Read your mailbox for job news: acknowledgements, interviews, rejections, offers."""


@mail.command()
@click.argument("account", required=False)
@pass_user
def sync(user, account: str | None) -> None:
    """Read new mail from your accounts (or just ACCOUNT, by name). Read-only: nothing is moved or flagged."""
    from onward.cli import progress
    from onward.core import jobs
    from onward.mail import accounts

    chosen = [accounts.get_account(user, account)] if account else list(accounts.list_accounts(user))
    if not chosen:
        raise CliError("No mail accounts yet. Add one with: onward mail accounts add NAME --host ... --username ...")
    failures = []
    for acc in chosen:
        job = jobs.create(user, kind="mail_sync", title=f"Syncing {acc.name}", unit="messages",
                          runner="onward.mail.accounts.run_sync_job", params={"account": acc.pk})
        try:
            progress.run(job, label=acc.name)
        except CliError:  # one account failing does not stop the others
            failures.append(f"{acc.name}: {job.summary}")
            continue
        click.echo(job.summary)
        for error in job.errors:
            click.echo(f"  {error}", err=True)
    finish_learning(user)
    if failures:
        raise CliError("\n".join(failures))


@mail.command("import")
@click.argument("path", type=click.Path(exists=True, path_type=Path))
@pass_user
def import_(user, path: Path) -> None:
    """Import an mbox file (e.g. Google Takeout) or a folder of .eml files. Safe to run again."""
    from onward.cli import progress
    from onward.core import jobs

    path = path.expanduser().resolve()
    job = jobs.create(user, kind="mail_import", title=f"Importing {path.name}", runner="onward.mail.imports.run_job",
                      unit="files" if path.is_dir() else "bytes", params={"path": str(path)})
    job = progress.run(job, label="Importing")
    click.echo(job.summary)
    for error in job.errors:
        click.echo(f"  {error}", err=True)
    finish_learning(user)


@mail.command()
@pass_user
def retry(user) -> None:
    """Try again the messages that could not be imported (after an update that fixes them). Safe to run again."""
    from onward.mail.retry import retry_failed

    report = retry_failed(user)
    click.echo(report.summary())
    _echo_errors(report.ingest)
    finish_learning(user)


@mail.command()
@click.argument("message_id", type=int, required=False)
@click.argument("answer", required=False)
@click.option("--application", type=int, metavar="ID", help="The application the message is about.")
@pass_user
def review(user, message_id: int | None, answer: str | None, application: int | None) -> None:
    """List the messages waiting for you, show one (onward mail review 12), or answer it: onward mail review 12
    rejection.

    ANSWER is the right label (rejection, interview, offer, application_ack, assessment, recruiter_outreach,
    other) or one of the queue's answers (confirm, not_job, wishlist, not_interested). Onward learns from it:
    the next import reads mail like this message as you did.
    """
    from onward.mail import apply, explain, learn, resolve
    from onward.mail.classify import LABELS
    from onward.mail.models import MailMessage

    if message_id is None:
        waiting = MailMessage.objects.filter(owner=user, status=MailMessage.Status.REVIEW).order_by("sent_at", "id")
        for m in waiting:
            click.echo(f"{m.pk}\t{m.sent_at:%Y-%m-%d}\t{m.sender}\t{m.subject or '(no subject)'}\t"
                       f"{explain.reason_line(m)} (Onward is {explain.confidence_words(m)}.)")
        if not waiting:
            click.echo("Nothing is waiting for review.")
        return
    message = apply.get_message(user, message_id)
    if answer is None:
        _show(message)
        return
    if answer not in (*LABELS, *resolve.ACTIONS):
        raise CliError(f"Answer with a label ({', '.join(LABELS)}) or one of: {', '.join(resolve.ACTIONS)}.")
    if answer in resolve.ACTIONS:
        said = resolve.resolve(message, answer)
    else:
        apply.review(message, answer, application_id=application)
        said = f"Saved as {explain.MARKED_WORDS[answer]}."
    click.echo(said)
    # A background thread would end with this command: the message model learns now, the sentences at import.
    click.echo("Learning from your answer…")
    learn.retrain(user)


SHOWN_LINES = 40  # of a message's body: enough to find the deciding sentence, short enough for one screen


def _show(message) -> None:
    """One message as the review page shows it: who, when, what Onward read and why, the text, and the answers."""
    from onward.mail import explain, resolve
    from onward.mail.classify import LABELS

    click.echo(f"From: {message.sender}")
    click.echo(f"Date: {message.sent_at:%Y-%m-%d %H:%M}")
    click.echo(f"Subject: {message.subject or '(no subject)'}")
    click.echo("")
    click.echo(f"{explain.reason_line(message)} (Onward is {explain.confidence_words(message)}.)")
    for sentence in explain.deciding_sentences(message)[:1]:
        click.echo(f"They wrote: “{sentence}”")
    lines = [wrapped for line in (message.body or "").strip().splitlines()
             for wrapped in (textwrap.wrap(line, 100) or [""])]
    if lines:
        click.echo("")
        click.echo("\n".join(lines[:SHOWN_LINES]))
        if len(lines) > SHOWN_LINES:
            click.echo(f"… and {len(lines) - SHOWN_LINES} more lines.")
    click.echo("")
    click.echo("To answer:")
    for action, words in resolve.quick_answers(message):
        click.echo(f"  onward mail review {message.pk} {action.removeprefix('as:')}   ({words})")
    click.echo(f"  or the right label: onward mail review {message.pk} LABEL  (one of {', '.join(LABELS)})")


def finish_learning(user) -> None:
    """Wait for the classifier's retraining this command started (restored corrections, or corrections with no
    saved model yet): the process ends here, and a background thread with it."""
    from onward.mail import learn

    if learn.training(user):
        click.echo("Learning from your corrections…", err=True)
        learn.wait(user)


def _echo_errors(report) -> None:
    for error in report.errors:
        click.echo(f"  A message could not be read {error}.", err=True)


@mail.group()
def accounts() -> None:
    """Your IMAP accounts."""


@accounts.command("add")
@click.argument("name")
@click.option("--host", required=True, help="IMAP server, e.g. imap.gmail.com")
@click.option("--port", type=click.IntRange(1, 65535), help="Default: 993 for SSL, 143 otherwise.")
@click.option("--security", type=click.Choice(["ssl", "starttls", "none"]), default="ssl", show_default=True,
              help="How the connection is protected: ssl (usual), starttls, or none (a server on this machine).")
@click.option("--username", required=True, help="The name you sign in to the mail server with.")
@click.option("--password-env", default="", metavar="VAR", help="Read the password from this variable instead.")
@click.option("--folders", default="INBOX", show_default=True, help="Comma-separated folders to read.")
@pass_user
def accounts_add(user, name, host, port, security, username, password_env, folders) -> None:
    """Add an account. Without --password-env you are asked for an app password, which is stored encrypted."""
    from onward.mail import accounts as service

    service.check_account(user, name=name, host=host, username=username, port=port, security=security)
    password = "" if password_env else click.prompt("App password", hide_input=True)
    account = service.add_account(
        user, name=name, host=host, port=port, security=security, username=username, password=password,
        password_env=password_env, folders=folders,
    )
    click.echo(f"Added {account.name} ({account.username} at {account.host}:{account.port}, {account.folders}).")


@accounts.command("list")
@pass_user
def accounts_list(user) -> None:
    """Show your accounts and their last sync."""
    from onward.mail import accounts as service

    rows = list(service.list_accounts(user))
    if not rows:
        click.echo("No mail accounts yet.")
    for acc in rows:
        last = (
            f"last sync {acc.last_sync_at:%Y-%m-%d %H:%M}: {acc.last_sync_status}" if acc.last_sync_at
            else "never synced"
        )
        click.echo(f"{acc.name}\t{acc.username} at {acc.host}:{acc.port} ({acc.security})\t{acc.folders}\t{last}")


@accounts.command("remove")
@click.argument("name")
@pass_user
def accounts_remove(user, name: str) -> None:
    """Forget an account. What its mail already changed in your tracker stays."""
    from onward.mail import accounts as service

    account = service.get_account(user, name)
    service.remove_account(account)
    click.echo(f"Removed {account.name}.")


def register(group: click.Group) -> None:
    from onward.cli import mail_eval

    mail_eval.register(mail)
    group.add_command(mail)
