import datetime as dt
import json

import click
import pytest
from django.contrib.auth import get_user_model
from django.utils import timezone

from onward.cli.context import DAY
from onward.tracker import services
from onward.tracker.models import Application, StageChange, Task
from onward.tracker.stages import Stage


def lines(result):
    return [json.loads(line) for line in result.stdout.splitlines()]


def test_add_then_list_json(run, alice):
    result = run("add", "Seven Otters", "Backend engineer", "--source", "referral", "--location", "Remote",
                 "--excitement", "4", "--url", "https://jobs.example/1", "--salary-min", "60000", "--currency", "eur")
    assert result.exit_code == 0, result.output
    app = Application.objects.get(owner=alice)
    assert f"(id {app.pk})" in result.output
    [row] = lines(run("list", "--json"))
    assert row == {
        **row,
        "id": app.pk, "company": "Seven Otters", "title": "Backend engineer", "stage": "applied", "source": "referral",
        "location": "Remote", "excitement": 4, "posting_url": "https://jobs.example/1", "salary_min": 60000,
        "salary_currency": "EUR", "date_applied": timezone.localdate().isoformat(),
    }
    assert app.stage_changes.get().origin == "cli"


def test_add_asks_before_adding_a_duplicate(run, alice):
    run("add", "Seven Otters", "Backend engineer")
    declined = run("add", "seven otters", "backend  ENGINEER", input="n\n")
    assert declined.exit_code == 0
    assert "You already track Backend engineer at Seven Otters" in declined.output
    assert "Nothing added." in declined.output
    assert Application.objects.filter(owner=alice).count() == 1
    assert run("add", "Seven Otters", "Backend engineer", input="y\n").exit_code == 0
    assert run("add", "Seven Otters", "Backend engineer", "--yes").exit_code == 0
    assert Application.objects.filter(owner=alice).count() == 3


def test_add_dates_the_first_history_entry_on_the_applied_day(run, alice):
    run("add", "Fig Tree", "Data engineer", "--applied", "2026-01-05", "--stage", "screening")
    app = Application.objects.get(owner=alice)
    assert app.date_applied == dt.date(2026, 1, 5)
    assert app.stage == Stage.SCREENING
    assert timezone.localtime(app.stage_changes.get().changed_at).date() == dt.date(2026, 1, 5)


def test_add_rejects_bad_input_without_saving(run, alice):
    for args, message in [
        (("--stage", "dreaming"), "Unknown stage 'dreaming'"),
        (("--applied", "someday"), "'someday' is not a date"),
        (("--excitement", "9"), "--excitement"),
        (("--url", "not a url"), "--url: Enter a valid URL."),
        (("--salary-min", "90", "--salary-max", "10"), "The maximum is below the minimum."),
    ]:
        result = run("add", "Acme", "Dev", *args)
        assert result.exit_code == 2, (args, result.output)
        assert message in result.output
        assert "Traceback" not in result.output
    assert not Application.objects.exists()


def test_list_filters_and_sorts(run, alice):
    a = services.create_application(alice, company_name="Acme", title="Data engineer", source="referral",
                                    date_applied=dt.date(2026, 3, 1))
    b = services.create_application(alice, company_name="Bramble", title="Backend dev", source="job_board",
                                    date_applied=dt.date(2026, 4, 1))
    c = services.create_application(alice, company_name="Copper", title="Data analyst", stage="wishlist")
    services.move(b, "rejected")

    def ids(*args):
        return [row["id"] for row in lines(run("list", "--json", *args))]

    assert ids("--stage", "applied", "--stage", "rejected", "--sort", "company") == [a.pk, b.pk]
    assert ids("--source", "job_board") == [b.pk]
    assert ids("--search", "data", "--sort", "-company") == [c.pk, a.pk]
    assert ids("--from", "2026-03-15") == [b.pk]
    assert ids("--to", "2026-03-15") == [a.pk]
    table = run("list", "--stage", "wishlist")
    assert "Copper" in table.output and "Acme" not in table.output
    assert run("list", "--search", "nothing-like-this").output.strip() == "No applications match."


def test_list_on_empty_tracker_says_how_to_start(run, alice):
    assert "onward add COMPANY TITLE" in run("list").output


def test_show_prints_details_timeline_and_tasks(run, alice):
    app = services.create_application(alice, company_name="Acme", title="Dev", location="Ghent")
    services.move(
        app, "screening", note="Call with the recruiter", origin="mail", reason="Matched 'phone call'"
    )
    services.add_task(alice, title="Send portfolio", application=app, due_date=dt.date(2026, 5, 2))
    out = run("show", app.pk).output
    assert "Dev at Acme" in out and "Ghent" in out
    assert "Applied → Screening  [Mail]" in out
    assert "Call with the recruiter" in out and "Why: Matched 'phone call'" in out
    assert "[Open] Send portfolio (due 02 May 2026)" in out


def test_show_says_why_an_old_rejection_has_no_plan(run, alice):
    app = services.create_application(alice, company_name="Acme", title="Dev")
    run("reject", app.pk, "--date", "-40d")
    out = run("show", app.pk).output
    assert "No tasks for this application." in out
    assert "No plan was made: this rejection arrived more than 14 days before it was logged." in out


def test_show_of_a_recent_rejection_lists_its_plan_without_a_note(run, alice):
    app = services.create_application(alice, company_name="Acme", title="Dev")
    run("reject", app.pk, "--date", "-2d")
    out = run("show", app.pk).output
    assert "Tasks" in out and "No plan was made" not in out


def test_move_records_history_and_note(run, alice):
    app = services.create_application(alice, company_name="Acme", title="Dev")
    result = run("move", app.pk, "Interview", "--note", "Booked for Tuesday")
    assert result.output.strip() == "Moved Dev at Acme from Applied to Interviewing."
    change = StageChange.objects.filter(application=app).last()
    assert (change.from_stage, change.to_stage, change.note, change.origin) == (
        "applied", "interviewing", "Booked for Tuesday", "cli"
    )
    again = run("move", app.pk, "interviewing")
    assert "already at Interviewing; nothing changed" in again.output
    assert StageChange.objects.filter(application=app).count() == 2


@pytest.mark.parametrize(
    "args, message",
    [
        (("move", "{id}", "nowhere"), "Error: Unknown stage 'nowhere'. Choose one of: wishlist,"),
        (("move", "999999", "screening"), "Error: No application with id 999999."),
        (("move", "abc", "screening"), "Error: No application with id abc."),
        (("show", "999999"), "Error: No application with id 999999."),
        (("show", " "), "Error: Give an application's id (a number)."),
        (("reopen", "{id}"), "Error: This application is not closed (it is at Applied)."),
        (("task", "done", "999999"), "Error: No task with id 999999."),
        (("task", "add", "Call", "--app", "999999"), "Error: No application with id 999999."),
        # Longer than the database column: PostgreSQL would refuse it with an error that reads as a bug.
        (("task", "add", "y" * 301), "Error: A task's title can be at most 300 characters long; this one has 301."),
        (("goal", "add", "custom", "3", "--name", "g" * 121),
         "Error: A goal's name can be at most 120 characters long; this one has 121."),
        (("goal", "rest", "--note", "n" * 301), "Error: A note can be at most 300 characters long; this one has 301."),
    ],
)
def test_errors_are_one_clear_line_with_status_2(run, alice, args, message):
    app = services.create_application(alice, company_name="Acme", title="Dev")
    result = run(*[a.format(id=app.pk) for a in args])
    assert result.exit_code == 2
    assert result.output.strip() == message or result.output.startswith(message)
    assert len(result.output.strip().splitlines()) == 1
    assert app.stage_changes.count() == 1


def test_another_users_rows_are_out_of_reach(run, alice, bob):
    theirs = services.create_application(bob, company_name="Acme", title="Dev")
    their_task = services.add_task(bob, title="Private")
    for args in (("move", theirs.pk, "rejected"), ("show", theirs.pk), ("task", "done", their_task.pk),
                 ("task", "add", "Peek", "--app", theirs.pk)):
        result = run("--user", "alice", *args)
        assert result.exit_code == 2, args
        assert "No " in result.output
    theirs.refresh_from_db()
    their_task.refresh_from_db()
    assert theirs.stage == Stage.APPLIED and their_task.status == Task.Status.OPEN
    assert not Task.objects.filter(owner=alice).exists()


def test_several_users_need_user_option(run, alice, bob):
    result = run("list")
    assert result.exit_code == 2
    assert "There are several users here (alice, bob); choose one with --user NAME." in result.output
    assert run("--user", "bob", "list").exit_code == 0
    unknown = run("--user", "carol", "list")
    assert unknown.exit_code == 2 and "No user called 'carol'" in unknown.output


def test_fresh_data_creates_the_local_user(run):
    result = run("add", "Acme", "Dev")
    assert result.exit_code == 0, result.output
    user = get_user_model().objects.get()
    assert user.username == "me" and not user.has_usable_password()
    assert Application.objects.get().owner == user


def test_reopen_returns_to_the_furthest_stage(run, alice):
    app = services.create_application(alice, company_name="Acme", title="Dev")
    services.move(app, "screening")
    services.move(app, "rejected")
    result = run("reopen", app.pk)
    assert result.output.strip() == "Reopened Dev at Acme at Screening."
    app.refresh_from_db()
    assert app.stage == Stage.SCREENING


def test_task_lifecycle(run, alice):
    app = services.create_application(alice, company_name="Acme", title="Dev")
    added = run("task", "add", "Follow up with Priya", "--due", "tomorrow", "--kind", "follow_up", "--app", app.pk)
    assert added.exit_code == 0, added.output
    task = Task.objects.get(owner=alice)
    tomorrow = dt.date.today() + dt.timedelta(days=1)
    assert (task.due_date, task.kind, task.application, task.origin) == (tomorrow, "follow_up", app, "cli")
    run("task", "add", "Stretch")
    assert "Follow up with Priya" in run("task", "list").output

    snoozed = run("task", "snooze", task.pk, "--days", "3")
    task.refresh_from_db()
    assert task.due_date == max(tomorrow, timezone.localdate()) + dt.timedelta(days=3)
    assert task.snooze_count == 1 and "Snoozed" in snoozed.output

    run("task", "done", task.pk)
    task.refresh_from_db()
    assert task.status == Task.Status.DONE
    assert "Follow up with Priya" not in run("task", "list").output
    assert "Follow up with Priya" in run("task", "list", "--all").output

    other = Task.objects.get(title="Stretch")
    run("task", "skip", other.pk)
    other.refresh_from_db()
    assert other.status == Task.Status.SKIPPED
    assert run("task", "list").output.strip() == "No open tasks."


def test_task_rejects_unknown_kind_and_empty_title(run, alice):
    assert run("task", "add", "Call", "--kind", "nap").exit_code == 2
    empty = run("task", "add", "   ")
    assert empty.exit_code == 2 and "A task needs a title." in empty.output
    assert not Task.objects.exists()


@pytest.mark.parametrize(
    "text, offset",
    [("today", 0), ("Tomorrow", 1), ("yesterday", -1), ("+3d", 3), ("+3", 3), ("-2d", -2), ("+1w", 7), ("-2w", -14)],
)
def test_relative_dates(text, offset):
    assert DAY.convert(text, None, None) == dt.date.today() + dt.timedelta(days=offset)


def test_iso_dates_and_bad_dates():
    assert DAY.convert("2026-08-03", None, None) == dt.date(2026, 8, 3)
    for bad in ("03/08/2026", "next week", "+3x", "2026-02-30"):
        with pytest.raises(click.BadParameter, match="YYYY-MM-DD, today, tomorrow"):
            DAY.convert(bad, None, None)


def _walk(command, path=()):
    yield path, command
    for name, sub in getattr(command, "commands", {}).items():
        yield from _walk(sub, (*path, name))


def _tracker_commands():
    from onward.cli import tasks, tracker

    group = click.Group(name="onward")
    tracker.register(group)
    tasks.register(group)
    return [(path, command) for path, command in _walk(group) if path]


def test_every_tracker_command_and_option_is_documented(run):
    for path, command in _tracker_commands():
        assert command.help, f"onward {' '.join(path)} has no help text"
        for param in command.params:
            if isinstance(param, click.Option) and param.name not in ("help", "version"):
                assert param.help, f"onward {' '.join(path)} {param.opts[0]} has no help text"
        result = run(*path, "--help")
        assert result.exit_code == 0 and "Usage: " in result.output


def test_readme_documents_every_tracker_command():
    from pathlib import Path

    readme = (Path(__file__).resolve().parents[2] / "README.md").read_text()
    for path, command in _tracker_commands():
        if not isinstance(command, click.Group):
            assert f"onward {' '.join(path)}" in readme, f"README does not mention onward {' '.join(path)}"


def test_option_choices_match_the_models():
    from onward.cli import tasks, tracker
    from onward.tracker.models import Application

    assert set(tracker.SOURCES) == set(Application.Source.values)
    assert set(tracker.REMOTE_MODES) == set(Application.RemoteMode.values) - {""}
    assert set(tasks.TASK_KINDS) == set(Task.Kind.values)
    assert set(tracker.SORTS) | {f"-{s}" for s in tracker.SORTS} == set(services.SORTS)


def test_add_with_tags(run, alice):
    assert run("add", "Acme", "Analyst", "--tags", "dream job, python ,Python").exit_code == 0
    [row] = lines(run("list", "--json"))
    assert row["tags"] == ["dream job", "python"]
