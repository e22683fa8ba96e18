"""A move to a rejection stage, through any door, starts the playbook: unless the move is old news."""

import datetime as dt

import pytest
from click.testing import CliRunner
from django.urls import reverse
from django.utils import timezone

from onward.cli.main import cli
from onward.core.models import Origin
from onward.io import imports
from onward.playbook import book
from onward.playbook.models import Rejection
from onward.tracker import services as tracker
from onward.tracker.models import Task
from onward.tracker.stages import Stage


@pytest.fixture
def app(alice):
    """Unlike conftest's app, this one has no interview yet."""
    return tracker.create_application(alice, company_name="Acme", title="Data Engineer")


def test_board_move_to_rejected_logs_the_rejection_and_its_plan(alice_client, app):
    response = alice_client.post(
        reverse("tracker:board_move"), {"application": app.pk, "stage": "rejected"}, HTTP_HX_REQUEST="true"
    )
    assert response.status_code == 200
    assert b"recovery plan" in response.content
    rejection = Rejection.objects.get(application=app)
    assert rejection.rejection_type == "not_selected"
    assert Task.objects.filter(application=app, origin=Origin.PLAYBOOK).exists()
    app.refresh_from_db()
    assert app.stage == Stage.REJECTED


def test_page_move_to_position_closed_keeps_the_note(alice_client, app):
    url = reverse("tracker:application_move", args=[app.pk])
    alice_client.post(url, {"stage": "position_closed", "note": "Budget"})
    app.refresh_from_db()
    assert app.stage == Stage.POSITION_CLOSED
    assert Rejection.objects.get(application=app).rejection_type == "position_closed"
    assert app.stage_changes.get(to_stage=Stage.POSITION_CLOSED).note == "Budget"


def test_an_ordinary_move_makes_no_plan(alice_client, app):
    alice_client.post(reverse("tracker:board_move"), {"application": app.pk, "stage": "screening"})
    app.refresh_from_db()
    assert app.stage == Stage.SCREENING
    assert not Rejection.objects.exists()


def test_cli_move_to_rejected_logs_the_rejection(alice, app):
    result = CliRunner().invoke(cli, ["--user", "alice", "move", str(app.pk), "rejected"])
    assert result.exit_code == 0, result.output
    assert Rejection.objects.get(application=app).origin == Origin.CLI


def test_a_move_dated_back_is_history_not_news(alice, app):
    tracker.move(app, Stage.REJECTED, at=timezone.now() - dt.timedelta(days=20))
    rejection = Rejection.objects.get(application=app)
    assert "more than 14 days" in rejection.plan_note
    assert not Task.objects.filter(application=app).exists()


def test_a_recent_move_dated_back_still_makes_the_plan(alice, app):
    tracker.move(app, Stage.REJECTED, at=timezone.now() - dt.timedelta(days=10))
    tasks = Task.objects.filter(application=app)
    assert tasks.exists()
    assert min(t.due_date for t in tasks) == timezone.localdate()


def test_how_old_is_history_is_the_playbooks_setting(alice, app, settings):
    text = book.default_text().replace("plan_max_age_days = 14", "plan_max_age_days = 60")
    (settings.DATA_DIR / "playbook.toml").write_text(text, encoding="utf-8")
    tracker.move(app, Stage.REJECTED, at=timezone.now() - dt.timedelta(days=20))
    assert Task.objects.filter(application=app).exists()


def test_an_import_of_applications_closed_long_ago_records_rejections_without_plans(alice):
    data = (b"Company,Role,Stage,Date applied\n"
            b"Acme,Data Engineer,Rejected,2024-02-05\nBeta,Analyst,Withdrawn,2024-02-06\n")
    imports.apply(alice, imports.preview(alice, "old.csv", data))
    [rejection] = Rejection.objects.filter(owner=alice)
    assert rejection.application.company.name == "Acme"
    assert rejection.origin == Origin.IMPORT
    assert rejection.plan_note
    assert not Task.objects.filter(owner=alice).exists()


HEARD = []


def first_hook(closing):
    HEARD.append(("first", closing.change.to_stage))


def second_hook(closing):
    HEARD.append(("second", closing.change.to_stage))


def test_only_a_closing_move_runs_the_hooks_in_their_order(alice, app, monkeypatch):
    monkeypatch.setattr(tracker, "CLOSING_HOOKS", (f"{__name__}.first_hook", f"{__name__}.second_hook"))
    HEARD.clear()
    tracker.move(app, Stage.SCREENING)
    tracker.move(app, Stage.WITHDRAWN)
    assert HEARD == [("first", Stage.WITHDRAWN), ("second", Stage.WITHDRAWN)]


def test_an_undated_import_of_a_closed_application_is_history_too(alice):
    data = b"Company,Role,Stage\nAcme,Data Engineer,Rejected\n"
    imports.apply(alice, imports.preview(alice, "undated.csv", data))
    rejection = Rejection.objects.get(owner=alice)
    assert "import" in rejection.plan_note
    assert not Task.objects.filter(owner=alice).exists()


def test_a_recent_dated_import_row_follows_the_date(alice):
    day = (timezone.localdate() - dt.timedelta(days=2)).isoformat()
    data = f"Company,Role,Stage,Date applied\nAcme,Data Engineer,Rejected,{day}\n".encode()
    imports.apply(alice, imports.preview(alice, "recent.csv", data))
    assert Task.objects.filter(owner=alice, origin=Origin.PLAYBOOK).exists()
