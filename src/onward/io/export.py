"""Export everything a user owns, as JSON (complete, for importing back) or CSV (one row per application).

The web app and the CLI both call these functions; they only ever read rows owned by the given user.
"""

from __future__ import annotations

import datetime as dt
import json
from typing import IO, Any

from django.core import serializers
from django.core.serializers.json import DjangoJSONEncoder
from django.db.models import Prefetch
from django.utils import timezone

from onward import __version__
from onward.core import csvfile
from onward.core.errors import OnwardError
from onward.core.services import profile_for
from onward.insights.models import GoalEntry, MoodCheckIn, RestWeek, RoutineRules, WeeklyGoal
from onward.mail.models import LabelThreshold, LedgerEntry, MailMessage
from onward.match.models import ResumeVersion, SavedReport
from onward.playbook.models import Debrief, PlanItem, Rejection, UserPlaybook, Win
from onward.tracker.models import Application, Company, Contact, Interview, Note, StageChange, Task

FORMAT_NAME = "onward-export"
# Bump when the shape changes, so an importer can tell which layout it is reading.
FORMAT_VERSION = 1
FORMATS = ("json", "csv")

# Each top-level section of the JSON export: its key and the model whose owned rows it holds.
# Stage history is nested inside each application instead of being a section of its own.
# A section comes after every section it links to, so an importer can create rows in this order.
SECTIONS = (
    ("companies", Company),
    ("contacts", Contact),
    ("applications", Application),
    ("interviews", Interview),
    ("tasks", Task),
    ("notes", Note),
    ("rejections", Rejection),
    ("plan_items", PlanItem),
    ("debriefs", Debrief),
    ("wins", Win),
    ("playbooks", UserPlaybook),
    ("weekly_goals", WeeklyGoal),
    ("goal_entries", GoalEntry),
    ("rest_weeks", RestWeek),
    ("mood_check_ins", MoodCheckIn),
    ("routine_rules", RoutineRules),
    ("resume_versions", ResumeVersion),
    ("match_reports", SavedReport),
    # Kept mail: each message with its ledger row (ids and outcome), label, links, what it changed and the
    # label a person gave it, which is what the classifier learns from. Mail that was not kept is left out.
    ("mail_ledger", LedgerEntry),
    ("mail_messages", MailMessage),
    ("mail_thresholds", LabelThreshold),
)
# Sections holding only some of the owner's rows.
SECTION_FILTERS = {LedgerEntry: {"mail_message__isnull": False}}

# Fields that only say who owns a row: the export is one user's, so they carry nothing.
# Counted facts are worked out again from the history on restore (tracker.services.refresh_facts).
_SKIP_FIELDS = {"owner", "user", "stages_seen", "first_answer_at"}


def _records(queryset) -> list[dict[str, Any]]:
    """Rows as plain dicts: Django's serializer gives every field, foreign keys and many-to-many as ids."""
    model = queryset.model
    fields = [f.name for f in model._meta.get_fields() if f.concrete and f.name not in _SKIP_FIELDS and f.name != "id"]
    return [
        {"id": row["pk"], **row["fields"]}
        for row in serializers.serialize("python", queryset.order_by("pk"), fields=fields)
    ]


def owned(model, owner):
    """The rows of `model` that belong to `owner`, whichever of the usual names the owner field has."""
    names = {f.name for f in model._meta.concrete_fields}
    return model.objects.filter(**{"owner" if "owner" in names else "user": owner})


def _history(app: Application) -> list[dict[str, Any]]:
    return [
        {
            "id": ch.pk,
            "from_stage": ch.from_stage,
            "to_stage": ch.to_stage,
            "changed_at": ch.changed_at,
            "note": ch.note,
            "origin": ch.origin,
            "reason": ch.reason,
            "created_at": ch.created_at,
        }
        for ch in app.stage_changes.all()
    ]


def export_data(owner) -> dict[str, Any]:
    """Everything `owner` has, as one JSON-ready dict (dates still as Python objects)."""
    profile = profile_for(owner)
    data: dict[str, Any] = {
        "format": FORMAT_NAME,
        "version": FORMAT_VERSION,
        "app_version": __version__,
        "exported_at": timezone.now(),
        "user": {"username": owner.get_username()},
    }
    data["profile"] = _records(type(profile).objects.filter(pk=profile.pk))[0]
    del data["profile"]["id"]
    for key, model in SECTIONS:
        data[key] = _records(owned(model, owner).filter(**SECTION_FILTERS.get(model, {})))
    histories = Application.objects.filter(owner=owner).prefetch_related(
        Prefetch("stage_changes", queryset=StageChange.objects.filter(owner=owner).order_by("changed_at", "id"))
    )
    by_id = {app.pk: _history(app) for app in histories}
    for record in data["applications"]:
        record["stage_history"] = by_id[record["id"]]
    return data


def write_json(owner, stream: IO[str]) -> None:
    json.dump(export_data(owner), stream, cls=DjangoJSONEncoder, ensure_ascii=False, indent=2)
    stream.write("\n")


def _day(value: dt.datetime) -> str:
    return timezone.localtime(value).strftime("%d %b")


def history_text(changes) -> str:
    """The stage path in words, e.g. "Applied 03 Aug → Screening 08 Aug → Rejected 20 Aug"."""
    return " → ".join(f"{ch.get_to_stage_display()} {_day(ch.changed_at)}" for ch in changes)


CSV_COLUMNS = (
    "id",
    "company",
    "title",
    "stage",
    "source",
    "location",
    "remote_mode",
    "posting_url",
    "salary_min",
    "salary_max",
    "salary_currency",
    "excitement",
    "resume_version",
    "date_saved",
    "date_applied",
    "deadline",
    "tags",
    "last_activity",
    "history",
)


def csv_rows(owner):
    """One dict per application, newest activity first, with its stage history as text."""
    apps = (
        Application.objects.filter(owner=owner)
        .select_related("company")
        .prefetch_related(Prefetch("stage_changes", queryset=StageChange.objects.order_by("changed_at", "id")))
        .order_by("-last_activity_at", "-id")
    )
    for app in apps:
        yield {
            "id": app.pk,
            "company": app.company.name,
            "title": app.title,
            "stage": app.get_stage_display(),
            "source": app.get_source_display() if app.source else "",
            "location": app.location,
            "remote_mode": app.get_remote_mode_display() if app.remote_mode else "",
            "posting_url": app.posting_url,
            "salary_min": app.salary_min if app.salary_min is not None else "",
            "salary_max": app.salary_max if app.salary_max is not None else "",
            "salary_currency": app.salary_currency,
            "excitement": app.excitement if app.excitement is not None else "",
            "resume_version": app.resume_version,
            "date_saved": app.date_saved.isoformat(),
            "date_applied": app.date_applied.isoformat() if app.date_applied else "",
            "deadline": app.deadline.isoformat() if app.deadline else "",
            "tags": app.tags,
            "last_activity": timezone.localtime(app.last_activity_at).date().isoformat(),
            "history": history_text(app.stage_changes.all()),
        }


def write_csv(owner, stream: IO[str]) -> None:
    writer = csvfile.dict_writer(stream, CSV_COLUMNS)
    writer.writeheader()
    writer.writerows(csv_rows(owner))


class ExportError(OnwardError):
    pass


def write_export(owner, fmt: str, stream: IO[str]) -> None:
    """Write `owner`'s data in `fmt` ("json" or "csv") to a text stream."""
    writers = {"json": write_json, "csv": write_csv}
    if fmt not in writers:
        raise ExportError(f"Unknown export format {fmt!r}. Choose one of: {', '.join(FORMATS)}.")
    writers[fmt](owner, stream)


def application_summary(app: Application) -> dict[str, Any]:
    """The fields a listing shows for one application, JSON-ready (used by `onward list --json`)."""
    return {
        "id": app.pk,
        "company": app.company.name,
        "title": app.title,
        "stage": app.stage,
        "stage_label": app.get_stage_display(),
        "source": app.source,
        "location": app.location,
        "remote_mode": app.remote_mode,
        "posting_url": app.posting_url,
        "salary_min": app.salary_min,
        "salary_max": app.salary_max,
        "salary_currency": app.salary_currency,
        "excitement": app.excitement,
        "date_saved": app.date_saved.isoformat(),
        "date_applied": app.date_applied.isoformat() if app.date_applied else None,
        "deadline": app.deadline.isoformat() if app.deadline else None,
        "tags": app.tag_list,
        "last_activity_at": app.last_activity_at.isoformat(),
    }
