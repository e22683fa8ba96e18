"""Linking mail to the tracker as a user meets it: `onward add`, `onward mail import` and `onward list` in new
processes on a fresh data directory. A sender's domain finds the company already tracked under a name written
otherwise; a new company is named as the sender writes it rather than as its domain squashes it; the role comes
from the sentence that names it."""

from __future__ import annotations

import json
import mailbox
import subprocess
import sys
from email.message import EmailMessage

from tests.processes import fresh_env


def _message(sender: str, subject: str, body: str, n: int) -> EmailMessage:
    msg = EmailMessage()
    msg["From"], msg["To"], msg["Subject"] = sender, "me@example.net", subject
    msg["Date"], msg["Message-ID"] = "Fri, 04 Dec 2026 10:00:00 +0000", f"<link{n}@example.net>"
    msg.set_content(body)
    return msg


def test_mail_links_by_domain_names_the_company_as_written_and_reads_the_role(tmp_path):
    env = fresh_env(tmp_path / "data")

    def onward(*args):
        result = subprocess.run([sys.executable, "-m", "onward", *map(str, args)], env=env, capture_output=True,
                                text=True, timeout=300)
        assert result.returncode == 0 and "Traceback" not in result.stderr, result.stderr
        return result.stdout

    onward("add", "Quarry & Co", "Data Analyst Intern", "--applied", "-10d", "--yes")
    box = mailbox.mbox(tmp_path / "inbox.mbox")
    box.add(_message(
        "Recruiting <no-reply@quarryandco.com>", "Your application",
        "Hello,\n\nThank you for applying. After careful review, we have decided to move forward with other "
        "candidates for this role.\n\nKind regards,\nRecruiting", 1))
    box.add(_message(
        "Lindqvist Marine Supplies <hr@lindqvistmarinesupply.com>", "Thank you for applying",
        "Hello,\n\nWe have received your application for the position of Warehouse Coordinator. Our team will "
        "review it and be in touch if your profile matches.\n\nThank you", 2))
    box.close()
    onward("mail", "import", tmp_path / "inbox.mbox")

    apps = {(a["company"], a["title"], a["stage"]) for a in map(json.loads, onward("list", "--json").splitlines())}
    assert apps == {("Quarry & Co", "Data Analyst Intern", "rejected"),
                    ("Lindqvist Marine Supplies", "Warehouse Coordinator", "applied")}
