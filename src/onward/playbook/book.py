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

from django.conf import settings as django_settings

from onward.core.errors import OnwardError
from onward.playbook.facts import CONDITIONS, STEP_PLACEHOLDERS
from onward.playbook.models import RejectionType, UserPlaybook
from onward.tracker.models import Task

DEFAULTS_PATH = Path(__file__).with_name("defaults.toml")
CONTACT_CHOICES = ("", "interviewer", "referral", "warm", "my_person")
DRAFT_PLACEHOLDERS = STEP_PLACEHOLDERS
# key: smallest allowed value
SETTINGS_KEYS = {
    "burst_count": 1, "burst_days": 1, "plan_max_age_days": 0, "low_feeling": 0, "focus_days": 0, "focus_steps": 1,
}
SHARED_CHOICES = ("", "day", "open")
STEP_KEYS = {
    "id", "title", "kind", "due_days", "when", "when_any", "when_type", "unless", "contact", "link", "draft",
    "detail", "shared",
}
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


def placeholders_in(text: str) -> list[str]:
    """The {placeholder} names a piece of wording uses (it has been checked when the playbook was read)."""
    return [name for _, name, _, _ in string.Formatter().parse(text) if name]


def _check_wording(value: str, allowed: frozenset[str], what: str) -> None:
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


def _string_list(value, what: str) -> tuple[str, ...]:
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise ValueError(f"{what} must be a list of names, e.g. [\"always\"]")
    return tuple(value)


def _step(raw: dict, draft_names: set[str]) -> Step:
    """Build one step; a problem is raised as _KeyProblem(key, message) so the caller can find its line."""

    def fail(key, message):
        raise _KeyProblem(key, message)

    if not isinstance(raw, dict):
        fail(None, "each [[steps]] entry must be a table")
    for key in raw:
        if key not in STEP_KEYS:
            fail(key, f"unknown key {key!r}. Known keys: {', '.join(sorted(STEP_KEYS))}")
    for key in ("id", "title", "due_days"):
        if key not in raw:
            fail(None, f"the key {key!r} is missing")
    if not isinstance(raw["id"], str) or not re.fullmatch(r"[a-z0-9_]{1,60}", raw["id"]):
        fail("id", "id must be 1 to 60 lowercase letters, digits or underscores")
    values: dict = {"id": raw["id"]}
    for key in ("title", "kind", "contact", "link", "draft", "detail", "shared"):
        value = raw.get(key, "")
        if not isinstance(value, str):
            fail(key, f"{key} must be text in quotes")
        values[key] = value.strip()
    if not values["title"]:
        fail("title", "title must not be empty")
    if len(values["title"]) > 250:
        fail("title", "title must be at most 250 characters")
    values["kind"] = values["kind"] or Task.Kind.OTHER
    if values["kind"] not in Task.Kind.values:
        fail("kind", f"unknown kind {values['kind']!r}. Choose one of: {', '.join(Task.Kind.values)}")
    due = raw["due_days"]
    if isinstance(due, bool) or not isinstance(due, int) or not 0 <= due <= 365:
        fail("due_days", "due_days must be a whole number of days from 0 to 365")
    values["due_days"] = due
    if values["contact"] not in CONTACT_CHOICES:
        fail("contact", f"contact must be one of: {', '.join(c for c in CONTACT_CHOICES if c)}")
    if values["shared"] not in SHARED_CHOICES:
        fail("shared", 'shared must be "day" (once a day across your plans) or "open" (one open at a time)')
    if values["draft"] and values["draft"] not in draft_names:
        fail("draft", f"no draft called {values['draft']!r}. Drafts here: {', '.join(sorted(draft_names)) or 'none'}")
    if values["link"] and not values["link"].startswith("/"):
        fail("link", "link must be a page in the app, starting with /")
    for key in ("title", "detail", "link"):
        try:
            _check_wording(values[key], STEP_PLACEHOLDERS, key)
        except ValueError as exc:
            fail(key, str(exc))
    types = set(RejectionType.values)
    for key in CONDITION_KEYS:
        try:
            names = _string_list(raw.get(key, []), key)
        except ValueError as exc:
            fail(key, str(exc))
        known = types if key == "when_type" else set(CONDITIONS)
        for name in names:
            if name not in known:
                fail(key, f"unknown condition {name!r}. Known: {', '.join(sorted(known))}")
        values[key] = names
    if not any(values[k] for k in ("when", "when_any", "when_type")):
        fail(None, 'a step needs a condition: when, when_any or when_type (use when = ["always"])')
    return Step(**values)


class _KeyProblem(Exception):
    def __init__(self, key: str | None, message: str):
        self.key, self.message = key, message


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
    for key in data:
        if key not in ("settings", "steps", "drafts"):
            raise PlaybookError(f"unknown section {key!r}: use [settings], [[steps]] and [drafts.NAME]",
                                source=source, line=_line_of(text, key) or _first_line(text, key))

    for key, kind in (("settings", "a [settings] table"), ("drafts", "[drafts.NAME] tables")):
        if not isinstance(data.get(key, {}), dict):
            raise PlaybookError(f"{key} must be written as {kind}", source=source, line=_first_line(text, key))
    raw_settings = data.get("settings", {})
    settings: dict[str, int] = {}
    for key, minimum in SETTINGS_KEYS.items():
        value = raw_settings.get(key, _default_settings().get(key))
        if isinstance(value, bool) or not isinstance(value, int) or value < minimum:
            raise PlaybookError(f"[settings] {key} must be a whole number, at least {minimum}", source=source,
                                line=_line_of(text, "settings", key=key))
        settings[key] = value
    for key in raw_settings:
        if key not in SETTINGS_KEYS:
            raise PlaybookError(f"[settings] has an unknown key {key!r}. Known keys: {', '.join(SETTINGS_KEYS)}",
                                source=source, line=_line_of(text, "settings", key=key))

    drafts: dict[str, DraftTemplate] = {}
    for name, raw in data.get("drafts", {}).items():
        table = f"drafts.{name}"
        if not isinstance(raw, dict):
            raise PlaybookError(f"draft {name!r} must be a table with subject and body", source=source,
                                line=_first_line(text, name))
        for key in ("subject", "body"):
            value = raw.get(key)
            if not isinstance(value, str) or not value.strip():
                raise PlaybookError(f"draft {name!r}: {key} must be non-empty text", source=source,
                                    line=_line_of(text, table, key=key))
            try:
                _check_wording(value, DRAFT_PLACEHOLDERS, key)
            except ValueError as exc:
                raise PlaybookError(f"draft {name!r}: {exc}", source=source,
                                    line=_line_of(text, table, key=key)) from None
        extra = set(raw) - {"subject", "body"}
        if extra:
            key = sorted(extra)[0]
            raise PlaybookError(f"draft {name!r} has an unknown key {key!r} (use subject and body)",
                                source=source, line=_line_of(text, table, key=key))
        drafts[name] = DraftTemplate(subject=" ".join(raw["subject"].split()), body=raw["body"])

    raw_steps = data.get("steps", [])
    if not isinstance(raw_steps, list):
        raise PlaybookError("steps must be written as [[steps]] tables", source=source,
                            line=_first_line(text, "steps"))
    steps: list[Step] = []
    seen: dict[str, int] = {}
    for number, raw in enumerate(raw_steps):
        label = f"step {raw.get('id')!r}" if isinstance(raw, dict) and raw.get("id") else f"step {number + 1}"
        try:
            step = _step(raw, set(drafts))
        except _KeyProblem as problem:
            raise PlaybookError(f"{label}: {problem.message}", source=source,
                                line=_line_of(text, "steps", number, problem.key)) from None
        if step.id in seen:
            raise PlaybookError(f"{label}: the id is already used by step {seen[step.id] + 1}", source=source,
                                line=_line_of(text, "steps", number, "id"))
        seen[step.id] = number
        steps.append(step)
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


def read_file(path: Path) -> Playbook:
    try:
        text = path.read_text(encoding="utf-8")
    except UnicodeDecodeError:
        raise PlaybookError("the file is not UTF-8 text", source=str(path)) from None
    except OSError as exc:
        raise PlaybookError(f"cannot read the file: {exc.strerror}", source=str(path)) from None
    return parse(text, source=str(path))


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
            return InForce(read_file(path), "file", problems)
        except PlaybookError as exc:
            problems.append(exc)
    return InForce(defaults(), "defaults", problems)
