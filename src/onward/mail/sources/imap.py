"""IMAP, read-only: folders are selected read-only and bodies fetched with BODY.PEEK[], so nothing is
deleted, moved or flagged. Reading is incremental by UID; a changed UIDVALIDITY means the folder was
rebuilt, so it is read again from the start (the ledger keeps that from duplicating anything).
"""

from __future__ import annotations

import ssl
from collections.abc import Callable, Iterator
from dataclasses import dataclass

from imapclient import IMAPClient
from imapclient.exceptions import IMAPClientError, LoginError

from onward.mail.sources import IncomingMessage

FETCH_BATCH = 50


class ImapError(ValueError):
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


def _scrub(text: str, secret: str) -> str:
    return text.replace(secret, "…") if secret else text


def connect(login: ImapLogin, *, ssl_context: ssl.SSLContext | None = None, timeout: float = 30) -> IMAPClient:
    context = ssl_context or ssl.create_default_context()
    where = f"{login.host}:{login.port}"
    try:
        if login.security == "ssl":
            client = IMAPClient(login.host, port=login.port, ssl=True, ssl_context=context, timeout=timeout)
        else:
            client = IMAPClient(login.host, port=login.port, ssl=False, timeout=timeout)
            if login.security == "starttls":
                client.starttls(context)
        client.login(login.username, login.password)
    except LoginError:
        raise ImapError(
            f"The server at {where} did not accept the username or password for {login.username}."
        ) from None
    except ssl.SSLError as exc:
        raise ImapError(f"A secure connection to {where} could not be made: {exc.reason or exc}.") from None
    except OSError as exc:
        raise ImapError(f"Could not reach the mail server at {where}: {_scrub(str(exc), login.password)}.") from None
    except IMAPClientError as exc:
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
