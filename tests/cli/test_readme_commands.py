"""Every command the README shows, run as a user runs it: `onward ...` in a new process, on a fresh data
directory, in the README's order.

In-process CliRunner tests start Django before the command runs; that hid a crash of every `onward mail`
command. Here nothing is shared with the test process but the environment.

A README line is a synopsis (see tests/readme_commands.py): each line runs without its optional parts and
with all of them. What a reader would fill in by hand is filled in the same way: placeholders get files this
test writes, the example ids 12 and 3 become the ids the earlier commands printed. Three things differ from a
person's terminal, each because a test must not reach the outside world or block: `serve`, `demo` and a
long-running `worker` are stopped once they answer; the web app listens on a free port; the IMAP account
points at a fake server on loopback.
"""

from __future__ import annotations

import datetime as dt
import json
import mailbox
import os
import re
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

import pytest

from onward.cli.main import cli
from tests.fake_imap import FakeImap
from tests.mail.conftest import make_message
from tests.processes import free_port
from tests.readme_commands import PLACEHOLDER, code_lines, command_path, variants

pytestmark = pytest.mark.slow

LONG_RUNNING = {("serve",), ("demo",), ("worker",)}

# Commands that, on this fresh directory, rightly refuse with one line and exit status 2.
REFUSALS = {
    ("remind", "--send"): "E-mail is not set up",
}


def _write_fixtures(folder: Path) -> dict[str, Path]:
    folder.mkdir()
    resume = folder / "resume.txt"
    resume.write_text("Jo Example\nBackend engineer\n\nExperience\nBuilt Python and PostgreSQL services, "
                      "Django REST APIs and Docker deployments for five years.\n\nSkills\nPython, SQL, Docker\n")
    posting = folder / "posting.txt"
    posting.write_text("Backend engineer\n\nWe need Python, Django and PostgreSQL. Kubernetes is a plus.\n")
    postings = folder / "postings"
    postings.mkdir()
    (postings / "one.txt").write_text("Data analyst\n\nSQL, Excel and Power BI dashboards.\n")
    (postings / "two.txt").write_text("Backend developer\n\nPython, Django, PostgreSQL, Docker.\n")
    box = mailbox.mbox(folder / "takeout.mbox")
    box.add(make_message("Your application", "Thank you for applying to Seven Otters.", message_id="<1@x>"))
    box.add(make_message("Garden club", "Tomatoes are ripe.", message_id="<2@x>"))
    # Outreach about no application waits for review, so `onward mail review` has one to list and answer.
    box.add(make_message("A backend role at Maple Talent", "Hi Jo, I am a recruiter at Maple Talent. I came across "
                         "your profile and have a Backend engineer role that fits your background. Would you be "
                         "open to a quick call this week?", message_id="<3@x>"))
    box.close()
    labelled = folder / "labelled.jsonl"
    labelled.write_text("".join(json.dumps(row) + "\n" for row in [
        {"id": "a", "subject": "Your application", "label": "rejection", "sender": "jobs@otters.example",
         "body": "Thank you for your interest. Unfortunately we have decided not to move forward with your "
                 "application.", "rejection_subtype": "not_selected"},
        {"id": "b", "subject": "Garden club", "body": "Tomatoes are ripe this week.", "label": "other"},
    ]))
    spreadsheet = folder / "applications.csv"
    spreadsheet.write_text("Company,Role,Applied,Status\nBlue Heron Labs,Data analyst,2026-07-01,applied\n"
                           "Quiet Pines,Support engineer,2026-07-03,rejected\n")
    return {"resume": resume, "posting": posting, "postings": postings, "mbox": folder / "takeout.mbox",
            "jsonl": labelled, "csv": spreadsheet}


class Session:
    """One fresh data directory and what earlier commands printed (ids), as a person reading along."""

    def __init__(self, tmp_path: Path, imap: FakeImap):
        self.cwd = tmp_path / "work"
        self.cwd.mkdir()
        self.files = _write_fixtures(tmp_path / "files")
        self.backup = tmp_path / "backups" / "onward-backup.sqlite3"
        self.backup.parent.mkdir()  # `onward backup` makes no folder: a mistyped one would hide the copy
        self.imap = imap
        self.env = {k: v for k, v in os.environ.items()
                    if k not in ("DJANGO_SETTINGS_MODULE", "DATABASE_URL", "REDIS_URL") and not k.startswith("ONWARD_")}
        # platformdirs follows XDG_DATA_HOME: the demo's own folder lands beside the data, inside tmp_path.
        self.env["XDG_DATA_HOME"] = str(tmp_path / "xdg")
        self.env["ONWARD_DATA_DIR"] = str(tmp_path / "xdg" / "onward")
        self.ids: dict[str, str] = {}

    def fill(self, path: tuple[str, ...], args: list[str]) -> list[str]:
        out = []
        for i, arg in enumerate(args):
            before = args[i - 1] if i else ""
            out.append(self._value(path, arg, before))
        if path == ("mail", "accounts", "add"):
            out[out.index("--host") + 1] = "127.0.0.1"
            out += ["--port", str(self.imap.port), "--security", "none"]
        if path in (("serve",), ("demo",)):
            out += ["--port", str(free_port())]
        return out

    def _value(self, path: tuple[str, ...], arg: str, before: str) -> str:
        if arg == "12" and (before in ("--app", *path) and path[0] in ("show", "move", "reopen", "reject", "task")):
            return self.ids["application"]
        if arg == "3" and path[:1] == ("task",) and before == path[-1]:
            return self.ids["task"]
        if not PLACEHOLDER.match(arg):
            return arg
        if before == "--user":
            return "me"
        if path in (("user", "add"), ("user", "invite")):
            self.ids["people"] = str(int(self.ids.get("people", "0")) + 1)
            # One new name per account or invitation, as a person would choose.
            return f"coach{self.ids['people']}"
        files = self.files
        return {
            ("mail", "import", "PATH"): str(files["mbox"]),
            ("import", "PATH"): str(files["csv"]),
            ("backup", "PATH"): str(self.backup),
            ("restore", "PATH"): str(self.backup),
            ("calendar", "export", "PATH"): str(self.cwd / "interviews.ics"),
            ("playbook", "check", "FILE"): str(self.cwd / "playbook.toml"),
            ("mail", "classify", "FILE"): str(files["mbox"]),
            ("mail", "eval", "FILE.jsonl"): str(files["jsonl"]),
            ("match", "report", "RESUME"): str(files["resume"]),
            ("match", "report", "JD"): str(files["posting"]),
            ("match", "rank", "RESUME"): str(files["resume"]),
            ("match", "rank", "SOURCE"): str(files["postings"]),
            ("export", "FILE"): str(self.cwd / "everything.json"),
            ("mail", "accounts", "add", "NAME"): "Personal",
            ("mail", "accounts", "remove", "NAME"): "Personal",
            ("token", "create", "LABEL"): "laptop",
            ("token", "revoke", "TOKEN_ID"): self.ids.get("token", "1"),
            ("goal", "add", "KIND"): "networking",
            ("goal", "add", "TARGET"): "5",
            ("goal", "log", "GOAL_ID"): self.ids.get("goal", "1"),
            ("goal", "log", "AMOUNT"): "2",
            ("goal", "archive", "GOAL_ID"): self.ids.get("goal", "1"),
            ("mood", "log", "SCORE"): "3",
            ("mood", "log", "NOTE"): "Tired but hopeful",
            ("import", "FIELD=COLUMN"): "company=Company",
            ("import", "NAME"): "utf-8",
            ("remind", "NAME"): "me",
            ("report", "applications", "DATE"): dt.date.today().isoformat(),
            ("outlook", "TITLE"): "Backend engineer",
            ("mail", "review", "MESSAGE_ID"): self.ids.get("message", "none waited for review"),
            ("mail", "review", "ANSWER"): "not_interested",
        }.get((*path, arg)) or {"NAME": "me"}.get(arg) or pytest.fail(f"No value for {arg} in onward {path}")

    def run(self, args: list[str], input: str | None = None) -> subprocess.CompletedProcess:
        return subprocess.run([sys.executable, "-m", "onward", *args], env=self.env, cwd=self.cwd, input=input,
                              capture_output=True, text=True, timeout=300)

    def run_until_ready(self, path: tuple[str, ...], args: list[str]) -> str:
        """Start a long-running command, wait until it serves (or says it started), then stop it."""
        process = subprocess.Popen([sys.executable, "-m", "onward", *args], env=self.env, cwd=self.cwd,
                                   stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        try:
            deadline = time.monotonic() + 180
            while time.monotonic() < deadline:
                assert process.poll() is None, f"onward {' '.join(args)} stopped: {process.communicate()}"
                if path == ("worker",):
                    time.sleep(3)  # the worker has started its loop and not crashed
                    assert process.poll() is None, process.communicate()
                    return "running"
                port = args[args.index("--port") + 1]
                try:
                    with urllib.request.urlopen(f"http://127.0.0.1:{port}/login/", timeout=5) as page:
                        return f"HTTP {page.status}"
                except urllib.error.HTTPError as exc:
                    assert exc.code < 500, f"onward {' '.join(args)}: HTTP {exc.code}"
                    return f"HTTP {exc.code}"
                except (urllib.error.URLError, ConnectionError):
                    time.sleep(0.5)
            pytest.fail(f"onward {' '.join(args)} did not answer within 180 seconds")
        finally:
            process.terminate()
            out, err = process.communicate(timeout=30)
            assert "Traceback" not in err, err

    def learn(self, path: tuple[str, ...], stdout: str) -> None:
        found = {
            ("add",): r"\(id (\d+)\)",
            ("task", "add"): r"Added task (\d+)",
            ("goal", "add"): r"goal #(\d+)",
            ("token", "create"): r"Token (\d+)",
            ("mail", "review"): r"^(\d+)\t",
        }.get(path)
        if found and (match := re.search(found, stdout, re.MULTILINE)):
            self.ids[{"add": "application", "mail": "message"}.get(path[0], path[0])] = match.group(1)


def test_every_readme_command_runs_in_a_new_process(tmp_path):
    ran: set[int] = set()
    with FakeImap() as imap:
        session = Session(tmp_path, imap)
        for line in code_lines():
            for words in variants(cli, line, every_choice=False):
                path = command_path(cli, _parseable(words, tmp_path))
                args = session.fill(path, words)
                shown = f"README line {line.number}: onward {' '.join(args)}"
                if path in LONG_RUNNING and "--burst" not in args and "--no-serve" not in args:
                    session.run_until_ready(path, args)
                    ran.add(line.number)
                    continue
                if path == ("playbook", "check") and len(args) > 2:
                    (session.cwd / "playbook.toml").write_text(session.run(["playbook", "show"]).stdout)
                prompts = "a-long-password\na-long-password\n" if path == ("user", "add") else (
                    "app-password-123\n" if path == ("mail", "accounts", "add") else "y\n")
                result = session.run(args, input=prompts)
                assert "Traceback" not in result.stderr, f"{shown}\n{result.stderr}"
                refusal = next((text for (name, flag), text in REFUSALS.items()
                                if path == (name,) and flag in args), None)
                if refusal:
                    assert result.returncode == 2 and refusal in result.stderr, f"{shown}\n{result.stderr}"
                else:
                    assert result.returncode == 0, f"{shown}\nstdout: {result.stdout}\nstderr: {result.stderr}"
                session.learn(path, result.stdout)
                ran.add(line.number)
    assert imap.logins, "onward mail sync did not reach the (fake) mail server"
    assert ran == {line.number for line in code_lines()}


def _parseable(words: list[str], folder: Path) -> list[str]:
    """Placeholders as values that parse, to learn which command a line names before filling it in."""
    out = []
    for word in words:
        if PLACEHOLDER.match(word):
            stand_in = folder / "stand-in"
            stand_in.write_text("x")
            out.append({"KIND": "applications", "TARGET": "5", "AMOUNT": "1", "SCORE": "3", "MESSAGE_ID": "1",
                        "ANSWER": "rejection", "DATE": "today"}.get(word, str(stand_in)))
        else:
            out.append(word)
    return out
