"""LinkedIn's data export: `Jobs/Job Applications*.csv` (applied) and `Jobs/Saved Jobs.csv` (wishlist).

LinkedIn renames its columns now and then, so headers are matched loosely and through synonyms.
"""

from __future__ import annotations

import re
from functools import partial

from onward.io.importers.base import (
    ImportFileError,
    Row,
    cell,
    clean_url,
    find_columns,
    norm,
    open_zip,
    read_csv,
    read_date,
    read_member,
    require_columns,
    url_key,
)

APPLIED_COLUMNS = {
    "date": ("Application Date", "Applied Date", "Applied On", "Date Applied", "Date"),
    "company": ("Company Name", "Company", "Organization", "Employer"),
    "title": ("Job Title", "Title", "Position", "Role"),
    "url": ("Job Url", "Job Link", "Url", "Link", "Job Posting Url"),
    # "Contact Email" and "Contact Phone Number" are the applicant's own details as given to LinkedIn, not a
    # contact at the company, so they are not read.
    "resume": ("Resume Name", "Resume", "Resume File"),
    "answers": ("Question And Answers", "Questions And Answers", "Screening Questions"),
}
SAVED_COLUMNS = {
    "date": ("Saved Date", "Date Saved", "Saved On", "Date"),
    "company": APPLIED_COLUMNS["company"],
    "title": APPLIED_COLUMNS["title"],
    "url": APPLIED_COLUMNS["url"],
}

_APPLICATIONS_FILE = re.compile(r"(^|/)job ?applications?(_\d+)?\.csv$", re.IGNORECASE)
_SAVED_FILE = re.compile(r"(^|/)saved ?jobs?(_\d+)?\.csv$", re.IGNORECASE)


def looks_like_applications(headers: list[str]) -> bool:
    found = find_columns(headers, APPLIED_COLUMNS)
    return {"company", "title"} <= found.keys() and any(norm(h) == "applicationdate" for h in headers)


def looks_like_saved(headers: list[str]) -> bool:
    found = find_columns(headers, SAVED_COLUMNS)
    return {"company", "title"} <= found.keys() and any(norm(h) == "saveddate" for h in headers)


def zip_members(names: list[str]) -> tuple[list[str], list[str]]:
    """The application files (all parts, in order) and the saved-jobs files in a LinkedIn export zip."""
    return (
        sorted(n for n in names if _APPLICATIONS_FILE.search(n)),
        sorted(n for n in names if _SAVED_FILE.search(n)),
    )


def _key(url: str, company: str, title: str, day: str) -> str:
    if url:
        return f"linkedin:{url_key(url)}"
    return f"linkedin:{norm(company)}|{norm(title)}|{day}"


def _rows(where: str, headers: list[str], table: list[dict[str, str]], *, saved: bool) -> list[Row]:
    columns = find_columns(headers, SAVED_COLUMNS if saved else APPLIED_COLUMNS)
    require_columns(where, headers, columns)
    rows = []
    for i, cells in enumerate(table, start=2):
        get = partial(cell, cells, columns)
        url = clean_url(get("url"))
        row = Row(line=i, where=where, key="", company_name=get("company"), title=get("title"))
        row.at = read_date(row, get("date"), what="Saved date" if saved else "Application date")
        row.key = _key(url, row.company_name, row.title, row.at.date().isoformat() if row.at else get("date"))
        row.fields = {"posting_url": url, "source": "job_board"}
        if saved:
            row.stage = "wishlist"
            if row.at:
                row.fields["date_saved"] = row.at.date()
            row.note = "Saved on LinkedIn"
        else:
            row.stage = "applied"
            if row.at:
                row.fields["date_applied"] = row.at.date()
                row.fields["date_saved"] = row.at.date()
            row.fields["resume_version"] = get("resume")[:200]
            row.note = "Applied through LinkedIn"
        rows.append(row)
    return rows


def parse_csv(name: str, data: bytes, encoding: str | None = None) -> list[Row]:
    headers, table = read_csv(data, encoding)
    if looks_like_saved(headers):
        return _rows(name, headers, table, saved=True)
    return _rows(name, headers, table, saved=False)


def parse_zip(data: bytes) -> list[Row]:
    """Applications first, so a job both saved and applied to is imported once, as applied."""
    archive = open_zip(data)
    applied, saved = zip_members(archive.namelist())
    if not applied and not saved:
        raise ImportFileError(
            "This zip has no Jobs/Job Applications.csv or Jobs/Saved Jobs.csv. In LinkedIn's data export, "
            "choose “Job applications” and “Saved jobs”, or upload the CSV files themselves."
        )
    rows: list[Row] = []
    for names, is_saved in ((applied, False), (saved, True)):
        for name in names:
            headers, table = read_csv(read_member(archive, name))
            rows += _rows(name.rsplit("/", 1)[-1], headers, table, saved=is_saved)
    return rows
