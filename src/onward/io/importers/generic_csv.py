"""Any spreadsheet (CSV or XLSX): the person says which column holds what; Onward guesses first."""

from __future__ import annotations

import hashlib
from functools import partial

from onward.io.importers.base import ImportFileError, Row, cell, clean_url, find_columns, norm, read_date, url_key
from onward.tracker.models import Application, tags_that_fit
from onward.tracker.stages import Stage, UnknownStage, parse_stage

# The fields a column can fill, with the header names guessed for each (a saved mapping overrides the guess).
FIELDS = {
    "company": ("Company", "Company Name", "Employer", "Organisation", "Organization", "companyName"),
    "title": ("Title", "Job Title", "Role", "Position", "Role Title"),
    "stage": ("Stage", "Status", "State", "List", "listName"),
    "date_applied": ("Date Applied", "Applied", "Application Date", "Applied On", "Applied Date"),
    "date_saved": ("Date Saved", "Saved", "Saved Date", "Created", "Date Added", "Added"),
    "posting_url": ("URL", "Link", "Job URL", "Posting URL", "Job Link"),
    "location": ("Location", "City", "Place"),
    "source": ("Source", "Channel", "Found Via", "Found On"),
    "job_description": ("Description", "Job Description", "JD"),
    "notes": ("Notes", "Note", "Comments", "Comment"),
    "tags": ("Tags", "Tag", "Labels", "Label"),
}
FIELD_LABELS = {
    "company": "Company",
    "title": "Role title",
    "stage": "Stage",
    "date_applied": "Date applied",
    "date_saved": "Date saved",
    "posting_url": "Posting URL",
    "location": "Location",
    "source": "Source",
    "job_description": "Job description",
    "notes": "Notes",
    "tags": "Tags",
}
REQUIRED = ("company", "title")


def headers_key(headers: list[str]) -> str:
    """A fingerprint of the column names, so a saved mapping is offered again for the same kind of file."""
    return hashlib.sha256("\x1f".join(sorted(norm(h) for h in headers if h)).encode()).hexdigest()


def guess_mapping(headers: list[str]) -> dict[str, str]:
    return find_columns(headers, FIELDS)


def check_mapping(headers: list[str], mapping: dict[str, str]) -> dict[str, str]:
    """The mapping limited to known fields and real columns; ImportFileError when company or title is unmapped."""
    unknown = [f for f in mapping if f not in FIELDS]
    if unknown:
        raise ImportFileError(f"Unknown field {unknown[0]!r}. Fields: {', '.join(FIELDS)}.")
    absent = [c for c in mapping.values() if c and c not in headers]
    if absent:
        raise ImportFileError(f"There is no column {absent[0]!r}. Columns: {', '.join(headers)}.")
    mapping = {f: c for f, c in mapping.items() if c}
    missing = [FIELD_LABELS[f].lower() for f in REQUIRED if f not in mapping]
    if missing:
        raise ImportFileError(f"Choose the column that holds the {' and the '.join(missing)}.")
    return mapping


def _source(value: str) -> str:
    key = norm(value)
    for choice in Application.Source:
        if key in (norm(choice.value), norm(choice.label)):
            return choice.value
    return ""


def rows(where: str, headers: list[str], table: list[dict[str, str]], mapping: dict[str, str]) -> list[Row]:
    mapping = check_mapping(headers, mapping)
    result = []
    for i, cells in enumerate(table, start=2):
        get = partial(cell, cells, mapping)
        row = Row(line=i, where=where, key="", company_name=get("company"), title=get("title"))
        stage = Stage.APPLIED
        if get("stage"):
            try:
                stage = parse_stage(get("stage"))
            except UnknownStage:
                row.problems.append(f"unknown stage {get('stage')!r}")
        row.stage = stage.value
        applied = read_date(row, get("date_applied"), what="Date applied")
        saved = read_date(row, get("date_saved"), what="Date saved")
        url = clean_url(get("posting_url"))
        if get("posting_url") and not url:
            row.problems.append(f"the link {get('posting_url')!r} is not a web address")
        row.fields = {
            "posting_url": url,
            "location": get("location")[:200],
            "job_description": get("job_description"),
            "source": _source(get("source")),
            "tags": tags_that_fit(get("tags")),
        }
        if applied and stage != Stage.WISHLIST:
            row.fields["date_applied"] = applied.date()
        if saved:
            row.fields["date_saved"] = saved.date()
        row.at = applied or saved
        row.note = get("notes")
        day = (row.at.date().isoformat() if row.at else "")
        row.key = f"csv:{url_key(url)}" if url else f"csv:{norm(row.company_name)}|{norm(row.title)}|{day}"
        result.append(row)
    return result
