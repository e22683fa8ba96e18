"""Every CSV Onward writes escapes cells a spreadsheet would run as formulas, through one writer."""

import ast
import csv
import datetime as dt
import io
from pathlib import Path

from onward.io import report
from onward.tracker import services

SRC = Path(__file__).resolve().parents[2] / "src" / "onward"


def test_applications_report_csv_escapes_formulas(alice):
    services.create_application(alice, company_name='=HYPERLINK("http://evil.example","x")', title="@SUM(A1)",
                                date_applied=dt.date(2024, 3, 5), posting_url="https://example.com/-1")
    content, _, _ = report.render(alice, dt.date(2024, 3, 1), dt.date(2024, 3, 31), "csv")
    [row] = list(csv.DictReader(io.StringIO(content.decode("utf-8-sig"))))
    assert row["Company"] == '\'=HYPERLINK("http://evil.example","x")'
    assert row["Role"] == "'@SUM(A1)"


def test_no_module_writes_csv_around_the_escaping_writer():
    """csv.writer / csv.DictWriter appear only in onward.core.csvfile."""
    offenders = []
    for path in SRC.rglob("*.py"):
        if path.name == "csvfile.py":
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Attribute) and node.attr in ("writer", "DictWriter") \
                    and isinstance(node.value, ast.Name) and node.value.id == "csv":
                offenders.append(f"{path.relative_to(SRC)}:{node.lineno}")
    assert offenders == []
