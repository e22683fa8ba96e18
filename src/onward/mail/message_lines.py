"""An mbox or .eml file read as the classify contract's lines, so `onward mail classify` takes the mail a person
has (one saved message, a mailbox export) as well as JSON Lines."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from onward.mail.classify.evaluate import Line
from onward.mail.parse import parse
from onward.mail.sources import HEAD_BYTES
from onward.mail.sources.eml import read_eml
from onward.mail.sources.mbox import MboxReader, starts_like_mbox
from onward.mail.sources.upload import looks_like_message


def holds_mail(path: Path) -> bool:
    """Whether the file starts as an mbox or an e-mail message does (a JSON Lines file starts with "{")."""
    with path.open("rb") as fh:
        head = fh.read(HEAD_BYTES)
    return starts_like_mbox(head) or looks_like_message(head)


def message_lines(path: Path) -> Iterator[Line]:
    """Each message of the file as a line: its Message-ID as the id (else "message N"), its sender, subject and
    body text as the import reads them. A message too big to be e-mail is a line with an error, like a bad line."""
    with path.open("rb") as fh:
        head = fh.read(HEAD_BYTES)
    messages = MboxReader(path) if starts_like_mbox(head) else [read_eml(path, source="eml")]
    for number, incoming in enumerate(messages, 1):
        if incoming.too_big:
            yield Line(number, {"id": f"message {number}"},
                       f"message {number}: {incoming.too_big:,} bytes, too big to be an e-mail; not read")
            continue
        parsed = parse(incoming.raw)
        yield Line(number, {"id": parsed.message_id or f"message {number}", "sender": parsed.sender,
                            "subject": parsed.subject, "body": parsed.text})
