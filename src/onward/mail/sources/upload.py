"""One message uploaded (an .eml file) or pasted (its text, with subject and sender if known) in the web app."""

from __future__ import annotations

import re
from email.message import EmailMessage
from email.utils import formatdate

from onward.mail.sources import IncomingMessage

_HEADER_LINE = re.compile(rb"^[A-Za-z][A-Za-z0-9-]*:[ \t]")


def looks_like_message(data: bytes) -> bool:
    """Whether bytes begin as an e-mail does, with a header line ("From: ...", "Subject: ...")."""
    return bool(_HEADER_LINE.match(data.lstrip()))


def from_upload(data: bytes) -> IncomingMessage:
    """An uploaded message file; text without headers is treated as a pasted body."""
    data = data.lstrip()
    if not looks_like_message(data):
        return from_paste(body=data.decode("utf-8", "replace"))
    return IncomingMessage(raw=data, source="upload")


def from_paste(*, body: str, subject: str = "", sender: str = "") -> IncomingMessage:
    msg = EmailMessage()
    if subject:
        msg["Subject"] = " ".join(subject.split())
    if sender:
        msg["From"] = " ".join(sender.split())
    msg["Date"] = formatdate(localtime=True)
    msg.set_content(body)
    return IncomingMessage(raw=msg.as_bytes(), source="upload")
