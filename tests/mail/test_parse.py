"""MIME parsing survives what real mailboxes contain."""

from __future__ import annotations

import datetime as dt

import pytest

from onward.mail.parse import content_hash, html_to_text, parse, quick_message_id, strip_quotes_and_signature
from tests.mail.conftest import make_message


def test_plain_message_fields():
    raw = make_message("Your application", "Thank you.", "Acme Careers <Jobs@Acme.example>", message_id="<a@b>")
    parsed = parse(raw)
    assert parsed.subject == "Your application"
    assert (parsed.sender_name, parsed.sender_email, parsed.sender_domain) == (
        "Acme Careers", "jobs@acme.example", "acme.example")
    assert parsed.message_id == "<a@b>" == quick_message_id(raw)
    assert parsed.date == dt.datetime(2025, 3, 3, 9, 30, tzinfo=dt.UTC)
    assert parsed.text == "Thank you."


def test_encoded_headers_and_latin1_body():
    raw = (
        b"Subject: =?utf-8?q?Candidature_re=C3=A7ue?=\nFrom: =?iso-8859-1?q?Ren=E9e?= <r@x.fr>\n"
        b"Content-Type: text/plain; charset=iso-8859-1\n\nMerci, nous avons re\xe7u votre candidature.\n"
    )
    parsed = parse(raw)
    assert parsed.subject == "Candidature reçue"
    assert parsed.sender_name == "Renée"
    assert "reçu votre candidature" in parsed.text


def test_unknown_charset_falls_back_without_crashing():
    raw = b"Subject: x\nContent-Type: text/plain; charset=x-made-up-42\n\nCaf\xc3\xa9 interview on Monday\n"
    assert parse(raw).text == "Café interview on Monday"
    raw = b"Subject: =?x-unknown?q?Hallo?=\nContent-Type: text/plain; charset=x-made-up\n\nCaf\xe9\n"
    parsed = parse(raw)
    assert parsed.text == "Café"
    assert "Hallo" in parsed.subject


def test_raw_utf8_in_headers():
    raw = "Subject: Bewerbung für München\nFrom: Zoë <z@x.de>\n\nText\n".encode()
    parsed = parse(raw)
    assert parsed.subject == "Bewerbung für München"
    assert parsed.sender_name == "Zoë"


def test_html_only_message_becomes_text_without_scripts_or_styles():
    html = (
        "<html><head><style>p{color:red}</style><title>t</title></head><body>"
        "<p>Thank you for applying to <b>Acme</b>\n   Robotics.</p><script>alert('x')</script>"
        "<div>Best,<br>Jane&nbsp;Doe</div></body></html>"
    )
    raw = (b"Subject: Hi\nContent-Type: text/html; charset=utf-8\n\n" + html.encode())
    text = parse(raw).text
    assert "Thank you for applying to Acme Robotics." in text
    assert "alert" not in text and "color" not in text
    assert "Best,\nJane\xa0Doe" in text or "Best,\nJane Doe" in text


def test_plain_part_preferred_and_html_kept_for_display():
    raw = make_message("S", "Plain words.", html="<p>HTML words</p>")
    parsed = parse(raw)
    assert parsed.text == "Plain words."
    assert "<p>HTML words</p>" in parsed.html


def test_quoted_reply_and_signature_removed():
    text = "Thanks, see you then.\n\n-- \nJane\nRecruiter\n"
    assert strip_quotes_and_signature(text) == "Thanks, see you then."
    text = "Sounds good.\n\nOn Mon, 3 Mar 2025 at 10:00, Bob <bob@x.example> wrote:\n> Unfortunately we...\n"
    assert strip_quotes_and_signature(text) == "Sounds good."
    text = "Great.\n\n-----Original Message-----\nFrom: HR\nWe regret"
    assert strip_quotes_and_signature(text) == "Great."
    assert strip_quotes_and_signature("> only a quote") == ""


def test_big_attachment_is_skipped_and_text_kept():
    raw = make_message("Offer letter", "Please find the letter attached.", attachment=b"\0" * (20 * 1024 * 1024))
    parsed = parse(raw)
    assert parsed.text == "Please find the letter attached."


def test_malformed_mime_does_not_crash():
    raw = (
        b"Subject: broken\nContent-Type: multipart/mixed; boundary=\"nope\"\n\n"
        b"--wrong\nContent-Type: text/plain\n\nbody text\n"
    )
    parsed = parse(raw)
    assert parsed.subject == "broken"
    garbage = parse(b"\x00\xff\xfe not a message at all")
    assert garbage.subject == ""


def test_bad_date_header_gives_no_date():
    raw = b"Subject: s\nDate: the day after tomorrow\n\nx\n"
    assert parse(raw).date is None


def test_empty_body():
    parsed = parse(b"Subject: nothing\n\n")
    assert parsed.text == ""


def test_content_hash_ignores_line_endings():
    assert content_hash(b"a\r\nb\r\n") == content_hash(b"a\nb\n")
    assert content_hash(b"a\nb\n") != content_hash(b"a\nc\n")


def test_html_to_text_of_empty_document():
    assert html_to_text("") == ""


def _big_message(*, close: bool = True, crlf: bool = False) -> bytes:
    """Mixed: an alternative (plain + HTML), a forwarded message with its own text, and a big attachment."""
    from email import policy
    from email.message import EmailMessage

    forwarded = EmailMessage()
    forwarded["Subject"] = "Fwd"
    forwarded.set_content("The forwarded text.\n")
    msg = EmailMessage()
    msg["Subject"] = "Your application"
    msg["From"] = "Acme <jobs@acme.example>"
    msg.set_content("Thank you for applying.\n" * 2000, cte="quoted-printable")
    msg.add_alternative("<p>Thank you for applying.</p>" * 2000, subtype="html")
    msg.add_attachment(forwarded)
    msg.add_attachment(bytes(range(256)) * 400, maintype="application", subtype="pdf", filename="cv.pdf")
    raw = msg.as_bytes(policy=policy.SMTP if crlf else policy.default)
    return raw if close else raw[: raw.rindex(b"--")]


@pytest.mark.parametrize("crlf", [False, True])
@pytest.mark.parametrize("close", [True, False])
def test_a_big_multipart_message_reads_as_the_stdlib_parser_reads_it(crlf, close):
    import email

    from onward.mail import parse as parse_module

    raw = _big_message(close=close, crlf=crlf)
    whole = email.message_from_bytes(raw)
    assert parse_module.read(raw).text == parse_module.strip_quotes_and_signature(
        parse_module._body_parts(whole)[0].replace("\r\n", "\n"))
    msg = parse_module._message(raw)
    assert parse_module._body_parts(msg) == parse_module._body_parts(whole)
    assert [p.get_content_type() for p in msg.walk()] == [p.get_content_type() for p in whole.walk()]
    attachment = next(p for p in msg.walk() if p.get_content_type() == "application/pdf")
    # With its closing boundary the message is read part by part, and the attachment's body is left unread;
    # without it, the stdlib parser reads the whole message.
    assert (attachment.get_payload() == "") is close
