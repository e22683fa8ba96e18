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
from onward.mail.sources import MAX_MESSAGE_BYTES, IncomingMessage

FETCH_BATCH = 50
# Bodies fetched in one command are held together, so a fetch asks for at most this many bytes (by the sizes the
# server gives first); a message bigger than any e-mail is not fetched at all, only its header.
MAX_FETCH_BYTES = 64 * 1024 * 1024
# A server sending more than this in one piece is not an honest mail server: stop reading it.
MAX_LITERAL_BYTES = 2 * MAX_MESSAGE_BYTES
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


class _Bounded:
    """Refuses a literal bigger than any message before reading it into memory."""

    def read(self, size):
        if size > MAX_LITERAL_BYTES:
            raise self.abort(f"the server sent {size // (1024 * 1024)} MB at once, more than any e-mail")
        return super().read(size)


class _PinnedIMAP4(_Bounded, imap4.IMAP4WithTimeout):
    """Plain IMAP to a checked address; the host name stays the one the user gave (for STARTTLS)."""

    def __init__(self, host: str, port: int, timeout: float | None, address: str):
        self._address = address
        super().__init__(host, port, timeout)

    def _create_socket(self, timeout=None):
        return socket.create_connection((self._address, self.port), timeout if timeout is not None else self._timeout)


class _PinnedIMAP4TLS(_Bounded, tls.IMAP4_TLS):
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
        sizes = {uid: int(data.get(b"RFC822.SIZE", 0)) for uid, data in client.fetch(batch, ["RFC822.SIZE"]).items()}
        for group in _fetch_groups(batch, sizes):
            if sizes.get(group[0], 0) > MAX_MESSAGE_BYTES:
                uid = group[0]
                header = client.fetch([uid], ["BODY.PEEK[HEADER]"]).get(uid, {}).get(b"BODY[HEADER]") or b""
                yield IncomingMessage(raw=bytes(header), source=source, folder=folder, uid=uid, uidvalidity=current,
                                      too_big=sizes[uid])
                continue
            fetched = client.fetch(group, ["BODY.PEEK[]"])
            for uid in group:
                data = fetched.get(uid)
                if data and b"BODY[]" in data:
                    yield IncomingMessage(
                        raw=bytes(data[b"BODY[]"]), source=source, folder=folder, uid=uid, uidvalidity=current
                    )


def _fetch_groups(batch: list[int], sizes: dict[int, int]) -> Iterator[list[int]]:
    """Consecutive UIDs whose bodies together stay under MAX_FETCH_BYTES; a message too big for any group, or
    bigger than any e-mail, comes alone."""
    group, total = [], 0
    for uid in batch:
        size = sizes.get(uid, 0)
        if group and total + size > MAX_FETCH_BYTES:
            yield group
            group, total = [], 0
        group.append(uid)
        total += size
        if size > MAX_MESSAGE_BYTES:
            yield group if len(group) == 1 else group[:-1]
            if len(group) > 1:
                yield [uid]
            group, total = [], 0
    if group:
        yield group
