"""Text on its way into the database: PostgreSQL refuses NUL characters in text (and in JSON), and no database
can store lone surrogates, so text from outside (mail, files) passes through `storable` first."""

from __future__ import annotations

import re

_UNSTORABLE = re.compile("[\x00\ud800-\udfff]")


def storable(text: str) -> str:
    """`text` without NUL characters, and with lone surrogates shown as the replacement character."""
    if not _UNSTORABLE.search(text):
        return text
    return _UNSTORABLE.sub(lambda m: "" if m.group() == "\x00" else "\ufffd", text)
