"""What the tracker knows of a sender or a thread (onward.mail.context) brings terse mid-process mail in, and only
that: free-mail and applicant-system domains never make a whole domain known, and context removes the no-job-words
penalty without choosing a label."""

from __future__ import annotations

import datetime as dt
from email.message import EmailMessage
from email.utils import format_datetime

import pytest

from onward.mail.classify import classify_many
from onward.mail.context import Context, normalise_subject
from onward.mail.models import LedgerEntry, MailMessage
from onward.mail.pipeline import ingest
from onward.mail.sources import IncomingMessage
from onward.tracker.models import Application, Company, Contact


def reply(body: str, sender: str, subject: str = "Thursday", in_reply_to: str = "", references: str = "",
          message_id: str = "<r1@x>") -> bytes:
    msg = EmailMessage()
    msg["From"], msg["To"], msg["Subject"] = sender, "me@example.net", subject
    msg["Date"] = format_datetime(dt.datetime(2026, 3, 3, 9, 30, tzinfo=dt.UTC))
    msg["Message-ID"] = message_id
    if in_reply_to:
        msg["In-Reply-To"] = in_reply_to
    if references:
        msg["References"] = references
    msg.set_content(body)
    return msg.as_bytes()


def tracker_with(owner, *, name="Heron Instruments", domains="", stage="interviewing", contact="", kept_sender="",
                 kept_id="", kept_subject="Thursday afternoon"):
    company = Company.objects.create(owner=owner, name=name, email_domains=domains)
    app = Application.objects.create(owner=owner, company=company, title="Test Engineer", stage=stage)
    if contact:
        Contact.objects.create(owner=owner, name="Someone", company=company, email=contact)
    if kept_sender:
        entry = LedgerEntry.objects.create(owner=owner, source="eml", message_id=kept_id, content_hash=kept_id,
                                           outcome=LedgerEntry.Outcome.APPLIED, label="interview")
        MailMessage.objects.create(owner=owner, ledger=entry, application=app, subject=kept_subject,
                                   sender=kept_sender, label="interview", status=MailMessage.Status.APPLIED)
    return app


def test_reply_prefixes_of_every_language_are_taken_off():
    for subject in ("Re: Thursday afternoon", "AW: AW: Thursday afternoon", "RE : Thursday afternoon",
                    "TR: Thursday afternoon", "Antw: thursday  afternoon", "WG: Re[2]: Thursday afternoon"):
        assert normalise_subject(subject) == ("thursday afternoon", True), subject
    assert normalise_subject("Thursday afternoon") == ("thursday afternoon", False)
    assert normalise_subject("Reminder: Thursday") == ("reminder: thursday", False)


@pytest.mark.django_db
def test_a_free_mail_contact_is_known_by_address_only(alice):
    app = tracker_with(alice, contact="pat.recruits@gmail.com")
    ctx = Context.load(alice)
    known = ctx.of("Pat <Pat.Recruits@gmail.com>", "Checking in")
    assert known is not None and known.kind == "address" and known.application == app.pk
    assert "Heron Instruments" in known.reason
    assert ctx.of("Someone Else <someone.else@gmail.com>", "Checking in") is None
    # However the sender is written: bare, quoted with a comma, or first of several.
    for sender in ("pat.recruits@gmail.com", '"Recruits, Pat" <pat.recruits@gmail.com>',
                   "Pat <pat.recruits@gmail.com>, Sam <sam@gmail.com>", "pat.recruits@gmail.com (Pat)"):
        assert ctx.of(sender, "Checking in") is not None, sender
    assert "gmail.com" not in ctx.domains


@pytest.mark.django_db
def test_provider_domains_of_every_country_are_free_mail(alice):
    for address in ("c.martin@orange.fr", "anna@web.de", "jo@yahoo.es", "ruud@ziggo.nl", "kim@hotmail.co.uk"):
        tracker_with(alice, name=f"Agency {address}", contact=address)
    ctx = Context.load(alice)
    for stranger in ("x@orange.fr", "x@web.de", "x@yahoo.es", "x@ziggo.nl", "x@hotmail.co.uk"):
        assert ctx.of(stranger, "Quick question") is None, stranger


@pytest.mark.django_db
def test_an_applicant_tracking_domain_is_not_context_but_its_thread_is(alice):
    app = tracker_with(alice, kept_sender="Heron Instruments <no-reply@greenhouse.io>", kept_id="<gh-1@greenhouse.io>",
                       contact="heron@myworkday.com")
    ctx = Context.load(alice)
    # Another employer writes through the same system, and through the same address.
    assert ctx.of("Other Co <no-reply@greenhouse.io>", "Your interview") is None
    assert ctx.of("Other Co <other@greenhouse.io>", "Hello") is None
    assert ctx.of("Heron Instruments <heron@myworkday.com>", "Hello") is None
    assert not any(d.endswith(("greenhouse.io", "myworkday.com")) for d in ctx.domains)
    known = ctx.of("Heron Instruments <no-reply@greenhouse.io>", "Re: Thursday afternoon",
                   in_reply_to="<mine@example.net>", references="<gh-1@greenhouse.io> <mine@example.net>")
    assert known is not None and known.kind == "thread" and known.application == app.pk
    assert known.reason == "a reply in the thread about your application at Heron Instruments"


@pytest.mark.django_db
def test_a_company_domain_counts_while_an_application_there_is_in_play(alice):
    tracker_with(alice, domains="heron.example")
    tracker_with(alice, name="Closed Corp", domains="closedcorp.example", stage="rejected")
    ctx = Context.load(alice)
    assert ctx.of("Ana <ana@mail.heron.example>", "Hi").kind == "domain"
    assert ctx.of("Bo <bo@closedcorp.example>", "Hi") is None


@pytest.mark.django_db
def test_a_reply_by_subject_alone_needs_a_distinct_subject_and_no_strangers_business(alice):
    tracker_with(alice, kept_sender="Ana <ana@heron.example>", kept_id="<k1@heron.example>",
                 kept_subject="Thursday afternoon")
    tracker_with(alice, name="Wren", kept_sender="Li <li@wren.example>", kept_id="<k2@wren.example>",
                 kept_subject="Next steps")
    ctx = Context.load(alice)
    assert ctx.of("Ana <ana.home@gmail.com>", "Re: Thursday afternoon").kind == "subject"
    # A builder's "Re: Thursday afternoon" is his own thread; "Next steps" is anyone's.
    assert ctx.of("Dave <dave@builders.example>", "Re: Thursday afternoon") is None
    assert ctx.of("Li <li.home@gmail.com>", "Re: Next steps") is None
    assert ctx.of("Ana <ana.home@gmail.com>", "Thursday afternoon") is None


@pytest.mark.django_db
def test_nothing_is_read_per_message(alice, django_assert_num_queries):
    tracker_with(alice, domains="heron.example", contact="ana@heron.example", kept_sender="Ana <ana@heron.example>",
                 kept_id="<k1@heron.example>")
    ctx = Context.load(alice)
    with django_assert_num_queries(0):
        for n in range(50):
            ctx.of(f"Someone <p{n}@heron.example>", "Re: Thursday afternoon", f"<x{n}@y>")


@pytest.mark.django_db
def test_a_thread_reply_without_job_words_passes_the_import_only_with_context(alice, monkeypatch):
    import onward.mail.pipeline
    from onward.mail.classify import Classification
    from onward.mail.explain import reason_line

    asked = []

    def classify_many_stub(messages, model=None, memory=None):
        asked.extend(messages)
        return [Classification("interview", 0.95, evidence=["stand-in"]) for _ in messages]

    monkeypatch.setattr(onward.mail.pipeline, "classify_many", classify_many_stub)
    app = tracker_with(alice, kept_sender="Ana <ana@heron.example>", kept_id="<k1@heron.example>")
    body = "Confirmed, see you Thursday at 10. Ask for me at the front desk."
    in_thread = reply(body, "Ana <ana.private@gmail.com>", "Re: Thursday", in_reply_to="<k1@heron.example>")
    stranger = reply(body, "Kim <kim@gmail.com>", "Re: Thursday", message_id="<r2@x>")
    report = ingest(alice, [IncomingMessage(raw=in_thread, source="eml"), IncomingMessage(raw=stranger, source="eml")])
    assert (report.applied, report.ignored) == (1, 1)
    assert [m["context"] for m in asked] == ["a reply in the thread about your application at Heron Instruments"]
    kept = MailMessage.objects.get(ledger__message_id="<r1@x>")
    # Neither the company nor the role is named: the thread says which application it is.
    assert kept.application == app
    assert reason_line(kept).endswith("It is a reply in the thread about your application at Heron Instruments.")
    assert LedgerEntry.objects.get(message_id="<r2@x>").outcome == "ignored"


@pytest.mark.slow
def test_context_removes_the_penalty_but_does_not_choose_the_label():
    note = {"subject": "Thursday", "body": "Works for me. 3pm on Thursday, I'll send a video link.",
            "sender": "Ana <ana@heron.example>"}
    invoice = {"subject": "Invoice 2231 for February",
               "body": "Hello, please find attached invoice 2231 for February. The amount of 1,280.00 EUR is due "
                       "within 30 days. Kind regards, Accounts",
               "sender": "Accounts <accounts@heron.example>"}
    why = "from Heron Instruments, where your application is in play"
    plain, with_context, bill = classify_many([note, {**note, "context": why}, {**invoice, "context": why}])
    assert any("no words of a job search" in e for e in plain.evidence)
    assert not any("no words of a job search" in e for e in with_context.evidence)
    assert f"context: {why}" in with_context.evidence
    assert with_context.scores["interview"] > plain.scores["interview"]
    assert bill.label == "other"


READ_BACK = """
import json
from onward.cli.context import setup_django
setup_django()
from onward.mail.models import LedgerEntry, MailMessage
print(json.dumps({
    "ledger": dict(LedgerEntry.objects.values_list("message_id", "outcome")),
    "kept": {m.ledger.message_id: [m.label, m.status, m.classification.get("context"),
                                   m.application.title if m.application else None]
             for m in MailMessage.objects.select_related("ledger", "application")},
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
def test_a_thread_reply_is_imported_because_of_its_thread_in_a_new_process(onward, tmp_path):
    import json
    import mailbox

    onward("add", "Heron Instruments", "Test Engineer", "--stage", "screening")
    first, second = tmp_path / "first.mbox", tmp_path / "second.mbox"
    box = mailbox.mbox(first)
    box.add(reply("Hi Sam,\n\nThank you for applying for the Test Engineer position at Heron Instruments. We would "
                  "like to invite you to an interview on Thursday 12 March at 10:00 at our office.\n\nPlease "
                  "confirm that the time works for you.\n\nAna Ruiz\nTalent team, Heron Instruments",
                  "Ana Ruiz <ana@heroninstruments.com>", "Interview invitation - Test Engineer",
                  message_id="<inv-1@heroninstruments.com>"))
    box.close()
    onward("mail", "import", first)
    body = "Confirmed, see you Thursday at 10. Ask for me at the front desk."
    box = mailbox.mbox(second)
    box.add(reply(body, "Ana <ana.ruiz.home@gmail.com>", "Thursday", in_reply_to="<inv-1@heroninstruments.com>",
                  references="<inv-1@heroninstruments.com>", message_id="<re-1@gmail.com>"))
    box.add(reply(body, "Kim <kim.lee@gmail.com>", "Thursday", message_id="<re-2@gmail.com>"))
    box.close()
    onward("mail", "import", second)
    state = json.loads(onward("-c", READ_BACK, python=True).stdout)
    assert state["kept"]["<inv-1@heroninstruments.com>"][3] == "Test Engineer"
    label, status, context, title = state["kept"]["<re-1@gmail.com>"]
    assert context == "a reply in the thread about your application at Heron Instruments"
    assert title == "Test Engineer" and status in ("applied", "review")
    assert state["ledger"]["<re-2@gmail.com>"] == "ignored"
