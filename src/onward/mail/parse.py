"""MIME to plain text: headers decoded, any charset survived, HTML flattened, quoted replies and signatures cut."""

from __future__ import annotations

import codecs
import datetime as dt
import email
import hashlib
import re
from dataclasses import dataclass
from email.header import Header, decode_header
from email.message import Message
from email.parser import BytesParser
from email.utils import parseaddr, parsedate_to_datetime

from onward.core.text import html_to_text, storable
from onward.mail.classify.languages import reply_start

# Bigger text parts are cut: no real notice about a job needs more, and it keeps a pathological message cheap.
MAX_TEXT_CHARS = 200_000
MAX_HTML_BYTES = 2_000_000


@dataclass(slots=True)
class ParsedMessage:
    message_id: str
    subject: str
    sender: str
    sender_name: str
    sender_email: str
    sender_domain: str
    date: dt.datetime | None
    text: str
    html: str


def content_hash(raw: bytes) -> str:
    return hashlib.sha256(raw.replace(b"\r\n", b"\n")).hexdigest()


_MESSAGE_ID = re.compile(rb"^message-id:[ \t]*(.*(?:\r?\n[ \t].*)*)", re.IGNORECASE | re.MULTILINE)


def quick_message_id(raw: bytes) -> str:
    """The Message-ID from the header block without parsing the message (the ledger check runs first)."""
    end = raw.find(b"\n\n")
    if end < 0:
        end = raw.find(b"\r\n\r\n")
    head = raw if end < 0 else raw[:end]
    m = _MESSAGE_ID.search(head)
    if not m:
        return ""
    return " ".join(storable(m.group(1).decode("ascii", "replace")).split())[:500]


_HEADER = re.compile(rb"^(from|subject|in-reply-to|references):[ \t]*(.*(?:\r?\n[ \t].*)*)",
                     re.IGNORECASE | re.MULTILINE)


def quick_headers(raw: bytes) -> tuple[str, str, str, str]:
    """From, Subject, In-Reply-To and References from the header block without parsing the message, for mail that
    would be dropped unread (plain ASCII, no encoded words: see screen.unread_cannot_pass)."""
    end = _BLANK_LINE.search(raw)
    found: dict[bytes, str] = {}
    for m in _HEADER.finditer(raw if end is None else raw[: end.start()]):
        found.setdefault(m.group(1).lower(), " ".join(m.group(2).decode("ascii", "replace").split()))
    return tuple(found.get(name, "") for name in (b"from", b"subject", b"in-reply-to", b"references"))


_LATIN = frozenset({"iso-8859-1", "iso8859-1", "latin-1", "latin1", "iso-8859-15", "windows-1252", "cp1252",
                    "us-ascii", "ascii"})


def decode_bytes(data: bytes, charset: str | None) -> str:
    """Decode with the declared charset; an unknown or wrong one falls back to UTF-8, then Windows-1252."""
    if charset:
        charset = charset.strip().strip('"').lower()
        try:
            codecs.lookup(charset)
        except LookupError:
            charset = None
    if charset in _LATIN and not data.isascii():
        # Systems that write UTF-8 and declare Latin-1 are common ("BestÃ¤tigung"); real Latin-1 text almost never
        # forms valid multi-byte UTF-8, so text that does is read as UTF-8.
        try:
            return data.decode("utf-8")
        except UnicodeDecodeError:
            pass
    if charset:
        try:
            return data.decode(charset)
        except UnicodeDecodeError:
            pass
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return data.decode("cp1252", "replace")


def decode_header_value(value) -> str:
    if value is None:
        return ""
    if not isinstance(value, Header) and "=?" not in value:
        return " ".join(_unescape(value).split())
    try:
        # A Header object (raw 8-bit bytes) decodes to chunks too, marked "unknown-8bit".
        parts = decode_header(value)
    except Exception:  # a broken encoded word: show the header as it came
        return " ".join(_unescape(str(value)).split())
    out = []
    for chunk, charset in parts:
        out.append(decode_bytes(chunk, charset) if isinstance(chunk, bytes) else _unescape(chunk))
    return " ".join("".join(out).split())


def _unescape(value: str) -> str:
    # compat32 keeps undecodable header bytes as surrogates; turn them back into readable text.
    try:
        value.encode("utf-8")
        return value
    except UnicodeEncodeError:
        return decode_bytes(value.encode("utf-8", "surrogateescape"), None)


_REPLY_HEADER = re.compile(
    r"^(?:On\b[^\n]{0,300}(?:\n[^\n]{0,300})?\bwrote:[ \t]*$"
    r"|-{2,}\s*Original Message\s*-{2,}"
    r"|_{10,}\s*\n\s*From:"
    r"|From:[^\n]+\n(?:Sent|Date):[^\n]+\n)",
    re.MULTILINE | re.IGNORECASE,
)
_SIGNATURE = re.compile(r"^(?:-- ?|Sent from my \w+.*)$", re.MULTILINE)


def strip_quotes_and_signature(text: str) -> str:
    m = _REPLY_HEADER.search(text)
    if m and m.start() > 0:
        text = text[: m.start()]
    # Other languages' reply headers and phone signatures come from the language packs.
    marks = reply_start()
    m = marks.search(text) if marks is not None else None
    if m and m.start() > 0:
        text = text[: m.start()]
    text = "\n".join(line for line in text.split("\n") if not line.lstrip().startswith(">"))
    m = _SIGNATURE.search(text)
    if m and m.start() > 0:
        text = text[: m.start()]
    return text.strip()


def _part_text(part: Message) -> str:
    payload = part.get_payload(decode=True)
    if not isinstance(payload, bytes):
        payload = str(part.get_payload() or "").encode("utf-8", "surrogateescape")
    return decode_bytes(payload, part.get_content_charset())


def _body_parts(msg: Message) -> tuple[str, str]:
    plain, html = "", ""
    for part in msg.walk():
        if part.is_multipart():
            continue
        ctype = part.get_content_type()
        if ctype not in ("text/plain", "text/html"):
            continue
        disposition = (part.get("Content-Disposition") or "").split(";")[0].strip().lower()
        if disposition == "attachment":
            continue
        if ctype == "text/plain" and not plain:
            plain = _part_text(part)
        elif ctype == "text/html" and not html:
            html = _part_text(part)
    return plain, html


@dataclass(slots=True)
class Readable:
    """The part of a message screening needs (subject and text), read before the rest: most mail stops here."""

    msg: Message
    subject: str
    text: str
    html: str


# A part at least this big is looked at by its headers first: its body is read only if it may hold the text.
BIG_PART_BYTES = 32_000
_BLANK_LINE = re.compile(rb"\n\r?\n")
_LONE_CR = re.compile(rb"\r(?!\n)")


def _message(raw: bytes) -> Message:
    """The message's structure, as the stdlib parser reads it; a multipart message is read part by part (_lean)."""
    lean = _part(raw)
    return lean if lean is not None else email.message_from_bytes(raw)


def _head(raw: bytes) -> Message | None:
    """The headers alone (the parser reads a body line by line even when asked for headers only)."""
    m = _BLANK_LINE.search(raw)
    if m is None:
        return None
    headers = BytesParser().parsebytes(raw[: m.start() + 1], headersonly=True)
    return None if headers.defects else headers


def _lean(raw: bytes) -> Message | None:
    """A multipart message with the bodies of big parts that cannot hold its text (attachments, images) left
    unread: the stdlib parser goes through a 300 kB attachment line by line, which costs far more than the rest
    of the message (and it compiles a regular expression for every boundary). The parts are cut at the boundary
    lines as the parser cuts them, and each part that may hold text is parsed by the stdlib parser. Anything
    unusual (no closing boundary, bare CR line ends, a digest, broken headers) returns None, and the whole
    message is parsed the ordinary way."""
    msg = _head(raw)
    if msg is None or msg.get_content_maintype() != "multipart" or msg.get_content_subtype() == "digest":
        return None
    boundary = msg.get_boundary()
    body = raw[_BLANK_LINE.search(raw).end() :]
    if not boundary or not boundary.isascii() or (b"\r" in body and _LONE_CR.search(body)):
        return None
    marks = boundary_lines(body, b"--" + boundary.encode("ascii"))
    if len(marks) < 2 or not marks[-1][2] or any(close for _, _, close in marks[:-1]):
        return None
    parts = []
    for (_, end, _), (following, _, _) in zip(marks, marks[1:], strict=False):
        part = body[end + 1 : following]  # the line end before a boundary belongs to the boundary
        if not part.strip():
            return None
        part_without_eol = part[:-2] if part.endswith(b"\r\n") else part[:-1]
        if len(part) < BIG_PART_BYTES or part.startswith((b"\n", b"\r")):
            sub = _part(part_without_eol)
            if sub is None:
                return None
            parts.append(sub)
            continue
        headers = _head(part)
        if headers is None:
            return None
        maintype = headers.get_content_maintype()
        if maintype == "multipart":
            sub = _lean(part_without_eol)
            if sub is None:
                return None
            parts.append(sub)
        elif maintype == "message":
            parts.append(email.message_from_bytes(part))  # an attached message keeps its last line end
        elif headers.get_content_type() in ("text/plain", "text/html"):
            parts.append(email.message_from_bytes(part_without_eol))
        else:
            parts.append(headers)
    msg.set_payload(parts)
    return msg


def _part(raw: bytes) -> Message | None:
    """A message, or one part of a multipart message, as the stdlib parser reads it there. None for a multipart
    one that _lean finds unusual (a nested one not closed before the enclosing boundary, say): the stdlib parser
    reads such a part differently inside its message than alone, so the whole message is left to it."""
    end = _BLANK_LINE.search(raw)
    if end is not None and b"multipart/" in raw[: end.start()].lower():
        return _lean(raw)
    return email.message_from_bytes(raw)


def boundary_lines(body: bytes, delimiter: bytes, limit: int = 0) -> list[tuple[int, int, bool]]:
    """(start, end, closing) of each line that is `delimiter`, maybe "--", then only blanks: the stdlib parser's
    rule; only the first `limit` of them when it is given. Found with bytes.find: a regular expression scanning
    every line of a big attachment is much slower."""
    marks = []
    found = -1 if body.startswith(delimiter) else body.find(b"\n" + delimiter)
    if found < 0 and not body.startswith(delimiter):
        return marks
    while True:
        start = found + 1
        end = body.find(b"\n", start)
        end = len(body) if end < 0 else end
        rest = body[start + len(delimiter) : end].removesuffix(b"\r")
        if not rest.removeprefix(b"--").strip(b" \t"):
            marks.append((start, end, rest.startswith(b"--")))
            if len(marks) == limit:
                return marks
        found = body.find(b"\n" + delimiter, end)
        if found < 0:
            return marks


def read(raw: bytes) -> Readable:
    msg = _message(raw)
    plain, html = _body_parts(msg)
    text = plain if plain.strip() else (html_to_text(html[:MAX_HTML_BYTES]) if html else "")
    return Readable(
        msg=msg,
        subject=storable(decode_header_value(msg.get("Subject")))[:500],
        text=storable(strip_quotes_and_signature(text[:MAX_TEXT_CHARS].replace("\r\n", "\n"))),
        html=storable(html[:MAX_HTML_BYTES]),
    )


def complete(readable: Readable) -> ParsedMessage:
    """The rest of the headers (sender, date, Message-ID), for mail that is worth a closer look."""
    msg = readable.msg
    sender = storable(decode_header_value(msg.get("From")))
    name, address = parseaddr(sender)
    address = address.strip().lower()
    date = None
    if msg.get("Date"):
        try:
            date = parsedate_to_datetime(str(msg.get("Date")))
        except (TypeError, ValueError, IndexError):
            date = None
        if date is not None and date.tzinfo is None:
            date = date.replace(tzinfo=dt.UTC)
    return ParsedMessage(
        message_id=" ".join(storable(decode_header_value(msg.get("Message-ID"))).split())[:500],
        subject=readable.subject,
        sender=sender[:500],
        sender_name=name.strip().strip('"'),
        sender_email=address,
        sender_domain=address.rpartition("@")[2] if "@" in address else "",
        date=date,
        text=readable.text,
        html=readable.html,
    )


def parse(raw: bytes) -> ParsedMessage:
    return complete(read(raw))
