"""A streaming mbox reader: one message in memory at a time, whatever the file's size.

mailbox.mbox builds a table of contents of the whole file first; a multi-gigabyte Takeout export must not
need that. The file is read in blocks and split where mailbox.mbox splits it: at every line that starts with
"From " (mboxo and mboxrd escape such lines in bodies as ">From "), whether or not a blank line comes before.
Text before the first "From " line is skipped, as mailbox.mbox skips it.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

from onward.mail.sources import HEAD_BYTES, MAX_MESSAGE_BYTES, IncomingMessage

BLOCK = 1 << 20
# Bytes kept from the end of a skipped stretch: a "\nFrom " cut by the block's end, and the blank line before it.
_TAIL = 8
# mboxrd/mboxo escape body lines starting with "From " as ">From "; undo one level.
_ESCAPED_FROM = re.compile(rb"^>(>*From )", re.MULTILINE)


def starts_like_mbox(head: bytes) -> bool:
    """Whether a file's first bytes are an mbox's: a "From " line (whatever the file is called)."""
    return head.startswith(b"From ")


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
            buffer = self._skip_to_first_message(fh, buffer)
            if buffer is None:
                return
            start = 0  # where the current message's "From " line begins in the buffer
            searched = 1  # separators cannot start before this offset
            big: tuple[bytes, int] | None = None  # (beginning, bytes passed) of a message too big to hold
            while True:
                m = _separator(buffer, searched)
                if m is None:
                    if len(buffer) - start > MAX_MESSAGE_BYTES:
                        # Too big to be an e-mail: keep its beginning and read on to its end without holding it.
                        head, passed = big or (buffer[start : start + HEAD_BYTES], 0)
                        big = head, passed + len(buffer) - start - _TAIL
                        buffer, start = buffer[-_TAIL:], 0
                    block = fh.read(BLOCK)
                    if not block:
                        break
                    self.bytes_read += len(block)
                    # Drop what was handed out already; a separator cut by the block's end ("\nFrom") is found
                    # again.
                    buffer = buffer[start:] + block
                    searched = max(1, len(buffer) - len(block) - 6)
                    start = 0
                    continue
                index += 1
                yield self._message(buffer[start : m[0]], big, source, index)
                big = None
                start = m[1]
                searched = start + 1
            buffer = buffer[start:]
            if buffer.strip() or big:
                yield self._message(buffer.rstrip(b"\r\n") + b"\n", big, source, index + 1)

    @staticmethod
    def _message(chunk: bytes, big: tuple[bytes, int] | None, source: str, uid: int) -> IncomingMessage:
        if big is None:
            return IncomingMessage(raw=_message_bytes(chunk), source=source, uid=uid)
        head, passed = big
        return IncomingMessage(raw=_message_bytes(head), source=source, uid=uid, too_big=passed + len(chunk))

    def _skip_to_first_message(self, fh, buffer: bytes) -> bytes | None:
        """The buffer from the first "From " line on (reading further blocks if needed); None without one."""
        if buffer.startswith(b"From "):
            return buffer
        while True:
            at = buffer.find(b"\nFrom ")
            if at >= 0:
                return buffer[at + 1 :]
            block = fh.read(BLOCK)
            if not block:
                return None
            self.bytes_read += len(block)
            buffer = buffer[-6:] + block


def _separator(buffer: bytes, searched: int) -> tuple[int, int] | None:
    """Where the current message ends and the next "From " line starts, for the first "From " line starting at
    or after `searched`. Like mailbox.mbox, one empty line before it (LF or CRLF) is not part of the message.
    Found with bytes.find, many times quicker over a big file than a regular expression."""
    at = buffer.find(b"\nFrom ", searched - 1)
    if at < 0:
        return None
    end = at + 1  # the message keeps the line end of its last line
    if buffer[at - 1 : at] == b"\n":
        end = at
    elif buffer[at - 2 : at] == b"\n\r":
        end = at - 1
    return end, at + 1


def _message_bytes(chunk: bytes) -> bytes:
    """The message without its "From " envelope line, with escaped "From " lines restored."""
    newline = chunk.find(b"\n")
    raw = chunk[newline + 1 :] if newline >= 0 else b""
    if b">From " in raw:
        raw = _ESCAPED_FROM.sub(rb"\1", raw)
    return raw if raw.endswith(b"\n") else raw + b"\n"
