"""What every importer shares: reading bytes as text, matching column names loosely, reading dates, and the row
every importer produces."""

from __future__ import annotations

import codecs
import csv
import datetime as dt
import io
import re
import zipfile
from dataclasses import dataclass, field

from charset_normalizer import from_bytes

from onward.core.errors import OnwardError
from onward.core.text import storable


class ImportFileError(OnwardError):
    """The file as a whole cannot be read; the message says why, for the person who chose it."""


@dataclass
class Row:
    """One application an importer found, before anything is written. `problems` make it invalid."""

    line: int
    key: str
    company_name: str = ""
    title: str = ""
    stage: str = "applied"
    at: dt.datetime | None = None
    fields: dict = field(default_factory=dict)
    note: str = ""
    reason: str = ""
    problems: list[str] = field(default_factory=list)
    where: str = ""

    @property
    def label(self) -> str:
        return f"{self.where} row {self.line}" if self.where else f"Row {self.line}"


# --- text -----------------------------------------------------------------------------------

# More rows or columns than any job search has: a file beyond them is refused, not read to the end.
MAX_ROWS = 50_000
MAX_COLUMNS = 500
# A spreadsheet or export zip may unpack to this much, counted while unpacking.
MAX_UNPACKED_BYTES = 200 * 1024 * 1024

_BOMS = ((b"\xef\xbb\xbf", "utf-8-sig"), (b"\xff\xfe", "utf-16"), (b"\xfe\xff", "utf-16"))
# When several encodings read a file equally cleanly (common for short files), the ones spreadsheet programs
# write most often win, in this order.
_COMMON = ("cp1252", "cp1250", "cp1251", "iso8859_15", "mac_roman", "cp1257", "iso8859_2")
ENCODING_CHOICES = {
    "utf-8": "UTF-8 (Unicode)",
    "cp1252": "Windows-1252 (Western European)",
    "latin-1": "ISO 8859-1 / Latin-1 (Western European)",
    "iso8859_15": "ISO 8859-15 / Latin-9 (Western European, with €)",
    "cp1250": "Windows-1250 (Central European)",
    "cp1251": "Windows-1251 (Cyrillic)",
    "mac_roman": "Mac OS Roman",
    "utf-16": "UTF-16",
}


def is_text_encoding(name: str) -> bool:
    """Whether `name` names a codec that reads bytes as text: not a typo, not "rot13" or "zlib"."""
    try:
        # Four NUL bytes, which every text encoding reads (UTF-32 needs four); empty bytes are "read" by any name.
        b"\x00\x00\x00\x00".decode(name)
    except (LookupError, ValueError):  # ValueError: a NUL in the name, or the "undefined" codec
        return False
    return True


def encoding_label(name: str) -> str:
    if not is_text_encoding(name):
        return name
    canonical = codecs.lookup(name).name
    for choice, label in ENCODING_CHOICES.items():
        if codecs.lookup(choice).name == canonical:
            return label
    return name


def detect_encoding(data: bytes) -> str:
    """The text encoding of a file: a byte-order mark first, then UTF-8, then the best candidate of
    charset-normalizer (preferring the encodings spreadsheets are usually saved in when several fit)."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return encoding
    try:
        data.decode("utf-8")
        return "utf-8"
    except UnicodeDecodeError:
        pass
    results = from_bytes(data)
    best = results.best()
    if best is None:
        raise ImportFileError("This file does not look like text (no character encoding fits it).")
    clean = {codecs.lookup(m.encoding).name for m in results if m.chaos <= best.chaos}
    for name in _COMMON:
        if codecs.lookup(name).name in clean or _reads_as(data, name, str(best)):
            return name
    return best.encoding


def _reads_as(data: bytes, encoding: str, text: str) -> bool:
    """Whether `encoding` turns the bytes into the same text (encodings that share these letters)."""
    try:
        return data.decode(encoding) == text
    except UnicodeDecodeError:
        return False


def decode(data: bytes, encoding: str | None = None) -> str:
    """Bytes to text, in `encoding` or the one `detect_encoding` finds."""
    encoding = encoding or detect_encoding(data)
    try:
        return storable(data.decode(encoding))  # PostgreSQL cannot store NUL characters
    except LookupError:
        raise ImportFileError(f"Onward does not know the text encoding {encoding!r}.") from None
    except UnicodeDecodeError as exc:
        raise ImportFileError(
            f"This file cannot be read as {encoding_label(encoding)} (byte {exc.start + 1} does not fit it); "
            "choose another encoding."
        ) from None


def too_many_rows() -> ImportFileError:
    return ImportFileError(f"This file has more than {MAX_ROWS:,} rows (the limit); split it and import the parts "
                           "one after the other.")


def read_csv(data: bytes, encoding: str | None = None) -> tuple[list[str], list[dict[str, str]]]:
    """Headers and rows of a CSV file, whichever of comma, semicolon or tab separates it."""
    text = decode(data, encoding)
    if not text.strip():
        raise ImportFileError("The file is empty.")
    sample = text[:4096]
    try:
        dialect = csv.Sniffer().sniff(sample, delimiters=",;\t")
    except csv.Error:
        dialect = csv.excel
    reader = csv.reader(io.StringIO(text, newline=""), dialect)
    table = []
    try:
        for r in reader:
            if any(c.strip() for c in r):
                if len(table) > MAX_ROWS:
                    raise too_many_rows()
                table.append(r[:MAX_COLUMNS])
    except csv.Error as exc:
        raise ImportFileError(f"This CSV file is damaged: {exc}.") from None
    if not table:
        raise ImportFileError("The file is empty.")
    headers = [h.strip() for h in table[0]]
    rows = [dict(zip(headers, (c.strip() for c in r), strict=False)) for r in table[1:]]
    return headers, rows


def read_xlsx(data: bytes) -> tuple[list[str], list[dict[str, str]]]:
    """Headers and rows of the first sheet of an Excel workbook, every cell as text."""
    from openpyxl import load_workbook

    try:
        book = load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except (zipfile.BadZipFile, KeyError, OSError, ValueError) as exc:
        raise ImportFileError(f"This Excel file cannot be opened ({exc}).") from None
    sheet = book.worksheets[0]
    table = []
    for r in sheet.iter_rows(values_only=True, max_col=MAX_COLUMNS):
        cells = ["" if c is None else storable(c.isoformat() if isinstance(c, dt.date) else str(c)).strip()
                 for c in r]
        if any(cells):
            if len(table) > MAX_ROWS:
                book.close()
                raise too_many_rows()
            table.append(cells)
    book.close()
    if not table:
        raise ImportFileError("The spreadsheet is empty.")
    headers = table[0]
    return headers, [dict(zip(headers, r, strict=False)) for r in table[1:]]


def open_zip(data: bytes) -> zipfile.ZipFile:
    try:
        return zipfile.ZipFile(io.BytesIO(data))
    except zipfile.BadZipFile:
        raise ImportFileError("This zip file is damaged or incomplete; try downloading it again.") from None


def read_member(archive: zipfile.ZipFile, name: str) -> bytes:
    try:
        return archive.read(name)
    except (zipfile.BadZipFile, OSError, EOFError) as exc:
        raise ImportFileError(f"{name} inside the zip file cannot be read ({exc}).") from None


# --- columns --------------------------------------------------------------------------------


def norm(header: str) -> str:
    """Column names compared without case, spaces, underscores or punctuation: "Job_URL" == "job url"."""
    return re.sub(r"[^a-z0-9]", "", header.lower())


def find_columns(headers: list[str], synonyms: dict[str, tuple[str, ...]]) -> dict[str, str]:
    """For each field, the first header that matches one of its synonyms: {field: header}."""
    by_norm = {norm(h): h for h in headers}
    found = {}
    for name, options in synonyms.items():
        for option in options:
            if norm(option) in by_norm:
                found[name] = by_norm[norm(option)]
                break
    return found


def require_columns(where: str, headers: list[str], columns: dict[str, str]) -> None:
    """A file without a company or a title column cannot be imported: say so, with the columns it has."""
    missing = [n for n in ("company", "title") if n not in columns]
    if missing:
        raise ImportFileError(
            f"{where} has no column for {' or '.join(missing)}; its columns are: {', '.join(headers)}."
        )


def cell(cells: dict[str, str], columns: dict[str, str], name: str) -> str:
    """The stripped text in the column chosen for field `name`, or "" when the file has no such column."""
    return (cells.get(columns.get(name, ""), "") or "").strip()


# --- dates ----------------------------------------------------------------------------------

# Tried in order; month-first before day-first because LinkedIn and Huntr write US dates.
DATE_FORMATS = (
    "%m/%d/%y, %I:%M %p",
    "%m/%d/%Y, %I:%M %p",
    "%m/%d/%y %I:%M %p",
    "%m/%d/%Y %I:%M %p",
    "%m/%d/%y %H:%M",
    "%m/%d/%Y %H:%M",
    "%m/%d/%y",
    "%m/%d/%Y",
    "%d/%m/%Y",
    "%d.%m.%Y",
    "%d.%m.%Y %H:%M",
    "%d %b %Y",
    "%d %B %Y",
    "%b %d, %Y",
    "%B %d, %Y",
    "%Y/%m/%d",
)


def parse_datetime(value: str) -> dt.datetime:
    """A date or date-time in one of the known layouts; ValueError naming the value otherwise."""
    value = " ".join(value.split())
    try:
        return dt.datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        pass
    for fmt in DATE_FORMATS:
        try:
            return dt.datetime.strptime(value, fmt)
        except ValueError:
            continue
    raise ValueError(f"the date {value!r} is in a layout Onward does not know (try 2024-03-31)")


def aware(moment: dt.datetime) -> dt.datetime:
    from django.utils import timezone

    return moment if timezone.is_aware(moment) else timezone.make_aware(moment)


def read_date(row: Row, raw: str, *, what: str) -> dt.datetime | None:
    """Parse a date cell into the row; an unreadable one becomes a problem on the row, not an exception."""
    if not raw:
        return None
    try:
        return aware(parse_datetime(raw))
    except ValueError as exc:
        row.problems.append(f"{what}: {exc}")
        return None


def clean_url(value: str) -> str:
    value = value.strip()
    return value if value.lower().startswith(("http://", "https://")) else ""


def url_key(url: str) -> str:
    """A job URL without its tracking query, so the same posting matches whatever link it was saved from."""
    url = url.strip().split("#")[0]
    base, _, query = url.partition("?")
    if "linkedin.com" in base:
        query = ""
    return (base.rstrip("/") + ("?" + query if query else "")).lower()
