import datetime as dt

import pytest
from django.utils import timezone

from onward.core.errors import OnwardError
from onward.tracker import services
from onward.tracker.board import board_page
from onward.tracker.models import StageChange, Task
from onward.tracker.stages import Stage


def test_create_application_records_first_history_row(alice):
    app = services.create_application(alice, company_name="  Acme   Corp ", title="Data Engineer")
    assert app.company.name == "Acme Corp"
    assert app.stage == Stage.APPLIED
    assert app.date_applied == timezone.localdate()
    [change] = app.stage_changes.all()
    assert (change.from_stage, change.to_stage) == ("", Stage.APPLIED)


def test_company_reused_case_insensitively(alice, bob):
    a = services.create_application(alice, company_name="Acme", title="A")
    b = services.create_application(alice, company_name="ACME", title="B")
    c = services.create_application(bob, company_name="Acme", title="C")
    assert a.company_id == b.company_id
    assert c.company_id != a.company_id


def test_rejection_keeps_interview_history_and_reopen_returns_to_furthest_stage(alice):
    app = services.create_application(alice, company_name="Acme", title="Dev")
    services.log_interview(app, scheduled_at=timezone.now(), kind="technical")
    app.refresh_from_db()
    assert app.stage == Stage.INTERVIEWING
    services.move(app, "rejected", note="Email from recruiter")
    stages = list(app.stage_changes.values_list("to_stage", flat=True))
    assert stages == [Stage.APPLIED, Stage.INTERVIEWING, Stage.REJECTED]
    assert app.interviews.count() == 1
    assert services.stage_reached(app) == Stage.INTERVIEWING
    services.reopen_application(app)
    assert app.stage == Stage.INTERVIEWING
    assert StageChange.objects.filter(application=app).count() == 4


def test_reopen_refuses_an_open_application(alice):
    app = services.create_application(alice, company_name="Acme", title="Dev")
    with pytest.raises(services.TrackerError, match="not closed"):
        services.reopen_application(app)


def test_move_to_same_stage_records_nothing(alice):
    app = services.create_application(alice, company_name="Acme", title="Dev")
    assert services.move(app, "applied") is None
    assert app.stage_changes.count() == 1


def test_unknown_stage_names_the_choices(alice):
    app = services.create_application(alice, company_name="Acme", title="Dev")
    with pytest.raises(OnwardError, match="Unknown stage 'hired'.*wishlist"):
        services.move(app, "hired")


def test_get_application_is_scoped_to_owner(alice, bob):
    app = services.create_application(alice, company_name="Acme", title="Dev")
    with pytest.raises(services.NotFound):
        services.get_application(bob, app.pk)
    with pytest.raises(services.NotFound):
        services.get_application(alice, "abc")


def test_tasks_snooze_skip_done_and_today(alice):
    day = timezone.localdate()
    overdue = services.add_task(alice, title="Old", due_date=day - dt.timedelta(days=2))
    due = services.add_task(alice, title="Now", due_date=day, kind="follow_up")
    later = services.add_task(alice, title="Later", due_date=day + dt.timedelta(days=3))
    t = services.today(alice)
    assert (t.overdue, t.due_today, t.upcoming_tasks + t.next_week) == ([overdue], [due], [later])
    services.snooze_task(overdue, days=2)
    assert overdue.due_date == day + dt.timedelta(days=2)
    services.skip_task(due)
    services.complete_task(later)
    assert list(services.list_tasks(alice)) == [overdue]
    assert Task.objects.get(pk=later.pk).status == Task.Status.DONE


def test_timeline_orders_everything(alice):
    app = services.create_application(alice, company_name="Acme", title="Dev")
    services.add_note(alice, "Spoke to Sam", application=app)
    services.log_interview(app, scheduled_at=timezone.now() + dt.timedelta(days=1), kind="phone_screen")
    kinds = [e.kind for e in services.timeline(app)]
    assert kinds == ["stage", "note", "stage", "interview"]


def test_board_groups_and_hides_rejections(alice):
    a = services.create_application(alice, company_name="Acme", title="A")
    b = services.create_application(alice, company_name="Beta", title="B", stage="wishlist")
    c = services.create_application(alice, company_name="Gamma", title="C")
    services.move(c, "rejected")
    page = board_page(alice)
    cols = {col.stage: col.cards for col in page.columns}
    assert [x.pk for x in cols[Stage.APPLIED]] == [a.pk] and [x.pk for x in cols[Stage.WISHLIST]] == [b.pk]
    assert cols[Stage.APPLIED][0].company_name == "Acme"
    assert [x.pk for x in page.closed] == [c.pk]
    assert board_page(alice, hide_rejections=True).closed == []


def test_tasks_without_a_due_date_come_last_on_every_database(alice):
    undated = services.add_task(alice, title="Someday")
    later = services.add_task(alice, title="Later", due_date=dt.date(2030, 1, 2))
    sooner = services.add_task(alice, title="Sooner", due_date=dt.date(2030, 1, 1))
    assert list(services.list_tasks(alice)) == [sooner, later, undated]
    assert services.tasks_in_order([undated, later, sooner]) == [sooner, later, undated]


def test_counted_facts_follow_every_move_and_are_worked_out_again_from_bulk_history(alice):
    from onward.tracker.stages import INTERVIEW_BIT, STAGE_BIT

    start = timezone.now() - dt.timedelta(days=30)
    app = services.create_application(alice, company_name="Acme", title="Analyst", at=start)
    assert (app.stages_seen, app.first_answer_at) == (STAGE_BIT["applied"], None)
    services.move(app, "screening", at=start + dt.timedelta(days=5))
    services.log_interview(app, scheduled_at=start + dt.timedelta(days=3), kind="phone_screen")
    services.move(app, "rejected", at=start + dt.timedelta(days=9))
    app.refresh_from_db()
    expected = STAGE_BIT["applied"] | STAGE_BIT["screening"] | STAGE_BIT["interviewing"] | STAGE_BIT["rejected"]
    assert app.stages_seen == expected | INTERVIEW_BIT
    assert app.first_answer_at == start + dt.timedelta(days=3)  # the interview came before the screening move

    # History written in bulk (an import, a restore) is counted once refresh_facts runs, and only then.
    other = services.create_application(alice, company_name="Beta", title="Analyst", at=start)
    StageChange.objects.create(owner=alice, application=other, from_stage="applied", to_stage="offer",
                               changed_at=start + dt.timedelta(days=2))
    assert services.refresh_facts(alice) == 1
    other.refresh_from_db()
    assert other.stages_seen == STAGE_BIT["applied"] | STAGE_BIT["offer"]
    assert other.first_answer_at == start + dt.timedelta(days=2)
    # Taking history back (undo) and counting again leaves what is still there.
    StageChange.objects.filter(application=other, to_stage="offer").delete()
    assert services.refresh_facts(alice, [other.pk]) == 1
    other.refresh_from_db()
    assert (other.stages_seen, other.first_answer_at) == (STAGE_BIT["applied"], None)
    assert services.refresh_facts(alice) == 0
