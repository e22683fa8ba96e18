"""A short first note about the reader's job search from someone the tracker does not know, without a job word
("we chose someone else", "could you come in Thursday to meet the team?"), is read and judged on its sentences
(onward.mail.screen.terse), and an import keeps it for review only; list mail, machine senders, long mail and
notes without a cue are screened out as before."""

from __future__ import annotations

import datetime as dt
import json
import mailbox
from email.message import EmailMessage
from email.utils import format_datetime

import pytest

from onward.mail.classify import classify_many
from onward.mail.screen import terse, unread_cannot_pass


def note(body: str, sender: str = "Jo Reed <jo.reed@gmail.com>", subject: str = "Thursday", message_id: str = "<n@x>",
         **headers) -> bytes:
    msg = EmailMessage()
    msg["From"], msg["To"], msg["Subject"] = sender, "sam@example.net", subject
    msg["Date"] = format_datetime(dt.datetime(2026, 5, 4, 9, 30, tzinfo=dt.UTC))
    msg["Message-ID"] = message_id
    for name, value in headers.items():
        msg[name.replace("_", "-")] = value
    msg.set_content(body)
    return msg.as_bytes()


def _terse(raw: bytes) -> bool:
    from onward.mail import parse

    readable = parse.read(raw)
    return terse(readable.subject, readable.text, readable.msg)


DECISION = "Hi Sam, sorry - in the end the owners went with somebody else. Thanks for coming by. Jo"


def test_a_short_personal_note_with_a_cue_is_read_and_list_or_machine_mail_is_not():
    assert _terse(note(DECISION))
    assert not unread_cannot_pass(note(DECISION))
    assert not _terse(note(DECISION, List_Unsubscribe="<https://list.example/u>"))
    assert not _terse(note(DECISION, Precedence="bulk"))
    assert not _terse(note(DECISION, Auto_Submitted="auto-generated"))
    assert not _terse(note(DECISION, sender="Shop <no-reply@shop.example>"))
    long = DECISION + "\n\n" + "We also talked about the garden, the weather and the new bakery in town. " * 12
    assert not _terse(note(long))
    plain = "Hi Sam, the photos from Sunday are lovely, thanks! Jo"
    assert not _terse(note(plain)) and unread_cannot_pass(note(plain))


TERSE_JOB = [
    ("rejection", "Hi Sam, sorry to say the partners chose another person in the end. Thanks for your time. Jo"),
    ("rejection", "Bonjour Sam, nous avons finalement choisi une autre personne. Merci pour votre venue. Jo"),
    ("rejection", "Hallo Sam, wir haben uns leider für jemand anderen entschieden. Danke für Ihre Zeit. Jo"),
    ("rejection", "Hola Sam, al final nos hemos quedado con otra persona, lo siento. Gracias por venir. Jo"),
    ("rejection", "Hoi Sam, we hebben uiteindelijk voor iemand anders gekozen. Bedankt voor je komst. Jo"),
    ("interview", "Hi Sam, would Wednesday at 11 work to come in and meet me and two of our engineers? Jo"),
]


def test_terse_decisions_and_invitations_get_their_label_in_every_language():
    given = classify_many([{"subject": "", "body": body, "sender": "Jo <jo.reed@gmail.com>", "terse": True}
                           for _, body in TERSE_JOB])
    assert [c.label for c in given] == [label for label, _ in TERSE_JOB]
    # Without the terse reading, the penalty for lacking job words keeps most of them `other`.
    plain = classify_many([{"subject": "", "body": body, "sender": "Jo <jo.reed@gmail.com>"} for _, body in TERSE_JOB])
    assert sum(c.label == "other" for c in plain) > sum(c.label == "other" for c in given)


def test_everyday_notes_of_the_same_shape_stay_other():
    everyday = [
        "Hi Sam, are you around on Saturday for a coffee with Mia and me? We need to plan the trip. Jo",
        "Bonjour, votre rendez-vous chez le kiné est déplacé à jeudi 17h. Merci de confirmer.",
        "Hallo Sam, der Chor hat entschieden: du singst am Sonntag im Tenor mit! Probe Mittwoch. Jo",
        "Sorry Sam, the bike has gone to someone else already. Jo",
    ]
    given = classify_many([{"subject": "", "body": b, "sender": "Jo <jo.reed@gmail.com>", "terse": True}
                           for b in everyday])
    assert [c.label for c in given] == ["other"] * len(everyday)


READ_BACK = """
import json
from onward.cli.context import setup_django
setup_django()
from onward.mail.models import LedgerEntry, MailMessage
print(json.dumps({
    "ledger": dict(LedgerEntry.objects.values_list("message_id", "outcome")),
    "kept": {m.ledger.message_id: [m.label, m.status, m.evidence]
             for m in MailMessage.objects.select_related("ledger")},
}))
"""


@pytest.fixture
def onward(tmp_path):
    import os
    import subprocess
    import sys

    env = {k: v for k, v in os.environ.items()
           if k not in ("DJANGO_SETTINGS_MODULE", "DATABASE_URL") and not k.startswith("ONWARD_")}
    env["ONWARD_DATA_DIR"] = str(tmp_path / "data")

    def run(*args, python=False):
        command = [sys.executable] if python else [sys.executable, "-m", "onward"]
        done = subprocess.run([*command, *map(str, args)], env=env, capture_output=True, text=True, timeout=600)
        assert done.returncode == 0 and "Traceback" not in done.stderr, done.stderr
        return done

    return run


@pytest.mark.slow
def test_an_import_keeps_terse_job_notes_from_strangers_for_review_in_a_new_process(onward, tmp_path):
    path = tmp_path / "inbox.mbox"
    box = mailbox.mbox(path)
    for n, (_, body) in enumerate(TERSE_JOB):
        box.add(note(body, message_id=f"<job-{n}@x>"))
    box.add(note("Hi Sam, are you around on Saturday for a coffee with Mia and me? We need to plan the trip. Jo",
                 message_id="<friend@x>"))
    box.add(note(DECISION, sender="Club <news@club.example>", message_id="<list@x>",
                 List_Unsubscribe="<https://club.example/u>"))
    box.close()
    onward("mail", "import", path)
    state = json.loads(onward("-c", READ_BACK, python=True).stdout)
    for n, (label, _) in enumerate(TERSE_JOB):
        given, status, evidence = state["kept"][f"<job-{n}@x>"]
        assert (given, status) == (label, "review")
        assert any("does not know yet" in e for e in evidence)
    assert state["ledger"]["<friend@x>"] == "ignored"
    assert state["ledger"]["<list@x>"] == "ignored"
