"""Pieces every page shows, built in Python rather than included templates: the main navigation and form
fields. As templates, a dozen {% url %} tags and a form's loops cost more than the rest of a small page."""

from collections.abc import Hashable
from functools import cache, lru_cache
from typing import Any, cast

from django import template
from django.conf import settings
from django.middleware.csrf import get_token
from django.urls import get_script_prefix, reverse
from django.utils.html import format_html, format_html_join
from django.utils.safestring import mark_safe

register = template.Library()

# (URL name, label, what marks the link as the current page: a URL name, or a whole app namespace)
NAV = (
    ("tracker:today", "Today", ("name", "today")),
    ("tracker:board", "Board", ("name", "board")),
    ("tracker:table", "Applications", ("name", "table")),
    ("tracker:contacts", "Contacts", ("name", "contacts")),
    ("mail:index", "Mail", ("app", "mail")),
    ("playbook:index", "Playbook", ("app", "playbook")),
    ("match:home", "Match", ("app", "match")),
    ("insights:dashboard", "Insights", ("app", "insights")),
    ("onward_io:import", "Import", ("app", "onward_io")),
    ("core:settings", "Settings", ("name", "settings")),
    ("onward_api:tokens", "API", ("app", "onward_api")),
)
STAFF_NAV = (("core:invite", "Invite", ("name", "invite")),)
SERVER_ONLY_NAV = {"onward_api:tokens"}


@cache
def _urls(script_prefix: str) -> dict[str, str]:
    # Keyed by the script prefix: reverse() depends on it when the app is served below a sub-path.
    return {name: reverse(name) for name in [*(link[0] for link in NAV + STAFF_NAV), "core:logout"]}


@register.simple_tag(takes_context=True)
def main_nav(context) -> str:
    request = context["request"]
    urls = _urls(get_script_prefix())
    match = request.resolver_match
    here = {"name": match.url_name, "app": match.app_name} if match else {}
    links = list(NAV + STAFF_NAV if request.user.is_staff else NAV)
    if not settings.SERVER_MODE:
        # On one's own machine the API is a rarely needed tool: it lives under Settings.
        links = [link for link in links if link[0] not in SERVER_ONLY_NAV]
    items = format_html_join(
        "\n", '<li><a href="{}"{}>{}</a></li>',
        (
            (urls[name], mark_safe(' aria-current="page"') if here.get(kind) == value else "", label)  # noqa: S308
            for name, label, (kind, value) in links
        ),
    )
    return format_html(
        '{}\n<li><form method="post" action="{}" class="inline">'
        '<input type="hidden" name="csrfmiddlewaretoken" value="{}">'
        '<button type="submit" class="link">Sign out</button></form></li>',
        items, urls["core:logout"], get_token(request),
    )


@register.simple_tag
def form_fields(form) -> str:
    """A form's errors, hidden fields and labelled visible fields, the way every Onward form lays them out.

    A blank form that declares `cache_blank_render = True` (no per-person choices, no values that change
    with the day) renders the same for everyone: its HTML is made once per process and reused.
    """
    if not form.is_bound and getattr(form, "cache_blank_render", False):
        try:
            form_class = cast(Hashable, type(form))  # a class is hashable; the form stubs hide it
            return _blank_form_html(form_class, form.auto_id, form.prefix, tuple(sorted(form.initial.items())))
        except TypeError:  # an unhashable initial value: render it the ordinary way
            pass
    return _form_fields_html(form)


@lru_cache(maxsize=256)
def _blank_form_html(form_class: Any, auto_id: Any, prefix: Any, initial: tuple) -> str:
    return _form_fields_html(form_class(initial=dict(initial), auto_id=auto_id, prefix=prefix))


def _form_fields_html(form) -> str:
    parts: list[str] = []
    if errors := form.non_field_errors():
        parts.append(format_html_join("", '<div class="form-errors" role="alert">{}</div>', [(
            format_html_join("", "<p>{}</p>", ((e,) for e in errors)),
        )]))
    parts.extend(str(field) for field in form.hidden_fields())
    for field in form.visible_fields():
        # One box per field, so a grid layout places the label, the input and its hint in one cell together.
        parts.append(format_html('<div class="field field-{}">', field.widget_type))
        if field.widget_type == "checkbox":
            parts.append(format_html("<label>{} {}</label>", field, field.label))
        else:
            required = mark_safe(' <span class="req" aria-hidden="true">*</span>') if field.field.required else ""
            parts.append(format_html('<label for="{}">{}{}</label>', field.id_for_label, field.label, required))
            parts.append(str(field))
        if field.errors:
            parts.append(format_html(
                '<small class="field-error" id="{}_error">{}</small>', field.auto_id, " ".join(field.errors)
            ))
        elif field.help_text:
            parts.append(format_html("<small>{}</small>", field.help_text))
        parts.append("</div>")
    return mark_safe("\n".join(parts))  # noqa: S308 - every part above is escaped or rendered by Django
