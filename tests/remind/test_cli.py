import datetime as dt

from django.utils import timezone

from onward.core.services import profile_for
from onward.remind.delivery import DUMMY_BACKEND
from onward.tracker import services as tracker
from tests.conftest import make_user
from tests.remind.conftest import opt_in


def test_remind_prints_the_emails_lists_without_its_greeting_or_opt_in_line(run):
    assert run("remind").output.strip() == "Nothing to remind you of today."
    result = run("task", "add", "Send the portfolio", "--due", "today")
    assert result.exit_code == 0, result.output
    result = run("remind")
    assert result.exit_code == 0, result.output
    assert result.output.startswith("Reminders for ")
    assert "Due today\n- Send the portfolio" in result.output
    # Printing turns nothing on: the e-mail's "you turned on the daily e-mail" would not be true here.
    assert "Hello" not in result.output and "turned on" not in result.output


def test_remind_for_one_of_several_people(run, alice, bob):
    tracker.add_task(bob, title="Bob's call", due_date=timezone.localdate())
    result = run("remind", "--user", "bob")
    assert "Bob's call" in result.output
    assert run("remind", "--user", "alice").output.strip() == "Nothing to remind you of today."
    result = run("remind")
    assert result.exit_code == 2 and "choose one with --user" in result.output


def test_remind_send_goes_out_once_and_explains_refusals(run, mailoutbox, settings):
    me = make_user("me")
    tracker.create_application(me, company_name="Acme", title="Analyst", at=timezone.now() - dt.timedelta(days=9))
    result = run("remind", "--send")
    assert result.exit_code == 2 and "me has no e-mail address yet; add one in Settings." in result.output
    me.email = "me@example.org"
    me.save()
    result = run("remind", "--send")
    assert result.exit_code == 2 and "daily e-mail is off for me" in result.output
    opt_in(me, email="me@example.org")
    result = run("remind", "--send")
    assert result.exit_code == 0, result.output
    assert result.output.strip() == "Sent today's reminders to me@example.org: 1 waiting for a reply."
    assert run("remind", "--send").output.strip() == "Today's reminders were already sent; they go out once a day."
    assert len(mailoutbox) == 1 and mailoutbox[0].to == ["me@example.org"]

    settings.EMAIL_BACKEND = DUMMY_BACKEND
    result = run("remind", "--send")
    assert result.exit_code == 2 and "ONWARD_EMAIL_URL" in result.output
    assert profile_for(me).reminder_email


def test_remind_send_says_when_the_mail_server_refused(run, mailoutbox, monkeypatch):
    import smtplib

    from django.core.mail import EmailMultiAlternatives

    me = make_user("me")
    opt_in(me)
    tracker.add_task(me, title="Send the portfolio", due_date=timezone.localdate())

    def refuse(self, fail_silently=False):
        raise smtplib.SMTPServerDisconnected("Connection unexpectedly closed")

    monkeypatch.setattr(EmailMultiAlternatives, "send", refuse)
    result = run("remind", "--send")
    assert result.exit_code == 2
    assert "did not take the message (Connection unexpectedly closed)" in result.output
    result = run("remind", "--send")
    assert result.exit_code == 2 and "could not be sent a little earlier" in result.output
    assert mailoutbox == []
