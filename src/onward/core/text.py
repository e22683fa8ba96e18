"""Text on its way into the database: PostgreSQL refuses NUL characters in text (and in JSON), and no database
can store lone surrogates, so text from outside (mail, files) passes through `storable` first."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from onward.core.errors import OnwardError

if TYPE_CHECKING:
    from django.db.models import Model

_UNSTORABLE = re.compile("[\x00\ud800-\udfff]")


def storable(text: str) -> str:
    """`text` without NUL characters, and with lone surrogates shown as the replacement character."""
    if not _UNSTORABLE.search(text):
        return text
    return _UNSTORABLE.sub(lambda m: "" if m.group() == "\x00" else "\ufffd", text)


def within(model: type[Model], field: str, value: str, what: str) -> str:
    """VALUE, refused in words when longer than FIELD of MODEL allows. Forms check this themselves; a service that
    others (the command line) call checks here, since PostgreSQL refuses an over-long value with an error where
    SQLite stores it whole."""
    limit = getattr(model._meta.get_field(field), "max_length", None)
    if limit is not None and len(value) > limit:
        raise OnwardError(f"{what} can be at most {limit} characters long; this one has {len(value):,}.")
    return value


def fitted(model: type[Model], field: str, value: str) -> str:
    """VALUE cut to what FIELD of MODEL holds, ending in an ellipsis, for text the product writes itself (a task
    named after a long role at a long company name): it must be stored, not refused, and PostgreSQL refuses an
    over-long value where SQLite stores it whole."""
    limit = getattr(model._meta.get_field(field), "max_length", None)
    if limit is None or len(value) <= limit:
        return value
    return value[: limit - 1].rstrip() + "\u2026"


# Elements that end a line of text; inline ones (<b>Python</b>, <a>) stay inside their sentence.
_BLOCK_TAGS = re.compile(
    r"(?i)(<br\b[^>]*>|</?(?:p|div|tr|td|th|li|ul|ol|dl|dt|dd|table|h[1-6]|blockquote|pre|section|article|header"
    r"|footer|nav|aside|main|form|fieldset|address|figure|figcaption|hr)\b[^>]*>)"
)


def html_to_text(html: str) -> str:
    """The visible text of an HTML document (an e-mail, a job posting, a Huntr description), one block per line,
    without empty lines. Mail, match and the importers all read HTML through here, so the same HTML always gives
    the same text."""
    from selectolax.lexbor import LexborHTMLParser

    from onward.core import htmlsafe

    # Line breaks in the source mean nothing in HTML; block elements do.
    html = _BLOCK_TAGS.sub(r"\1\n", re.sub(r"\s+", " ", html))
    if htmlsafe.too_deep(html):
        # A parser is quadratic in nesting depth: text this deep is read without building a tree.
        return _lines(htmlsafe.strip_tags(html))
    tree = LexborHTMLParser(html)
    for node in tree.css("script, style, head, title, noscript, template"):
        node.decompose()
    root = tree.body or tree.root
    return _lines(root.text(deep=True, separator="")) if root is not None else ""


def _lines(text: str) -> str:
    lines = (" ".join(line.split()) for line in text.split("\n"))
    return "\n".join(line for line in lines if line)
