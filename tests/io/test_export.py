import csv
import datetime as dt
import io
import json

import pytest
from django.utils import timezone

from onward.core.errors import OnwardError
from onward.core.services import profile_for
from onward.io import export
from onward.tracker import services
from onward.tracker.models import Contact


def at(month: int, day: int) -> dt.datetime:
    return timezone.make_aware(dt.datetime(2026, month, day, 10, 0))


@pytest.fixture
def alices_search(alice):
    """One of every kind of row alice can own."""
    person = Contact.objects.create(owner=alice, name="Priya", role="recruiter", is_my_person=True)
    app = services.create_application(alice, company_name="Seven Otters", title="Backend engineer",
                                      at=at(8, 3), referral_contact=person, salary_min=50000)
    services.move(app, "screening", at=at(8, 8), note="Phone call")
    interview = services.log_interview(app, scheduled_at=at(8, 12), kind="technical", interviewers=[person],
                                       advance=False)
    services.move(app, "rejected", at=at(8, 20), origin="mail", reason="Matched 'not moving forward'")
    task = services.add_task(alice, title="Ask for feedback", due_date=dt.date(2026, 8, 22), application=app)
    note = services.add_note(alice, "Kind rejection; ask again in spring.", application=app)
    company_note = services.add_note(alice, "Ships weekly.", company=app.company)
    profile = profile_for(alice)
    profile.ghosting_threshold_days = 30
    profile.save()
    return {"app": app, "person": person, "interview": interview, "task": task, "notes": [note, company_note]}


def csv_rows(owner):
    out = io.StringIO()
    export.write_export(owner, "csv", out)
    return list(csv.DictReader(io.StringIO(out.getvalue())))


def json_export(owner):
    out = io.StringIO()
    export.write_export(owner, "json", out)
    return json.loads(out.getvalue())


def test_csv_has_one_row_per_application_with_history_as_text(alices_search, alice):
    [row] = csv_rows(alice)
    assert row["history"] == "Applied 03 Aug → Screening 08 Aug → Rejected 20 Aug"
    assert (row["company"], row["title"], row["stage"]) == ("Seven Otters", "Backend engineer", "Rejected")
    assert (row["date_applied"], row["salary_min"], row["excitement"]) == ("2026-08-03", "50000", "")
    assert list(row) == list(export.CSV_COLUMNS)


def test_csv_cells_cannot_run_as_spreadsheet_formulas(alice):
    services.create_application(alice, company_name='=HYPERLINK("http://evil.example","x")', title="@SUM(A1)")
    [row] = csv_rows(alice)
    assert row["company"] == '\'=HYPERLINK("http://evil.example","x")'
    assert row["title"] == "'@SUM(A1)"
    # JSON keeps the text exactly as entered.
    assert json_export(alice)["companies"][0]["name"].startswith("=HYPERLINK")


def test_json_holds_every_kind_of_row_with_its_links(alices_search, alice):
    data = json_export(alice)
    assert (data["format"], data["version"]) == ("onward-export", export.FORMAT_VERSION)
    assert data["user"] == {"username": "alice"}
    assert data["profile"]["ghosting_threshold_days"] == 30
    s = alices_search
    [company] = data["companies"]
    [contact] = data["contacts"]
    [app] = data["applications"]
    [interview] = data["interviews"]
    [task] = data["tasks"]
    assert company["name"] == "Seven Otters"
    assert (contact["name"], contact["is_my_person"]) == ("Priya", True)
    assert (app["id"], app["company"], app["referral_contact"]) == (s["app"].pk, company["id"], contact["id"])
    assert [(h["from_stage"], h["to_stage"]) for h in app["stage_history"]] == [
        ("", "applied"), ("applied", "screening"), ("screening", "rejected")
    ]
    assert app["stage_history"][2]["reason"] == "Matched 'not moving forward'"
    assert app["stage_history"][1]["changed_at"].startswith("2026-08-08T10:00")
    assert (interview["application"], interview["interviewers"], interview["kind"]) == (app["id"], [contact["id"]],
                                                                                        "technical")
    assert (task["title"], task["due_date"], task["application"]) == ("Ask for feedback", "2026-08-22", app["id"])
    assert {(n["body"], n["application"], n["company"]) for n in data["notes"]} == {
        ("Kind rejection; ask again in spring.", app["id"], None),
        ("Ships weekly.", None, company["id"]),
    }
    for key, _ in export.SECTIONS:
        for record in data[key]:
            assert "owner" not in record


def test_exports_hold_only_the_owners_rows(alices_search, alice, bob):
    bobs_app = services.create_application(bob, company_name="Bramble Secret", title="Hidden role")
    services.add_task(bob, title="Bob's private task", application=bobs_app)
    services.add_note(bob, "Bob's private note", application=bobs_app)
    Contact.objects.create(owner=bob, name="Bob's friend")
    for fmt in export.FORMATS:
        out = io.StringIO()
        export.write_export(alice, fmt, out)
        assert "Bob" not in out.getvalue() and "Bramble" not in out.getvalue() and "Hidden" not in out.getvalue()
    bobs = json_export(bob)
    assert [a["title"] for a in bobs["applications"]] == ["Hidden role"]
    assert "Seven Otters" not in json.dumps(bobs)


def test_empty_account_exports_cleanly(alice):
    data = json_export(alice)
    assert all(data[key] == [] for key, _ in export.SECTIONS)
    assert csv_rows(alice) == []


def test_unknown_format_is_refused(alice):
    with pytest.raises(OnwardError, match="Unknown export format 'xml'"):
        export.write_export(alice, "xml", io.StringIO())


def test_cli_export_writes_a_file(alices_search, alice, tmp_path, db):
    from click.testing import CliRunner

    from onward.cli.main import cli

    target = tmp_path / "onward.json"
    result = CliRunner().invoke(cli, ["export", "--format", "json", "--output", str(target)])
    assert result.exit_code == 0, result.output
    assert json.loads(target.read_text())["applications"][0]["title"] == "Backend engineer"
    assert not (tmp_path / "onward.json.part").exists()

    printed = CliRunner().invoke(cli, ["export", "--format", "csv"])
    assert "Applied 03 Aug → Screening 08 Aug → Rejected 20 Aug" in printed.stdout

    missing = CliRunner().invoke(cli, ["export", "--output", str(tmp_path / "no-such-dir" / "x.json")])
    assert missing.exit_code == 2
    assert "Could not write" in missing.output
