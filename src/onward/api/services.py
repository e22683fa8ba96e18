"""What the REST API needs beyond the tracker services: editing an application's details."""

from __future__ import annotations

from django.db import transaction

from onward.tracker.models import Application
from onward.tracker.services import TrackerError, get_or_create_company, touch

# Fields the API may change directly; the stage changes only through a move, which records history.
EDITABLE = {
    "title", "posting_url", "job_description", "location", "remote_mode", "source", "salary_min", "salary_max",
    "salary_currency", "excitement", "resume_version", "date_applied", "deadline",
}


@transaction.atomic
def update_application(app: Application, changes: dict) -> Application:
    unknown = set(changes) - EDITABLE - {"company"}
    if unknown:
        raise TrackerError(f"These fields cannot be changed here: {', '.join(sorted(unknown))}.")
    if "company" in changes:
        app.company = get_or_create_company(app.owner, changes.pop("company") or "")
    if "title" in changes:
        changes["title"] = " ".join((changes["title"] or "").split())
        if not changes["title"]:
            raise TrackerError("A role title is needed.")
    for field, value in changes.items():
        # Blank text fields are stored as "", never NULL.
        if value is None and not Application._meta.get_field(field).null:
            value = ""
        setattr(app, field, value)
    app.full_clean(exclude=["company", "owner"])
    app.save()
    touch(app)
    return app
