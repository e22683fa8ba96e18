from functools import lru_cache

from django import template
from django.utils.html import format_html
from django.utils.safestring import SafeString

from onward.insights.projection import format_range
from onward.match.occupations import occupations

register = template.Library()


@register.filter
def pct(value) -> str:
    """0.237 → '24%'; no value → '–' (nothing to divide by yet)."""
    if value is None:
        return "–"
    return f"{round(value * 100)}%"


@register.filter
def span(quantiles, level) -> str:
    """A projection's central 50% or 80% range, e.g. {{ p.applications|span:50 }} → '7–47'."""
    return format_range(quantiles, int(level))


@lru_cache(maxsize=1)
def _occupation_options() -> tuple[tuple[str, str, str], ...]:
    """Every occupation's <option>, unselected and selected, escaped once per process: the list is long and
    each outlook row offers all of it."""
    return tuple(
        (code, format_html('<option value="{}">{}</option>', code, title),
         format_html('<option value="{}" selected>{}</option>', code, title))
        for code, title in occupations()
    )


@register.filter
def occupation_options(row) -> str:
    """The occupation choices for one outlook row, the user's own choice selected."""
    chosen = row.occupation.code if row.chosen and row.occupation else None
    # Every piece was escaped by format_html, so the joined whole is safe too.
    return SafeString("".join(selected if code == chosen else plain for code, plain, selected in _occupation_options()))
