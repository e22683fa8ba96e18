"""Proof of applications for a date range (company, role, date, channel, outcome), as CSV or PDF.

Unemployment offices often ask for such a list; this writes only what the tracker holds, nothing more.
"""

from __future__ import annotations

import datetime as dt
import io
import logging
from dataclasses import dataclass
from pathlib import Path

from django.utils import timezone
from fpdf import FPDF, FontFace

from onward.core import csvfile
from onward.core.errors import OnwardError
from onward.tracker.models import Application
from onward.tracker.stages import Stage

# A character the font lacks (an emoji in a company name) is drawn as a box; fpdf's warning naming the font's
# internal name is noise on the terminal and in the server's log.
logging.getLogger("fpdf.output").setLevel(logging.ERROR)

FORMATS = ("pdf", "csv")
COLUMNS = ("Date applied", "Company", "Role", "Channel", "Outcome so far", "Posting link")
# A Unicode font from the system when there is one (Debian's fonts-dejavu-core); else the PDF core font.
FONT_FILES = (
    Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"),
    Path("/usr/share/fonts/TTF/DejaVuSans.ttf"),
)


class ReportError(OnwardError):
    pass


@dataclass
class ReportRow:
    date_applied: dt.date
    company: str
    role: str
    channel: str
    outcome: str
    link: str

    def cells(self) -> tuple[str, ...]:
        return (self.date_applied.isoformat(), self.company, self.role, self.channel, self.outcome, self.link)


def report_rows(owner, start: dt.date, end: dt.date) -> list[ReportRow]:
    if start > end:
        raise ReportError("The start date is after the end date.")
    apps = (
        Application.objects.filter(owner=owner, date_applied__gte=start, date_applied__lte=end)
        .exclude(stage=Stage.WISHLIST)
        .select_related("company")
        .order_by("date_applied", "company__name", "id")
    )
    return [
        ReportRow(
            date_applied=app.date_applied,
            company=app.company.name,
            role=app.title,
            channel=app.get_source_display() if app.source else "Not recorded",
            outcome=app.get_stage_display(),
            link=app.posting_url,
        )
        for app in apps
    ]


def render_csv(rows: list[ReportRow]) -> bytes:
    out = io.StringIO()
    writer = csvfile.writer(out)
    writer.writerow(COLUMNS)
    writer.writerows(r.cells() for r in rows)
    # With a byte-order mark so spreadsheet programs read accents correctly.
    return out.getvalue().encode("utf-8-sig")


def render_pdf(rows: list[ReportRow], *, name: str, start: dt.date, end: dt.date) -> bytes:
    pdf = FPDF(orientation="landscape", format="A4")
    pdf.set_title("Proof of job applications")
    font = next((f for f in FONT_FILES if f.exists()), None)
    if font:
        pdf.add_font("Body", "", str(font))
        family = "Body"
    else:
        family = "Helvetica"
    pdf.add_page()
    pdf.set_font(family, size=15)
    pdf.cell(text=_safe("Job applications", font), new_x="LMARGIN", new_y="NEXT")
    pdf.set_font(family, size=10)
    lines = [
        f"Name: {name}" if name else "",
        f"Period: {start.isoformat()} to {end.isoformat()}",
        f"Applications in this period: {len(rows)}",
        f"Made with Onward on {timezone.localdate().isoformat()} from the applicant's own records.",
    ]
    for line in filter(None, lines):
        pdf.cell(text=_safe(line, font), new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)
    pdf.set_font(family, size=8)
    headings = FontFace(emphasis="", fill_color=(230, 230, 230))
    with pdf.table(col_widths=(14, 30, 38, 16, 16, 46), text_align="LEFT", line_height=5,
                   headings_style=headings) as table:
        table.row([_safe(c, font) for c in COLUMNS])
        for r in rows:
            table.row([_safe(c, font) for c in r.cells()])
    return bytes(pdf.output())


def _safe(text: str, font: Path | None) -> str:
    """The PDF core font only knows Latin-1; other characters become "?" rather than failing the report."""
    return text if font else text.encode("latin-1", "replace").decode("latin-1")


def render(owner, start: dt.date, end: dt.date, fmt: str) -> tuple[bytes, str, str]:
    """The report as (content, media type, file name)."""
    if fmt not in FORMATS:
        raise ReportError(f"Unknown report format {fmt!r}. Choose one of: {', '.join(FORMATS)}.")
    rows = report_rows(owner, start, end)
    filename = f"applications-{start.isoformat()}-to-{end.isoformat()}.{fmt}"
    if fmt == "csv":
        return render_csv(rows), "text/csv; charset=utf-8", filename
    name = owner.get_full_name() or ""
    return render_pdf(rows, name=name, start=start, end=end), "application/pdf", filename
