"""A streaming mbox reader: one message in memory at a time, whatever the file's size.

mailbox.mbox builds a table of contents of the whole file first; a multi-gigabyte Takeout export must not
need that. The file is read in blocks and split at "From " lines that follow a blank line (or start the file).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

from onward.mail.sources import IncomingMessage

BLOCK = 1 << 20
# mboxrd/mboxo escape body lines starting with "From " as ">From "; undo one level.
_ESCAPED_FROM = re.compile(rb"^>(>*From )", re.MULTILINE)


class MboxReader:
    """Iterate over the messages of an mbox file; `bytes_read` tells a progress bar how far it got."""

    def __init__(self, path: Path | str):
        self.path = Path(path)
        self.size = self.path.stat().st_size
        self.bytes_read = 0

    def __iter__(self) -> Iterator[IncomingMessage]:
        source = f"mbox:{self.path.name}"
        index = 0
        with self.path.open("rb") as fh:
            buffer = fh.read(max(BLOCK, 5))
            self.bytes_read = len(buffer)
            if not buffer.startswith(b"From "):
                return
            start = 0  # where the current message begins in the buffer
            searched = 0  # separators cannot start before this offset
            while True:
                m = _separator(buffer, searched)
                if m is None:
                    block = fh.read(BLOCK)
                    if not block:
                        break
                    self.bytes_read += len(block)
                    # Drop what was handed out already; a separator cut by the block's end (up to four newline
                    # bytes and "From") is found again.
                    buffer = buffer[start:] + block
                    searched = max(0, len(buffer) - len(block) - 9)
                    start = 0
                    continue
                index += 1
                yield IncomingMessage(raw=_message_bytes(buffer[start : m[0]]), source=source, uid=index)
                start = searched = m[1]
            buffer = buffer[start:]
            if buffer.strip():
                yield IncomingMessage(raw=_message_bytes(buffer.rstrip(b"\r\n") + b"\n"), source=source, uid=index + 1)


def _separator(buffer: bytes, searched: int) -> tuple[int, int] | None:
    """Where the first separator at or after `searched` starts and ends: an empty line (LF or CRLF line ends)
    followed by a line starting with "From ". Found with bytes.find, which is many times quicker over a big file
    than a regular expression that has to try every line end."""
    at = buffer.find(b"\nFrom ", searched)
    while at >= 0:
        # buffer[at] ends the empty line; before it, maybe a CR, then the line end of the previous line.
        end_of_previous = at - 1 if at > 0 and buffer[at - 1] == 13 else at  # 13: CR
        if end_of_previous > searched and buffer[end_of_previous - 1] == 10:  # 10: LF
            start = end_of_previous - 1
            if start > searched and buffer[start - 1] == 13:
                start -= 1
            return start, at + 1
        at = buffer.find(b"\nFrom ", at + 1)
    return None


def _message_bytes(chunk: bytes) -> bytes:
    """The message without its "From " envelope line, with escaped "From " lines restored."""
    newline = chunk.find(b"\n")
    raw = chunk[newline + 1 :] if newline >= 0 else b""
    if b">From " in raw:
        raw = _ESCAPED_FROM.sub(rb"\1", raw)
    return raw if raw.endswith(b"\n") else raw + b"\n"
