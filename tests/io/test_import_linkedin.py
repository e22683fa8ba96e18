import datetime as dt
import io
import zipfile

import pytest

from onward.core.models import Origin
from onward.io import imports
from onward.io.importers.base import ImportFileError
from onward.tracker.models import Application, StageChange
from onward.tracker.stages import Stage

APPLIED_HEADER = (
    "Application Date,Contact Email,Contact Phone Number,Company Name,Job Title,Job Url,Resume Name,"
    "Question And Answers\n"
)


def applied_csv(*rows: str, header: str = APPLIED_HEADER) -> bytes:
    return (header + "".join(r + "\n" for r in rows)).encode()


def saved_csv(*rows: str) -> bytes:
    return ("Saved Date,Job Url,Job Title,Company Name\n" + "".join(r + "\n" for r in rows)).encode()


def make_zip(files: dict[str, bytes]) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        for name, data in files.items():
            zf.writestr(name, data)
    return buf.getvalue()


ROW_ACME = '"7/6/23, 2:20 PM",jo@acme.test,,Acme,Data Engineer,https://www.linkedin.com/jobs/view/111/?trk=x,cv.pdf,'
ROW_BETA = '"12/24/23, 9:05 AM",,,Beta GmbH,Backend Developer,https://www.linkedin.com/jobs/view/222/,,'


def test_applications_csv_creates_applied_with_history_at_the_application_date(alice):
    result = imports.preview(alice, "Job Applications.csv", applied_csv(ROW_ACME, ROW_BETA))
    assert result.format == "linkedin"
    assert [p.status for p in result.rows] == ["new", "new"]
    assert Application.objects.filter(owner=alice).count() == 0  # preview writes nothing
    counts = imports.apply(alice, result)
    assert counts["new"] == 2
    app = Application.objects.get(owner=alice, company__name="Acme")
    assert app.stage == Stage.APPLIED
    assert app.date_applied == dt.date(2023, 7, 6)
    assert app.date_saved == dt.date(2023, 7, 6)
    assert app.resume_version == "cv.pdf"
    [change] = StageChange.objects.filter(application=app)
    assert change.origin == Origin.IMPORT
    assert change.changed_at.date() == dt.date(2023, 7, 6)
    assert "LinkedIn" in change.reason
    assert "jo@acme.test" not in change.note  # the applicant's own address, not a contact


def test_reimport_adds_nothing(alice):
    data = applied_csv(ROW_ACME, ROW_BETA)
    imports.apply(alice, imports.preview(alice, "Job Applications.csv", data))
    again = imports.preview(alice, "Job Applications.csv", data)
    assert [p.status for p in again.rows] == ["duplicate", "duplicate"]
    assert imports.apply(alice, again)["new"] == 0
    assert Application.objects.filter(owner=alice).count() == 2


def test_zip_with_parts_and_saved_jobs_imports_a_job_saved_and_applied_once(alice):
    archive = make_zip({
        "Jobs/Job Applications.csv": applied_csv(ROW_ACME),
        "Jobs/Job Applications_1.csv": applied_csv(ROW_BETA),
        "Jobs/Saved Jobs.csv": saved_csv(
            '"3/2/24, 5:38 PM",https://www.linkedin.com/jobs/view/111/,Data Engineer,Acme',
            '"3/3/24, 8:00 AM",https://www.linkedin.com/jobs/view/333/,Analyst,Gamma',
        ),
        "Profile.csv": b"First Name\nJo\n",
    })
    result = imports.preview(alice, "Basic_LinkedInDataExport.zip", archive)
    assert [(p.row.company_name, p.status) for p in result.rows] == [
        ("Acme", "new"), ("Beta GmbH", "new"), ("Acme", "duplicate"), ("Gamma", "new")
    ]
    imports.apply(alice, result)
    gamma = Application.objects.get(owner=alice, company__name="Gamma")
    assert gamma.stage == Stage.WISHLIST
    assert gamma.date_saved == dt.date(2024, 3, 3)
    assert gamma.date_applied is None


def test_saved_then_applied_moves_the_wishlist_entry_on(alice):
    url = "https://www.linkedin.com/jobs/view/111/"
    saved = saved_csv(f'"3/2/23, 5:38 PM",{url},Data Engineer,Acme')
    imports.apply(alice, imports.preview(alice, "Saved Jobs.csv", saved))
    result = imports.preview(alice, "Job Applications.csv", applied_csv(ROW_ACME))
    assert result.rows[0].status == "update"
    imports.apply(alice, result)
    [app] = Application.objects.filter(owner=alice)
    assert app.stage == Stage.APPLIED
    assert list(app.stage_changes.values_list("to_stage", flat=True)) == [Stage.WISHLIST, Stage.APPLIED]


def test_headers_matched_loosely(alice):
    header = "application_date,COMPANY NAME,job title,Job URL\n"
    data = (header + '"7/6/23, 2:20 PM",Acme,Data Engineer,\n').encode()
    result = imports.preview(alice, "Job Applications.csv", data)
    assert result.format == "linkedin"
    assert result.rows[0].status == "new"


def test_unknown_date_and_missing_title_are_reported_per_row_and_nothing_half_imported(alice):
    data = applied_csv(ROW_ACME, '"someday",,,Beta,Dev,,,', '"7/6/23, 2:20 PM",,,Gamma,,,,')
    result = imports.preview(alice, "Job Applications.csv", data)
    statuses = {p.row.company_name: (p.status, p.why) for p in result.rows}
    assert statuses["Acme"][0] == "new"
    assert statuses["Beta"][0] == "invalid" and "'someday'" in statuses["Beta"][1]
    assert statuses["Gamma"][0] == "invalid" and statuses["Gamma"][1] == "No role title."
    assert result.rows[1].row.label == "Job Applications.csv row 3"


@pytest.mark.parametrize("encoding", ["utf-8-sig", "utf-16", "cp1252"])
def test_encodings(alice, encoding):
    text = APPLIED_HEADER + '"7/6/23, 2:20 PM",,,Société Générale Zürich,Ingénieur données,,,\n'
    result = imports.preview(alice, "Job Applications.csv", text.encode(encoding))
    assert result.rows[0].row.company_name == "Société Générale Zürich"
    assert result.rows[0].row.title == "Ingénieur données"


def test_broken_zip_is_refused_with_a_clear_message(alice):
    archive = make_zip({"Jobs/Job Applications.csv": applied_csv(ROW_ACME)})
    with pytest.raises(ImportFileError, match="damaged or incomplete"):
        imports.preview(alice, "export.zip", archive[: len(archive) // 2])


def test_zip_without_jobs_files_says_what_to_choose(alice):
    with pytest.raises(ImportFileError, match="Job applications"):
        imports.preview(alice, "export.zip", make_zip({"Profile.csv": b"a\n1\n"}), fmt="linkedin")


def test_missing_company_column_names_the_columns_found(alice):
    data = b"Application Date,Job Title\n7/6/23,Dev\n"
    with pytest.raises(ImportFileError, match="no column for company"):
        imports.preview(alice, "Job Applications.csv", data, fmt="linkedin")


def test_apply_is_all_or_nothing(alice, monkeypatch):
    from onward.io.models import ImportRecord

    def fail(*args, **kwargs):
        raise RuntimeError("disk full")

    # The applications are written first, then the records of what was imported: a failure there undoes all.
    monkeypatch.setattr(ImportRecord.objects, "bulk_create", fail)
    result = imports.preview(alice, "Job Applications.csv", applied_csv(ROW_ACME, ROW_BETA))
    with pytest.raises(RuntimeError):
        imports.apply(alice, result)
    assert Application.objects.filter(owner=alice).count() == 0


def test_one_users_import_does_not_mark_anothers_rows(alice, bob):
    data = applied_csv(ROW_ACME)
    imports.apply(alice, imports.preview(alice, "Job Applications.csv", data))
    result = imports.preview(bob, "Job Applications.csv", data)
    assert result.rows[0].status == "new"
