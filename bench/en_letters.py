"""What the English letter sets share (bench/en_rejection_set.py, en_decision_set.py, en_others_set.py,
en_kinds_set.py, en_kinds2_set.py, en_outreach_set.py): a writer of letters, and turning each writer's (label,
subject, body) rows into dressed messages.

A set module holds its writers, its rows and its own `Dress` (the reader's earlier note quoted under replies, the
date in that quote, its HTML), so each set keeps the look it was written with while the building code is shared.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from email.message import EmailMessage
from email.utils import format_datetime


@dataclass
class Writer:
    key: str
    half: str  # "tune" or "report"
    sender: str
    sign: str
    footer: str = ""
    dress: str = "plain"  # plain | html (every other message) | quote (every other) | oneline (exporter joins lines)
    messages: list[tuple[str, str, str]] = field(default_factory=list)  # (label, subject, body with {name})


@dataclass(frozen=True)
class Dress:
    quoted: str  # the reader's earlier note, with {day}, {name} and {name_l}
    day: str
    html: Callable[[str], str]
    quote_on: int  # a quoting writer quotes under its messages i with i % 2 == quote_on
    html_on: int  # an HTML writer sends its messages i with i % 2 == html_on as HTML
    html_key: bool = True  # whether each row says if its body is HTML


def letters(writers: Iterable[Writer], names: Sequence[str], dress: Dress) -> list[dict]:
    """Every message, dressed: {"writer", "half", "label", "subject", "body", "sender"} (and "html")."""
    out = []
    n = 0
    for w in writers:
        for i, (label, subject, body) in enumerate(w.messages):
            name = names[n % len(names)]
            n += 1
            text = body.format(name=name) + ("\n\n" + w.sign if w.sign else "")
            if w.footer:
                text += "\n\n" + w.footer.format(name=name)
            html = False
            if w.dress == "quote" and i % 2 == dress.quote_on:
                text += dress.quoted.format(
                    day=dress.day, name=name, name_l=name.lower().replace(" ", "").replace("-", "")
                )
            elif w.dress == "html" and i % 2 == dress.html_on:
                text, html = dress.html(text), True
            elif w.dress == "oneline":
                text = " ".join(text.split())
            row = {"writer": w.key, "half": w.half, "label": label, "subject": subject.format(name=name),
                   "body": text, "sender": w.sender}
            if dress.html_key:
                row["html"] = html
            out.append(row)
    return out


def bulk_senders(writers: set[str]) -> Callable[[dict, int, str], dict[str, str]]:
    """`headers` for raw_messages: these writers' messages carry List-Unsubscribe and Precedence: bulk."""

    def headers(row: dict, i: int, domain: str) -> dict[str, str]:
        if row["writer"] not in writers:
            return {}
        return {"List-Unsubscribe": f"<https://{domain}/unsubscribe?u={i}>", "Precedence": "bulk"}

    return headers


def raw_messages(rows: Iterable[dict], half: str, *, start: datetime, step: timedelta, tag: str,
                 headers: Callable[[dict, int, str], dict[str, str]] = lambda row, i, domain: {}) -> list[dict]:
    """The rows of one half as `onward mail import` reads them, each with "raw" (RFC 822 bytes) and "id": the i-th
    row dated `start + i * step`, its Message-ID `<tag.i@sender's domain>`, with the set's own `headers`."""
    out = []
    for i, row in enumerate(rows):
        if row["half"] != half:
            continue
        msg = EmailMessage()
        msg["From"] = row["sender"]
        msg["To"] = row["to"]
        msg["Subject"] = row["subject"]
        msg["Date"] = format_datetime(start + step * i)
        domain = row["sender"].split("@")[1]
        msg["Message-ID"] = f"<{tag}.{i}@{domain}>"
        for name, value in headers(row, i, domain).items():
            msg[name] = value
        body = row["body"]
        if row["html"]:
            msg.set_content(body, subtype="html", cte="quoted-printable")
        else:
            msg.set_content(body, cte="7bit" if body.isascii() else "quoted-printable")
        out.append({**row, "id": f"{row['writer']}-{i}", "raw": msg.as_bytes()})
    return out
