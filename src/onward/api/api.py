"""The REST API (django-ninja): thin endpoints over the tracker services, scoped to the token's owner."""

from __future__ import annotations

import datetime as dt
from typing import Annotated

import orjson
from django.core.exceptions import ValidationError as DjangoValidationError
from django.db.models import Count, F, Window
from ninja import Field, NinjaAPI, Path, Query, Schema, Status
from ninja.errors import AuthenticationError
from ninja.errors import ValidationError as NinjaValidationError
from ninja.renderers import JSONRenderer
from ninja.responses import NinjaJSONEncoder
from pydantic import AfterValidator, BaseModel, ConfigDict

from onward.api.auth import TokenAuth
from onward.api.services import update_application
from onward.tracker import services
from onward.tracker.models import Application, Contact, Task
from onward.tracker.services import NotFound
from onward.tracker.stages import Stage


class OrjsonRenderer(JSONRenderer):
    """JSON through orjson, which writes dates and datetimes itself: several times faster on a page of rows than
    the standard encoder calling back into Python for each date. Anything else unusual falls back to ninja's."""

    def render(self, request, data, *, response_status):
        return orjson.dumps(data, default=NinjaJSONEncoder().default, option=orjson.OPT_UTC_Z)


api = NinjaAPI(
    renderer=OrjsonRenderer(),
    title="Onward API",
    version="1",
    description="Your applications, tasks and contacts. Authenticate with a personal token from /api/tokens/.",
    auth=TokenAuth(),
    urls_namespace="onward_api:api",
)

# SQLite and PostgreSQL both index ids as signed 64-bit integers; larger numbers cannot name a row.
MAX_ID = 2**63 - 1
Id = Annotated[int, Path(ge=1, le=MAX_ID)]


def _storable(value: str | None) -> str | None:
    # PostgreSQL cannot store NUL characters and no database can store lone surrogates.
    if value is not None and ("\x00" in value or any("\ud800" <= ch <= "\udfff" for ch in value)):
        raise ValueError("contains characters that cannot be stored")
    return value


def Text(max_length: int):  # noqa: N802 - used like a type
    return Annotated[str, Field(max_length=max_length), AfterValidator(_storable)]


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
    last_activity_at: dt.datetime
    created_at: dt.datetime


APPLICATION_FIELDS = tuple(f for f in ApplicationOut.model_fields if f not in ("company", "stage_label"))
STAGE_LABELS = {stage.value: stage.label for stage in Stage}


def _application_rows(qs) -> list[dict]:
    rows = list(qs.values(*APPLICATION_FIELDS, "_total", company_name=F("company__name")))
    for row in rows:
        row["company"] = row.pop("company_name")
        row["stage_label"] = STAGE_LABELS.get(row["stage"], row["stage"])
    return rows


def _application_row(app: Application) -> dict:
    row = {field: getattr(app, field) for field in APPLICATION_FIELDS}
    row["company"] = app.company.name
    row["stage_label"] = app.get_stage_display()
    return row


class ApplicationPage(Schema):
    count: int
    items: list[ApplicationOut]


class ApplicationIn(Schema):
    company: Text(200)
    title: Text(200)
    stage: StageValue = Stage.APPLIED.value
    posting_url: Text(1000) = ""
    job_description: Text(100_000) = ""
    location: Text(200) = ""
    remote_mode: Application.RemoteMode = Application.RemoteMode.UNKNOWN
    source: Application.Source | None = None
    salary_min: Salary | None = None
    salary_max: Salary | None = None
    salary_currency: Text(3) = ""
    excitement: Excitement | None = None
    date_applied: dt.date | None = None
    deadline: dt.date | None = None
    note: Text(10_000) = ""


class ApplicationPatch(Schema):
    company: Text(200) | None = None
    title: Text(200) | None = None
    posting_url: Text(1000) | None = None
    job_description: Text(100_000) | None = None
    location: Text(200) | None = None
    remote_mode: Application.RemoteMode | None = None
    source: Application.Source | None = None
    salary_min: Salary | None = None
    salary_max: Salary | None = None
    salary_currency: Text(3) | None = None
    excitement: Excitement | None = None
    resume_version: Text(200) | None = None
    date_applied: dt.date | None = None
    deadline: dt.date | None = None


class MoveIn(Schema):
    stage: StageValue
    note: Text(10_000) = ""


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
    title: Text(300)
    kind: Task.Kind = Task.Kind.OTHER
    due_date: dt.date | None = None
    application_id: Annotated[int, Field(ge=1, le=MAX_ID)] | None = None
    contact_id: Annotated[int, Field(ge=1, le=MAX_ID)] | None = None
    notes: Text(10_000) = ""


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


def _contact_rows(qs) -> list[dict]:
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
    q: Text(200) = ""
    stage: list[StageValue] = Field(default_factory=list, description="Repeat to include several stages")
    source: list[Application.Source] = Field(default_factory=list)
    applied_from: dt.date | None = None
    applied_to: dt.date | None = None
    sort: Annotated[str, Field(max_length=40)] = "activity"


class TaskFilters(Page):
    status: Task.Status | None = Task.Status.OPEN
    application_id: Annotated[int, Field(ge=1, le=MAX_ID)] | None = None


def _page(qs, page: Page, rows=list) -> dict:
    """One page of a query and the total, in one query: each row carries the total as `_total`.

    `rows` turns the page's queryset into what the output model reads. Only a page past the end, which has no
    row to carry it, costs a second query for the total.
    """
    items = rows(qs.annotate(_total=Window(Count("pk")))[page.offset : page.offset + page.limit])
    if items:
        first = items[0]
        total = first["_total"] if isinstance(first, dict) else first._total
    else:
        total = qs.count() if page.offset else 0
    return {"count": total, "items": items}


# --- errors: always JSON with a message for people, never a 500 for bad input ---------------------


@api.exception_handler(NotFound)
def _not_found(request, exc):
    return api.create_response(request, {"detail": str(exc)}, status=404)


# Service errors (TrackerError, an unknown stage) subclass ValueError and carry a message for people.
@api.exception_handler(ValueError)
def _service_error(request, exc):
    return api.create_response(request, {"detail": str(exc)}, status=400)


@api.exception_handler(DjangoValidationError)
def _django_validation(request, exc):
    parts = [
        f"{field}: {' '.join(messages)}" if field != "__all__" else " ".join(messages)
        for field, messages in getattr(exc, "message_dict", {"__all__": exc.messages}).items()
    ]
    return api.create_response(request, {"detail": "; ".join(parts)}, status=400)


@api.exception_handler(NinjaValidationError)
def _input_error(request, exc):
    parts = []
    for error in exc.errors:
        where = ".".join(str(p) for p in error.get("loc", ()) if p not in ("body", "query", "path", "payload"))
        parts.append(f"{where}: {error.get('msg', 'is not valid')}" if where else error.get("msg", "is not valid"))
    return api.create_response(request, {"detail": "; ".join(parts) or "The request is not valid."}, status=400)


@api.exception_handler(AuthenticationError)
def _unauthenticated(request, exc):
    return api.create_response(
        request, {"detail": "A valid API token is needed, sent as 'Authorization: Bearer <token>'."}, status=401
    )


ERRORS = {400: ErrorOut, 401: ErrorOut}
ERRORS_404 = {**ERRORS, 404: ErrorOut}


# --- applications ----------------------------------------------------------------------------


@api.get("/applications", response={200: ApplicationPage, **ERRORS}, url_name="applications")
def list_applications(request, filters: Query[ApplicationFilters]):
    """Your applications, most recent activity first, with the board's filters."""
    qs = services.list_applications(
        request.auth, q=filters.q, stages=filters.stage or None, sources=filters.source or None,
        applied_from=filters.applied_from, applied_to=filters.applied_to, sort=filters.sort,
    )
    return _page(qs, filters, _application_rows)


@api.post("/applications", response={201: ApplicationOut, **ERRORS}, url_name="applications_create")
def create_application(request, payload: ApplicationIn):
    data = payload.dict()
    fields = {k: v for k, v in data.items() if k not in ("company", "title", "stage", "note")}
    fields["source"] = fields["source"] or ""
    app = services.create_application(
        request.auth, company_name=data["company"], title=data["title"], stage=data["stage"], note=data["note"],
        **fields,
    )
    return Status(201, _application_row(app))


@api.get("/applications/{app_id}", response={200: ApplicationOut, **ERRORS_404}, url_name="application")
def get_application(request, app_id: Id):
    return _application_row(services.get_application(request.auth, app_id))


@api.patch("/applications/{app_id}", response={200: ApplicationOut, **ERRORS_404}, url_name="application_update")
def patch_application(request, app_id: Id, payload: ApplicationPatch):
    """Change an application's details. Only the fields sent change; the stage changes through /move."""
    app = services.get_application(request.auth, app_id)
    return _application_row(update_application(app, payload.dict(exclude_unset=True)))


@api.post("/applications/{app_id}/move", response={200: MoveOut, **ERRORS_404}, url_name="application_move")
def move_application(request, app_id: Id, payload: MoveIn):
    """Move to another stage; the change is kept in the application's history."""
    app = services.get_application(request.auth, app_id)
    change = services.move_application(app, payload.stage, note=payload.note)
    return {"moved": change is not None, "application": _application_row(app)}


@api.get(
    "/applications/{app_id}/timeline", response={200: list[TimelineOut], **ERRORS_404},
    url_name="application_timeline",
)
def application_timeline(request, app_id: Id):
    """Everything that happened to one application, oldest first."""
    app = services.get_application(request.auth, app_id)
    return [
        {"at": e.at, "kind": e.kind, "title": e.title, "body": e.body, "origin": e.origin, "reason": e.reason}
        for e in services.timeline(app)
    ]


# --- tasks and contacts ----------------------------------------------------------------------


@api.get("/tasks", response={200: TaskPage, **ERRORS_404}, url_name="tasks")
def list_tasks(request, filters: Query[TaskFilters]):
    application = services.get_application(request.auth, filters.application_id) if filters.application_id else None
    return _page(services.list_tasks(request.auth, status=filters.status, application=application), filters)


@api.post("/tasks", response={201: TaskOut, **ERRORS_404}, url_name="tasks_create")
def create_task(request, payload: TaskIn):
    application = services.get_application(request.auth, payload.application_id) if payload.application_id else None
    contact = None
    if payload.contact_id:
        contact = Contact.objects.filter(owner=request.auth, pk=payload.contact_id).first()
        if contact is None:
            raise NotFound(f"No contact with id {payload.contact_id}.")
    task = services.add_task(
        request.auth, title=payload.title, kind=payload.kind, due_date=payload.due_date, application=application,
        contact=contact, notes=payload.notes,
    )
    return Status(201, task)


@api.post("/tasks/{task_id}/done", response={200: TaskOut, **ERRORS_404}, url_name="task_done")
def complete_task(request, task_id: Id):
    return services.complete_task(services.get_task(request.auth, task_id))


@api.get("/contacts", response={200: ContactPage, **ERRORS}, url_name="contacts")
def list_contacts(request, page: Query[Page]):
    qs = Contact.objects.filter(owner=request.auth).order_by("name", "id")
    return _page(qs, page, _contact_rows)
