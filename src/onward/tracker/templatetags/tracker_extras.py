from django import template
from django.urls import reverse
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


@register.simple_tag(takes_context=True)
def board_card(context, app) -> str:
    """One board card. Built in Python rather than an included template: a large board renders hundreds.

    The stage control waits a moment after a change, so stepping through the list with the arrow keys records
    one move, not one per step; a drop on another column (board.js) sends `drop-move` and posts at once.
    """
    url_base = context.get("_card_url_base")
    if url_base is None:
        # One reverse() per render, not per card.
        url_base = context["_card_url_base"] = reverse("tracker:application", args=[0])[:-2]
    return format_html(
        '<li class="card" data-id="{pk}">'
        '<a href="{base}{pk}/" class="card-link"><strong>{company}</strong> <span>{title}</span></a>'
        '<small class="muted">{idle}</small>'
        '<form method="post" action="{move}" class="card-move">{csrf}'
        '<input type="hidden" name="application" value="{pk}">'
        '<label for="stage-{pk}" class="visually-hidden">Stage of {title} at {company}</label>'
        '<select id="stage-{pk}" name="stage" hx-post="{move}" hx-target="#board" hx-swap="outerHTML" '
        'hx-trigger="change delay:1s, drop-move">'
        "{options}</select>"
        '<noscript><button type="submit" class="secondary small">Move</button></noscript>'
        "</form></li>",
        pk=app.pk, base=url_base, company=app.company.name, title=app.title, idle=app.idle_label,
        move=context["move_url"], csrf=context["csrf_input"], options=app.stage_options,
    )
