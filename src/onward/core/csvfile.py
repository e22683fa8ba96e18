"""The one way Onward writes CSV: every cell a spreadsheet would run as a formula (=, +, -, @, tab, CR) is
escaped, so a company name from a mail or an import cannot become a live formula when the file is opened.

Use `writer` / `dict_writer` instead of the standard library's csv.writer and csv.DictWriter; a test fails
when a module writes CSV any other way.
"""

from __future__ import annotations

from typing import IO

from defusedcsv import csv


def writer(stream: IO[str], **kwargs):
    return csv.writer(stream, **kwargs)


def dict_writer(stream: IO[str], fieldnames, **kwargs):
    return csv.DictWriter(stream, fieldnames=fieldnames, **kwargs)
