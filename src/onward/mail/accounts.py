"""Mail accounts: add, list, remove, and sync (in the foreground for the CLI, in a thread for the web app)."""

from __future__ import annotations

import logging
import os
import ssl
import threading
from collections.abc import Callable, Iterator

from django.conf import settings
from django.db import close_old_connections, transaction
from django.utils import timezone
from imapclient.exceptions import IMAPClientError

from onward.core.errors import OnwardError, report_bug
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
    name, host, username = name.strip(), host.strip(), username.strip()
    if not (name and host and username):
        raise MailError("An account needs a name, a server and a username.")
    if security not in MailAccount.Security.values:
        raise MailError(f"Unknown security {security!r}. Choose one of: {', '.join(MailAccount.Security.values)}.")
    if bool(password) == bool(password_env):
        raise MailError("Give either a password (stored encrypted) or the name of a variable holding it.")
    password_env = password_env.strip()
    if password_env:
        reach.check_password_env(password_env)
    port = port or (993 if security == MailAccount.Security.SSL else 143)
    reach.check_port(port)
    if MailAccount.objects.filter(owner=owner, name__iexact=name).exists():
        raise MailError(f"You already have an account called {name!r}.")
    folders = ", ".join(f.strip() for f in folders.split(",") if f.strip()) or "INBOX"
    return MailAccount.objects.create(
        owner=owner, name=name, host=host, port=port,
        security=security, username=username, password_encrypted=crypto.encrypt(password) if password else "",
        password_env=password_env, folders=folders,
    )


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


# The web app syncs in a daemon thread of the server process: local mode has no separate worker, and one
# sync per account at a time is enough.
_running: set[int] = set()
_running_lock = threading.Lock()


def start_background_sync(account: MailAccount) -> bool:
    """Start a sync in a thread; False when one is already running for this account."""
    with _running_lock:
        if account.pk in _running:
            return False
        _running.add(account.pk)
    _set_status(account, "Syncing…")
    transaction.on_commit(lambda: threading.Thread(target=_sync_in_thread, args=(account.pk,), daemon=True).start())
    return True


def _sync_in_thread(account_pk: int) -> None:
    try:
        account = MailAccount.objects.select_related("owner").get(pk=account_pk)
        sync_account(account)
    except OnwardError:
        pass  # already recorded on the account by sync_account
    except Exception:
        reference = report_bug("background mail sync")
        MailAccount.objects.filter(pk=account_pk).update(
            last_sync_at=timezone.now(),
            last_sync_status=f"Not synced because of a bug in Onward (reference {reference} in the server log).",
        )
    finally:
        with _running_lock:
            _running.discard(account_pk)
        close_old_connections()
