"""What the REST API reads and writes: input and output schemas, filters and the row shapes."""

from __future__ import annotations

import datetime as dt
from typing import Annotated

from django.db.models import F
from ninja import Field, Path, Schema
from pydantic import AfterValidator, BaseModel, ConfigDict

from onward.core.ids import MAX_ID
from onward.tracker.models import Application, Task
from onward.tracker.stages import Stage

# SQLite and PostgreSQL both index ids as signed 64-bit integers; larger numbers cannot name a row.
Id = Annotated[int, Path(ge=1, le=MAX_ID)]


def _storable(value: str | None) -> str | None:
    # PostgreSQL cannot store NUL characters and no database can store lone surrogates.
    if value is not None and ("\x00" in value or any("\ud800" <= ch <= "\udfff" for ch in value)):
        raise ValueError("contains characters that cannot be stored")
    return value


# Text of at most so many characters, all storable. Spelled out one alias a length, since a type checker
# reads only aliases, not types made by a function.
Storable = AfterValidator(_storable)
Text3 = Annotated[str, Field(max_length=3), Storable]
Text200 = Annotated[str, Field(max_length=200), Storable]
Text300 = Annotated[str, Field(max_length=300), Storable]
Text1000 = Annotated[str, Field(max_length=1000), Storable]
Text10k = Annotated[str, Field(max_length=10_000), Storable]
Text100k = Annotated[str, Field(max_length=100_000), Storable]


Salary = Annotated[int, Field(ge=0, le=2_000_000_000)]
Excitement = Annotated[int, Field(ge=1, le=5)]
StageValue = Annotated[str, Field(max_length=40, description="A stage value, e.g. applied or interviewing")]


class ErrorOut(Schema):
    detail: str


# Output models are plain pydantic models fed with rows (dicts): pydantic then validates a page of them in
# its compiled core, where a ninja Schema would resolve every field of every row in Python.
class ApplicationOut(BaseModel):
    id: int
    company: str
    title: str
    stage: str
    stage_label: str
    posting_url: str
    location: str
    remote_mode: str
    source: str
    salary_min: int | None
    salary_max: int | None
    salary_currency: str
    excitement: int | None
    date_saved: dt.date
    date_applied: dt.date | None
    deadline: dt.date | None
    tags: str
    last_activity_at: dt.datetime
    created_at: dt.datetime


APPLICATION_FIELDS = tuple(f for f in ApplicationOut.model_fields if f not in ("company", "stage_label"))
STAGE_LABELS = {stage.value: stage.label for stage in Stage}


def application_rows(qs) -> list[dict]:
    rows = list(qs.values(*APPLICATION_FIELDS, "_total", company_name=F("company__name")))
    for row in rows:
        row["company"] = row.pop("company_name")
        row["stage_label"] = STAGE_LABELS.get(row["stage"], row["stage"])
    return rows


def application_row(app: Application) -> dict:
    row = {field: getattr(app, field) for field in APPLICATION_FIELDS}
    row["company"] = app.company.name
    row["stage_label"] = app.get_stage_display()
    return row


class ApplicationPage(Schema):
    count: int
    items: list[ApplicationOut]


class ApplicationIn(Schema):
    company: Text200
    title: Text200
    stage: StageValue = Stage.APPLIED.value
    posting_url: Text1000 = ""
    job_description: Text100k = ""
    location: Text200 = ""
    remote_mode: Application.RemoteMode = Application.RemoteMode.UNKNOWN
    source: Application.Source | None = None
    salary_min: Salary | None = None
    salary_max: Salary | None = None
    salary_currency: Text3 = ""
    excitement: Excitement | None = None
    date_applied: dt.date | None = None
    deadline: dt.date | None = None
    tags: Text300 = ""
    note: Text10k = ""


class ApplicationPatch(Schema):
    company: Text200 | None = None
    title: Text200 | None = None
    posting_url: Text1000 | None = None
    job_description: Text100k | None = None
    location: Text200 | None = None
    remote_mode: Application.RemoteMode | None = None
    source: Application.Source | None = None
    salary_min: Salary | None = None
    salary_max: Salary | None = None
    salary_currency: Text3 | None = None
    excitement: Excitement | None = None
    resume_version: Text200 | None = None
    date_applied: dt.date | None = None
    deadline: dt.date | None = None
    tags: Text300 | None = None


class MoveIn(Schema):
    stage: StageValue
    note: Text10k = ""


class MoveOut(Schema):
    moved: bool
    application: ApplicationOut


class TimelineOut(Schema):
    at: dt.datetime
    kind: str
    title: str
    body: str
    origin: str
    reason: str
    # Only the day of `at` is known (an application added later than the day it is dated): its hour is not one.
    day_only: bool


class TaskOut(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: int
    title: str
    kind: str
    status: str
    due_date: dt.date | None
    completed_at: dt.datetime | None
    application_id: int | None
    contact_id: int | None
    notes: str
    origin: str
    created_at: dt.datetime


class TaskPage(Schema):
    count: int
    items: list[TaskOut]


class TaskIn(Schema):
    title: Text300
    kind: Task.Kind = Task.Kind.OTHER
    due_date: dt.date | None = None
    application_id: Annotated[int, Field(ge=1, le=MAX_ID)] | None = None
    contact_id: Annotated[int, Field(ge=1, le=MAX_ID)] | None = None
    notes: Text10k = ""


class ContactOut(BaseModel):
    id: int
    name: str
    company: str | None
    role: str
    email: str
    phone: str
    linkedin_url: str
    last_contacted: dt.date | None
    next_follow_up: dt.date | None
    is_my_person: bool


CONTACT_FIELDS = tuple(f for f in ContactOut.model_fields if f != "company")


def contact_rows(qs) -> list[dict]:
    rows = list(qs.values(*CONTACT_FIELDS, "_total", company_name=F("company__name")))
    for row in rows:
        row["company"] = row.pop("company_name")
    return rows


class ContactPage(Schema):
    count: int
    items: list[ContactOut]


class Page(Schema):
    limit: Annotated[int, Field(ge=1, le=200)] = 50
    offset: Annotated[int, Field(ge=0, le=1_000_000)] = 0


class ApplicationFilters(Page):
    q: Text200 = Field("", description="Words that must each appear in the company, the role title or the tags")
    stage: list[StageValue] = Field(default_factory=list, description="Repeat to include several stages")
    source: list[Application.Source] = Field(default_factory=list)
    applied_from: dt.date | None = None
    applied_to: dt.date | None = None
    sort: Annotated[str, Field(max_length=40)] = "activity"


class TaskFilters(Page):
    status: Task.Status | None = Task.Status.OPEN
    application_id: Annotated[int, Field(ge=1, le=MAX_ID)] | None = None
