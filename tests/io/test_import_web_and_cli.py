import csv
import io

import pytest
from click.testing import CliRunner
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from onward.io.bookmarklet import guess, script
from onward.io.models import ImportBatch
from onward.tracker.models import Application
from onward.tracker.stages import Stage

LINKEDIN = (
    b"Application Date,Contact Email,Contact Phone Number,Company Name,Job Title,Job Url,Resume Name,"
    b'Question And Answers\n"7/6/23, 2:20 PM",,,Acme,Data Engineer,,,\n"nope",,,Beta,Dev,,,\n'
)


def upload(client, name: str, data: bytes, fmt: str = "auto"):
    return client.post(reverse("onward_io:import"), {"file": SimpleUploadedFile(name, data), "format": fmt})


def test_upload_preview_apply(alice_client, alice, worker):
    response = upload(alice_client, "Job Applications.csv", LINKEDIN)
    batch = ImportBatch.objects.get(owner=alice)
    assert response.url == reverse("onward_io:batch", args=[batch.pk])
    page = alice_client.get(response.url)
    assert b"Will be added" in page.content
    assert b"Left out: Application date: the date &#x27;nope&#x27;" in page.content
    assert Application.objects.filter(owner=alice).count() == 0
    with worker():
        alice_client.post(reverse("onward_io:batch_apply", args=[batch.pk]))
        # Until the worker has done it, the page shows the progress, polled in place.
        waiting = alice_client.get(reverse("onward_io:batch", args=[batch.pk])).content.decode()
        assert "Waiting to start" in waiting and 'hx-trigger="every 1s"' in waiting
        assert "Will be added" not in waiting
    batch.refresh_from_db()
    assert (batch.status, batch.created_count, batch.invalid_count, bytes(batch.data)) == ("applied", 1, 1, b"")
    assert Application.objects.filter(owner=alice).count() == 1
    done = alice_client.get(reverse("onward_io:batch", args=[batch.pk])).content.decode()
    assert "Imported 1 from Job Applications.csv. Nothing else was changed." in done
    assert "every 1s" not in done
    with worker():
        alice_client.post(reverse("onward_io:batch_apply", args=[batch.pk]))  # a second click adds nothing
    assert Application.objects.filter(owner=alice).count() == 1
    assert alice_client.get(reverse("onward_io:import")).status_code == 200


def test_broken_upload_shows_why_and_keeps_nothing(alice_client, alice):
    response = upload(alice_client, "export.zip", b"PK\x03\x04broken")
    assert response.status_code == 200
    assert b"damaged or incomplete" in response.content
    assert not ImportBatch.objects.filter(owner=alice).exists()


def test_spreadsheet_mapping_step(alice_client, alice, worker):
    out = io.StringIO()
    csv.writer(out).writerows([["Firm", "Job", "Status"], ["Acme", "Dev", "Offer"]])
    response = upload(alice_client, "mine.csv", out.getvalue().encode())
    page = alice_client.get(response.url)
    assert b"Choose the column that holds the company" in page.content
    batch = ImportBatch.objects.get(owner=alice)
    alice_client.post(reverse("onward_io:batch_mapping", args=[batch.pk]),
                      {"company": "Firm", "title": "Job", "stage": "Status"})
    assert b"Will be added" in alice_client.get(response.url).content
    with worker():
        alice_client.post(reverse("onward_io:batch_apply", args=[batch.pk]))
    assert Application.objects.get(owner=alice).stage == Stage.OFFER


def test_bob_cannot_see_or_apply_alices_batches(client, alice, bob):
    client.force_login(alice)
    upload(client, "Job Applications.csv", LINKEDIN)
    batch = ImportBatch.objects.get(owner=alice)
    client.force_login(bob)
    for name in ("batch", "batch_apply", "batch_mapping", "batch_discard"):
        url = reverse(f"onward_io:{name}", args=[batch.pk])
        response = client.post(url) if name != "batch" else client.get(url)
        assert response.status_code == 404, name
    assert b"Job Applications.csv" not in client.get(reverse("onward_io:import")).content
    assert ImportBatch.objects.filter(pk=batch.pk, status="preview").exists()
    assert not Application.objects.exists()


def test_pages_render(alice_client):
    for name in ("import", "bookmarklet", "calendar", "data"):
        assert alice_client.get(reverse(f"onward_io:{name}")).status_code == 200, name


def test_bookmarklet_prefills_and_saves_to_wishlist(alice_client, alice):
    assert "encodeURIComponent(document.title)" in script("http://127.0.0.1:8000/import/save/")
    page = alice_client.get(reverse("onward_io:save"), {
        "title": "Data Engineer at Acme | Jobs Site", "url": "https://acme.test/jobs/7", "text": "Build pipelines.",
    })
    form = page.context["form"]
    assert (form.initial["title"], form.initial["company"]) == ("Data Engineer", "Acme")
    assert form.initial["job_description"] == "Build pipelines."
    response = alice_client.post(reverse("onward_io:save"), {
        "company": "Acme", "title": "Data Engineer", "posting_url": "https://acme.test/jobs/7",
        "stage": "wishlist", "job_description": "Build pipelines.",
    })
    app = Application.objects.get(owner=alice)
    assert response.url == reverse("tracker:application", args=[app.pk])
    assert (app.stage, app.posting_url, app.job_description) == (Stage.WISHLIST, "https://acme.test/jobs/7",
                                                                 "Build pipelines.")


@pytest.mark.parametrize(("title", "expected"), [
    ("Data Engineer - Acme - Berlin", ("Data Engineer", "Acme")),
    ("Careers", ("Careers", "")),
    ("Backend Developer at Beta GmbH | LinkedIn", ("Backend Developer", "Beta GmbH")),
])
def test_guess_role_and_company(title, expected):
    assert guess(title) == expected


def test_import_requires_login(client, db):
    assert client.get(reverse("onward_io:import")).status_code == 302


def test_cli_import_dry_run_and_errors(tmp_path, alice):
    from onward.cli.main import cli

    path = tmp_path / "Job Applications.csv"
    path.write_bytes(LINKEDIN)
    runner = CliRunner()
    result = runner.invoke(cli, ["--user", "alice", "import", str(path), "--dry-run"])
    assert result.exit_code == 0, result.output
    assert "1 new, 0 moving on, 0 already here, 1 that cannot be imported" in result.output
    assert "Nothing was imported" in result.output
    assert not Application.objects.exists()
    result = runner.invoke(cli, ["--user", "alice", "import", str(path)])
    assert result.exit_code == 0, result.output
    assert Application.objects.filter(owner=alice).count() == 1
    sheet = tmp_path / "mine.csv"
    sheet.write_text("Firm,Job\nAcme,Dev\n")
    result = runner.invoke(cli, ["--user", "alice", "import", str(sheet)])
    assert result.exit_code == 2
    assert "--map" in result.output
    result = runner.invoke(cli, ["--user", "alice", "import", str(sheet), "--map", "company=Firm", "--map",
                                 "title=Job"])
    assert result.exit_code == 0, result.output
    assert Application.objects.filter(owner=alice).count() == 2


def test_cli_report_and_calendar_export(tmp_path, alice):
    import datetime as dt

    from icalendar import Calendar

    from onward.cli.main import cli
    from onward.tracker import services

    app = services.create_application(alice, company_name="Acme", title="Dev", date_applied=dt.date(2024, 3, 5))
    services.log_interview(app, scheduled_at=dt.datetime(2099, 1, 5, 10, tzinfo=dt.UTC), kind="final")
    runner = CliRunner()
    out = tmp_path / "r.csv"
    result = runner.invoke(cli, ["--user", "alice", "report", "applications", "--from", "2024-03-01", "--to",
                                 "2024-03-31", "--format", "csv", "-o", str(out)])
    assert result.exit_code == 0, result.output
    assert "2024-03-05,Acme,Dev" in out.read_text(encoding="utf-8-sig")
    result = runner.invoke(cli, ["--user", "alice", "report", "applications", "--from", "March"])
    assert result.exit_code == 2 and "'March' is not a date Onward understands" in result.output
    ics = tmp_path / "me.ics"
    assert runner.invoke(cli, ["--user", "alice", "calendar", "export", str(ics)]).exit_code == 0
    [event] = Calendar.from_ical(ics.read_bytes()).walk("VEVENT")
    assert str(event["summary"]) == "Final interview: Dev at Acme"


def test_uploads_never_applied_are_dropped_after_a_week(alice_client, alice, bob):
    import datetime as dt

    from django.utils import timezone

    old = timezone.now() - dt.timedelta(days=8)
    stale = ImportBatch.objects.create(owner=alice, filename="old.csv", format="csv", data=b"x", created_at=old)
    bobs = ImportBatch.objects.create(owner=bob, filename="bob.csv", format="csv", data=b"x", created_at=old)
    upload(alice_client, "Job Applications.csv", LINKEDIN)
    assert not ImportBatch.objects.filter(pk=stale.pk).exists()
    assert ImportBatch.objects.filter(pk=bobs.pk).exists()


def test_bookmarklet_ignores_addresses_that_are_not_web_pages(alice_client):
    page = alice_client.get(reverse("onward_io:save"), {"title": "Notes", "url": "about:blank"})
    assert page.context["form"].initial["posting_url"] == ""
