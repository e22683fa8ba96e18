"""What the self-written sets of foreign-language job-search mail share: a writer and their dress (charset,
transfer encoding, HTML or plain text), the reader quoted under replies, and turning a set's (writer, label, kind,
subject, body) rows into raw messages.

A set module (tests/mail/writers_mail.py, intl3_mail.py, …) holds only its writers, its rows and its reader, and
builds its messages through a `WriterSet`, so a new set is data, not another copy of the building code.
"""

from __future__ import annotations

import base64
import datetime as dt
import html
import quopri
import unicodedata
from dataclasses import dataclass, field, replace
from email.header import Header
from email.utils import format_datetime, formataddr, parseaddr

# Kinds of non-job mail that a system or institution writer sends from a neutral sender (see WriterSet.systems).
ELSEWHERE = frozenset({"business", "personal", "admin"})


@dataclass(frozen=True)
class Writer:
    split: str
    lang: str
    sender: str
    dress: str
    hello: str
    bye: str
    footer: str = ""


@dataclass(frozen=True)
class Case:
    id: str
    lang: str
    label: str
    kind: str
    writer: str
    split: str
    subject: str
    raw: bytes


def _ascii(text: str) -> str:
    for a, b in (
        ("ä", "ae"),
        ("ö", "oe"),
        ("ü", "ue"),
        ("Ä", "Ae"),
        ("Ö", "Oe"),
        ("Ü", "Ue"),
        ("ß", "ss"),
        ("€", "EUR"),
        ("œ", "oe"),
        ("’", "'"),
        ("«", '"'),
        ("»", '"'),
        ("„", '"'),
        ("“", '"'),
        ("–", "-"),
        ("—", "-"),
        ("·", "|"),
    ):
        text = text.replace(a, b)
    return unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")


def _is_reply(subject: str) -> bool:
    return subject.lower().startswith(("re:", "aw:", "tr:", "antw:"))


@dataclass(frozen=True)
class Reader:
    """The reader in one language: their address, their own earlier mail (quoted under replies) and the quote
    headers their mail programs write."""

    address: str
    quoted: str
    gmail: str
    outlook: str
    apple: str = ""


@dataclass
class WriterSet:
    """One set: its writers, its rows (writer, label, kind, subject, body) and its readers, with how its
    messages are dated, named and quoted. `rows` is the set module's own list, so rows added after the set is
    made are built too."""

    writers: dict[str, Writer]
    rows: list[tuple[str, str, str, str, str]]
    readers: dict[str, Reader]
    start: dt.datetime
    days: int
    minutes: int
    quote_every: int
    case_id: str  # e.g. "{lang}5-{i:03d}-{label}"
    message_id: str  # e.g. "<i5-{i:03d}.{writer}@intl5.example>"
    boundary: str  # e.g. "=_i5_{i}_{writer}"
    # Writers that are systems or institutions: their business, personal and administrative mail comes from
    # someone else in the same dress (sender and sign-off by language), not under a careers footer.
    systems: frozenset[str] = frozenset()
    neutral: dict[str, tuple[str, str]] = field(default_factory=dict)

    def plain(self, w: Writer, i: int, subject: str, body: str) -> str:
        """The body as the writer's mail program sends it as text, quoting the reader under replies."""
        r = self.readers[w.lang]
        lines = ([w.hello, ""] if w.hello else []) + [body, "", w.bye]
        if w.footer:
            lines += ["", "--", w.footer]
        if _is_reply(subject) or i % self.quote_every == 0:
            if w.dress in ("gmail-utf8", "ascii", "phone-flowed"):
                lines += ["", r.gmail, "> " + r.quoted]
            elif w.dress == "cp1252-apple" and r.apple:
                lines += ["", r.apple, "", "> " + r.quoted]
            elif w.dress in ("outlook-qp", "latin1-plain"):
                lines += ["", "________________________________", r.outlook, "", r.quoted]
        return "\n".join(lines)

    def build(self, i: int, writer: str, subject: str, body: str, kind: str = "") -> bytes:
        w = self.writers[writer]
        if writer in self.systems and kind in ELSEWHERE:
            sender, bye = self.neutral[w.lang]
            w = replace(w, sender=sender, bye=bye, footer="")
        date = self.start + dt.timedelta(days=i % self.days, minutes=self.minutes * i)
        name, address = parseaddr(w.sender)
        head = [
            f"From: {formataddr((name, address), 'utf-8')}",
            f"To: {formataddr(parseaddr(self.readers[w.lang].address), 'utf-8')}",
            f"Date: {format_datetime(date)}",
            f"Message-ID: {self.message_id.format(i=i, writer=writer)}",
            "MIME-Version: 1.0",
        ]
        return dress(
            w, i, head, subject, body, self.plain(w, i, subject, body), self.boundary.format(i=i, writer=writer)
        )

    def messages(self, split: str | None = None, lang: str | None = None) -> list[Case]:
        out = []
        for i, (writer, label, kind, subject, body) in enumerate(self.rows):
            w = self.writers[writer]
            if (split and w.split != split) or (lang and w.lang != lang):
                continue
            out.append(
                Case(
                    self.case_id.format(lang=w.lang, i=i, label=label),
                    w.lang,
                    label,
                    kind,
                    writer,
                    w.split,
                    subject,
                    self.build(i, writer, subject, body, kind),
                )
            )
        return out


def _flowed(text: str, width: int = 72) -> str:
    out = []
    for line in text.split("\n"):
        while len(line) > width and " " in line[:width]:
            cut = line.rfind(" ", 0, width)
            out.append(line[:cut] + " ")
            line = line[cut + 1 :]
        out.append(line)
    return "\n".join(out)


def _html(w: Writer, body: str, *, entities: bool) -> str:
    sentences = [s.strip() for s in body.replace("! ", "!\x00").replace(". ", ".\x00").split("\x00") if s.strip()]
    paragraphs = "".join(f'<p style="margin:0 0 10px">{html.escape(s, quote=False)}</p>' for s in sentences)
    bye = "<br>".join(html.escape(x) for x in w.bye.split("\n"))
    page = (
        '<!DOCTYPE html><html><head><meta charset="utf-8"><style>td{font-family:Verdana}</style></head>'
        '<body><table width="600" align="center"><tr><td style="background:#0b5">'
        '<img src="https://cdn.example/brand.png" alt=""></td></tr><tr><td>'
        f"<p>{html.escape(w.hello)}</p>{paragraphs}<p>{bye}</p></td></tr>"
        f'<tr><td style="font-size:10px;color:#888">{html.escape(w.footer)}</td></tr></table></body></html>'
    )
    if entities:
        page = page.encode("ascii", "xmlcharrefreplace").decode("ascii")
        for code, name in (
            ("&#233;", "&eacute;"),
            ("&#232;", "&egrave;"),
            ("&#224;", "&agrave;"),
            ("&#228;", "&auml;"),
            ("&#246;", "&ouml;"),
            ("&#252;", "&uuml;"),
            ("&#235;", "&euml;"),
        ):
            page = page.replace(code, name)
    return page


def _subject(subject: str, charset: str) -> str:
    if subject.isascii():
        return subject
    try:
        return Header(subject, charset).encode()
    except UnicodeEncodeError:
        return Header(subject, "utf-8").encode()


def _qp(text: str, charset: str) -> bytes:
    return quopri.encodestring(text.encode(charset, "replace"))


def dress(w: Writer, i: int, head: list[str], subject: str, body: str, plain: str, boundary: str) -> bytes:
    """The message in its writer's dress (charset, transfer encoding, HTML or plain text), after the
    caller's own From, To, Date and Message-ID lines (`head`); `plain` is the body as the writer's mail program
    sends it as text."""
    head = list(head)
    if w.dress == "html-utf8":
        head += [
            f"Subject: {_subject(subject, 'utf-8')}",
            "Content-Type: text/html; charset=UTF-8",
            "Content-Transfer-Encoding: quoted-printable",
        ]
        payload = _qp(_html(w, body, entities=False), "utf-8")
    elif w.dress == "html-cp1252":
        head += [
            f"Subject: {_subject(subject, 'windows-1252')}",
            "Content-Type: text/html; charset=windows-1252",
            "Content-Transfer-Encoding: quoted-printable",
        ]
        payload = _qp(_html(w, body, entities=i % 2 == 1), "windows-1252")
    elif w.dress == "multipart-b64":
        head += [
            f"Subject: {_subject(subject, 'utf-8')}",
            f'Content-Type: multipart/alternative; boundary="{boundary}"',
        ]
        text = base64.encodebytes(plain.encode("utf-8"))
        page = base64.encodebytes(_html(w, body, entities=False).encode("utf-8"))
        payload = b"\n".join(
            [
                f"--{boundary}".encode(),
                b"Content-Type: text/plain; charset=utf-8",
                b"Content-Transfer-Encoding: base64",
                b"",
                text,
                f"--{boundary}".encode(),
                b"Content-Type: text/html; charset=utf-8",
                b"Content-Transfer-Encoding: base64",
                b"",
                page,
                f"--{boundary}--".encode(),
                b"",
            ]
        )
    elif w.dress == "outlook-qp":
        head += [
            f"Subject: {_subject(subject, 'utf-8')}",
            "Content-Type: text/plain; charset=utf-8",
            "Content-Transfer-Encoding: quoted-printable",
        ]
        payload = _qp(plain, "utf-8")
    elif w.dress == "latin1-plain":
        head += [
            f"Subject: {_subject(subject.replace('–', '-'), 'iso-8859-1')}",
            "Content-Type: text/plain; charset=ISO-8859-1",
            "Content-Transfer-Encoding: quoted-printable",
        ]
        payload = _qp(plain.replace("–", "-").replace("’", "'"), "iso-8859-1")
    elif w.dress == "gmail-utf8":
        head += [
            f"Subject: {_subject(subject, 'utf-8')}",
            "Content-Type: text/plain; charset=UTF-8",
            "Content-Transfer-Encoding: 8bit",
        ]
        payload = plain.encode("utf-8")
    elif w.dress == "cp1252-apple":
        head += [
            f"Subject: {_subject(subject, 'windows-1252')}",
            "Content-Type: text/plain; charset=windows-1252",
            "Content-Transfer-Encoding: 8bit",
        ]
        payload = plain.encode("windows-1252", "replace")
    elif w.dress == "ascii":
        head += [
            f"Subject: {_ascii(subject)}",
            "Content-Type: text/plain; charset=us-ascii",
            "Content-Transfer-Encoding: 7bit",
        ]
        payload = _ascii(plain).encode("ascii")
    elif w.dress == "phone-flowed":
        head += [
            f"Subject: {_subject(subject, 'utf-8')}",
            "Content-Type: text/plain; charset=utf-8; format=flowed; delsp=no",
            "Content-Transfer-Encoding: quoted-printable",
        ]
        payload = _qp(_flowed(plain), "utf-8")
    else:
        raise ValueError(w.dress)
    return "\n".join(head).encode("ascii") + b"\n\n" + payload
