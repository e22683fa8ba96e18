import csv
import datetime as dt
import io
import zipfile

import pytest
from openpyxl import Workbook

from onward.core.text import html_to_text
from onward.io import imports
from onward.io.importers.base import ImportFileError
from onward.io.models import SavedMapping
from onward.tracker.models import Application, StageChange
from onward.tracker.stages import Stage


def csv_bytes(rows: list[list[str]], encoding: str = "utf-8") -> bytes:
    out = io.StringIO()
    csv.writer(out).writerows(rows)
    return out.getvalue().encode(encoding)


HUNTR = [
    ["id", "title", "companyName", "location", "url", "htmlDescription", "listName", "createdAt"],
    ["a1", "Data Engineer", "Acme", "Berlin", "https://acme.test/jobs/1",
     "<p>We build <b>pipelines</b>.</p><ul><li>Python</li><li>SQL</li></ul>", "Interview", "2024-02-01T10:00:00Z"],
    ["a2", "Analyst", "Beta", "", "", "", "Wishlist", "2024-02-03T10:00:00Z"],
    ["a3", "Dev", "Gamma", "", "", "", "Maybe later", "2024-02-04T10:00:00Z"],
    ["a4", "SRE", "Delta", "", "", "", "Rejected", "2024-02-05T10:00:00Z"],
]


def test_huntr_lists_become_stages_and_html_becomes_text(alice):
    result = imports.preview(alice, "huntr-jobs.csv", csv_bytes(HUNTR))
    assert result.format == "huntr"
    imports.apply(alice, result)
    stages = dict(Application.objects.filter(owner=alice).values_list("company__name", "stage"))
    assert stages == {"Acme": Stage.INTERVIEWING, "Beta": Stage.WISHLIST, "Gamma": Stage.WISHLIST,
                      "Delta": Stage.REJECTED}
    acme = Application.objects.get(owner=alice, company__name="Acme")
    assert acme.job_description == "We build pipelines.\nPython\nSQL"
    assert acme.date_saved == dt.date(2024, 2, 1)
    gamma_change = StageChange.objects.get(application__company__name="Gamma")
    assert "Maybe later" in gamma_change.reason and "Wishlist" in gamma_change.reason


def test_huntr_zip_and_reimport(alice):
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        zf.writestr("export/activities.csv", b"id,note\n1,x\n")
        zf.writestr("export/jobs.csv", csv_bytes(HUNTR))
    data = buf.getvalue()
    first = imports.preview(alice, "huntr.zip", data)
    assert first.format == "huntr"
    assert imports.apply(alice, first)["new"] == 4
    again = imports.preview(alice, "huntr.zip", data)
    assert {p.status for p in again.rows} == {"duplicate"}


def test_html_to_text_drops_scripts_markup_only():
    assert html_to_text("<div>Hello&nbsp;<i>world</i></div>") == "Hello world"
    assert html_to_text("") == ""


SHEET = [
    ["Firm", "Job", "Status", "When", "Link", "Comments"],
    ["Acme", "Data Engineer", "Interviewing", "2024-03-01", "https://acme.test/1", "Met Jo"],
    ["Beta", "Analyst", "Applied", "31/03/2024", "", ""],
    ["Gamma", "Dev", "Dreaming", "2024-03-02", "", ""],
    ["Delta", "Ops", "Applied", "March-ish", "not a link", ""],
]
MAPPING = {"company": "Firm", "title": "Job", "stage": "Status", "date_applied": "When",
           "posting_url": "Link", "notes": "Comments"}


def test_spreadsheet_needs_a_mapping_then_says_which_rows_fail(alice):
    data = csv_bytes(SHEET)
    first = imports.preview(alice, "mine.csv", data)
    assert first.format == "csv"
    assert "company" in first.problem
    with pytest.raises(ImportFileError):
        imports.apply(alice, first)
    result = imports.preview(alice, "mine.csv", data, mapping=MAPPING)
    why = {p.row.company_name: (p.status, p.why) for p in result.rows}
    assert why["Acme"][0] == why["Beta"][0] == "new"
    assert why["Gamma"] == ("invalid", "Unknown stage 'Dreaming'.")
    assert why["Delta"][0] == "invalid" and "'March-ish'" in why["Delta"][1] and "not a web address" in why["Delta"][1]
    imports.apply(alice, result)
    beta = Application.objects.get(owner=alice, company__name="Beta")
    assert beta.date_applied == dt.date(2024, 3, 31)
    acme = Application.objects.get(owner=alice, company__name="Acme")
    assert acme.stage == Stage.INTERVIEWING
    assert acme.stage_changes.get().note == "Met Jo"


def test_mapping_is_remembered_for_the_same_columns(alice, bob):
    data = csv_bytes(SHEET)
    imports.apply(alice, imports.preview(alice, "mine.csv", data, mapping=MAPPING))
    assert SavedMapping.objects.filter(owner=alice).count() == 1
    later = imports.preview(alice, "mine-again.csv", data)
    assert later.mapping == MAPPING and not later.problem
    assert {p.status for p in later.rows} <= {"duplicate", "invalid"}
    assert imports.preview(bob, "mine.csv", data).problem  # bob's files do not use alice's mapping


def test_xlsx_with_dates_as_cells(alice):
    book = Workbook()
    sheet = book.active
    sheet.append(["Company", "Title", "Date Applied"])
    sheet.append(["Acme", "Data Engineer", dt.datetime(2024, 5, 6)])
    sheet.append([None, None, None])
    buf = io.BytesIO()
    book.save(buf)
    result = imports.preview(alice, "tracker.xlsx", buf.getvalue())
    assert result.format == "csv"
    assert [p.status for p in result.rows] == ["new"]
    imports.apply(alice, result)
    assert Application.objects.get(owner=alice).date_applied == dt.date(2024, 5, 6)


def test_damaged_xlsx_and_empty_file(alice):
    with pytest.raises(ImportFileError, match="Excel file cannot be opened"):
        imports.preview(alice, "tracker.xlsx", b"PK\x03\x04 not really")
    with pytest.raises(ImportFileError, match="empty"):
        imports.preview(alice, "empty.csv", b"")


def test_matches_an_application_added_by_hand(alice):
    from onward.tracker import services

    services.create_application(alice, company_name="acme", title="data engineer", posting_url="https://acme.test/1")
    result = imports.preview(alice, "mine.csv", csv_bytes(SHEET[:2]), mapping=MAPPING)
    assert result.rows[0].status == "update"
    # Added by hand today, applied in 2024 by the sheet: the earlier date is kept.
    assert result.rows[0].why == ("Already here at Applied; moves to Interviewing. "
                                  "Its applied date becomes 1 Mar 2024, the earlier one.")


def test_same_company_and_role_is_a_duplicate_unless_the_links_differ(alice):
    from onward.tracker import services

    services.create_application(alice, company_name="Acme", title="Dev")
    services.create_application(alice, company_name="Beta", title="Dev", posting_url="https://beta.test/1")
    rows = [["Firm", "Job", "Link"], ["ACME", "dev", "https://acme.test/9"], ["Beta", "Dev", "https://beta.test/2"]]
    result = imports.preview(alice, "mine.csv", csv_bytes(rows), mapping={"company": "Firm", "title": "Job",
                                                                          "posting_url": "Link"})
    assert [p.status for p in result.rows] == ["duplicate", "new"]


def test_huntr_reimport_follows_the_board_forward_but_never_back(alice):
    imports.apply(alice, imports.preview(alice, "huntr.csv", csv_bytes(HUNTR)))
    later = [HUNTR[0], [*HUNTR[1][:6], "Offer", HUNTR[1][7]], [*HUNTR[2][:6], "Rejected", HUNTR[2][7]],
             [*HUNTR[4][:6], "Applied", HUNTR[4][7]]]
    result = imports.preview(alice, "huntr.csv", csv_bytes(later))
    assert [p.status for p in result.rows] == ["update", "update", "duplicate"]
    assert result.rows[0].why == "Already here at Interviewing; moves to Offer."
    imports.apply(alice, result)
    stages = dict(Application.objects.filter(owner=alice).values_list("company__name", "stage"))
    assert (stages["Acme"], stages["Beta"], stages["Delta"]) == (Stage.OFFER, Stage.REJECTED, Stage.REJECTED)
    change = StageChange.objects.filter(application__company__name="Acme").last()
    assert change.origin == "import" and "Huntr" in change.reason


def test_a_tags_column_is_guessed_and_kept_in_one_spelling(alice):
    data = csv_bytes([["Company", "Title", "Tags"], ["Acme", "Data Engineer", "python; Remote;remote"]])
    result = imports.preview(alice, "tracker.csv", data)
    assert result.mapping["tags"] == "Tags" and not result.problem
    imports.apply(alice, result)
    assert Application.objects.get(owner=alice).tags == "python, Remote"
