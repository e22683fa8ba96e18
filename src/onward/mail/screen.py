"""The import's first, cheap question: could this message be about the reader's job search at all?

Most mail is not, and it should never cost a classifier's time. The words come from the language packs (see
onward.mail.classify.jobwords), so a new language brings its own.
"""

from __future__ import annotations

import re

from onward.mail.classify.jobwords import holds_any, passes

__all__ = ["passes", "unread_cannot_pass"]


# What reading a message may do to its bytes, for unread_cannot_pass: transfer encodings that leave them as they
# are, and charsets that read ASCII bytes as the same letters.
_PLAIN_ENCODINGS = frozenset({b"7bit", b"8bit", b"binary"})
_ASCII_CHARSETS = frozenset({b"us-ascii", b"ascii", b"utf-8", b"utf8"} | {b"iso-8859-%d" % n for n in range(1, 16)}
                            | {b"windows-%d" % n for n in range(1250, 1259)})
_ENCODING = re.compile(rb"content-transfer-encoding[ \t]*:[ \t]*\"?([^\s\";]*)")
_CHARSET = re.compile(rb"charset[ \t]*=[ \t]*\"?([^\s\";]*)")


def unread_cannot_pass(raw: bytes) -> bool:
    """True when the message's bytes show that it cannot pass the screen once read, so it need not be read. That
    holds when reading can only keep or drop characters and change spaces (ASCII bytes, no encoded words, no
    base64 or quoted-printable, no HTML to flatten, charsets that read ASCII as ASCII) and no job-search stem is
    anywhere in the bytes, headers included. Anything else is read and screened as usual."""
    if not raw.isascii() or b"=?" in raw or b"\x00" in raw:
        return False
    low = raw.lower()
    if b"text/html" in low or b"charset*" in low:
        return False
    if any(encoding not in _PLAIN_ENCODINGS for encoding in _ENCODING.findall(low)):
        return False
    charsets = _CHARSET.findall(low)
    if len(charsets) != low.count(b"charset") or any(c not in _ASCII_CHARSETS for c in charsets):
        return False
    text = " ".join(low.decode("ascii").split())
    return not holds_any(text)
