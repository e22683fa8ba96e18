"""The REST API's endpoints, under /api/v1/: thin, they call the tracker services.

Errors are always JSON with a message for people, never a 500 for bad input.
"""

from __future__ import annotations

import orjson
from django.core.exceptions import ValidationError as DjangoValidationError
from django.db.models import Count, Window
from ninja import NinjaAPI, Query, Status
from ninja.errors import AuthenticationError
from ninja.errors import ValidationError as NinjaValidationError
from ninja.renderers import JSONRenderer
from ninja.responses import NinjaJSONEncoder

from onward.api.auth import TokenAuth
from onward.api.schemas import (
    ApplicationFilters,
    ApplicationIn,
    ApplicationOut,
    ApplicationPage,
    ApplicationPatch,
    ContactPage,
    ErrorOut,
    Id,
    MoveIn,
    MoveOut,
    Page,
    TaskFilters,
    TaskIn,
    TaskOut,
    TaskPage,
    TimelineOut,
    application_row,
    application_rows,
    contact_rows,
)
from onward.core.errors import NotFound, OnwardError, report_bug
from onward.tracker import services


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


@api.exception_handler(NotFound)
def _not_found(request, exc):
    return api.create_response(request, {"detail": str(exc)}, status=404)


# Problems the user can fix (every service error subclasses OnwardError) carry a message for people.
@api.exception_handler(OnwardError)
def _service_error(request, exc):
    return api.create_response(request, {"detail": str(exc)}, status=400)


# Anything else is a bug: logged under a reference the answer gives, never passed off as a bad request.
@api.exception_handler(Exception)
def _bug(request, exc):
    reference = report_bug(f"API {request.method} {request.path}")
    return api.create_response(request, {
        "detail": f"Something went wrong inside Onward. This is a bug, not a problem with your request; "
                  f"if you report it, please mention the reference {reference}."}, status=500)


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


@api.get("/applications", response={200: ApplicationPage, **ERRORS}, url_name="applications")
def list_applications(request, filters: Query[ApplicationFilters]):
    """Your applications, most recent activity first, with the board's filters."""
    qs = services.list_applications(
        request.auth, q=filters.q, stages=filters.stage or None, sources=filters.source or None,
        applied_from=filters.applied_from, applied_to=filters.applied_to, sort=filters.sort,
    )
    return _page(qs, filters, application_rows)


@api.post("/applications", response={201: ApplicationOut, **ERRORS}, url_name="applications_create")
def create_application(request, payload: ApplicationIn):
    data = payload.dict()
    fields = {k: v for k, v in data.items() if k not in ("company", "title", "stage", "note")}
    fields["source"] = fields["source"] or ""
    app = services.create_application(
        request.auth, company_name=data["company"], title=data["title"], stage=data["stage"], note=data["note"],
        **fields,
    )
    return Status(201, application_row(app))


@api.get("/applications/{app_id}", response={200: ApplicationOut, **ERRORS_404}, url_name="application")
def get_application(request, app_id: Id):
    return application_row(services.get_application(request.auth, app_id))


@api.patch("/applications/{app_id}", response={200: ApplicationOut, **ERRORS_404}, url_name="application_update")
def patch_application(request, app_id: Id, payload: ApplicationPatch):
    """Change an application's details. Only the fields sent change; the stage changes through /move."""
    app = services.get_application(request.auth, app_id)
    return application_row(services.update_application(app, payload.dict(exclude_unset=True)))


@api.post("/applications/{app_id}/move", response={200: MoveOut, **ERRORS_404}, url_name="application_move")
def move_application(request, app_id: Id, payload: MoveIn):
    """Move to another stage; the change is kept in the application's history."""
    app = services.get_application(request.auth, app_id)
    change = services.move(app, payload.stage, note=payload.note)
    return {"moved": change is not None, "application": application_row(app)}


@api.get(
    "/applications/{app_id}/timeline", response={200: list[TimelineOut], **ERRORS_404},
    url_name="application_timeline",
)
def application_timeline(request, app_id: Id):
    """Everything that happened to one application, oldest first."""
    app = services.get_application(request.auth, app_id)
    return [
        {"at": e.at, "kind": e.kind, "title": e.title, "body": e.body, "origin": e.origin, "reason": e.reason,
         "day_only": e.day_only}
        for e in services.timeline(app)
    ]


@api.get("/tasks", response={200: TaskPage, **ERRORS_404}, url_name="tasks")
def list_tasks(request, filters: Query[TaskFilters]):
    application = services.get_application(request.auth, filters.application_id) if filters.application_id else None
    return _page(services.list_tasks(request.auth, status=filters.status, application=application), filters)


@api.post("/tasks", response={201: TaskOut, **ERRORS_404}, url_name="tasks_create")
def create_task(request, payload: TaskIn):
    application = services.get_application(request.auth, payload.application_id) if payload.application_id else None
    contact = services.get_contact(request.auth, payload.contact_id) if payload.contact_id else None
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
    return _page(services.list_contacts(request.auth), page, contact_rows)
