"""Mail accounts: add, list, remove, and sync (in the foreground for the CLI, in a thread for the web app)."""

from __future__ import annotations

import logging
import os
import ssl
from collections.abc import Callable, Iterator

from django.conf import settings
from django.utils import timezone
from imapclient.exceptions import IMAPClientError

from onward.core import jobs
from onward.core.errors import OnwardError
from onward.core.models import Job
from onward.mail import crypto, reach
from onward.mail.apply import MailError
from onward.mail.models import FolderState, MailAccount
from onward.mail.pipeline import IngestReport, ingest
from onward.mail.sources import IncomingMessage
from onward.mail.sources.imap import ImapError, ImapLogin, connect, read_folder

log = logging.getLogger(__name__)


def add_account(
    owner, *, name: str, host: str, username: str, password: str = "", password_env: str = "", port: int | None = None,
    security: str = MailAccount.Security.SSL, folders: str = "INBOX",
) -> MailAccount:
    name, host, username, port = check_account(owner, name=name, host=host, username=username, port=port,
                                               security=security)
    if bool(password) == bool(password_env):
        raise MailError("Give either a password (stored encrypted) or the name of a variable holding it.")
    password_env = password_env.strip()
    if password_env:
        reach.check_password_env(password_env)
    folders = ", ".join(f.strip() for f in folders.split(",") if f.strip()) or "INBOX"
    return MailAccount.objects.create(
        owner=owner, name=name, host=host, port=port,
        security=security, username=username, password_encrypted=crypto.encrypt(password) if password else "",
        password_env=password_env, folders=folders,
    )


def check_account(owner, *, name: str, host: str, username: str, port: int | None = None,
                  security: str = MailAccount.Security.SSL) -> tuple[str, str, str, int]:
    """The account's name, server, username and port, checked and tidied: everything but the password, so that a
    door asking for the password asks only once the rest can be used."""
    name, host, username = name.strip(), host.strip(), username.strip()
    if not (name and host and username):
        raise MailError("An account needs a name, a server and a username.")
    if security not in MailAccount.Security.values:
        raise MailError(f"Unknown security {security!r}. Choose one of: {', '.join(MailAccount.Security.values)}.")
    port = port or (993 if security == MailAccount.Security.SSL else 143)
    reach.check_port(port)
    if MailAccount.objects.filter(owner=owner, name__iexact=name).exists():
        raise MailError(f"You already have an account called {name!r}.")
    return name, host, username, port


def list_accounts(owner):
    return MailAccount.objects.filter(owner=owner).order_by("name")


def get_account(owner, key) -> MailAccount:
    """By id or by name."""
    qs = MailAccount.objects.filter(owner=owner)
    account = qs.filter(pk=int(key)).first() if str(key).isdigit() else qs.filter(name__iexact=str(key)).first()
    if account is None:
        raise MailError(f"No mail account {key!r}.")
    return account


def remove_account(account: MailAccount) -> None:
    """Forget the account and its read positions; what its mail already did to the tracker stays."""
    account.delete()


def account_password(account: MailAccount) -> str:
    if account.password_env:
        reach.check_password_env(account.password_env)  # again at use: an account may predate the rule
        password = os.environ.get(account.password_env, "")
        if not password:
            raise MailError(f"The variable {account.password_env} that should hold the password is not set.")
        return password
    return crypto.decrypt(account.password_encrypted)


def _messages(account: MailAccount, client, problems: list[str]) -> Iterator[IncomingMessage]:
    """Every chosen folder's new messages. A folder that cannot be read is noted in `problems` and the others
    are still read: one mistyped or broken folder must not stop the rest for good."""
    states = {s.folder: s for s in account.folder_states.all()}
    for folder in account.folder_list:
        state = states.get(folder)

        def restart(uidvalidity: int, folder=folder) -> None:
            FolderState.objects.update_or_create(
                account=account, folder=folder, defaults={"uidvalidity": uidvalidity, "last_uid": 0}
            )

        try:
            yield from read_folder(
                client, f"imap:{account.pk}", folder, state.uidvalidity if state else None,
                state.last_uid if state else 0, restart,
            )
        except IMAPClientError as exc:
            problems.append(f"The folder {folder!r} could not be read: {exc}.")


def _remember_position(account: MailAccount, incoming: IncomingMessage) -> None:
    """Called once a message is fully recorded: the next sync starts after it."""
    FolderState.objects.filter(
        account=account, folder=incoming.folder, uidvalidity=incoming.uidvalidity, last_uid__lt=incoming.uid
    ).update(last_uid=incoming.uid)


def sync_account(
    account: MailAccount, *, on_message: Callable[[IncomingMessage], None] | None = None,
    ssl_context: ssl.SSLContext | None = None,
) -> IngestReport:
    """Read new mail from every chosen folder into the pipeline; the outcome is kept on the account."""

    def recorded(incoming: IncomingMessage) -> None:
        _remember_position(account, incoming)
        if on_message is not None:
            on_message(incoming)

    try:
        # Where to connect is settled before any password is read, and the connection goes to that address.
        target = reach.resolve(account.host, account.port)
        login = ImapLogin(account.host, account.port, account.security, account.username, account_password(account))
        client = connect(login, address=target.address, ssl_context=ssl_context,
                         detailed_errors=not settings.SERVER_MODE)
        problems: list[str] = []
        try:
            report = ingest(account.owner, _messages(account, client, problems), on_message=recorded)
        finally:
            try:
                client.logout()
            except (IMAPClientError, OSError):
                log.debug("logout from %s failed", account.host)
        if len(problems) == len(account.folder_list):
            raise ImapError(" ".join(problems))
        report.problems = problems
    except (MailError, ImapError, crypto.SecretError) as exc:
        _set_status(account, f"Not synced: {exc}")
        raise
    _set_status(account, report.summary())
    return report


def _set_status(account: MailAccount, status: str) -> None:
    account.last_sync_at = timezone.now()
    account.last_sync_status = status[:500]
    MailAccount.objects.filter(pk=account.pk).update(
        last_sync_at=account.last_sync_at, last_sync_status=account.last_sync_status
    )


def start_background_sync(account: MailAccount) -> tuple[Job, bool]:
    """Queue a sync of the account for the background worker, as a job with its progress (onward.core.jobs).
    Returns the job and True, or the sync already waiting or running for this account and False."""
    active = Job.objects.filter(owner=account.owner, kind="mail_sync",
                                status__in=[Job.Status.QUEUED, Job.Status.RUNNING])
    for job in active:
        if job.params.get("account") == account.pk and not jobs.notice_stopped(job).finished:
            return job, False
    _set_status(account, "Syncing…")
    return jobs.start(account.owner, kind="mail_sync", title=f"Syncing {account.name}", unit="messages",
                      runner="onward.mail.accounts.run_sync_job", params={"account": account.pk}), True


def run_sync_job(job: Job, progress: jobs.Progress) -> str:
    """The runner of a sync's job: messages counted as they are read (how many will come is not known)."""
    try:
        account = MailAccount.objects.select_related("owner").get(owner=job.owner, pk=job.params["account"])
    except MailAccount.DoesNotExist:
        raise MailError("This mail account was removed before it could be synced.") from None
    read = 0

    def tick(_incoming: IncomingMessage) -> None:
        nonlocal read
        read += 1
        progress(read)

    try:
        report = sync_account(account, on_message=tick)
    except OnwardError:
        raise  # already recorded on the account by sync_account
    except BaseException:
        _set_status(account, "Not synced: it stopped before the end (see the log). What was read is kept.")
        raise
    for error in report.errors:
        progress.error(f"A message could not be read {error}.")
    return f"{account.name}: {report.summary()}"
