import re
from functools import cache
from html import escape  # plain strings only: Django's escape() adds lazy-string checks on every call
from urllib.parse import quote

from django import template
from django.urls import Resolver404, get_script_prefix, resolve, reverse
from django.utils.safestring import mark_safe

from onward.core.models import Origin

register = template.Library()


@register.filter
def origin_label(value: str) -> str:
    """ "mail" -> "Mail"; an origin another app adds shows as it is."""
    try:
        return Origin(value).label
    except ValueError:
        return value


# A task's "Open: /path/" line (a playbook step's page in the app) shows as a link with these words.
OPEN_LINK_WORDS = {
    "match:application": "Compare your resume with the posting",
    "playbook:debrief": "Write the debrief",
    "playbook:wins": "Read your wins journal",
}
_OPEN_LINE = re.compile(r"^Open: (/[A-Za-z0-9_\-/]*)$")


def link_words(path: str) -> str:
    """The words a link to a page of the app shows ("Compare your resume with the posting"); "" for no page."""
    try:
        return OPEN_LINK_WORDS.get(resolve(path).view_name, "Open the page")
    except Resolver404:
        return ""


@register.filter
def linked_notes(text: str) -> str:
    """Notes as escaped text with line breaks, where an "Open: /path/" line inside the app becomes a link."""
    lines = []
    for line in (text or "").splitlines():
        found = _OPEN_LINE.match(line.strip())
        if found is None:
            lines.append(escape(line))
            continue
        path = found.group(1)
        words = link_words(path)
        if not words:
            lines.append(escape(line))
            continue
        lines.append(f'<a href="{escape(get_script_prefix() + path.lstrip("/"))}">{escape(words)}</a>')
    return mark_safe("<br>".join(lines))  # noqa: S308 - every line is escaped above


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


def _card_link(pk: int, company: str, title: str) -> str:
    url = pk_url("tracker:application", pk)
    return f'<a href="{url}" class="card-link" data-drawer><strong>{company}</strong> <span>{title}</span></a>'


def _card_facts(card, today, table_url: str) -> str:
    """Place, salary, deadline and tags when they are known: what decides which card to work on next.
    A tag links to the list of every application with it."""
    deadline, close = card.deadline_note(today)
    facts = [(card.place, ""), (card.salary, ""), (deadline, ' class="due"' if close else "")]
    items = "".join(f"<li{cls}>{escape(text)}</li>" for text, cls in facts if text)
    items += "".join(
        f'<li><a class="tag" href="{table_url}?q={quote(tag)}">{escape(tag)}</a></li>' for tag in card.tag_list
    )
    return f'<ul class="facts">{items}</ul>' if items else ""


@register.simple_tag(takes_context=True)
def board_card(context, card) -> str:
    """One board card (a board.Card). Built in Python rather than an included template: a large board renders
    hundreds, and each value is escaped once here rather than through format_html's checks.

    The stage control waits a moment after a change, so stepping through the list with the arrow keys records
    one move, not one per step; a drop on another column (board.js) sends `drop-move` and posts at once.
    """
    pk, company, title = card.pk, escape(card.company_name), escape(card.title)
    move = context["move_url"]
    return mark_safe(  # noqa: S308 - every value is escaped above or is our own markup
        f'<li class="card st-{card.stage}" data-id="{pk}">'
        f"{_card_link(pk, company, title)}{_card_facts(card, context['today'], context['table_url'])}"
        f'<small class="muted">{escape(card.idle_label)}</small>'
        f'<form method="post" action="{move}" class="card-move">{context["csrf_input"]}'
        f'<input type="hidden" name="application" value="{pk}">'
        f'<label for="stage-{pk}" class="visually-hidden">Stage of {title} at {company}</label>'
        f'<select id="stage-{pk}" name="stage" hx-post="{move}" hx-target="#board" hx-swap="outerHTML" '
        'hx-trigger="change delay:1s, drop-move">'
        f"{card.stage_options}</select>"
        '<noscript><button type="submit" class="secondary small">Move</button></noscript>'
        "</form></li>"
    )


@register.simple_tag(takes_context=True)
def closed_card(context, card) -> str:
    """One card in the board's closed area, with its reopen button (Python for the same reason as board_card)."""
    pk, company, title = card.pk, escape(card.company_name), escape(card.title)
    reopen = pk_url("tracker:application_reopen", pk)
    return mark_safe(  # noqa: S308 - every value is escaped above or is our own markup
        f'<li class="card closed" data-id="{pk}">'
        f"{_card_link(pk, company, title)}"
        f'<small class="muted">{escape(card.stage_label)} · {escape(card.idle_label)}</small>'
        f'<form method="post" action="{reopen}" hx-post="{reopen}" hx-target="#board" hx-swap="outerHTML">'
        f'{context["csrf_input"]}<input type="hidden" name="next" value="{context["board_url"]}">'
        '<button type="submit" class="secondary outline small">Reopen</button></form></li>'
    )
