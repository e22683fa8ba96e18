"""The streaming mbox reader agrees with Python's mailbox.mbox on any mboxo/mboxrd file (Hypothesis)."""

import mailbox
import re
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from onward.mail.sources import mbox
from onward.mail.sources.mbox import MboxReader

# Lines that matter to a splitter: envelope lines, escaped ones, blank lines, headers, body text, junk.
LINES = st.sampled_from([
    b"From a@b.example Sat Jan  1 00:00:00 2000",  # Thunderbird, mutt
    b"From 1789012345678901234@xxx Mon Mar 03 09:30:00 +0000 2025",  # Google Takeout
    b"From b@c.example  Tue Feb  4 10:00:00 2025",  # Apple Mail (two spaces)
    b"From ",
    b">From a quoted line",
    b">>From twice quoted",
    b"From-not-a-separator: header",
    b"Subject: hello",
    b"X-Gmail-Labels: Inbox",
    b"",
    b"body text",
    b" From indented",
    b"\r",
])
NEWLINES = st.sampled_from([b"\n", b"\r\n"])
_ESCAPED = re.compile(rb"^>(>*From )", re.MULTILINE)


def _unescaped(raw: bytes) -> bytes:
    """mailbox.mbox leaves ">From " escaped; the reader undoes one level (mboxrd)."""
    return _ESCAPED.sub(rb"\1", raw)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(lines=st.lists(st.tuples(LINES, NEWLINES), max_size=40), final_newline=st.booleans(),
       block=st.sampled_from([7, 16, 64, 1 << 20]))
def test_streaming_reader_agrees_with_mailbox(lines, final_newline, block):
    data = b"".join(line + nl for line, nl in lines)
    if not final_newline and data.endswith(b"\n"):
        data = data[:-1]
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "box.mbox"
        path.write_bytes(data)
        theirs = mailbox.mbox(path, create=False)
        expected = [_unescaped(theirs.get_bytes(key)).rstrip(b"\r\n") for key in theirs.keys()]
        theirs.close()
        old_block, mbox.BLOCK = mbox.BLOCK, block
        try:
            ours = [m.raw.rstrip(b"\r\n") for m in MboxReader(path)]
        finally:
            mbox.BLOCK = old_block
    assert ours == expected  # line ends at the very end of a message aside
