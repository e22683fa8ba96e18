"""Where mail comes from. Every source yields the same small envelope and the pipeline takes it from there."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class IncomingMessage:
    raw: bytes
    source: str  # "imap:<account id>", "mbox:<file name>", "eml", "upload"
    folder: str = ""
    uid: int | None = None
    uidvalidity: int | None = None
    received_at: dt.datetime | None = None
