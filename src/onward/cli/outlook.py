"""`onward outlook TITLE...`: which occupation each job title is, and its BLS 2024–34 projections.

Works on the shipped data alone: no database is opened. The JSON shape is documented in the README.
"""

from __future__ import annotations

import json

import click

from onward.cli.context import CliError


@click.command()
@click.argument("titles", nargs=-1, required=True)
@click.option("--json", "as_json", is_flag=True, help="One JSON object per title and line (see the README).")
def outlook(titles: tuple[str, ...], as_json: bool) -> None:
    """The occupation (2018 SOC code) each TITLE names, with its projected growth and openings."""
    from onward.match.occupations import title_outlook

    if any(not title.strip() for title in titles):
        raise CliError('Please give a job title, for example: onward outlook "Backend engineer".')
    for title in titles:
        row = title_outlook(title)
        if as_json:
            click.echo(json.dumps(row, ensure_ascii=False))
        elif row["soc"] is None:
            click.echo(f"{title}: no occupation found for this title; you can choose one on the Insights page.")
        else:
            openings = f"{row['openings_per_year']:,}" if row["openings_per_year"] is not None else "–"
            change = f"{row['change_pct']:+.1f}%" if row["change_pct"] is not None else "–"
            click.echo(
                f"{title}: {row['occupation']} ({row['soc']}); growth 2024–34 {change}, "
                f"openings a year {openings}, typical education {row['education'] or '–'}."
            )


def register(cli: click.Group) -> None:
    cli.add_command(outlook)
