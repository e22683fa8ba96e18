"""The import preview: rows can be unticked; a match keeps the earliest applied date; LinkedIn's contact columns
(the applicant's own address) are not shown as a contact."""

import datetime as dt

from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from onward.io import imports
from onward.io.models import ImportBatch
from onward.tracker import services
from onward.tracker.models import Application

LINKEDIN = (
    b"Application Date,Contact Email,Contact Phone Number,Company Name,Job Title,Job Url,Resume Name,"
    b'Question And Answers\n'
    b'"3/2/26, 9:00 AM",me@example.test,+44 1632 960000,Acme,Data Engineer,,,\n'
    b'"3/4/26, 9:00 AM",me@example.test,,Beta,Analyst,,,\n'
    b'"3/5/26, 9:00 AM",me@example.test,,Gamma,Developer,,,\n'
)


def start(client, owner):
    client.post(reverse("onward_io:import"), {"file": SimpleUploadedFile("Job Applications.csv", LINKEDIN),
                                              "format": "auto"})
    return ImportBatch.objects.get(owner=owner)


def test_unticked_rows_are_left_out(alice_client, alice, worker):
    batch = start(alice_client, alice)
    page = alice_client.get(reverse("onward_io:batch", args=[batch.pk])).content.decode()
    assert page.count('type="checkbox" name="row"') == 3 and 'form="import-form" checked' in page
    with worker():
        alice_client.post(reverse("onward_io:batch_apply", args=[batch.pk]),
                          {"picked": "1", "row": ["Job Applications.csv:2", "Job Applications.csv:4"]})
    assert sorted(Application.objects.values_list("company__name", flat=True)) == ["Acme", "Gamma"]
    page = alice_client.get(reverse("onward_io:batch", args=[batch.pk])).content.decode()
    assert "1 left out as you chose." in page
    batch.refresh_from_db()
    assert (batch.created_count, batch.skipped_count) == (2, 1)


def test_a_match_keeps_the_earliest_applied_date(alice_client, alice, worker):
    app = services.create_application(alice, company_name="Acme", title="Data Engineer",
                                       date_applied=dt.date(2026, 3, 10))
    later = services.create_application(alice, company_name="Beta", title="Analyst",
                                         date_applied=dt.date(2026, 3, 1))
    batch = start(alice_client, alice)
    page = alice_client.get(reverse("onward_io:batch", args=[batch.pk])).content.decode()
    assert "Its applied date becomes 2 Mar 2026, the earlier one." in page
    with worker():
        alice_client.post(reverse("onward_io:batch_apply", args=[batch.pk]))
    app.refresh_from_db()
    later.refresh_from_db()
    assert app.date_applied == dt.date(2026, 3, 2)
    assert later.date_applied == dt.date(2026, 3, 1)  # already the earlier one: kept
    assert "Applied date set to 2 Mar 2026 (was 10 Mar 2026)" in app.notes.get().body


def test_linkedin_contact_columns_are_not_a_contact(alice):
    preview = imports.preview(alice, "Job Applications.csv", LINKEDIN)
    imports.apply(alice, preview)
    notes = " ".join(a.notes.first().body if a.notes.exists() else "" for a in Application.objects.all())
    history = " ".join(Application.objects.values_list("stage_changes__note", flat=True).exclude(
        stage_changes__note=None))
    for text in (notes, history):
        assert "Contact listed" not in text and "me@example.test" not in text
