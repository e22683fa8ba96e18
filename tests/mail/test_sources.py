"""File sources: the streaming mbox reader, .eml folders, uploads and pastes."""

from __future__ import annotations

import mailbox

import pytest

from onward.mail.parse import parse
from onward.mail.sources import mbox
from onward.mail.sources.eml import read_eml_folder
from onward.mail.sources.mbox import MboxReader
from onward.mail.sources.upload import from_paste, from_upload
from tests.mail.conftest import make_message


def _write_mbox(path, messages):
    box = mailbox.mbox(path)
    for raw in messages:
        box.add(raw)
    box.flush()
    box.close()


def test_mbox_reader_matches_the_standard_library(tmp_path):
    messages = [
        make_message(f"Subject {i}", f"Line one\n\nFrom the start of a line\nend {i}", message_id=f"<{i}@x>")
        for i in range(5)
    ]
    path = tmp_path / "all.mbox"
    _write_mbox(path, messages)
    ours = list(MboxReader(path))
    theirs = list(mailbox.mbox(path))
    assert [m.uid for m in ours] == [1, 2, 3, 4, 5]
    assert all(m.source == "mbox:all.mbox" for m in ours)
    for mine, std in zip(ours, theirs, strict=True):
        assert parse(mine.raw).subject == std["Subject"]
        # The writer escaped the body's "From " line; the reader takes that escape off again.
        assert parse(mine.raw).text == std.get_payload().strip().replace(">From ", "From ")
    assert "\n\nFrom the start of a line" in parse(ours[0].raw).text


@pytest.mark.parametrize("block", [1, 7, 64, 1 << 20])
def test_mbox_reader_finds_separators_across_block_boundaries(tmp_path, monkeypatch, block):
    monkeypatch.setattr(mbox, "BLOCK", block)
    path = tmp_path / "m.mbox"
    _write_mbox(path, [make_message(f"s{i}", "From here\n\nFrom there\n" * i) for i in range(6)])
    messages = [parse(m.raw) for m in MboxReader(path)]
    assert [m.subject for m in messages] == [f"s{i}" for i in range(6)]
    assert [m.text for m in messages] == [("From here\n\nFrom there\n" * i).strip() for i in range(6)]


def test_mbox_reader_reports_bytes_read_and_streams(tmp_path, monkeypatch):
    monkeypatch.setattr(mbox, "BLOCK", 64)
    path = tmp_path / "m.mbox"
    _write_mbox(path, [make_message("a"), make_message("b")])
    reader = MboxReader(path)
    iterator = iter(reader)
    next(iterator)
    assert 0 < reader.bytes_read < reader.size
    next(iterator)
    assert reader.bytes_read == reader.size


def test_mbox_with_crlf_and_empty_file(tmp_path):
    path = tmp_path / "crlf.mbox"
    path.write_bytes(b"From a@b Mon Mar  3 09:30:00 2025\r\nSubject: one\r\n\r\nbody\r\n\r\n"
                     b"From a@b Mon Mar  3 09:31:00 2025\r\nSubject: two\r\n\r\nbody two\r\n")
    subjects = [parse(m.raw).subject for m in MboxReader(path)]
    assert subjects == ["one", "two"]
    empty = tmp_path / "empty.mbox"
    empty.write_bytes(b"")
    assert list(MboxReader(empty)) == []


def test_eml_folder_in_stable_order(tmp_path):
    (tmp_path / "sub").mkdir()
    (tmp_path / "b.eml").write_bytes(make_message("second"))
    (tmp_path / "sub" / "a.eml").write_bytes(make_message("third"))
    (tmp_path / "A.EML").write_bytes(make_message("first"))
    (tmp_path / "notes.txt").write_text("not mail")
    subjects = [parse(m.raw).subject for m in read_eml_folder(tmp_path)]
    assert subjects == ["first", "second", "third"]


def test_upload_and_paste():
    assert parse(from_upload(make_message("Uploaded")).raw).subject == "Uploaded"
    pasted = from_upload(b"Hi Sam,\nThank you for applying.")
    assert parse(pasted.raw).text == "Hi Sam,\nThank you for applying."
    msg = parse(from_paste(body="Body here", subject="  Your   application ", sender="HR <hr@acme.example>").raw)
    assert (msg.subject, msg.sender_domain, msg.text) == ("Your application", "acme.example", "Body here")


@pytest.mark.parametrize("newline", [b"\n", b"\r\n"])
def test_mbox_reader_splits_at_every_from_line_like_mailbox(tmp_path, newline):
    """mboxo/mboxrd escape "From " in bodies, so every "From " line starts a message, blank line before or not."""
    lines = [b"From a@x Wed Jan  1 00:00:00 2025", b"Subject: one", b"", b"Body", b">From here, escaped",
             b"From b@x Wed Jan  1 00:00:00 2025", b"Subject: two", b"", b"Second", b"",
             b"From c@x Wed Jan  1 00:00:00 2025", b"Subject: three", b"", b"Third", b""]
    path = tmp_path / "m.mbox"
    path.write_bytes(newline.join(lines))
    messages = [parse(m.raw) for m in MboxReader(path)]
    assert [m.subject for m in messages] == ["one", "two", "three"]
    assert messages[0].text == "Body\nFrom here, escaped"
    assert len(mailbox.mbox(path)) == 3


def test_hundred_messages_without_blank_lines_between_read_as_hundred(tmp_path):
    path = tmp_path / "packed.mbox"
    path.write_bytes(b"".join(b"From x@y Wed Jan  1 00:00:00 2025\nSubject: m%d\n\nbody %d\n" % (i, i)
                              for i in range(100)))
    assert [parse(m.raw).subject for m in MboxReader(path)] == [f"m{i}" for i in range(100)]


def test_a_message_too_big_for_an_email_is_recorded_not_held(tmp_path, monkeypatch):
    from onward.mail.sources import mbox

    monkeypatch.setattr(mbox, "MAX_MESSAGE_BYTES", 3 * mbox.BLOCK)
    monkeypatch.setattr(mbox, "HEAD_BYTES", 100)
    huge = b"Subject: huge\n\n" + b"x" * 79 + b"\n"
    size = len(huge) * (10 * mbox.BLOCK // 80)
    path = tmp_path / "big.mbox"
    with path.open("wb") as fh:
        fh.write(b"From a@x Mon Jan  1 00:00:00 2024\nSubject: first\n\nhello\n\n")
        fh.write(b"From b@x Mon Jan  1 00:00:00 2024\n" + huge * (10 * mbox.BLOCK // 80) + b"\n")
        fh.write(b"From c@x Mon Jan  1 00:00:00 2024\nSubject: last\n\nbye\n")
    messages = list(mbox.MboxReader(path))
    assert [m.raw.split(b"\n")[0] for m in messages] == [b"Subject: first", b"Subject: huge", b"Subject: last"]
    assert [bool(m.too_big) for m in messages] == [False, True, False]
    assert len(messages[1].raw) <= 100
    assert 0 <= messages[1].too_big - size < 100  # with its "From " line
    assert messages[2].raw == b"Subject: last\n\nbye\n"
    # The same when the big one is the last message.
    with path.open("ab") as fh:
        fh.write(b"\nFrom d@x Mon Jan  1 00:00:00 2024\n" + huge * (5 * mbox.BLOCK // 80))
    assert bool(list(mbox.MboxReader(path))[-1].too_big)
