import pytest
from click.testing import CliRunner

from onward.cli.main import cli
from onward.insights.models import GoalEntry, MoodCheckIn, RestWeek, WeeklyGoal
from onward.tracker.stages import Stage


@pytest.fixture
def run(alice):
    runner = CliRunner()
    return lambda *args: runner.invoke(cli, [str(a) for a in args])


def test_stats_prints_the_same_figures(history, run):
    result = run("stats", "--by", "source", "--by", "company")
    assert result.exit_code == 0, result.output
    out = result.output
    assert "Funnel · All time" in out
    assert "Any response" in out and "Referral" in out and "Acme" in out and "few (<5)" in out
    assert "Looking ahead to the next offer" in out and "too few for an estimate" in out and "Jobvite" in out
    assert "No answer after 21 days" in out


def test_stats_window_and_bad_window(history, run):
    assert "Last 4 weeks" in run("stats", "--window", "4w").output
    result = run("stats", "--window", "3y")
    assert result.exit_code == 2


def test_mark_ghosted_from_the_cli(history, run):
    result = run("stats", "mark-ghosted")
    assert result.exit_code == 0, result.output
    history["stale"].refresh_from_db()
    assert history["stale"].stage == Stage.GHOSTED


def test_goal_commands(alice, run):
    assert run("goal", "add", "learning", 2).exit_code == 0
    goal = WeeklyGoal.objects.get(owner=alice)
    result = run("goal", "log", goal.pk, 2)
    assert result.exit_code == 0 and "2 of 2 this week" in result.output
    assert GoalEntry.objects.filter(goal=goal).count() == 1
    assert "met" in run("goal", "list").output
    assert run("goal", "rest").exit_code == 0 and RestWeek.objects.filter(owner=alice).exists()
    assert run("goal", "archive", goal.pk).exit_code == 0


def test_goal_errors_are_one_clear_line(alice, run):
    result = run("goal", "add", "custom", 3)
    assert result.exit_code == 2 and "custom goal needs a name" in result.output
    result = run("goal", "log", 999)
    assert result.exit_code == 2 and "No goal with id 999" in result.output
    run("goal", "add", "applications", 3)
    result = run("goal", "log", WeeklyGoal.objects.get().pk)
    assert result.exit_code == 2 and "counted from your tracker" in result.output


def test_mood_commands(alice, run):
    assert "No check-ins yet" in run("mood", "list").output
    assert run("mood", "log", 4, "steady").exit_code == 0
    assert MoodCheckIn.objects.get(owner=alice).note == "steady"
    assert "steady" in run("mood", "list").output
    assert run("mood", "log", 7).exit_code == 2


def test_every_insights_command_and_option_has_help(run):
    import click

    from onward.cli.stats import goal, mood, stats

    for group in (stats, goal, mood):
        commands = [group, *group.commands.values()]
        for command in commands:
            assert command.help, f"{command.name} has no help text"
            for param in command.params:
                if isinstance(param, click.Option) and param.name != "help":
                    assert param.help, f"{command.name} {param.opts[0]} has no help text"


def test_a_low_mood_from_the_cli_adds_a_step_to_reach_out(alice, run, settings, tmp_path):
    from onward.tracker.models import Contact, Task

    settings.DATA_DIR = tmp_path  # the shipped playbook is in force
    Contact.objects.create(owner=alice, name="Robin Ash", is_my_person=True)
    out = run("mood", "log", 2, "a hard week").output
    assert "Thank you for checking in." in out and "Reach out to Robin Ash" in out and "onward win list" in out
    assert Task.objects.filter(owner=alice, title="Reach out to Robin Ash").count() == 1
    assert "Reach out" not in run("mood", "log", 4).output
