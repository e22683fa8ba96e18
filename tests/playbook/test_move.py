"""A move to a rejection stage, from the board, the application page or the CLI, starts the playbook."""

import pytest
from click.testing import CliRunner
from django.urls import reverse

from onward.cli.main import cli
from onward.core.models import Origin
from onward.playbook.models import Rejection
from onward.tracker import services as tracker
from onward.tracker.models import Task
from onward.tracker.stages import Stage


@pytest.fixture(autouse=True)
def shipped_playbook(settings, tmp_path):
    settings.DATA_DIR = tmp_path


@pytest.fixture
def app(alice):
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
    assert list(app.notes.values_list("body", flat=True)) == ["Budget"]


def test_an_ordinary_move_makes_no_plan(alice_client, app):
    alice_client.post(reverse("tracker:board_move"), {"application": app.pk, "stage": "screening"})
    app.refresh_from_db()
    assert app.stage == Stage.SCREENING
    assert not Rejection.objects.exists()


def test_cli_move_to_rejected_logs_the_rejection(alice, app):
    result = CliRunner().invoke(cli, ["--user", "alice", "move", str(app.pk), "rejected"])
    assert result.exit_code == 0, result.output
    assert Rejection.objects.get(application=app).origin == Origin.CLI
