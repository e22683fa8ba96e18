"""The import's first, cheap question: could this message be about the reader's job search at all?

Most mail is not, and it should never cost a classifier's time. The words come from the language packs (see
onward.mail.classify.jobwords), so a new language brings its own.
"""

from __future__ import annotations

import re
from email.utils import getaddresses

from onward.core.names import registrable_domain
from onward.mail.classify.jobwords import (
    TERSE_CHARS,
    elsewhere,
    holds_any,
    passes,
    passes_by_words,
    reads_as_job,
    terse_cue,
)
from onward.mail.extract import personal_mail, relay_vendor
from onward.mail.parse import boundary_lines, decode_header_value

__all__ = ["among_colleagues", "passes", "passes_by_words", "reads_as_job", "terse", "unread_cannot_pass"]

# Mail sent by a list or a machine is never a person's short note (RFC 2369, RFC 3834, and the senders' own words).
_BULK_HEADERS = ("list-unsubscribe", "list-id", "list-post")
_BULK_PRECEDENCE = ("bulk", "list", "junk")
_MACHINE_SENDER = re.compile(r"(no-?reply|do-?not-?reply|notifications?|newsletter|mailer-daemon|bounce|alerts?)"
                             r"[^@]*@", re.IGNORECASE)


def terse(subject: str, text: str, msg) -> bool:
    """A short note from a person (no list or automatic sender) holding one of the packs' `terse` cues: it may be a
    first reply about the reader's job search from someone the tracker does not know, though it names no job, so it
    is read and judged on its sentences (the import then keeps it for review only)."""
    if len(text) > TERSE_CHARS or any(msg.get(h) for h in _BULK_HEADERS):
        return False
    if str(msg.get("Precedence") or "").strip().lower() in _BULK_PRECEDENCE:
        return False
    if str(msg.get("Auto-Submitted") or "no").strip().lower() != "no" or _MACHINE_SENDER.search(str(msg.get("From"))):
        return False
    # A note about a visa, a flat, a course or a volunteer's place, naming no job, is about that (see jobwords).
    return terse_cue(f"{subject}\n{text}".lower()) and elsewhere(subject, text) is None


# A university's students and staff share its domain, and a student's application to a campus job is their own
# search: mail within one is not colleagues' mail.
_ACADEMIC = re.compile(r"\.(?:edu|ac\.[a-z]{2}|edu\.[a-z]{2})$")
# A hiring mailbox's own address (careers@, no-reply@, recrutement@, bewerbung@, vacatures@): mail addressed only to
# such mailboxes reached the reader by Bcc, as an employer's letters to many applicants do, so it is no colleagues'
# mail even when every address shown is the employer's.
_HIRING_MAILBOX = re.compile(
    r"^(?:[^@]*[._+-])?(?:careers?|jobs?|recruit(?:ing|ment|ers?)?|talent|hiring|hr|applications?|candidates?"
    r"|staffing|no-?reply|do-?not-?reply|recrutement|emplois?|candidatures?|karriere|bewerbung(?:en)?"
    r"|personal|empleo|rrhh|seleccion|vacatures?|sollicitaties?|werving)(?:[._+-][^@]*)?@"
)


def among_colleagues(msg) -> bool:
    """Mail from one person of an organisation to others of it alone (every To and Cc address at the sender's
    own domain, not a free-mail provider, an applicant system or a university): the reader's workplace talking
    to itself. Jobs there are the company's (a posting, a welcome, a farewell, the reader interviewing someone),
    never the reader's own search, so such mail is not read further. A message the sender addressed to
    themselves or to a hiring mailbox only (a list sent by Bcc, as recruiters do) is not."""
    sender = getaddresses([decode_header_value(msg.get("From"))])
    recipients = [a.lower() for _, a in getaddresses([decode_header_value(v) for h in ("To", "Cc")
                                                      for v in msg.get_all(h) or ()]) if "@" in a]
    if len(sender) != 1 or "@" not in sender[0][1] or not recipients:
        return False
    address = sender[0][1].lower()
    domain = address.rpartition("@")[2]
    if personal_mail(domain) or relay_vendor(domain) or _ACADEMIC.search(domain) or address in recipients:
        return False
    if all(_HIRING_MAILBOX.match(a) for a in recipients):
        return False
    organisation = registrable_domain(domain)
    return all(registrable_domain(a.rpartition("@")[2]) == organisation for a in recipients)


# What reading a message may do to its bytes, for unread_cannot_pass: transfer encodings that leave them as they
# are, and charsets that read ASCII bytes as the same letters.
_PLAIN_ENCODINGS = frozenset({b"7bit", b"8bit", b"binary"})
_ASCII_CHARSETS = frozenset({b"us-ascii", b"ascii", b"utf-8", b"utf8"} | {b"iso-8859-%d" % n for n in range(1, 16)}
                            | {b"windows-%d" % n for n in range(1250, 1259)})
_ENCODING = re.compile(rb"content-transfer-encoding[ \t]*:[ \t]*\"?([^\s\";]*)")
_CHARSET = re.compile(rb"charset[ \t]*=[ \t]*\"?([^\s\";]*)")


_TYPE = re.compile(rb"^content-type:[ \t]*(.*(?:\n[ \t].*)*)", re.IGNORECASE | re.MULTILINE)
_MULTIPART = re.compile(rb'multipart/(?:mixed|alternative|related)[ \t]*;[ \t]*boundary=(?:"([^"\\\s]+)"|([^\s";\\]+))'
                        rb"[ \t]*;?", re.IGNORECASE)
_PLAIN_TYPE = re.compile(rb"text/plain[ \t]*(?:;.*)?", re.IGNORECASE)
_HEADER_LINE = re.compile(rb"(?:[!-9;-~]+:|[ \t]).*")


def _headers_plain(block: bytes) -> bool:
    """Every line of a header block is a header or continues one, as the stdlib parser reads them."""
    lines = block.split(b"\n")
    return not lines[0][:1].isspace() and all(_HEADER_LINE.fullmatch(line) for line in lines)


def _first_part(raw: bytes) -> tuple[bytes, int, bytes] | None:
    """The message's headers and its first part, where its body starts and its delimiter, when the text the screen
    reads may be that part: a multipart message (mixed, alternative or related, its boundary as simple as most
    mail writes it) whose first part is plain ASCII text, not an attachment, not blank. Only the message's headers
    and that part are looked at here (see `_parts_plain` for the rest). Anything less plain (line ends with CR, a
    header block the stdlib parser would end early, a repeated Content-Type or one the pattern does not read, a
    part without headers) is None, and the message is judged whole."""
    end = raw.find(b"\n\n")
    if end <= 0:
        return None
    types = _TYPE.findall(raw, 0, end + 1)
    m = _MULTIPART.fullmatch(b" ".join(types[0].split())) if len(types) == 1 else None
    if m is None or not _headers_plain(raw[:end]):
        return None
    delimiter = b"--" + (m[1] or m[2])
    marks = boundary_lines(raw[end + 2 :], delimiter, limit=2)
    if len(marks) < 2 or marks[0][2]:
        return None
    part = raw[end + 3 + marks[0][1] : end + 2 + marks[1][0]][:-1]  # a boundary's line end is the boundary's
    split = part.find(b"\n\n")
    if split <= 0 or not _headers_plain(part[:split]):
        return None
    head = part[: split + 1].lower()
    types = _TYPE.findall(head)
    text = part[split + 2 :]
    if (len(types) != 1 or _PLAIN_TYPE.fullmatch(b" ".join(types[0].split())) is None
            or b"content-disposition" in head or not text.isascii() or not text.decode("ascii").strip()):
        return None
    return raw[: end + 1] + b"\n" + part, end + 2, delimiter


def _parts_plain(raw: bytes, start: int, delimiter: bytes) -> bool:
    """The rest of a message `_first_part` read: no CR line ends, no other multipart or message inside, and its
    parts closed as the stdlib parser expects, so that parse.read takes its text from that first part."""
    low = raw.lower()
    if b"\r" in raw or low.count(b"multipart/") != 1 or b"message/" in low:
        return False
    marks = boundary_lines(raw[start:], delimiter)
    return len(marks) >= 2 and marks[-1][2] and not any(close for _, _, close in marks[:-1])


def unread_cannot_pass(raw: bytes) -> bool:
    """True when the message's bytes show that it cannot pass the screen once read, so it need not be read. That
    holds when reading can only keep or drop characters and change spaces (ASCII bytes, no encoded words, no
    base64 or quoted-printable, no HTML to flatten, charsets that read ASCII as ASCII) and no job-search stem is
    anywhere in the bytes, headers included. When the text is a plain first part (`_first_part`, `_parts_plain`),
    the same holds of the headers and that part alone: HTML, attachments and their encodings after it are never
    read by the screen. Anything else is read and screened as usual."""
    if _cannot_pass(raw, whole=True):
        return True
    first = _first_part(raw)
    # The whole message is looked at last, and only for a first part that could not pass.
    return first is not None and _cannot_pass(first[0], whole=False) and _parts_plain(raw, first[1], first[2])


def _cannot_pass(raw: bytes, *, whole: bool) -> bool:
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
    if holds_any(text):
        return False
    # A short note with a `terse` cue is read (see `terse`); its headers alone are a few hundred bytes. A first
    # part is read whenever it holds a cue: whole messages that were dropped by their length alone still are, and
    # no message read before is dropped now unless reading it could not let it through.
    _, _, body = low.partition(b"\n\n")
    return (whole and len(body) > 2 * TERSE_CHARS) or not terse_cue(text)
