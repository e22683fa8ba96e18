import datetime as dt

import pytest
from click.testing import CliRunner
from django.utils import timezone

from onward.cli.main import cli
from onward.core.models import Origin
from onward.playbook.models import Rejection, Win
from onward.tracker import services as tracker
from onward.tracker.stages import Stage


@pytest.fixture
def run(alice):
    runner = CliRunner()

    def invoke(*args):
        return runner.invoke(cli, ["--user", "alice", *[str(a) for a in args]])

    return invoke


def test_reject_logs_and_prints_the_plan(run, alice):
    app = tracker.create_application(alice, company_name="Acme", title="Dev")
    tracker.log_interview(app, scheduled_at=timezone.now() - dt.timedelta(days=1), kind="onsite")
    result = run("reject", app.pk, "--type", "keep_on_file", "--reason", "experience_level", "--feedback",
                 "Looking for more years in the role.", "--date", "yesterday", "--feeling", "3")
    assert result.exit_code == 0, result.output
    rejection = Rejection.objects.get(application=app)
    assert (rejection.rejection_type, rejection.reason, rejection.feeling, rejection.origin) == (
        "keep_on_file", "experience_level", 3, Origin.CLI)
    assert timezone.localdate(rejection.received_at) == timezone.localdate() - dt.timedelta(days=1)
    app.refresh_from_db()
    assert app.stage == Stage.REJECTED
    assert "you reached interviewing" in result.output
    assert "Send a thank-you to the team at Acme and ask for feedback" in result.output
    assert f"/match/application/{app.pk}/" in result.output


def test_a_second_rejection_lists_the_shared_steps_it_does_not_repeat(run, alice):
    first, second = (tracker.create_application(alice, company_name=n, title="Dev") for n in ("Acme", "Beta"))
    assert "Take a short pause" in run("reject", first.pk).output
    out = run("reject", second.pk).output
    plan, _, shared = out.partition("Also on your list")
    assert "Take a short pause" not in plan and "Take a short pause" in shared


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("reject", "4242"), "No application with id 4242."),
        (("reject", "1", "--type", "vanished"), "Invalid value for '--type'"),
        (("reject", "1", "--feeling", "9"), "Invalid value for '--feeling'"),
    ],
)
def test_reject_errors_exit_2(run, alice, args, message):
    tracker.create_application(alice, company_name="Acme", title="Dev")
    result = run(*args)
    assert result.exit_code == 2
    assert message in result.output
    assert not Rejection.objects.exists()


def test_reject_future_date_is_refused(run, alice):
    app = tracker.create_application(alice, company_name="Acme", title="Dev")
    result = run("reject", app.pk, "--date", "tomorrow")
    assert result.exit_code == 2 and "The date received is in the future." in result.output


def test_win_add_and_list(run, alice):
    assert run("win", "list").output.startswith("No wins recorded yet.")
    result = run("win", "add", "Finished", "the", "take-home")
    assert result.exit_code == 0
    assert Win.objects.get(owner=alice).text == "Finished the take-home"
    assert "Finished the take-home" in run("win", "list").output


def test_playbook_path_show_and_check(run, tmp_path):
    assert run("playbook", "path").output.strip() == str(tmp_path / "playbook.toml")
    shown = run("playbook", "show")
    assert shown.exit_code == 0 and '[[steps]]\nid = "pause"' in shown.output
    assert run("playbook", "check").output.startswith("shipped playbook is valid: 11 steps, 4 drafts.")
    path = tmp_path / "playbook.toml"
    path.write_text(run("playbook", "show", "--defaults").output.replace('kind = "prep"', 'kind = "homework"'))
    line = path.read_text().splitlines().index('kind = "homework"') + 1
    result = run("playbook", "check")
    assert result.exit_code == 2
    assert f"{path}, line {line}: step 'review_resume': unknown kind 'homework'" in result.output
    assert "The shipped playbook stays in force." in result.output
    result = run("playbook", "check", path)
    assert result.exit_code == 2 and f"line {line}" in result.output
    empty = tmp_path / "empty.toml"
    empty.write_text("")
    result = run("playbook", "check", empty)
    assert result.exit_code == 0
    assert "is valid: 0 steps" in result.output and "a rejection gets no recovery plan" in result.output


def test_every_playbook_command_and_option_has_help():
    import click

    from onward.cli import playbook as commands

    def walk(command, path):
        yield path, command
        for name, sub in getattr(command, "commands", {}).items():
            yield from walk(sub, [*path, name])

    for top in (commands.reject, commands.win, commands.playbook):
        for path, command in walk(top, [top.name]):
            assert command.help, f"onward {' '.join(path)} has no help text"
            for param in command.params:
                if isinstance(param, click.Option):
                    assert param.help, f"onward {' '.join(path)} {param.opts[0]} has no help text"


def test_option_choices_match_the_models():
    from onward.cli import playbook as commands
    from onward.playbook.models import RejectionReason, RejectionType

    assert commands.REJECTION_TYPES == tuple(RejectionType.values)
    assert commands.REASONS == tuple(RejectionReason.values)
