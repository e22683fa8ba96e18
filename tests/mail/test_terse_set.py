"""The terse-strangers set (tests/mail/terse_mail.py) keeps its halves apart and its shape: measured figures mean
something only when no writer is in both halves."""

from collections import Counter
from email.utils import parseaddr

from tests.mail import terse_mail


def test_no_writer_is_in_both_halves():
    writers = {h: {parseaddr(c.sender)[1].lower() for c in terse_mail.cases(h)} for h in terse_mail.HALVES}
    assert not writers["tune"] & writers["report"]


def test_each_half_holds_job_mail_and_negatives_in_every_language():
    for half in terse_mail.HALVES:
        counts = Counter((c.lang, c.label == "other") for c in terse_mail.cases(half))
        for lang in ("en", "fr", "de", "es", "nl"):
            assert counts[(lang, False)] >= 10 and counts[(lang, True)] >= 10, (half, lang)


def test_messages_have_no_thread_headers():
    raw = terse_mail.raw_message(terse_mail.CASES[0], 0)
    assert b"In-Reply-To" not in raw and b"References" not in raw
