"""The shape of an Onward JSON export, as pydantic models built from the Django models it was written from.

An export is checked against it before anything is written: a value of the wrong type, a null where the
database needs a value, a name longer than its column, a number out of range or an unknown choice is
refused with the path of the bad value (for example `applications[3].salary_min`).
"""

from __future__ import annotations

import datetime as dt
import decimal
from functools import cache
from typing import Annotated, Any, Literal

from django.core import validators
from django.db import models
from pydantic import BaseModel, ConfigDict, Field, StrictBool, StrictInt, ValidationError, create_model

from onward.core.models import Profile
from onward.io.export import FORMAT_NAME, SECTIONS
from onward.tracker.models import StageChange

__all__ = ["ValidationError", "problems", "validate"]

# A key Django's serializer writes for a foreign key or an id: an integer, never a list or a text.
Key = StrictInt


def _bounds(field: models.Field) -> dict[str, Any]:
    limits: dict[str, Any] = {}
    for v in field.validators:
        if isinstance(v, validators.MinValueValidator):
            limits["ge"] = max(limits.get("ge", v.limit_value), v.limit_value)
        elif isinstance(v, validators.MaxValueValidator):
            limits["le"] = min(limits.get("le", v.limit_value), v.limit_value)
        elif isinstance(v, validators.MaxLengthValidator):
            limits["max_length"] = v.limit_value
    return limits


def _scalar(field: models.Field) -> Any:
    if field.choices:
        values = tuple(value for value, _ in field.flatchoices)
        if field.blank and isinstance(field, models.CharField):
            values += ("",)
        return Literal[values]
    if isinstance(field, models.BooleanField):
        return StrictBool
    if isinstance(field, models.IntegerField):
        return Annotated[int, Field(strict=True, **_bounds(field))]
    if isinstance(field, models.FloatField):
        return float
    if isinstance(field, models.DecimalField):
        return decimal.Decimal
    if isinstance(field, models.DateTimeField):
        return dt.datetime
    if isinstance(field, models.DateField):
        return dt.date
    if isinstance(field, models.TimeField):
        return dt.time
    if isinstance(field, models.DurationField):
        return dt.timedelta
    if isinstance(field, models.JSONField):
        return Any
    if isinstance(field, (models.CharField, models.TextField)):
        return Annotated[str, Field(strict=True, **_bounds(field))]
    return Any


def _annotation(field: models.Field) -> Any:
    if field.many_to_many:
        return list[Key]
    kind = Key if (field.many_to_one or field.one_to_one) else _scalar(field)
    return kind | None if field.null else kind


def record_model(model: type[models.Model], *, extra: dict[str, Any] | None = None) -> type[BaseModel]:
    """A record of `model` as exported: every field may be left out (the default applies), none may be wrong.
    Keys the model does not have are ignored, as the importer ignores them."""
    fields: dict[str, Any] = {"id": (Key | None, None)}
    for f in model._meta.get_fields():
        if getattr(f, "concrete", False) and f.name != "id" and not f.auto_created:
            fields[f.name] = (_annotation(f), None)  # a left-out field is not validated; a given one is
    fields.update(extra or {})
    return create_model(f"{model.__name__}Record", __config__=ConfigDict(extra="ignore"), **fields)


@cache
def document_model() -> type[BaseModel]:
    history = record_model(StageChange)
    sections: dict[str, Any] = {}
    for key, model in SECTIONS:
        extra = {"stage_history": (list[history] | None, None)} if key == "applications" else None
        sections[key] = (list[record_model(model, extra=extra)] | None, None)
    return create_model(
        "OnwardExport", __config__=ConfigDict(extra="ignore"),
        format=(Literal[FORMAT_NAME], ...), version=(StrictInt, ...),
        profile=(record_model(Profile) | None, None), **sections,
    )


def _path(loc: tuple) -> str:
    path = ""
    for part in loc:
        path += f"[{part}]" if isinstance(part, int) else (f".{part}" if path else str(part))
    return path


def problems(exc: ValidationError, *, most: int = 3) -> list[str]:
    """The first few bad values, each as "path: what is wrong (the value given)"."""
    out = []
    for error in exc.errors(include_url=False)[:most]:
        given = repr(error.get("input"))
        given = given if len(given) <= 40 else given[:37] + "..."
        out.append(f"{_path(error['loc'])}: {error['msg']} (given: {given})")
    return out


def validate(payload: dict) -> None:
    """Raise pydantic's ValidationError unless `payload` has the shape of an Onward export."""
    document_model().model_validate(payload)
