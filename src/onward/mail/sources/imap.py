"""IMAP, read-only: folders are selected read-only and bodies fetched with BODY.PEEK[], so nothing is
deleted, moved or flagged. Reading is incremental by UID; a changed UIDVALIDITY means the folder was
rebuilt, so it is read again from the start (the ledger keeps that from duplicating anything).
"""

from __future__ import annotations

import logging
import socket
import ssl
from collections.abc import Callable, Iterator
from dataclasses import dataclass

from imapclient import IMAPClient, imap4, tls
from imapclient.exceptions import IMAPClientError, LoginError

from onward.core.errors import OnwardError
from onward.mail.sources import IncomingMessage

FETCH_BATCH = 50
log = logging.getLogger(__name__)


class ImapError(OnwardError):
    """A connection or login problem, worded for people and never containing the password."""


@dataclass(frozen=True)
class ImapLogin:
    host: str
    port: int
    security: str  # "ssl", "starttls" or "none"
    username: str
    password: str

    def __repr__(self) -> str:  # keep the password out of tracebacks and logs
        return (
            f"ImapLogin(host={self.host!r}, port={self.port}, security={self.security!r}, username={self.username!r})"
        )


def unreachable_message(where: str, *, shared: bool) -> str:
    """The one answer for every way of not getting through (unknown name, refused, timed out, no route,
    not allowed), so the answer tells nothing about the network behind it."""
    hint = "; on this shared server, the administrator decides which mail servers can be reached" if shared else ""
    return f"Could not reach a mail server at {where}. Check the server name and port{hint}."


def _scrub(text: str, secret: str) -> str:
    return text.replace(secret, "…") if secret else text


class _PinnedIMAP4(imap4.IMAP4WithTimeout):
    """Plain IMAP to a checked address; the host name stays the one the user gave (for STARTTLS)."""

    def __init__(self, host: str, port: int, timeout: float | None, address: str):
        self._address = address
        super().__init__(host, port, timeout)

    def _create_socket(self, timeout=None):
        return socket.create_connection((self._address, self.port), timeout if timeout is not None else self._timeout)


class _PinnedIMAP4TLS(tls.IMAP4_TLS):
    """Implicit TLS to a checked address; the certificate is checked against the host name."""

    def __init__(self, host: str, port: int, ssl_context, timeout: float | None, address: str):
        self._address = address
        super().__init__(host, port, ssl_context, timeout)

    def _create_socket(self, timeout=None):
        sock = socket.create_connection((self._address, self.port), timeout if timeout is not None else self._timeout)
        return tls.wrap_socket(sock, self.ssl_context, self.host)


class _PinnedClient(IMAPClient):
    """IMAPClient that connects to an address checked beforehand (onward.mail.reach), never re-resolving the
    name: a DNS answer that changes between the check and the connection cannot send it elsewhere."""

    def __init__(self, *args, address: str, **kwargs):
        self._onward_address = address
        super().__init__(*args, **kwargs)

    def _create_IMAP4(self):
        timeout = getattr(self._timeout, "connect", None)
        if self.ssl:
            return _PinnedIMAP4TLS(self.host, self.port, self.ssl_context, timeout, self._onward_address)
        return _PinnedIMAP4(self.host, self.port, timeout, self._onward_address)


def connect(
    login: ImapLogin, *, address: str | None = None, ssl_context: ssl.SSLContext | None = None, timeout: float = 30,
    detailed_errors: bool = True,
) -> IMAPClient:
    """Log in. `address` is where to connect (default: resolve login.host). Without `detailed_errors` (server
    mode) a failure never quotes what the other end said, so the form cannot be used to probe a network."""
    context = ssl_context or ssl.create_default_context()
    where = f"{login.host}:{login.port}"
    unreachable = unreachable_message(where, shared=not detailed_errors)
    address = address or login.host
    try:
        if login.security == "ssl":
            client = _PinnedClient(login.host, port=login.port, ssl=True, ssl_context=context, timeout=timeout,
                                   address=address)
        else:
            client = _PinnedClient(login.host, port=login.port, ssl=False, timeout=timeout, address=address)
            if login.security == "starttls":
                client.starttls(context)
        client.login(login.username, login.password)
    except LoginError:
        raise ImapError(
            f"The server at {where} did not accept the username or password for {login.username}."
        ) from None
    except ssl.SSLError as exc:
        detail = f": {exc.reason or exc}" if detailed_errors else ""
        raise ImapError(f"A secure connection to {where} could not be made{detail}.") from None
    except OSError as exc:
        # Refused, timed out, no route, reset: all read the same, so they say nothing about the network.
        log.info("IMAP connection to %s failed: %s", where, _scrub(str(exc), login.password))
        raise ImapError(unreachable) from None
    except IMAPClientError as exc:
        if not detailed_errors:
            log.info("IMAP server at %s answered: %s", where, _scrub(str(exc), login.password))
            raise ImapError(unreachable) from None
        raise ImapError(f"The mail server at {where} answered: {_scrub(str(exc), login.password)}.") from None
    return client


def read_folder(
    client: IMAPClient, source: str, folder: str, uidvalidity: int | None, last_uid: int,
    on_new_uidvalidity: Callable[[int], None],
) -> Iterator[IncomingMessage]:
    """Yield the messages after `last_uid`, oldest first. A new UIDVALIDITY restarts from the beginning."""
    info = client.select_folder(folder, readonly=True)
    current = int(info[b"UIDVALIDITY"])
    if current != uidvalidity:
        last_uid = 0
        on_new_uidvalidity(current)
    # "N:*" always includes the highest UID, even when it is below N: filter.
    uids = sorted(uid for uid in client.search(["UID", f"{last_uid + 1}:*"]) if uid > last_uid)
    for start in range(0, len(uids), FETCH_BATCH):
        batch = uids[start : start + FETCH_BATCH]
        fetched = client.fetch(batch, ["BODY.PEEK[]"])
        for uid in batch:
            data = fetched.get(uid)
            if data and b"BODY[]" in data:
                yield IncomingMessage(
                    raw=bytes(data[b"BODY[]"]), source=source, folder=folder, uid=uid, uidvalidity=current
                )
