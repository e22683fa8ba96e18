import datetime as dt
import smtplib

import pytest
from django.core.mail import EmailMultiAlternatives

from onward.core.services import profile_for
from onward.remind import delivery
from onward.remind.delivery import Outcome, send_digest, send_due_digests
from onward.remind.models import ReminderDigest
from onward.tracker import services as tracker
from onward.tracker.models import Contact
from tests.remind.conftest import applied, at, opt_in, task

NOW = at(24, 9, 5)
DAY = NOW.date()


@pytest.fixture
def alice_due(alice):
    """Alice asked for the 08:00 e-mail and has something due today."""
    opt_in(alice, hour=8)
    task(alice, "Send the portfolio", DAY)
    return alice


def test_the_job_sends_each_days_digest_once_however_often_it_runs(alice_due, mailoutbox):
    assert send_due_digests(now=NOW)["sent"] == 1
    assert send_due_digests(now=NOW + dt.timedelta(minutes=15))["sent"] == 0
    assert send_digest(alice_due, now=NOW + dt.timedelta(minutes=30)).outcome == Outcome.ALREADY_SENT
    assert len(mailoutbox) == 1
    record = ReminderDigest.objects.get(owner=alice_due)
    assert (record.day, record.summary, record.attempts) == (DAY, "1 due today", 1)
    assert record.sent_at is not None

    assert send_due_digests(now=at(25, 8, 1))["sent"] == 1  # the next day, its own digest
    assert len(mailoutbox) == 2


def test_the_worker_task_sends_through_the_same_service(alice_due, mailoutbox):
    from django.utils import timezone

    from onward.work.tasks import send_due_reminders

    profile = profile_for(alice_due)
    profile.reminder_hour = timezone.localtime().hour
    profile.save()
    task(alice_due, "Due on the real today", timezone.localdate())
    first = send_due_reminders.call()
    second = send_due_reminders.call()
    assert (first["sent"], second["sent"]) == (1, 0)
    assert len(mailoutbox) == 1


def test_nothing_before_the_chosen_hour_or_long_after_it(alice_due, mailoutbox):
    assert send_due_digests(now=at(24, 7, 59))["sent"] == 0
    assert send_due_digests(now=at(24, 14, 0))["sent"] == 0  # a worker that was down all morning stays quiet
    assert send_due_digests(now=at(24, 13, 59))["sent"] == 1


def test_nothing_without_opting_in_or_without_an_address(alice_due, bob, mailoutbox):
    task(bob, "Bob's task", DAY)
    bob.email = "bob@example.org"
    bob.save()
    profile_for(bob)  # off by default
    alice_due.email = ""
    alice_due.save()
    assert send_due_digests(now=NOW)["sent"] == 0
    assert mailoutbox == []
    with pytest.raises(delivery.ReminderError, match="no e-mail address"):
        delivery.check_can_send(alice_due)
    with pytest.raises(delivery.ReminderError, match="off for bob"):
        delivery.check_can_send(bob)


def test_nothing_leaves_the_machine_unless_email_is_configured(alice_due, settings, mailoutbox):
    settings.EMAIL_BACKEND = delivery.DUMMY_BACKEND
    assert send_due_digests(now=NOW)["sent"] == 0
    assert not ReminderDigest.objects.exists()
    with pytest.raises(delivery.ReminderError, match="ONWARD_EMAIL_URL"):
        delivery.check_can_send(alice_due)


def test_an_empty_digest_is_never_sent_and_does_not_use_up_the_day(alice, mailoutbox):
    opt_in(alice, hour=8)
    assert send_due_digests(now=NOW)["empty"] == 1
    assert mailoutbox == [] and not ReminderDigest.objects.exists()
    task(alice, "Added later in the morning", DAY)
    assert send_due_digests(now=at(24, 10))["sent"] == 1


def test_each_person_gets_only_their_own_reminders(alice_due, bob, mailoutbox):
    opt_in(bob, hour=8)
    task(bob, "Call the recruiter at Bob Co", DAY)
    applied(bob, "Quiet Bob Co", on=at(12))
    assert send_due_digests(now=NOW)["sent"] == 2
    by_address = {m.to[0]: m for m in mailoutbox}
    alice_mail = by_address["alice@example.org"]
    assert "Send the portfolio" in alice_mail.body and "Bob" not in alice_mail.body
    assert "Bob" not in alice_mail.alternatives[0][0]
    assert "Quiet Bob Co" in by_address["bob@example.org"].body


def test_a_claim_held_by_another_worker_is_left_alone_and_a_stale_one_is_taken(alice_due, mailoutbox):
    ReminderDigest.objects.create(owner=alice_due, day=DAY, claimed_at=NOW - dt.timedelta(minutes=2))
    assert send_digest(alice_due, now=NOW).outcome == Outcome.BUSY
    assert mailoutbox == []
    later = NOW + delivery.LEASE
    assert send_digest(alice_due, now=later).outcome == Outcome.SENT
    assert ReminderDigest.objects.get(owner=alice_due).attempts == 2
    assert len(mailoutbox) == 1


def test_a_refused_message_is_recorded_and_tried_again_a_few_times(alice_due, mailoutbox, monkeypatch):
    def refuse(self, fail_silently=False):
        raise smtplib.SMTPRecipientsRefused({"alice@example.org": (550, b"No such mailbox")})

    monkeypatch.setattr(EmailMultiAlternatives, "send", refuse)
    moments = [NOW + delivery.LEASE * i * 1.1 for i in range(delivery.MAX_ATTEMPTS + 1)]
    outcomes = [send_digest(alice_due, now=m).outcome for m in moments]
    assert outcomes == [Outcome.FAILED] * delivery.MAX_ATTEMPTS + [Outcome.BUSY]
    assert "No such mailbox" in send_digest(alice_due, now=moments[-1]).error
    record = ReminderDigest.objects.get(owner=alice_due)
    assert record.sent_at is None and "No such mailbox" in record.error

    monkeypatch.undo()
    ReminderDigest.objects.update(attempts=1)
    assert send_digest(alice_due, now=moments[-1] + delivery.LEASE).outcome == Outcome.SENT
    assert ReminderDigest.objects.get(owner=alice_due).error == ""


def test_the_message_is_plain_text_with_an_html_alternative_and_links_back(alice_due, settings, mailoutbox):
    settings.ONWARD_BASE_URL = "https://onward.example.org"
    settings.DEFAULT_FROM_EMAIL = "onward@example.org"
    applied(alice_due, "<b>Bold</b> & Co", on=at(14))
    app = applied(alice_due, "Panel Co", on=at(20))
    tracker.log_interview(app, scheduled_at=at(25, 14, 30), kind="technical")
    task(alice_due, "Reply to Sam", DAY - dt.timedelta(days=1))
    Contact.objects.create(owner=alice_due, name="Priya", company=app.company, next_follow_up=DAY)
    send_due_digests(now=NOW)
    [message] = mailoutbox
    assert message.subject == "Your Onward reminders for Tuesday 24 November"
    assert message.from_email == "onward@example.org"
    assert message.extra_headers["Auto-Submitted"] == "auto-generated"
    body = message.body
    for expected in ("Hello alice,", "Due today\n- Send the portfolio", "From earlier days\n- Reply to Sam",
                     "due Mon 23 Nov", "Technical: Engineer at Panel Co, Wed 25 Nov, 14:30",
                     "Engineer at <b>Bold</b> & Co: no reply recorded in the 10 days since you applied",
                     "People to get back to\n- Priya (Panel Co), planned for Tue 24 Nov",
                     "https://onward.example.org/", "https://onward.example.org/settings/"):
        assert expected in body
    html, mime = message.alternatives[0]
    assert mime == "text/html"
    assert "&lt;b&gt;Bold&lt;/b&gt; &amp; Co" in html and "<b>Bold" not in html
    assert 'href="https://onward.example.org/"' in html


def test_without_a_base_address_there_are_no_links(alice_due, mailoutbox):
    send_due_digests(now=NOW)
    assert "http" not in mailoutbox[0].body
    assert "href" not in mailoutbox[0].alternatives[0][0]
