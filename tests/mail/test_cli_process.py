"""`onward mail ...` as a user runs it: a new process on a fresh data directory.

In-process CliRunner tests start Django before the command runs, which hid a crash of every `onward mail`
command that touches the database (models imported before Django was set up).
"""

from __future__ import annotations

import json
import mailbox
import os
import subprocess
import sys

import pytest

from tests.fake_imap import FakeImap
from tests.mail.conftest import make_message


@pytest.fixture
def onward(tmp_path):
    env = {k: v for k, v in os.environ.items()
           if k not in ("DJANGO_SETTINGS_MODULE", "DATABASE_URL") and not k.startswith("ONWARD_")}
    env["ONWARD_DATA_DIR"] = str(tmp_path / "data")

    def run(*args, input=None, python=False):
        command = [sys.executable] if python else [sys.executable, "-m", "onward"]
        result = subprocess.run([*command, *map(str, args)], env=env, input=input,
                                capture_output=True, text=True, timeout=180)
        assert "Traceback" not in result.stderr, result.stderr
        return result

    return run


def test_mail_accounts_and_sync_in_a_new_process(onward):
    with FakeImap() as imap:
        added = onward("mail", "accounts", "add", "Personal", "--host", "127.0.0.1", "--port", imap.port,
                       "--security", "none", "--username", "me", input="app-password-123\n")
        assert added.returncode == 0, added.stderr
        assert f"Added Personal (me at 127.0.0.1:{imap.port}, INBOX)." in added.stdout

        listed = onward("mail", "accounts", "list")
        assert listed.returncode == 0 and "Personal" in listed.stdout and "never synced" in listed.stdout

        synced = onward("mail", "sync")
        assert synced.returncode == 0, synced.stderr
        assert "Personal: 0 read" in synced.stdout
        assert imap.saw("app-password-123")

    removed = onward("mail", "accounts", "remove", "Personal")
    assert removed.returncode == 0 and "Removed Personal." in removed.stdout
    assert "No mail accounts yet." in onward("mail", "accounts", "list").stdout


def test_mail_import_in_a_new_process(onward, tmp_path):
    path = tmp_path / "takeout.mbox"
    box = mailbox.mbox(path)
    box.add(make_message("Garden club", "Tomatoes are ripe.", message_id="<1@x>"))
    box.close()
    first = onward("mail", "import", path)
    assert first.returncode == 0, first.stderr
    assert "1 read" in first.stdout
    again = onward("mail", "import", path)
    assert again.returncode == 0 and "1 already imported" in again.stdout


def test_mail_classify_and_eval_in_a_new_process(onward, tmp_path):
    line = {"id": "1", "subject": "Your application", "body": "Unfortunately we will not move forward."}
    (tmp_path / "in.jsonl").write_text(json.dumps(line) + "\n")
    (tmp_path / "gold.jsonl").write_text(json.dumps({**line, "label": "rejection"}) + "\n")
    classified = onward("mail", "classify", tmp_path / "in.jsonl")
    assert classified.returncode == 0, classified.stderr
    assert json.loads(classified.stdout)["label"] == "rejection"
    scored = onward("mail", "eval", tmp_path / "gold.jsonl", "--json")
    assert scored.returncode == 0, scored.stderr
    assert "macro_f1" in scored.stdout


PEAK = """
import atexit, resource, runpy, sys
atexit.register(lambda: sys.stderr.write(f"PEAK {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss}\\n"))
sys.argv[0] = "onward"
runpy.run_module("onward", run_name="__main__")
"""


def test_a_message_bigger_than_any_email_is_recorded_without_filling_memory(onward, tmp_path):
    from onward.mail.sources import MAX_MESSAGE_BYTES

    def peak_kb(path):
        done = onward("-c", PEAK, "mail", "import", path, python=True)
        assert done.returncode == 0, done.stderr
        return done, int(done.stderr.rsplit("PEAK ", 1)[1])

    small, big = tmp_path / "small.mbox", tmp_path / "big.mbox"
    line = b"x" * 99 + b"\n"
    for path, lines in ((small, 1000), (big, 5 * MAX_MESSAGE_BYTES // len(line))):
        with path.open("wb") as fh:
            tag = path.stem.encode()  # other Message-IDs in each file: the ledger would skip the same ones
            fh.write(b"From a@x Mon Jan  1 00:00:00 2024\nSubject: before\nMessage-ID: <1@" + tag + b">\n\nhi\n\n")
            fh.write(b"From b@x Mon Jan  1 00:00:00 2024\nSubject: attachment\nMessage-ID: <2@" + tag + b">\n\n")
            for _ in range(lines // 1000):
                fh.write(line * 1000)
            fh.write(b"\nFrom c@x Mon Jan  1 00:00:00 2024\nSubject: after\nMessage-ID: <3@" + tag + b">\n\nbye\n")
    _, baseline = peak_kb(small)
    done, peak = peak_kb(big)
    assert "3 read" in done.stdout and "1 could not be read" in done.stdout
    assert "more than an e-mail can be" in done.stderr
    # Holding the 250 MB message would take twice that; reading past it takes about twice the largest e-mail.
    assert peak - baseline < 2.5 * MAX_MESSAGE_BYTES / 1024, (baseline, peak)


def test_classify_reads_a_saved_message_and_an_mbox(onward, tmp_path):
    """A person's own mail, not only JSON Lines: one .eml, or an export with several messages, one line each."""
    rejection = make_message("Your application", "Thank you for applying. We have decided to move forward with "
                             "other candidates whose experience is closer to the role.",
                             "Talent <jobs@quarryandco.com>", message_id="<r1@quarryandco.com>")
    saved = tmp_path / "saved.eml"
    saved.write_bytes(rejection)
    [line] = onward("mail", "classify", saved).stdout.splitlines()
    assert json.loads(line)["id"] == "<r1@quarryandco.com>" and json.loads(line)["label"] == "rejection"

    path = tmp_path / "export.mbox"
    box = mailbox.mbox(path)
    box.add(rejection)
    box.add(make_message("Garden club", "Tomatoes are ripe, come and pick some."))
    box.close()
    classified = onward("mail", "classify", path)
    assert classified.returncode == 0, classified.stderr
    assert [(o["id"], o["label"]) for o in map(json.loads, classified.stdout.splitlines())] == [
        ("<r1@quarryandco.com>", "rejection"), ("message 2", "other")]


def test_classify_and_eval_fail_with_status_2_when_nothing_in_the_file_could_be_read(onward, tmp_path):
    """A file with no readable line is a failure, not a silent success; one bad line among good ones is not."""
    junk = tmp_path / "junk.jsonl"
    junk.write_bytes(b"\xf7\x0f\xf5 binary\n{not json\n")
    classified = onward("mail", "classify", junk)
    assert classified.returncode == 2
    assert "None of the 2 lines of junk.jsonl could be read" in classified.stderr
    assert [json.loads(line)["error"] for line in classified.stdout.splitlines()] == [
        "line 1: not valid UTF-8 text", "line 2: not valid JSON (Expecting property name enclosed in double quotes "
        "at column 2)"]

    one = tmp_path / "one.jsonl"
    one.write_text("{not json\n")
    assert "The only line of one.jsonl could not be read" in onward("mail", "classify", one).stderr

    mixed = tmp_path / "mixed.jsonl"
    mixed.write_text('{not json\n{"id": "a", "body": "Thank you for applying."}\n')
    assert onward("mail", "classify", mixed).returncode == 0

    ungraded = tmp_path / "ungraded.jsonl"
    ungraded.write_text('{"id": "a", "body": "Thank you for applying."}\n')
    scored = onward("mail", "eval", ungraded)
    assert scored.returncode == 2 and scored.stdout == ""
    assert "No lines with a gold label to score" in scored.stderr
