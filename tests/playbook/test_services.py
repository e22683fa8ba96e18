import datetime as dt

import pytest
from django.utils import timezone

from onward.core.errors import OnwardError
from onward.core.models import Origin
from onward.playbook import debriefs, plans, rejections, wins
from onward.playbook.models import Attribution, PlanItem, Rejection
from onward.tracker import services as tracker
from onward.tracker.models import Contact, StageChange, Task
from onward.tracker.stages import Stage


def interviewed(owner, company="Acme", title="Data Engineer", days_ago=3):
    app = tracker.create_application(owner, company_name=company, title=title,
                                     at=timezone.now() - dt.timedelta(days=20))
    tracker.log_interview(app, scheduled_at=timezone.now() - dt.timedelta(days=days_ago), kind="technical")
    app.refresh_from_db()
    return app


def plan_by_step(rejection):
    return {item.step_id: item.task for item in plans.plan(rejection)}


def test_rejection_after_interview_keeps_history_and_makes_the_plan(alice):
    app = interviewed(alice)
    rejection = rejections.log_rejection(app, feedback="We went with someone with more Spark experience.")
    app.refresh_from_db()
    assert app.stage == Stage.REJECTED
    assert list(app.stage_changes.values_list("to_stage", flat=True)) == [
        Stage.APPLIED, Stage.INTERVIEWING, Stage.REJECTED]
    assert app.interviews.count() == 1
    assert rejection.stage_reached == Stage.INTERVIEWING
    assert rejection.feedback == "We went with someone with more Spark experience."
    today = timezone.localdate()
    due = {step: task.due_date for step, task in plan_by_step(rejection).items()}
    assert due == {
        "pause": today,
        "thank_you": today + dt.timedelta(days=2),
        "debrief": today + dt.timedelta(days=2),
        "review_resume": today + dt.timedelta(days=3),
        "add_applications": today + dt.timedelta(days=5),
    }
    tasks = Task.objects.filter(application=app)
    assert {t.origin for t in tasks} == {Origin.PLAYBOOK}
    assert all("Why this step:" in t.notes for t in tasks)
    items = {i.step_id: i for i in plans.plan(rejection)}
    assert items["review_resume"].link == f"/match/application/{app.pk}/"
    assert items["debrief"].link == f"/playbook/debrief/{app.interviews.get().pk}/"
    assert items["thank_you"].draft == "thank_you"


def test_logging_twice_does_not_duplicate_the_plan_and_fills_in_details(alice):
    app = interviewed(alice)
    first = rejections.log_rejection(app)
    count = Task.objects.filter(owner=alice).count()
    changes = StageChange.objects.filter(application=app).count()
    second = rejections.log_rejection(app, reason="internal_candidate", feedback="An internal candidate was chosen.",
                                    origin=Origin.MAIL, why="matched 'internal candidate'")
    assert second.pk == first.pk
    assert Rejection.objects.filter(application=app).count() == 1
    assert Task.objects.filter(owner=alice).count() == count
    assert StageChange.objects.filter(application=app).count() == changes
    second.refresh_from_db()
    assert (second.reason, second.attribution) == ("internal_candidate", Attribution.EXTERNAL)
    assert second.feedback == "An internal candidate was chosen."
    # the generic "not selected" never overwrites a specific answer
    rejections.log_rejection(app, rejection_type="position_filled")
    rejections.log_rejection(app, rejection_type="not_selected")
    assert Rejection.objects.get(application=app).rejection_type == "position_filled"


def test_real_answer_after_ghosting_moves_the_stage_and_keeps_one_plan(alice):
    app = tracker.create_application(alice, company_name="Quiet Co", title="Analyst")
    rejections.log_rejection(app, rejection_type="ghosted", origin=Origin.PLAYBOOK, why="No answer in 21 days")
    app.refresh_from_db()
    assert app.stage == Stage.GHOSTED
    rejection = rejections.log_rejection(app, rejection_type="position_closed")
    app.refresh_from_db()
    assert app.stage == Stage.POSITION_CLOSED
    assert rejection.rejection_type == "position_closed"
    steps = [i.step_id for i in plans.plan(rejection)]
    assert len(steps) == len(set(steps))
    assert "reconnect_closed" in steps  # the new type's step is added, the rest is not repeated


@pytest.mark.parametrize(
    ("rejection_type", "stage"),
    [("not_selected", Stage.REJECTED), ("position_filled", Stage.REJECTED), ("keep_on_file", Stage.REJECTED),
     ("position_closed", Stage.POSITION_CLOSED), ("offer_rescinded", Stage.OFFER_RESCINDED),
     ("ghosted", Stage.GHOSTED)],
)
def test_each_type_closes_to_its_stage(alice, rejection_type, stage):
    app = tracker.create_application(alice, company_name="Acme", title="Dev")
    rejections.log_rejection(app, rejection_type=rejection_type)
    app.refresh_from_db()
    assert app.stage == stage
    assert app.stage_changes.last().note.startswith("Rejection logged")


def test_warm_contact_gets_a_reconnect_in_seven_weeks_linked_to_them(alice):
    app = tracker.create_application(alice, company_name="Acme", title="Dev")
    sam = Contact.objects.create(owner=alice, name="Sam Lee", company=app.company, role="recruiter")
    rejection = rejections.log_rejection(app)
    task = plan_by_step(rejection)["reconnect_warm"]
    assert task.contact == sam
    assert task.due_date == timezone.localdate() + dt.timedelta(days=49)
    assert task.title == "Reconnect with Sam Lee and look at their open roles"
    assert "you know someone there (Sam Lee)" in task.notes


def test_keep_on_file_without_contact_addresses_the_team(alice):
    app = tracker.create_application(alice, company_name="Acme", title="Dev")
    rejection = rejections.log_rejection(app, rejection_type="keep_on_file")
    plan = plan_by_step(rejection)
    assert plan["reconnect_warm"].title == "Reconnect with the team at Acme and look at their open roles"
    assert plan["keep_in_mind"].contact is None
    assert "thank_you" not in plan  # no interview was reached


def test_position_closed_reconnects_in_twelve_weeks_not_seven(alice):
    app = tracker.create_application(alice, company_name="Acme", title="Dev")
    Contact.objects.create(owner=alice, name="Sam Lee", company=app.company)
    plan = plan_by_step(rejections.log_rejection(app, rejection_type="position_closed"))
    assert "reconnect_warm" not in plan
    assert plan["reconnect_closed"].due_date == timezone.localdate() + dt.timedelta(days=84)


def test_pipeline_at_target_adds_no_application_step(alice):
    first, *_ = [tracker.create_application(alice, company_name=f"Co {n}", title="Dev") for n in range(5)]
    app = tracker.create_application(alice, company_name="Acme", title="Dev")
    assert "add_applications" not in plan_by_step(rejections.log_rejection(app))
    other = tracker.create_application(alice, company_name="Beta", title="Dev")
    tracker.move(first, "withdrawn")
    task = plan_by_step(rejections.log_rejection(other))["add_applications"]
    assert task.title == "Add new applications this week: 1 more to reach your target of 5 (4 active now)"


def test_three_rejections_in_two_weeks_suggest_my_people_and_wins(alice):
    Contact.objects.create(owner=alice, name="Robin", is_my_person=True)
    apps = [tracker.create_application(alice, company_name=f"Co {n}", title="Dev") for n in range(3)]
    now = timezone.now()
    first = rejections.log_rejection(apps[0], received_at=now - dt.timedelta(days=25))
    second = rejections.log_rejection(apps[1], received_at=now - dt.timedelta(days=10))
    assert "reach_out" not in plan_by_step(first) and "reach_out" not in plan_by_step(second)
    third = rejections.log_rejection(apps[2], received_at=now - dt.timedelta(days=9))
    assert "reach_out" not in plan_by_step(third)  # only two within 14 days
    fourth_app = tracker.create_application(alice, company_name="Co 4", title="Dev")
    plan = plan_by_step(rejections.log_rejection(fourth_app))
    assert plan["reach_out"].title == "Reach out to Robin"
    assert plan["reach_out"].contact.name == "Robin"
    assert "3 rejections within 14 days" in plan["reach_out"].notes
    assert "read_wins" in plan


def test_offer_rescinded_suggests_reaching_out_even_without_people(alice):
    app = tracker.create_application(alice, company_name="Acme", title="Dev", stage="offer")
    plan = plan_by_step(rejections.log_rejection(app, rejection_type="offer_rescinded"))
    assert plan["reach_out"].title == "Reach out to someone you trust"
    assert plan["reach_out"].contact is None


def test_old_rejection_is_recorded_without_a_plan(alice):
    app = tracker.create_application(alice, company_name="Acme", title="Dev",
                                     at=timezone.now() - dt.timedelta(days=90))
    rejection = rejections.log_rejection(app, received_at=timezone.now() - dt.timedelta(days=60), origin=Origin.MAIL)
    assert plans.plan(rejection) == []
    assert "more than 14 days" in rejection.plan_note
    assert app.stage_changes.last().changed_at == rejection.received_at


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"rejection_type": "vanished"}, "Unknown rejection type 'vanished'"),
        ({"reason": "astrology"}, "Unknown reason 'astrology'"),
        ({"feeling": 9}, "from 1 to 5"),
        ({"received_at": timezone.now() + dt.timedelta(days=2)}, "in the future"),
    ],
)
def test_bad_input_changes_nothing(alice, kwargs, message):
    app = tracker.create_application(alice, company_name="Acme", title="Dev")
    with pytest.raises(OnwardError, match=message):
        rejections.log_rejection(app, **kwargs)
    app.refresh_from_db()
    assert app.stage == Stage.APPLIED
    assert not Rejection.objects.exists() and not Task.objects.exists()


def test_failure_while_making_the_plan_rolls_everything_back(alice, monkeypatch):
    app = tracker.create_application(alice, company_name="Acme", title="Dev")

    def broken(*args, **kwargs):
        raise RuntimeError("disk full")

    monkeypatch.setattr(PlanItem.objects, "bulk_create", broken)
    with pytest.raises(RuntimeError):
        rejections.log_rejection(app)
    app.refresh_from_db()
    assert app.stage == Stage.APPLIED
    assert not Rejection.objects.exists() and not Task.objects.exists()


def test_summary_states_the_users_own_figures(alice, bob):
    kinds = [("position_filled", "unknown"), ("position_closed", "unknown"), ("not_selected", "internal_candidate"),
             ("not_selected", "skills_gap"), ("not_selected", "unknown")]
    for n, (kind, reason) in enumerate(kinds):
        app = tracker.create_application(alice, company_name=f"Co {n}", title="Dev")
        rejections.log_rejection(app, rejection_type=kind, reason=reason)
    rejections.log_rejection(tracker.create_application(bob, company_name="B", title="Dev"))
    summary = rejections.rejection_summary(alice)
    assert (summary.total, summary.external, summary.about_candidate, summary.unknown) == (5, 3, 1, 1)
    assert summary.sentences[0] == (
        "3 of your 5 rejections were for reasons outside your control: "
        "internal candidate, position filled or role closed."
    )
    assert summary.sentences[1] == "1 of your 5 rejections came without a reason; most employers do not give one."
    assert rejections.rejection_summary(bob).sentences == ["They did not give a reason, which is common."]


def test_pipeline_facts_sentence(alice):
    tracker.create_application(alice, company_name="Acme", title="Dev")
    app = tracker.create_application(alice, company_name="Beta", title="Analyst")
    when = timezone.localtime() + dt.timedelta(days=2)
    tracker.log_interview(app, scheduled_at=when, kind="technical")
    facts = plans.pipeline_facts(alice)
    assert facts.sentence == f"2 active applications, and an interview on {when:%A %-d %B} (Analyst at Beta)."


def test_wins_and_debriefs(alice, bob):
    win = wins.add_win(alice, "  Finished the take-home ")
    assert win.text == "Finished the take-home" and win.happened_on == timezone.localdate()
    with pytest.raises(OnwardError, match="Write a few words"):
        wins.add_win(alice, "   ")
    assert wins.list_wins(bob) == []
    with pytest.raises(tracker.NotFound):
        wins.delete_win(bob, win.pk)
    app = interviewed(alice)
    interview = app.interviews.get()
    with pytest.raises(tracker.NotFound):
        debriefs.get_interview(bob, interview.pk)
    debriefs.save_debrief(interview, went_well=" Clear system design answer ", to_improve="Slow down")
    debrief = debriefs.save_debrief(interview, to_improve="Ask more questions")
    assert (debrief.went_well, debrief.to_improve) == ("Clear system design answer", "Ask more questions")
    assert interview.debrief.pk == debrief.pk


def test_undo_reopens_with_history_and_removes_only_open_plan_tasks(alice):
    app = interviewed(alice)
    rejection = rejections.log_rejection(app, origin=Origin.MAIL, why="matched 'not moving forward'")
    done = plans.plan(rejection)[0].task
    tracker.complete_task(done)
    rejections.undo_rejection(rejection)
    app.refresh_from_db()
    assert app.stage == Stage.INTERVIEWING
    assert app.stage_changes.last().note == "Rejection undone"
    assert not Rejection.objects.exists()
    assert list(Task.objects.all()) == [done]
