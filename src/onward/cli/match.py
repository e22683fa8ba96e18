"""`onward match RESUME JD` (a report) and `onward match rank RESUME SOURCE` (many postings by fit).

Both work on files alone: no database is opened. The JSON shapes are documented in docs/match.md.
"""

from __future__ import annotations

import csv
import io
import json
import sys
from pathlib import Path

import click

from onward.cli.context import CliError

TEXT_COLUMNS = ("text", "description", "job_description", "posting", "body", "content")
ID_COLUMNS = ("id", "uid", "job_id")
TITLE_COLUMNS = ("title", "job_title")


def _read(path: Path) -> str:
    from onward.match.documents import read_document

    try:
        data = path.read_bytes()
    except OSError as exc:
        raise CliError(f"Could not read {path}: {exc.strerror}.") from None
    return read_document(path.name, data)


class MatchGroup(click.Group):
    """`onward match A B` runs the report; `onward match rank ...` and other names run their subcommand."""

    def parse_args(self, ctx, args):
        first = next((a for a in args if not a.startswith("-")), None)
        if first is not None and first not in self.commands and not {"-h", "--help"} & set(args[:1]):
            args = ["report", *args]
        return super().parse_args(ctx, args)


@click.group(cls=MatchGroup)
def match() -> None:
    """Compare a resume with a job description the way an applicant tracking system reads them.

    \b
    onward match RESUME JD [--json]      one report (RESUME: PDF, DOCX, TXT, MD; JD: TXT, HTML, MD)
    onward match rank RESUME SOURCE      rank a folder of postings or a CSV by fit
    """


@match.command("report")
@click.argument("resume", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.argument("jd", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--title", default="", help="The job title, when the posting's first line is not it.")
@click.option("--json", "as_json", is_flag=True, help="Print the report as JSON (see docs/match.md).")
def report_cmd(resume: Path, jd: Path, title: str, as_json: bool) -> None:
    """Match rate, missing and matched items, and resume checks for one posting."""
    from onward.match.report import match as run_match

    report = run_match(_read(resume), _read(jd), title)
    if as_json:
        click.echo(json.dumps(report.to_dict(), ensure_ascii=False, indent=2))
        return
    _print_report(report)


def _print_report(report) -> None:
    from onward.match.report import shares

    click.echo(f"Match rate: {report.score} of 100" + (f"  ({report.title})" if report.title else ""))
    for c, share in shares(report.categories):
        click.echo(f"  {c.label}: {c.score}% ({c.matched} of {c.total}; {share}% of the match rate)")
    if report.missing:
        click.echo("Missing from your resume (the posting's wording):")
        for i in report.missing:
            click.echo(f"  [{i.level}] {i.wording}  ({i.name}, {i.category})")
    if report.related:
        click.echo("Related, not exact (the resume has something close):")
        for r in report.related:
            click.echo(f"  {r.missing} ~ {r.resume} ({r.similarity})")
    if report.also_asked:
        click.echo("Also asked for in the posting (not part of the match rate):")
        for a in report.also_asked:
            click.echo(f"  [{a.level}] {a.wording}: {'in your resume' if a.in_resume else 'not in your resume'}")
    if report.matched:
        click.echo("Found in both (resume / posting mentions):")
        for i in report.matched:
            click.echo(f"  {i.name}: {i.resume_count} / {i.posting_count}")
    c = report.checks
    click.echo(
        f"Checks: {_count(c.word_count, 'word')}; email {'found' if c.email else 'not found'}; "
        f"phone {'found' if c.phone else 'not found'}; sections found: {', '.join(c.sections_found) or 'none'}; "
        f"{_count(c.date_ranges, 'date range')}; {_count(c.measurable_results, 'line')} with measurable results."
    )


def _count(n: int, noun: str) -> str:
    return f"{n} {noun}{'' if n == 1 else 's'}"


def _pick(columns: list[str], chosen: str | None, candidates: tuple[str, ...], what: str, required: bool):
    if chosen:
        if chosen not in columns:
            raise CliError(f"The CSV has no column {chosen!r}. Columns: {', '.join(columns)}.")
        return chosen
    lowered = {c.lower().strip(): c for c in columns}
    for name in candidates:
        if name in lowered:
            return lowered[name]
    if required:
        raise CliError(
            f"Could not tell which CSV column holds the {what}; name it with --{what}-column. "
            f"Columns: {', '.join(columns)}."
        )
    return None


def postings_from(source: Path, id_column: str | None, text_column: str | None, title_column: str | None):
    """(id, text, title) for each posting in a folder of .txt/.html/.md files or a CSV."""
    from onward.match.documents import POSTING_TYPES, DocumentError

    if source.is_dir():
        for path in sorted(p for p in source.iterdir() if p.suffix.lower() in POSTING_TYPES):
            try:
                yield path.stem, _read(path), ""
            except DocumentError:
                yield path.stem, "", ""
        return
    if source.suffix.lower() in POSTING_TYPES:
        raise CliError(f"{source.name} is one posting: `onward match RESUME {source.name}` compares your resume with "
                       "it. `rank` takes a folder of postings or a CSV file.")
    from onward.io.importers.base import ImportFileError, detect_encoding

    data = source.read_bytes()
    if not data.strip():
        raise CliError(f"{source.name} is empty.")
    # The importers' detection: Excel on Windows saves CSVs in cp1252, and binary junk must be refused in words.
    try:
        text = data.decode(detect_encoding(data), errors="replace").lstrip("\ufeff")
    except ImportFileError:
        raise CliError(f"{source.name} does not look like text (no character encoding fits it). "
                       "Nothing was ranked.") from None
    if not text.strip():
        raise CliError(f"{source.name} is empty.")
    csv.field_size_limit(min(sys.maxsize, 2**31 - 1))
    header = text.split("\n", 1)[0]
    # Excel writes semicolons where the decimal separator is a comma (much of Europe), tabs for "text" exports.
    delimiter = max((",", ";", "\t"), key=header.count)
    # Strict: a stray quote would otherwise swallow the rows after it, and the ranking would silently lack them.
    reader = csv.DictReader(io.StringIO(text, newline=""), delimiter=delimiter, strict=True)
    try:
        columns = reader.fieldnames or []
        text_col = _pick(columns, text_column, TEXT_COLUMNS, "text", required=True)
        id_col = _pick(columns, id_column, ID_COLUMNS, "id", required=False)
        title_col = _pick(columns, title_column, TITLE_COLUMNS, "title", required=False)
        rows = list(reader)
    except csv.Error as exc:
        why = "it holds NUL characters" if "NUL" in str(exc) else "a quoted field does not close where it should"
        raise CliError(f"{source.name} is not a well-formed CSV file: {why} (near line {reader.line_num}). "
                       "Nothing was ranked.") from None
    for n, row in enumerate(rows, start=1):
        key = row.get(id_col) if id_col else None
        yield (
            (key if key not in (None, "") else str(n)),
            row.get(text_col) or "",
            (row.get(title_col) or "") if title_col else "",
        )


@match.command("rank")
@click.argument("resume", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.argument("source", type=click.Path(exists=True, path_type=Path))
@click.option("--id-column", help="CSV column with the posting id (default: id).")
@click.option("--text-column", help="CSV column with the posting text (default: text, description or job_description).")
@click.option("--title-column", help="CSV column with the job title (default: title or job_title, if present).")
@click.option("--location", default="", help="A place you want to work in; postings that name it rank higher.")
@click.option("--remote", is_flag=True, help="You want remote work; postings that offer it rank higher.")
@click.option("--limit", type=click.IntRange(min=1), help="Show only the best N.")
@click.option("--json", "as_json", is_flag=True, help='One JSON object per line: {"id": ..., "score": 0-100}.')
def rank_cmd(resume: Path, source: Path, id_column, text_column, title_column, location, remote, limit, as_json):
    """Rank many postings by how well they fit the resume, best first (see docs/match.md, "Ranking")."""
    from onward.match.documents import posting_text
    from onward.match.relevance import Posting, Preferences, rank

    rows = list(postings_from(source, id_column, text_column, title_column))
    if not rows:
        raise CliError(f"No postings found in {source} (a folder of .txt/.html/.md files, or a CSV).")
    titles = {key: title for key, _text, title in rows}
    postings = [Posting(key, posting_text(text), title) for key, text, title in rows]
    ranked = rank(_read(resume), postings, Preferences(location, remote) or None)
    for key, value in ranked[:limit]:
        if as_json:
            click.echo(json.dumps({"id": key, "score": value}, ensure_ascii=False))
        else:
            click.echo(f"{value:>6.2f}  {key}" + (f"  {titles[key]}" if titles.get(key) else ""))


def register(cli: click.Group) -> None:
    cli.add_command(match)
