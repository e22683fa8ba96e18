"""The import drops a message unread (screen.unread_cannot_pass) only when reading it could not let it through the
screen: neither its job words nor a person's short note (Hypothesis, over MIME trees with job words, HTML that
joins letters into one, attachments and encodings in any part)."""

import base64
import re

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from onward.mail import parse
from onward.mail.screen import passes, terse, unread_cannot_pass

# Plain words, job words, halves of one that HTML tags join, a terse cue, boundary-like and header-like lines.
WORDS = st.sampled_from(["The tomatoes are ripe.", "Your application was received.", "appli", "<b>cation</b>",
                         "we decided to go with someone else", "--", "--b0", "--b1--", "Content-Type: text/html",
                         "", " ", "\t", "é", ">quoted", "Sent from my phone", "-- ", "&amp;", "<p>", "</p>"])
LEAF_TYPES = st.sampled_from(["text/plain", "text/html", "application/pdf", "message/rfc822"])
ENCODINGS = st.sampled_from(["7bit", "8bit", "base64", "quoted-printable", None])


@st.composite
def body_text(draw) -> str:
    return "\n".join(draw(st.lists(WORDS, min_size=1, max_size=8)))


@st.composite
def part(draw, depth: int = 0, counter: list | None = None) -> str:
    counter = counter if counter is not None else [0]
    if depth < 2 and draw(st.integers(0, 2)) == 0:
        boundary = f"b{counter[0]}"
        counter[0] += 1
        subtype = draw(st.sampled_from(["mixed", "alternative", "related"]))
        children = draw(st.lists(part(depth + 1, counter), min_size=1, max_size=3))
        quoted = draw(st.booleans())
        inner = "".join(f"--{boundary}\n{child}\n" for child in children)
        return (f"Content-Type: multipart/{subtype};{draw(st.sampled_from([' ', chr(10) + ' ']))}boundary="
                f"{chr(34) + boundary + chr(34) if quoted else boundary}\n\n{inner}--{boundary}--\n")
    ctype = draw(LEAF_TYPES)
    disposition = draw(st.sampled_from(["", "Content-Disposition: attachment\n"]))
    charset = draw(st.sampled_from(["", '; charset="utf-8"', "; charset=us-ascii", "; charset=koi8-r"]))
    text = draw(body_text())
    encoding = draw(ENCODINGS)
    if encoding == "base64":
        text = base64.encodebytes(text.encode("utf-8")).decode("ascii")
    cte = f"Content-Transfer-Encoding: {encoding}\n" if encoding else ""
    return f"Content-Type: {ctype}{charset}\n{cte}{disposition}\n{text}"


@st.composite
def plain_first(draw) -> str:
    """Mostly what the screen's shortcut reads: a multipart message opening with a plain part, then anything."""
    first = draw(st.sampled_from(["The tomatoes are ripe.", " ", "", "appli", "Your application was received.",
                                  "we decided to go with someone else", "See you at eight!"]))
    head = draw(st.sampled_from([
        "Content-Type: text/plain\n", "Content-Type: text/plain; charset=us-ascii\nContent-Transfer-Encoding: 7bit\n",
        "Content-Type: text/plain\nContent-Disposition: attachment\n", "", "Content-Type: text/plain; charset=koi8-r\n",
    ]))
    rest = draw(st.lists(part(1), min_size=0, max_size=3))
    subtype = draw(st.sampled_from(["mixed", "alternative", "related"]))
    inner = "".join(f"--top\n{child}\n" for child in [f"{head}\n{first}", *rest])
    return f'Content-Type: multipart/{subtype}; boundary="top"\n\n{inner}--top--\n'


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(tree=st.one_of(part(), plain_first()), subject=st.sampled_from(["Hello", "Garden club", "Re: Saturday"]),
       eol=st.sampled_from(["\n", "\n", "\r\n"]))
def test_mail_dropped_unread_could_not_pass_the_screen_once_read(tree, subject, eol):
    raw = re.sub("\n", eol, f"From: Ann <ann@example.org>\nSubject: {subject}\nMIME-Version: 1.0\n{tree}")
    raw_bytes = raw.encode("utf-8")
    if unread_cannot_pass(raw_bytes):
        readable = parse.read(raw_bytes)
        assert not passes(readable.subject, readable.text)
        assert not terse(readable.subject, readable.text, readable.msg)
