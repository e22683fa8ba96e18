"""Row ids as a request brings them: whole numbers the database can hold, or nothing.

A lookup of one id out of range finds nothing, but a list of them (`pk__in`) reaches the database, which fails
(SQLite overflows, PostgreSQL refuses more than a bigint): such a value is a wrong id, not a crash.
"""

from __future__ import annotations

from collections.abc import Iterable

MAX_ID = 2**63 - 1  # the largest bigint


def row_id(value: object) -> int | None:
    """The id `value` spells ("12"), or None for anything else ("-1", "²", "9" * 40, "")."""
    text = str(value).strip()
    if not (text.isascii() and text.isdigit()):
        return None
    number = int(text)
    return number if 1 <= number <= MAX_ID else None


def row_ids(values: Iterable[object]) -> list[int]:
    """The ids among `values`; the rest are left out."""
    return [number for value in values if (number := row_id(value)) is not None]
