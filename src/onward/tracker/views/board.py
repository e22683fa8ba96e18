"""The board and the applications table, and moving an application from the board.

An HTMX request gets just the partial it targets; the same URL without JavaScript gets the full page.
"""

from __future__ import annotations

from django.contrib import messages
from django.core.paginator import Paginator
from django.middleware.csrf import get_token
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.html import escape, format_html
from django.utils.safestring import mark_safe
from django.views.decorators.http import require_POST

from onward.core.services import profile_for
from onward.tracker import services
from onward.tracker.board import board_page
from onward.tracker.forms import (
    BoardMoveForm,
    QuickAddForm,
    TableFilterForm,
)
from onward.tracker.stages import CLOSED, PIPELINE, REJECTIONS, Stage
from onward.tracker.views.common import _app_or_404, _with_idle

# The board shows this many cards per column and in the closed area; the rest are a click away in the table.
BOARD_COLUMN_LIMIT = 50
BOARD_CLOSED_LIMIT = 30
TABLE_PAGE_SIZE = 25


def _stage_options() -> dict[str, str]:
    """The <option> list of the card stage control, once per current stage: the board renders many cards."""
    groups = [("Open", PIPELINE), ("Closed", CLOSED)]
    options: dict[str, str] = {}
    for current in Stage:
        html = []
        for label, stages in groups:
            html.append(f'<optgroup label="{label}">')
            for stage in stages:
                selected = " selected" if stage == current else ""
                html.append(f'<option value="{stage.value}"{selected}>{escape(stage.label)}</option>')
            html.append("</optgroup>")
        options[current.value] = mark_safe("".join(html))  # noqa: S308 - built from our own escaped labels
    return options


STAGE_OPTIONS = _stage_options()


def _board_context(request, status: str = "", moved: int | None = None) -> dict:
    profile = profile_for(request.user)
    page = board_page(
        request.user, per_column=BOARD_COLUMN_LIMIT, closed_limit=BOARD_CLOSED_LIMIT,
        hide_rejections=profile.hide_rejections_on_board,
    )
    day = timezone.localdate()
    for column in page.columns:
        for app in _with_idle(column.cards, day):
            app.stage_options = STAGE_OPTIONS[app.stage]
    _with_idle(page.closed, day)
    return {
        "columns": page.columns,
        "empty": not page.closed_count and not any(column.count for column in page.columns),
        "closed": page.closed,
        "closed_count": page.closed_count,
        "closed_more": page.closed_more,
        "hide_rejections": profile.hide_rejections_on_board,
        "move_url": reverse("tracker:board_move"),
        "board_url": reverse("tracker:board"),
        "table_url": reverse("tracker:table"),
        "csrf_input": format_html('<input type="hidden" name="csrfmiddlewaretoken" value="{}">', get_token(request)),
        "today": day,
        # The closed drop zone opens this form for the dropped card (board.js puts the card's id in).
        "reject_url": reverse("playbook:reject", args=[0]),
        "status": status,
        "moved": moved,
        # Its own ids: an application opened in the side drawer has fields with the default ones.
        "quick_add": QuickAddForm(auto_id="quick_%s"),
    }


def board(request):
    return render(request, "tracker/board.html", _board_context(request))


def _board_reply(request, status: str, moved: int | None = None):
    if request.htmx:
        return render(request, "tracker/partials/board.html", _board_context(request, status, moved))
    messages.info(request, status)
    return redirect("tracker:board")


def _move(app, stage, note: str = "") -> str:
    if services.move(app, stage, note=note) is None:
        return f"{app} is already at {app.get_stage_display()}."
    if stage in REJECTIONS:
        return f"Moved {app} to {app.get_stage_display()}. Its recovery plan is ready when you are."
    return f"Moved {app} to {app.get_stage_display()}."


@require_POST
def board_move(request):
    form = BoardMoveForm(request.POST)
    if not form.is_valid():
        return _board_reply(request, "That move could not be made: choose one of the listed stages.")
    app = _app_or_404(request.user, form.cleaned_data["application"])
    return _board_reply(request, _move(app, form.cleaned_data["stage"]), app.pk)


TABLE_COLUMNS = [
    ("company", "Company"),
    ("title", "Role"),
    ("stage", "Stage"),
    ("applied", "Applied"),
    ("excitement", "Excitement"),
    ("activity", "Last activity"),
]


# Sorting by these without a minus puts the most recent first.
NEWEST_FIRST = {"activity"}


def table(request):
    form = TableFilterForm(request.GET)
    form.is_valid()  # invalid filters show their error and are left out; the rest still apply
    data = form.cleaned_data
    sort = request.GET.get("sort", "activity")
    if sort not in services.SORTS:
        sort = "activity"
    apps = services.list_applications(
        request.user,
        q=data.get("q", ""),
        stages=form.stages(),
        sources=data.get("source") or None,
        applied_from=data.get("applied_from"),
        applied_to=data.get("applied_to"),
        sort=sort,
    )
    page = Paginator(apps, TABLE_PAGE_SIZE).get_page(request.GET.get("page"))
    _with_idle(page.object_list)
    headers = [
        {"key": key, "label": label, "active": sort.lstrip("-") == key,
         "descending": sort.startswith("-") != (key in NEWEST_FIRST), "next": key if sort != key else f"-{key}"}
        for key, label in TABLE_COLUMNS
    ]
    context = {"form": form, "page": page, "headers": headers, "sort": sort}
    if request.htmx and request.htmx.target == "results":
        return render(request, "tracker/partials/table_results.html", context)
    return render(request, "tracker/table.html", context)
