"""Light normalisation of a message before classification: HTML remnants, typography, quotes, length."""

from __future__ import annotations

import html
import re

import nh3

from onward.mail.classify.languages import reply_start

# Enough for any real notice about a job; keeps a pathological message cheap.
MAX_CHARS = 20_000

_HTML_HINT = re.compile(r"</?(?:p|div|br|span|table|td|tr|a|html|body|li|ul|h[1-6]|font|b|strong|em|img)\b", re.I)
_BLOCK_END = re.compile(r"<(?:br\s*/?|/p|/div|/li|/tr|/h[1-6]|/table)\s*>", re.I)
_TYPOGRAPHY = (
    ("\u2019", "'"), ("\u2018", "'"), ("\u201c", '"'), ("\u201d", '"'), ("\u2013", "-"), ("\u2014", "-"),
    ("\u00a0", " "), ("\u200b", ""), ("\u200c", ""), ("\u200d", ""), ("\ufeff", ""), ("\u2022", "\n"),
)
_QUOTE_HEADER = re.compile(r"^(?:On .{0,200}wrote:|-{2,} ?Original Message ?-{2,}|From: .+\nSent: )", re.M)
# A title's full stop ends no sentence ("an offer letter for Mr. Lee"); each look-behind has one width.
_SENTENCE_END = re.compile(r"(?<=[.!?])(?<!\bMr\.)(?<!\bMs\.)(?<!\bMrs\.)(?<!\bDr\.)(?<!\bProf\.)(?<!\bSt\.)"
                           r"(?<!\bJr\.)(?<!\bSr\.)(?<!\bvs\.)(?<!\be\.g\.)(?<!\bi\.e\.) (?=\S)")
# RFC 3676: "space, line break" inside a paragraph; the signature separator "-- " and quoted lines stay apart.
_SOFT_BREAK = re.compile(r"(?<=[^\s>])(?<!\n--) \n(?=[^\s>])")


def normalise(text: str) -> str:
    """Plain, single-spaced text with straight quotes; quoted replies and HTML tags removed."""
    if not text:
        return ""
    text = text[:MAX_CHARS]
    flowed = " \n" in text
    if _HTML_HINT.search(text):
        flowed = False
        text = _BLOCK_END.sub("\n", text)
        text = html.unescape(nh3.clean(text, tags=set()))
    elif "&" in text:
        text = html.unescape(text)
    if not text.isascii():
        # str.replace per character is far quicker than str.translate with a mapping.
        for char, plain in _TYPOGRAPHY:
            if char in text:
                text = text.replace(char, plain)
    quote = _QUOTE_HEADER.search(text)
    if quote and quote.start() > 0:
        text = text[: quote.start()]
    marks = reply_start()
    quote = marks.search(text) if marks is not None else None
    if quote and quote.start() > 0:
        text = text[: quote.start()]
    if flowed:
        # A line ending in a space is a soft break (format=flowed, as phones send mail): the sentence goes on.
        text = _SOFT_BREAK.sub(" ", text)
    lines = (" ".join(line.split()) for line in text.split("\n") if not line.lstrip().startswith(">"))
    return "\n".join(line for line in lines if line)


def sentences(text: str) -> list[str]:
    """Sentences (and stand-alone lines, such as headings and sign-offs) of normalised text."""
    out = []
    for line in text.split("\n"):
        if "." in line or "!" in line or "?" in line:
            out.extend(s for s in _SENTENCE_END.split(line) if s)
        elif line:
            out.append(line)
    return out
