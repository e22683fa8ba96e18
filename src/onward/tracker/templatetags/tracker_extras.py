from functools import cache

from django import template
from django.urls import get_script_prefix, reverse
from django.utils.html import format_html

from onward.tracker.models import Origin

register = template.Library()


@register.filter
def origin_label(value: str) -> str:
    """ "mail" -> "Mail"; an origin another app adds shows as it is."""
    try:
        return Origin(value).label
    except ValueError:
        return value


@cache
def _around_pk(name: str, script_prefix: str) -> tuple[str, str]:
    # Keyed by the script prefix: reverse() depends on it when the app is served below a sub-path.
    marker = "987654321987654321"
    head, _, tail = reverse(name, args=[int(marker)]).partition(marker)
    return head, tail


def pk_url(name: str, pk: int) -> str:
    """reverse(name, args=[pk]) for URLs whose only argument is a row id, without resolving per row."""
    head, tail = _around_pk(name, get_script_prefix())
    return f"{head}{pk}{tail}"


@register.simple_tag(takes_context=True)
def board_card(context, app) -> str:
    """One board card. Built in Python rather than an included template: a large board renders hundreds.

    The stage control waits a moment after a change, so stepping through the list with the arrow keys records
    one move, not one per step; a drop on another column (board.js) sends `drop-move` and posts at once.
    """
    return format_html(
        '<li class="card" data-id="{pk}">'
        '<a href="{url}" class="card-link"><strong>{company}</strong> <span>{title}</span></a>'
        '<small class="muted">{idle}</small>'
        '<form method="post" action="{move}" class="card-move">{csrf}'
        '<input type="hidden" name="application" value="{pk}">'
        '<label for="stage-{pk}" class="visually-hidden">Stage of {title} at {company}</label>'
        '<select id="stage-{pk}" name="stage" hx-post="{move}" hx-target="#board" hx-swap="outerHTML" '
        'hx-trigger="change delay:1s, drop-move">'
        "{options}</select>"
        '<noscript><button type="submit" class="secondary small">Move</button></noscript>'
        "</form></li>",
        pk=app.pk, url=pk_url("tracker:application", app.pk), company=app.company_name, title=app.title,
        idle=app.idle_label, move=context["move_url"], csrf=context["csrf_input"], options=app.stage_options,
    )


@register.simple_tag(takes_context=True)
def closed_card(context, app) -> str:
    """One card in the board's closed area, with its reopen button (Python for the same reason as board_card)."""
    reopen = pk_url("tracker:application_reopen", app.pk)
    return format_html(
        '<li class="card closed" data-id="{pk}">'
        '<a href="{url}" class="card-link"><strong>{company}</strong> <span>{title}</span></a>'
        '<small class="muted">{stage} · {idle}</small>'
        '<form method="post" action="{reopen}" hx-post="{reopen}" hx-target="#board" hx-swap="outerHTML">{csrf}'
        '<input type="hidden" name="next" value="{board}">'
        '<button type="submit" class="secondary outline small">Reopen</button></form></li>',
        pk=app.pk, url=pk_url("tracker:application", app.pk), company=app.company_name, title=app.title,
        stage=app.get_stage_display(), idle=app.idle_label, reopen=reopen, csrf=context["csrf_input"],
        board=context["board_url"],
    )
