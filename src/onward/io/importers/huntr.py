"""Huntr's data download: a CSV of jobs (or a zip holding it). Huntr's board lists become stages."""

from __future__ import annotations

from functools import partial

from onward.core.text import html_to_text
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
from onward.tracker.stages import Stage

COLUMNS = {
    "id": ("id", "jobId", "Job ID"),
    "title": ("title", "Job Title", "position"),
    "company": ("companyName", "company", "Company Name", "employer"),
    "location": ("location", "Job Location"),
    "url": ("url", "Job URL", "link", "jobUrl"),
    "description": ("htmlDescription", "description", "Job Description"),
    "list": ("listName", "list", "status", "stage", "column"),
    "created": ("createdAt", "Created At", "Date Created", "addedAt"),
    "applied": ("appliedAt", "Applied At", "dateApplied", "Date Applied"),
    "salary": ("salary", "Salary"),
}

# Huntr board list names (normalised) → Onward stage. Lists users named themselves are matched by stage name.
LIST_STAGES = {
    "wishlist": Stage.WISHLIST,
    "saved": Stage.WISHLIST,
    "bookmarked": Stage.WISHLIST,
    "applying": Stage.WISHLIST,
    "applied": Stage.APPLIED,
    "screen": Stage.SCREENING,
    "phonescreen": Stage.SCREENING,
    "interview": Stage.INTERVIEWING,
    "interviewing": Stage.INTERVIEWING,
    "offer": Stage.OFFER,
    "accepted": Stage.ACCEPTED,
    "rejected": Stage.REJECTED,
    "declined": Stage.OFFER_DECLINED,
    "withdrawn": Stage.WITHDRAWN,
    "ghosted": Stage.GHOSTED,
}


def looks_like_huntr(headers: list[str]) -> bool:
    names = {norm(h) for h in headers}
    return "companyname" in names and ("listname" in names or "htmldescription" in names)


def _stage(list_name: str) -> tuple[Stage, str]:
    """The stage for a Huntr list, and the reason to record when it had to be guessed."""
    key = norm(list_name)
    if key in LIST_STAGES:
        return LIST_STAGES[key], ""
    for stage in Stage:
        if key in (norm(stage.value), norm(stage.label)):
            return stage, ""
    if not list_name:
        return Stage.WISHLIST, "Huntr gave no list for this job, so it was added to Wishlist."
    return Stage.WISHLIST, f"Huntr list “{list_name}” has no matching stage, so it was added to Wishlist."


def _rows(where: str, headers: list[str], table: list[dict[str, str]]) -> list[Row]:
    columns = find_columns(headers, COLUMNS)
    require_columns(where, headers, columns)
    rows = []
    for i, cells in enumerate(table, start=2):
        get = partial(cell, cells, columns)
        url = clean_url(get("url"))
        row = Row(line=i, where=where, key="", company_name=get("company"), title=get("title"))
        stage, row.reason = _stage(get("list"))
        row.stage = stage.value
        created = read_date(row, get("created"), what="Created date")
        applied = read_date(row, get("applied"), what="Applied date")
        row.at = applied or created
        row.fields = {
            "posting_url": url,
            "location": get("location")[:200],
            "job_description": html_to_text(get("description")),
        }
        if created:
            row.fields["date_saved"] = created.date()
        if applied and stage != Stage.WISHLIST:
            row.fields["date_applied"] = applied.date()
        row.note = f"Imported from Huntr (list: {get('list')})" if get("list") else "Imported from Huntr"
        if get("id"):
            row.key = f"huntr:{get('id')}"
        elif url:
            row.key = f"huntr:{url_key(url)}"
        else:
            row.key = f"huntr:{norm(row.company_name)}|{norm(row.title)}|{get('created')}"
        rows.append(row)
    return rows


def parse_csv(name: str, data: bytes, encoding: str | None = None) -> list[Row]:
    headers, table = read_csv(data, encoding)
    return _rows(name, headers, table)


def parse_zip(data: bytes) -> list[Row]:
    archive = open_zip(data)
    for name in sorted(archive.namelist()):
        if name.lower().endswith(".csv"):
            headers, table = read_csv(read_member(archive, name))
            if looks_like_huntr(headers):
                return _rows(name.rsplit("/", 1)[-1], headers, table)
    raise ImportFileError("This zip has no Huntr jobs file (a CSV with companyName and listName columns).")
