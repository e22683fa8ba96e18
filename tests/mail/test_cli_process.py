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

    def run(*args, input=None):
        result = subprocess.run([sys.executable, "-m", "onward", *map(str, args)], env=env, input=input,
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
