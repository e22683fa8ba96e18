"""The playbook as data: parse and validate TOML, and choose which one is in force for a user.

In force, in this order: the copy the user saved in the app, then playbook.toml in the data directory,
then the shipped defaults. An invalid copy is reported with its line and the next one stays in force.
"""

from __future__ import annotations

import re
import string
import tomllib
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Annotated

from django.conf import settings as django_settings
from pydantic import (
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Field,
    StringConstraints,
    ValidationError,
    ValidationInfo,
    create_model,
    field_validator,
    model_validator,
)
from pydantic_core import ErrorDetails

from onward.core.errors import OnwardError
from onward.playbook.facts import CONDITIONS, STEP_PLACEHOLDERS
from onward.playbook.models import RejectionType, UserPlaybook
from onward.tracker.models import Task

DEFAULTS_PATH = Path(__file__).with_name("defaults.toml")
CONTACT_CHOICES = ("", "interviewer", "referral", "warm", "my_person")
DRAFT_PLACEHOLDERS = STEP_PLACEHOLDERS
SHARED_CHOICES = ("", "day", "open")
CONDITION_KEYS = ("when", "when_any", "when_type", "unless")


class PlaybookServiceError(OnwardError):
    """A problem the user can fix in what they asked the playbook services to do, with a message meant for them."""


class PlaybookError(OnwardError):
    """An invalid playbook, with the line to look at when it can be found."""

    def __init__(self, message: str, *, source: str = "playbook", line: int | None = None):
        self.source, self.line, self.detail = source, line, message
        where = f"{source}, line {line}" if line else source
        super().__init__(f"{where}: {message}")


@dataclass(frozen=True)
class Step:
    id: str
    title: str
    kind: str
    due_days: int
    when: tuple[str, ...] = ()
    when_any: tuple[str, ...] = ()
    when_type: tuple[str, ...] = ()
    unless: tuple[str, ...] = ()
    contact: str = ""
    link: str = ""
    draft: str = ""
    detail: str = ""
    # "day": one task from this step per day across all plans; "open": one open at a time across all plans.
    shared: str = ""


@dataclass(frozen=True)
class DraftTemplate:
    subject: str
    body: str


@dataclass(frozen=True)
class Playbook:
    steps: tuple[Step, ...]
    drafts: dict[str, DraftTemplate]
    settings: dict[str, int]
    text: str
    source: str


@dataclass
class InForce:
    """The playbook a user's plans are made from, and the problems with any copy that was passed over."""

    playbook: Playbook
    origin: str  # "saved", "file" or "defaults"
    problems: list[PlaybookError] = field(default_factory=list)


# --- finding lines ---------------------------------------------------------------------------


def _line_of(text: str, table: str, occurrence: int = 0, key: str | None = None) -> int | None:
    """The line of `key` in the `occurrence`-th [table] or [[table]], else that table's header line."""
    header = re.compile(r"^\s*\[\[?\s*" + re.escape(table) + r"\s*\]\]?\s*(#.*)?$")
    any_header = re.compile(r"^\s*\[")
    seen, inside, header_line = -1, False, None
    for number, line in enumerate(text.splitlines(), start=1):
        if header.match(line):
            seen += 1
            inside = seen == occurrence
            if inside:
                header_line = number
            continue
        if any_header.match(line):
            inside = False
        elif inside and key and re.match(r"^\s*" + re.escape(key) + r"\s*=", line):
            return number
    return header_line


# --- validation -------------------------------------------------------------------------------
# The shape of a playbook is declared as pydantic models (unknown keys refused); what goes wrong is said in the
# playbook's own terms and pointed at its line by _problem().


def placeholders_in(text: str) -> list[str]:
    """The {placeholder} names a piece of wording uses (it has been checked when the playbook was read)."""
    return [name for _, name, _, _ in string.Formatter().parse(text) if name]


def _check_wording(value: str, allowed: frozenset[str], what: str) -> str:
    try:
        fields = [name for _, name, _, _ in string.Formatter().parse(value) if name is not None]
    except ValueError as exc:
        raise ValueError(f"{what}: {exc} (write {{{{ or }}}} for a literal brace)") from None
    for name in fields:
        if name not in allowed:
            raise ValueError(
                f"{what}: unknown placeholder {{{name}}}. Known placeholders: "
                + ", ".join("{" + p + "}" for p in sorted(allowed))
            )
    return value


def _names(value: object) -> object:
    """A condition list may be written as one name; TOML arrays arrive as lists."""
    return (value,) if isinstance(value, str) else tuple(value) if isinstance(value, list) else value


Text = Annotated[str, StringConstraints(strip_whitespace=True)]
Names = Annotated[tuple[str, ...], BeforeValidator(_names)]


class _Table(BaseModel):
    model_config = ConfigDict(extra="forbid", strict=True)


class StepSpec(_Table):
    id: Annotated[str, StringConstraints(pattern=r"^[a-z0-9_]{1,60}$")]
    title: Annotated[Text, StringConstraints(min_length=1, max_length=250)]
    due_days: Annotated[int, Field(ge=0, le=365)]
    kind: Text = ""
    when: Names = ()
    when_any: Names = ()
    when_type: Names = ()
    unless: Names = ()
    contact: Text = ""
    link: Text = ""
    draft: Text = ""
    detail: Text = ""
    shared: Text = ""

    @field_validator("kind")
    @classmethod
    def _kind(cls, value: str) -> str:
        value = value or Task.Kind.OTHER
        if value not in Task.Kind.values:
            raise ValueError(f"unknown kind {value!r}. Choose one of: {', '.join(Task.Kind.values)}")
        return value

    @field_validator("contact")
    @classmethod
    def _contact(cls, value: str) -> str:
        if value not in CONTACT_CHOICES:
            raise ValueError(f"contact must be one of: {', '.join(c for c in CONTACT_CHOICES if c)}")
        return value

    @field_validator("shared")
    @classmethod
    def _shared(cls, value: str) -> str:
        if value not in SHARED_CHOICES:
            raise ValueError('shared must be "day" (once a day across your plans) or "open" (one open at a time)')
        return value

    @field_validator("link")
    @classmethod
    def _link(cls, value: str) -> str:
        if value and not value.startswith("/"):
            raise ValueError("link must be a page in the app, starting with /")
        return _check_wording(value, STEP_PLACEHOLDERS, "link")

    @field_validator("title", "detail")
    @classmethod
    def _wording(cls, value: str, info: ValidationInfo) -> str:
        return _check_wording(value, STEP_PLACEHOLDERS, str(info.field_name))

    @field_validator(*CONDITION_KEYS)
    @classmethod
    def _conditions(cls, names: tuple[str, ...], info: ValidationInfo) -> tuple[str, ...]:
        known = set(RejectionType.values) if info.field_name == "when_type" else set(CONDITIONS)
        for name in names:
            if name not in known:
                raise ValueError(f"unknown condition {name!r}. Known: {', '.join(sorted(known))}")
        return names

    @model_validator(mode="after")
    def _has_a_condition(self) -> StepSpec:
        if not (self.when or self.when_any or self.when_type):
            raise ValueError('a step needs a condition: when, when_any or when_type (use when = ["always"])')
        return self


class DraftSpec(_Table):
    subject: str
    body: str

    @field_validator("subject", "body")
    @classmethod
    def _text(cls, value: str, info: ValidationInfo) -> str:
        if not value.strip():
            raise ValueError(f"{info.field_name} must be non-empty text")
        return _check_wording(value, DRAFT_PLACEHOLDERS, str(info.field_name))


# Every setting is a whole number, at least this; a missing one takes the shipped value.
SETTINGS_MINIMUM = {
    "burst_count": 1, "burst_days": 1, "plan_max_age_days": 0, "low_feeling": 0, "focus_days": 0, "focus_steps": 1,
}
SettingsSpec = create_model(  # type: ignore[call-overload]
    "SettingsSpec", __base__=_Table,
    **{key: (Annotated[int, Field(ge=minimum)] | None, None) for key, minimum in SETTINGS_MINIMUM.items()},
)


class PlaybookSpec(_Table):
    settings: SettingsSpec = SettingsSpec()
    steps: list[StepSpec] = []
    drafts: dict[str, DraftSpec] = {}


def _problem(error: ErrorDetails, data: dict, text: str) -> tuple[str, int | None]:
    """One pydantic error as the playbook's author reads it, and the line to look at."""
    loc, kind = error["loc"], error["type"]
    ctx = error.get("ctx") or {}
    said = str(ctx["error"]) if kind == "value_error" and "error" in ctx else None
    section = str(loc[0])
    if len(loc) == 1:
        if kind == "extra_forbidden":
            return (f"unknown section {section!r}: use [settings], [[steps]] and [drafts.NAME]",
                    _line_of(text, section) or _first_line(text, section))
        shape = {"settings": "a [settings] table", "drafts": "[drafts.NAME] tables", "steps": "[[steps]] tables"}
        return f"{section} must be written as {shape[section]}", _first_line(text, section)
    if section == "settings":
        key = str(loc[1])
        line = _line_of(text, "settings", key=key)
        if kind == "extra_forbidden":
            return f"[settings] has an unknown key {key!r}. Known keys: {', '.join(SETTINGS_MINIMUM)}", line
        return f"[settings] {key} must be a whole number, at least {SETTINGS_MINIMUM[key]}", line
    if section == "drafts":
        name, key = str(loc[1]), (str(loc[2]) if len(loc) > 2 else None)
        line = _line_of(text, f"drafts.{name}", key=key)
        if key is None:
            return f"draft {name!r} must be a table with subject and body", _first_line(text, name)
        if kind == "extra_forbidden":
            return f"draft {name!r} has an unknown key {key!r} (use subject and body)", line
        return f"draft {name!r}: {said or f'{key} must be non-empty text'}", line
    number = int(loc[1])
    raw = data["steps"][number]
    label = f"step {raw.get('id')!r}" if isinstance(raw, dict) and isinstance(raw.get("id"), str) else \
        f"step {number + 1}"
    key = str(loc[2]) if len(loc) > 2 and isinstance(loc[2], str) else None
    if key is None:
        message = said or "each [[steps]] entry must be a table"
    elif kind == "extra_forbidden":
        message = f"unknown key {key!r}. Known keys: {', '.join(sorted(StepSpec.model_fields))}"
    elif kind == "missing":
        message, key = f"the key {key!r} is missing", None
    else:
        message = said or {
            "id": "id must be 1 to 60 lowercase letters, digits or underscores",
            "due_days": "due_days must be a whole number of days from 0 to 365",
            "title": "title must be 1 to 250 characters of text in quotes",
        }.get(key) or (f'{key} must be a list of names, e.g. ["always"]' if key in CONDITION_KEYS
                       else f"{key} must be text in quotes")
    return f"{label}: {message}", _line_of(text, "steps", number, key)


def parse(text: str, source: str = "playbook") -> Playbook:
    """Parse and validate playbook TOML; raise PlaybookError naming the line."""
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        found = re.search(r"at line (\d+)", str(exc))
        # tomllib reports a string left open as "at end of document": point at the last line.
        line = int(found.group(1)) if found else max(len(text.splitlines()), 1)
        raise PlaybookError(f"this is not valid TOML: {exc}", source=source, line=line) from None
    except RecursionError:  # tomllib reads nested arrays and tables recursively
        raise PlaybookError("arrays or tables are nested too deeply to be a playbook", source=source,
                            line=1) from None
    try:
        spec = PlaybookSpec.model_validate(data)
    except ValidationError as exc:
        message, line = _problem(exc.errors()[0], data, text)
        raise PlaybookError(message, source=source, line=line) from None

    settings = {key: value if value is not None else _default_settings()[key]
                for key, value in spec.settings.model_dump().items()}
    drafts = {name: DraftTemplate(subject=" ".join(d.subject.split()), body=d.body) for name, d in spec.drafts.items()}
    steps: list[Step] = []
    seen: dict[str, int] = {}
    for number, raw in enumerate(spec.steps):
        label = f"step {raw.id!r}"
        if raw.draft and raw.draft not in drafts:
            raise PlaybookError(f"{label}: no draft called {raw.draft!r}. Drafts here: "
                                f"{', '.join(sorted(drafts)) or 'none'}", source=source,
                                line=_line_of(text, "steps", number, "draft"))
        if raw.id in seen:
            raise PlaybookError(f"{label}: the id is already used by step {seen[raw.id] + 1}", source=source,
                                line=_line_of(text, "steps", number, "id"))
        seen[raw.id] = number
        steps.append(Step(**raw.model_dump()))
    return Playbook(steps=tuple(steps), drafts=drafts, settings=settings, text=text, source=source)


def _first_line(text: str, word: str) -> int | None:
    for number, line in enumerate(text.splitlines(), start=1):
        if word in line:
            return number
    return None


@cache
def default_text() -> str:
    return DEFAULTS_PATH.read_text(encoding="utf-8")


@cache
def _default_settings() -> dict:
    return tomllib.loads(default_text()).get("settings", {})


@cache
def defaults() -> Playbook:
    return parse(default_text(), source="shipped playbook")


def file_path() -> Path:
    return Path(django_settings.DATA_DIR) / "playbook.toml"


SERVER_FILE_NAME = "the server's playbook file"


def file_name() -> str:
    """The override file as its problems name it: its path on one's own machine; on a shared server the path is
    the operator's, and the people using it are told only whose file it is."""
    return SERVER_FILE_NAME if django_settings.SERVER_MODE else str(file_path())


def read_file(path: Path, *, source: str = "") -> Playbook:
    source = source or str(path)
    try:
        text = path.read_text(encoding="utf-8")
    except UnicodeDecodeError:
        raise PlaybookError("the file is not UTF-8 text", source=source) from None
    except OSError as exc:
        raise PlaybookError(f"cannot read the file: {exc.strerror}", source=source) from None
    return parse(text, source=source)


def in_force(owner=None) -> InForce:
    problems: list[PlaybookError] = []
    if owner is not None:
        saved = UserPlaybook.objects.filter(owner=owner).first()
        if saved is not None:
            try:
                return InForce(parse(saved.text, source="your saved playbook"), "saved")
            except PlaybookError as exc:
                problems.append(exc)
    path = file_path()
    if path.exists():
        try:
            return InForce(read_file(path, source=file_name()), "file", problems)
        except PlaybookError as exc:
            problems.append(exc)
    return InForce(defaults(), "defaults", problems)
