from django import template

from onward.insights.projection import format_range

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
