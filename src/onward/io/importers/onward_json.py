"""Onward's own JSON export, read back: every section, with history, ids remapped to the new rows.

Rows are written as they were exported (dates, origins, reasons included) instead of through the tracker's
create functions, because this is the person's own record coming home: it must come back identical, not be
re-dated or re-explained. A row that is already here (same natural key) is reused, so a second import adds
nothing.
"""

from __future__ import annotations

import datetime as dt
import json
from collections import Counter

from django.apps import apps
from django.contrib.auth import get_user_model
from django.core.exceptions import ValidationError
from django.db import models, transaction

from onward.core.services import profile_for
from onward.insights.models import RestWeek, RoutineRules
from onward.io.export import FORMAT_NAME, FORMAT_VERSION, SECTIONS
from onward.io.importers import json_schema
from onward.io.importers.base import ImportFileError
from onward.mail import learn
from onward.mail.explain import reword_reasons
from onward.mail.models import LabelThreshold, LedgerEntry, MailMessage
from onward.match.models import ResumeVersion, SavedReport
from onward.playbook.models import Debrief, PlanItem, Rejection, UserPlaybook
from onward.tracker.models import Application, Company, Contact, Interview, Note, StageChange, Task
from onward.tracker.services import refresh_facts

# How a row is recognised as already present. Sections without an entry match on created_at; an empty key
# means one row per user.
NATURAL_KEYS: dict[type[models.Model], tuple[str, ...]] = {
    Company: ("name",),
    Contact: ("name", "created_at"),
    Application: ("company", "title", "created_at"),
    Interview: ("application", "scheduled_at", "kind"),
    Task: ("title", "created_at"),
    Note: ("body", "created_at"),
    # One-to-one rows are the same row when they belong to the same parent.
    Rejection: ("application",),
    PlanItem: ("task",),
    Debrief: ("interview",),
    ResumeVersion: ("name",),
    SavedReport: ("application", "created_at"),
    RestWeek: ("week_start",),
    LedgerEntry: ("content_hash",),
    MailMessage: ("ledger",),
    LabelThreshold: ("label",),
    # A user has at most one of these: the one already here is theirs.
    UserPlaybook: (),
    RoutineRules: (),
}
# What a kept message changed, by kind: restored with the new rows' ids so undo still reverts exactly that.
EFFECT_MODELS = {"application": Application, "stage_change": StageChange, "interview": Interview, "task": Task,
                 "rejection": Rejection}
MILLISECOND = dt.timedelta(milliseconds=1)
HISTORY_FIELDS = ("from_stage", "to_stage", "changed_at", "note", "origin", "reason", "created_at")


def looks_like_export(data: bytes) -> bool:
    return data.lstrip()[:1] == b"{" and FORMAT_NAME.encode() in data[:2000]


def load(data: bytes) -> dict:
    try:
        payload = json.loads(data.decode("utf-8-sig"))
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise ImportFileError(f"This JSON file cannot be read ({exc}).") from None
    except RecursionError:
        raise ImportFileError("This JSON file is nested far too deeply to be an Onward export; nothing was "
                              "imported.") from None
    if not isinstance(payload, dict) or payload.get("format") != FORMAT_NAME:
        raise ImportFileError("This JSON file is not an Onward export (it has no “format”: “onward-export”).")
    version = payload.get("version")
    if not isinstance(version, int) or version > FORMAT_VERSION:
        raise ImportFileError(
            f"This export is format version {version!r}; this Onward reads versions up to {FORMAT_VERSION}. "
            "Update Onward, then import it again."
        )
    try:
        json_schema.validate(payload)
    except json_schema.ValidationError as exc:
        raise ImportFileError(
            "This export cannot be imported, so nothing was changed. " + "; ".join(json_schema.problems(exc)) + "."
        ) from None
    return payload


class _DryRun(Exception):
    """Raised to roll a preview back after counting what it would do."""


def _owner_field(model) -> str:
    names = {f.name for f in model._meta.concrete_fields}
    return "owner" if "owner" in names else "user"


def _values(model, record: dict, id_maps: dict) -> tuple[dict, dict]:
    """Field values for a new row and many-to-many ids for after it exists; foreign keys point at new rows."""
    user_model = get_user_model()
    values, many = {}, {}
    for f in model._meta.get_fields():
        if f.name not in record or f.name == "id" or not getattr(f, "concrete", False):
            continue
        raw = record[f.name]
        if f.many_to_many:
            many[f.name] = [id_maps.get(f.related_model, {}).get(old) for old in raw or []]
        elif f.many_to_one or f.one_to_one:
            if f.related_model is user_model:
                continue
            new = id_maps.get(f.related_model, {}).get(raw) if raw is not None else None
            if raw is not None and new is None and not f.null:
                raise ValidationError(f"it refers to a missing {f.related_model._meta.verbose_name} ({raw})")
            values[f.attname] = new
        else:
            values[f.name] = f.to_python(raw)
    return values, many


def _existing(model, owner_kw: dict, values: dict, taken: set):
    """A row that was here before this import and matches on the natural key. Rows this import already matched
    or made are skipped: the export keeps times to the millisecond, so two rows can share a key."""
    keys = NATURAL_KEYS.get(model)
    if keys == ():
        return model.objects.filter(**owner_kw).first()
    if keys is None:
        keys = ("created_at",) if "created_at" in values else ()
    if not keys:
        return None
    lookup = {}
    for key in keys:
        field = model._meta.get_field(key)
        name = field.attname if field.many_to_one or field.one_to_one else key
        value = values.get(name)
        if isinstance(value, dt.datetime):
            # The export writes times to the millisecond; a row made here keeps microseconds.
            lookup[f"{name}__gte"], lookup[f"{name}__lt"] = value, value + MILLISECOND
            continue
        lookup[f"{name}__iexact" if isinstance(value, str) and key == "name" else name] = value
    return model.objects.filter(**owner_kw, **lookup).exclude(pk__in=taken).order_by("pk").first()


def _restore(owner, payload: dict) -> dict[str, Counter]:
    counts: dict[str, Counter] = {}
    id_maps: dict[type[models.Model], dict] = {}
    for key, model in SECTIONS:
        counter = counts.setdefault(key, Counter())
        ids = id_maps.setdefault(model, {})
        taken: set = set()
        owner_kw = {_owner_field(model): owner}
        for record in payload.get(key) or []:
            try:
                values, many = _values(model, record, id_maps)
                found = _existing(model, owner_kw, values, taken)
                if found is not None:
                    ids[record.get("id")] = found.pk
                    taken.add(found.pk)
                    counter["existing"] += 1
                    continue
                if model is MailMessage:
                    values["effects"] = _effects(values.get("effects"), id_maps)
                obj = model(**owner_kw, **values)
                # An empty JSON list or object (a message that changed nothing) is a value, not a blank.
                obj.full_clean(exclude=[f.name for f in model._meta.concrete_fields if f.many_to_one or f.one_to_one
                                        or (isinstance(f, models.JSONField) and values.get(f.name) in ([], {}))])
            except (ValidationError, TypeError, ValueError) as exc:
                messages = exc.messages if isinstance(exc, ValidationError) else [str(exc)]
                raise ImportFileError(
                    f"{key[:-1] if key.endswith('s') else key} {record.get('id')} cannot be imported: "
                    f"{' '.join(messages)}"
                ) from None
            obj.save()
            ids[record.get("id")] = obj.pk
            taken.add(obj.pk)
            for name, new_ids in many.items():
                getattr(obj, name).set([i for i in new_ids if i is not None])
            if model is Application:
                history = record.get("stage_history") or []
                made = StageChange.objects.bulk_create(
                    StageChange(owner=owner, application=obj, **{f: _history_value(f, ch) for f in HISTORY_FIELDS})
                    for ch in history
                )
                changes = id_maps.setdefault(StageChange, {})
                changes.update((ch.get("id"), row.pk) for ch, row in zip(history, made, strict=True) if row.pk)
            counter["new"] += 1
    profile = profile_for(owner)
    for f in type(profile)._meta.concrete_fields:
        if f.name in (payload.get("profile") or {}) and not f.is_relation and f.name != "id":
            setattr(profile, f.name, f.to_python(payload["profile"][f.name]))
    try:
        profile.full_clean(exclude=["user"])
    except ValidationError as exc:
        raise ImportFileError(f"profile cannot be imported: {' '.join(exc.messages)}") from None
    profile.save()
    return counts


def _effects(effects, id_maps: dict) -> list:
    """A message's effects with the ids of the rows made here; an effect on a row that is not here is left out
    (undo then leaves that row alone)."""
    kept = []
    for effect in effects if isinstance(effects, list) else []:
        model = EFFECT_MODELS.get(effect.get("kind")) if isinstance(effect, dict) else None
        new = id_maps.get(model, {}).get(effect.get("id")) if model is not None else None
        if new is not None:
            kept.append({**effect, "id": new})
    return kept


def _history_value(name: str, change: dict):
    field = StageChange._meta.get_field(name)
    return field.to_python(change.get(name, field.get_default()))


def restore(owner, payload: dict, *, dry_run: bool = False) -> dict[str, Counter]:
    """Bring an export into `owner`'s data in one transaction; with dry_run, only count {section: new/existing}."""
    try:
        with transaction.atomic():
            counts = _restore(owner, payload)
            if dry_run:
                raise _DryRun
            refresh_facts(owner)  # history came in bulk: what Insights counts follows from it
            # An export made before reasons were put in words brings the classifier's scores back: reword them.
            reword_reasons(apps.get_model, owner.pk)
            if any(m.get("reviewed_label") for m in payload.get("mail_messages") or [] if isinstance(m, dict)):
                # The corrections came home: the classifier learns from them again (after the commit).
                learn.retrain_in_background(owner)
    except _DryRun:
        pass
    return counts
