"""Where mail comes from. Every source yields the same small envelope and the pipeline takes it from there."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

# No e-mail is bigger than this (providers refuse above 25–50 MB). A "message" that is, in a file, is not read into
# memory: its beginning is kept to recognise it and it is recorded as failed, with its size.
MAX_MESSAGE_BYTES = 50 * 1024 * 1024
HEAD_BYTES = 64 * 1024


@dataclass(frozen=True, slots=True)
class IncomingMessage:
    raw: bytes
    source: str  # "imap:<account id>", "mbox:<file name>", "eml", "upload"
    folder: str = ""
    uid: int | None = None
    uidvalidity: int | None = None
    received_at: dt.datetime | None = None
    too_big: int = 0  # the message's size when it is over MAX_MESSAGE_BYTES; `raw` is then only its beginning
