import datetime as dt

import pytest

from onward.core.services import profile_for
from onward.remind.digest import add_follow_up, build_digest, waiting_for_reply
from onward.tracker import services as tracker
from onward.tracker.models import Contact, Task
from onward.tracker.services import NotFound
from onward.tracker.stages import Stage
from tests.remind.conftest import applied, at, task

NOW = at(24, 9)
DAY = NOW.date()


def test_the_digest_holds_due_and_earlier_tasks_close_interviews_and_replies_awaited(alice):
    due = task(alice, "Send the portfolio", DAY)
    late = task(alice, "Thank Priya", DAY - dt.timedelta(days=2))
    task(alice, "Later", DAY + dt.timedelta(days=3))
    tracker.complete_task(task(alice, "Already done", DAY))
    task(alice, "Whenever", None)
    soon = applied(alice, "Soon Co", on=at(10))
    interview = tracker.log_interview(soon, scheduled_at=at(25, 11))
    later_app = applied(alice, "Later Co", on=at(10))
    tracker.log_interview(later_app, scheduled_at=at(28, 11))  # beyond the 48 hours, and a reason not to nudge
    quiet = applied(alice, "Quiet Co", on=at(14))  # 10 days
    applied(alice, "Recent Co", on=at(20))  # 4 days: too soon
    applied(alice, "Long Gone Co", on=at(1))  # 23 days: past the ghosting threshold
    rejected = applied(alice, "Closed Co", on=at(12))
    tracker.move(rejected, Stage.REJECTED, at=at(13))
    covered = applied(alice, "Covered Co", on=at(12))
    task(alice, "Follow up", DAY + dt.timedelta(days=1), kind=Task.Kind.FOLLOW_UP, application=covered)
    priya = Contact.objects.create(owner=alice, name="Priya", company=quiet.company, next_follow_up=DAY)
    Contact.objects.create(owner=alice, name="Sam", next_follow_up=DAY + dt.timedelta(days=1))

    digest = build_digest(alice, now=NOW)

    assert digest.due_today == [due]
    assert digest.overdue == [late]
    assert digest.interviews == [interview]
    assert [(w.application, w.days, w.step) for w in digest.waiting] == [(quiet, 10, "you applied")]
    assert digest.people == [priya]
    assert digest.summary() == (
        "1 due today, 1 from earlier days, 1 interview, 1 waiting for a reply, 1 person to get back to"
    )
    assert not digest.is_empty


def test_the_clock_restarts_at_each_step_and_a_follow_up_task_closed_counts(alice):
    app = applied(alice, "Acme", on=at(4))
    tracker.move(app, Stage.SCREENING, at=at(12))
    assert [(w.days, w.step) for w in waiting_for_reply(alice, now=NOW)] == [(12, "it moved to Screening")]

    follow_up = task(alice, "Follow up", at(19).date(), kind=Task.Kind.FOLLOW_UP, application=app)
    assert waiting_for_reply(alice, now=NOW) == []  # an open follow-up is already the answer
    tracker.skip_task(follow_up)
    Task.objects.filter(pk=follow_up.pk).update(completed_at=at(19))
    assert waiting_for_reply(alice, now=NOW) == []  # 5 days since the follow-up
    assert [(w.days, w.step) for w in waiting_for_reply(alice, now=at(27))] == [(8, "your follow-up")]

    past = applied(alice, "Beta", on=at(2))
    tracker.log_interview(past, scheduled_at=at(15, 10), advance=False)
    assert [(w.application, w.days, w.step) for w in waiting_for_reply(alice, now=at(27))] == [
        (past, 12, "your interview"), (app, 8, "your follow-up"),  # the longest wait first
    ]


def test_thresholds_come_from_the_profile(alice):
    app = applied(alice, "Acme", on=at(21))
    interview_app = applied(alice, "Beta", on=at(23))
    interview = tracker.log_interview(interview_app, scheduled_at=at(26, 21))
    digest = build_digest(alice, now=NOW)
    assert digest.waiting == [] and digest.interviews == [] and digest.is_empty and digest.summary() == "nothing"

    profile = profile_for(alice)
    profile.follow_up_after_days, profile.interview_notice_hours = 3, 72
    profile.save()
    digest = build_digest(alice, now=NOW)
    assert [w.application for w in digest.waiting] == [app]
    assert digest.interviews == [interview]


def test_another_persons_data_never_appears(alice, bob):
    task(bob, "Bob's task", DAY)
    Contact.objects.create(owner=bob, name="Bob's friend", next_follow_up=DAY)
    bobs = applied(bob, "Bob Co", on=at(10))
    tracker.log_interview(applied(bob, "Bob Two", on=at(20)), scheduled_at=at(24, 15))
    assert build_digest(alice, now=NOW).is_empty
    assert len(build_digest(bob, now=NOW).waiting) == 1
    with pytest.raises(NotFound):
        add_follow_up(alice, bobs.pk, now=NOW)
    assert not Task.objects.filter(owner=alice).exists()


def test_a_follow_up_from_a_nudge_is_due_today_says_why_and_is_made_once(alice):
    app = applied(alice, "Acme", on=at(14), title="Data analyst")
    created, is_new = add_follow_up(alice, app.pk, now=NOW)
    assert is_new
    assert (created.kind, created.due_date, created.application, created.status) == (
        Task.Kind.FOLLOW_UP, DAY, app, Task.Status.OPEN
    )
    assert created.title == "Follow up on Data analyst at Acme"
    assert "10 days since you applied on 14 Nov 2026" in created.notes
    assert "your follow-up time is 7 days" in created.notes
    assert add_follow_up(alice, app.pk, now=NOW) == (created, False)
    assert waiting_for_reply(alice, now=NOW) == []


def test_a_follow_up_for_a_long_role_at_a_long_company_name_fits_its_column(alice):
    # PostgreSQL refuses a value longer than the column where SQLite keeps it, so the length is checked here.
    app = applied(alice, "Northwind " * 20, on=at(14), title="Senior data analyst " * 10)
    created, _ = add_follow_up(alice, app.pk, now=NOW)
    created.refresh_from_db()
    assert len(created.title) == Task._meta.get_field("title").max_length
    assert created.title.startswith("Follow up on Senior data analyst")
    assert created.title.endswith("\u2026")


def test_the_digest_takes_a_few_queries_whatever_the_data(alice, django_assert_max_num_queries):
    for i in range(12):
        app = applied(alice, f"Company {i}", on=at(3 + i))
        tracker.log_interview(app, scheduled_at=at(10 + i, 10), advance=False)
        task(alice, f"Task {i}", DAY - dt.timedelta(days=i % 3), application=app)
        Contact.objects.create(owner=alice, name=f"Person {i}", company=app.company, next_follow_up=DAY)
    profile_for(alice)  # made at sign-up; its first creation is not part of the digest
    with django_assert_max_num_queries(5):
        digest = build_digest(alice, now=NOW)
    assert digest.count > 12
