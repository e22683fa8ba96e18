"""Tracker pages. Thin: they validate with forms, call the services and render.

An HTMX request gets just the partial it targets; the same URL without JavaScript gets the full page.
"""

from __future__ import annotations

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.core.paginator import Paginator
from django.db import transaction
from django.db.models import Count, Q
from django.http import Http404
from django.middleware.csrf import get_token
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.html import escape, format_html
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.safestring import mark_safe
from django.views.decorators.http import require_POST

from onward.core.services import profile_for
from onward.playbook import services as playbook
from onward.playbook.models import STAGE_TYPE
from onward.tracker import services
from onward.tracker.board import board_page
from onward.tracker.forms import (
    ApplicationForm,
    BoardMoveForm,
    CompanyForm,
    ContactForm,
    InterviewForm,
    MoveForm,
    NoteForm,
    QuickAddForm,
    TableFilterForm,
    TaskForm,
)
from onward.tracker.models import Application, Company, Contact, Task
from onward.tracker.stages import CLOSED, PIPELINE, Stage

# The board shows this many cards per column and in the closed area; the rest are a click away in the table.
BOARD_COLUMN_LIMIT = 50
BOARD_CLOSED_LIMIT = 30
TABLE_PAGE_SIZE = 25
CONTACTS_PAGE_SIZE = 50


# --- helpers ---------------------------------------------------------------------------------


def _app_or_404(owner, pk, related: tuple[str, ...] = ()) -> Application:
    try:
        return services.get_application(owner, pk, related=related)
    except services.NotFound:
        raise Http404("No such application.") from None


def _next_url(request, default: str) -> str:
    target = request.POST.get("next") or request.GET.get("next")
    if target and url_has_allowed_host_and_scheme(target, {request.get_host()}, request.is_secure()):
        return target
    return default


def _add_errors(form, exc: Exception) -> None:
    """Put a service's complaint next to the field it is about, or at the top of the form."""
    if isinstance(exc, ValidationError) and hasattr(exc, "error_dict"):
        for field, errors in exc.message_dict.items():
            form.add_error(field if field in form.fields else None, errors)
    elif isinstance(exc, ValidationError):
        form.add_error(None, exc.messages)
    else:
        form.add_error(None, str(exc))


def _idle_label(days: int) -> str:
    if days <= 0:
        return "Active today"
    return "1 day since last activity" if days == 1 else f"{days} days since last activity"


def _with_idle(apps, today=None):
    today = today or timezone.localdate()
    for app in apps:
        app.idle_days = (today - timezone.localdate(app.last_activity_at)).days
        app.idle_label = _idle_label(app.idle_days)
    return apps


def _stage_options() -> dict[str, str]:
    """The <option> list of the card stage control, once per current stage: the board renders many cards."""
    groups = [("Open", PIPELINE), ("Closed", CLOSED)]
    options = {}
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


# --- today -----------------------------------------------------------------------------------


def today(request):
    from onward.remind.digest import nudges

    data = services.today(request.user)
    has_anything = Application.objects.filter(owner=request.user).exists()
    return render(request, "tracker/today.html", {
        "today": data,
        "nudges": nudges(request.user),
        "empty": not (data.overdue or data.due_today or data.upcoming_tasks or data.upcoming_interviews),
        "has_applications": has_anything,
        "now_date": timezone.localdate(),
    })


# --- board -----------------------------------------------------------------------------------


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
        "closed": page.closed,
        "closed_count": page.closed_count,
        "closed_more": page.closed_more,
        "hide_rejections": profile.hide_rejections_on_board,
        "move_url": reverse("tracker:board_move"),
        "board_url": reverse("tracker:board"),
        "table_url": reverse("tracker:table"),
        "csrf_input": format_html('<input type="hidden" name="csrfmiddlewaretoken" value="{}">', get_token(request)),
        "status": status,
        "moved": moved,
        "quick_add": QuickAddForm(),
    }


def board(request):
    return render(request, "tracker/board.html", _board_context(request))


def _board_reply(request, status: str, moved: int | None = None):
    if request.htmx:
        return render(request, "tracker/partials/board.html", _board_context(request, status, moved))
    messages.info(request, status)
    return redirect("tracker:board")


def _move(app, stage, note: str = "") -> str:
    if not playbook.move(app, stage, note=note):
        return f"{app} is already at {app.get_stage_display()}."
    if stage in STAGE_TYPE:
        return f"Moved {app} to {app.get_stage_display()}. Its recovery plan is ready when you are."
    return f"Moved {app} to {app.get_stage_display()}."


@require_POST
def board_move(request):
    form = BoardMoveForm(request.POST)
    if not form.is_valid():
        return _board_reply(request, "That move could not be made: choose one of the listed stages.")
    app = _app_or_404(request.user, form.cleaned_data["application"])
    return _board_reply(request, _move(app, form.cleaned_data["stage"]), app.pk)


# --- table -----------------------------------------------------------------------------------

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


# --- adding ----------------------------------------------------------------------------------


def application_new(request):
    initial = {"stage": request.GET.get("stage") if request.GET.get("stage") in Stage.values else Stage.APPLIED}
    form = QuickAddForm(request.POST or None, initial=initial)
    duplicates = []
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        duplicates = list(services.find_duplicates(request.user, data["company"], data["title"])[:5])
        if not duplicates or request.POST.get("confirm") == "1":
            try:
                app = services.create_application(
                    request.user, company_name=data["company"], title=data["title"], stage=data["stage"],
                    posting_url=data["posting_url"], source=data["source"],
                )
            except (ValidationError, services.TrackerError) as exc:
                _add_errors(form, exc)
            else:
                messages.success(request, f"Added {app}.")
                return redirect(_next_url(request, reverse("tracker:application", args=[app.pk])))
    companies = Company.objects.filter(owner=request.user).order_by("name").values_list("name", flat=True)[:500]
    return render(
        request, "tracker/application_new.html", {"form": form, "duplicates": duplicates, "company_names": companies}
    )


# --- one application -------------------------------------------------------------------------


def _activity_context(request, app: Application, **forms) -> dict:
    entries = services.timeline(app)  # also prefetches the tasks and interviews the page shows
    return {
        "app": app,
        "entries": entries,
        "tasks": services.tasks_in_order(app.tasks.all()),
        "is_closed": app.stage in CLOSED,
        "reopen_stage": services.reopen_stage(app).label if app.stage in CLOSED else "",
        "move_form": forms.get("move_form") or MoveForm(initial={"stage": app.stage}),
        "interview_form": forms.get("interview_form") or InterviewForm(owner=request.user),
        "task_form": forms.get("task_form") or TaskForm(),
        "note_form": forms.get("note_form") or NoteForm(),
        "open_action": forms.get("open_action", ""),
    }


def application(request, pk):
    """The application page. Its details show as text; `?edit=1` (or an HTMX swap) turns them into a form."""
    # The page shows the playbook's rejection summary: read it with the application.
    app = _app_or_404(request.user, pk, related=("rejection",))
    editing = request.method == "POST" or request.GET.get("edit") == "1"
    form = ApplicationForm(request.POST or None, instance=app, owner=request.user) if editing else None
    if request.method == "POST" and form.is_valid():
        with transaction.atomic():
            app.company = services.get_or_create_company(request.user, form.cleaned_data["company_name"])
            form.save()
            services.touch(app)
        messages.success(request, "Saved.")
        return redirect("tracker:application", pk=app.pk)
    if form is not None and form.is_bound:
        # Shown in the page header: keep the saved values, not the rejected input.
        app.refresh_from_db()
    if request.htmx and request.htmx.target == "details":
        return render(request, "tracker/partials/details.html", {"app": app, "form": form})
    return render(request, "tracker/application.html", {"form": form, **_activity_context(request, app)})


def _activity_reply(request, app: Application, status: str = "", **forms):
    """After a quick action: the refreshed activity panel (HTMX) or the whole page."""
    invalid = any(f.errors for f in forms.values() if hasattr(f, "errors"))
    if request.htmx:
        context = _activity_context(request, app, **forms)
        context["status"] = status
        return render(request, "tracker/partials/activity.html", context)
    if invalid:
        return render(request, "tracker/application.html", _activity_context(request, app, **forms))
    if status:
        messages.success(request, status)
    return redirect("tracker:application", pk=app.pk)


@require_POST
def application_move(request, pk):
    app = _app_or_404(request.user, pk)
    form = MoveForm(request.POST)
    if not form.is_valid():
        return _activity_reply(request, app, move_form=form, open_action="move")
    return _activity_reply(request, app, _move(app, form.cleaned_data["stage"], form.cleaned_data["note"]))


@require_POST
def application_reopen(request, pk):
    app = _app_or_404(request.user, pk)
    try:
        services.reopen_application(app)
    except services.TrackerError as exc:
        status = str(exc)
    else:
        status = f"Reopened {app} at {app.get_stage_display()}."
    if request.htmx and request.htmx.target == "board":
        return _board_reply(request, status, app.pk)
    if not request.htmx and request.POST.get("next"):
        messages.info(request, status)
        return redirect(_next_url(request, reverse("tracker:board")))
    return _activity_reply(request, app, status)


@require_POST
def interview_add(request, pk):
    app = _app_or_404(request.user, pk)
    form = InterviewForm(request.POST, owner=request.user)
    if form.is_valid():
        data = form.cleaned_data
        try:
            interview = services.log_interview(
                app, scheduled_at=data["scheduled_at"], kind=data["kind"], notes=data["notes"],
                interviewers=list(data["interviewers"]),
            )
        except services.TrackerError as exc:
            _add_errors(form, exc)
        else:
            app.refresh_from_db()
            return _activity_reply(request, app, f"{interview.get_kind_display()} interview logged.")
    return _activity_reply(request, app, interview_form=form, open_action="interview")


@require_POST
def task_add(request, pk):
    app = _app_or_404(request.user, pk)
    form = TaskForm(request.POST)
    if form.is_valid():
        try:
            services.add_task(request.user, application=app, **form.cleaned_data)
        except services.TrackerError as exc:
            _add_errors(form, exc)
        else:
            return _activity_reply(request, app, "Task added.")
    return _activity_reply(request, app, task_form=form, open_action="task")


@require_POST
def note_add(request, pk):
    app = _app_or_404(request.user, pk)
    form = NoteForm(request.POST)
    if form.is_valid():
        try:
            services.add_note(request.user, form.cleaned_data["body"], application=app)
        except services.TrackerError as exc:
            _add_errors(form, exc)
        else:
            return _activity_reply(request, app, "Note added.")
    return _activity_reply(request, app, note_form=form, open_action="note")


# --- tasks -----------------------------------------------------------------------------------

TASK_ACTIONS = {
    "done": (services.complete_task, "Done."),
    "skip": (services.skip_task, "Skipped."),
    "snooze": (services.snooze_task, "Snoozed for a day."),
    "reopen": (services.reopen_task, "Back on your list."),
}


@require_POST
def task_action(request, pk, action):
    if action not in TASK_ACTIONS:
        raise Http404("No such task action.")
    try:
        task = services.get_task(request.user, pk)
    except services.NotFound:
        raise Http404("No such task.") from None
    do, status = TASK_ACTIONS[action]
    do(task)
    if request.htmx:
        return render(
            request, "tracker/partials/task_row.html", {"task": task, "task_status": status, "show_application": True}
        )
    messages.success(request, f"{task.title}: {status}")
    default = reverse("tracker:application", args=[task.application_id]) if task.application_id else "/"
    return redirect(_next_url(request, default))


# --- contacts and companies ------------------------------------------------------------------


def contacts(request):
    q = request.GET.get("q", "").strip()[:200]
    qs = Contact.objects.filter(owner=request.user).select_related("company")
    for word in q.split():
        qs = qs.filter(
            Q(name__icontains=word) | Q(email__icontains=word) | Q(company__name__icontains=word)
            | Q(role__icontains=word)
        )
    page = Paginator(qs.order_by("name", "id"), CONTACTS_PAGE_SIZE).get_page(request.GET.get("page"))
    context = {"page": page, "q": q}
    if request.htmx and request.htmx.target == "results":
        return render(request, "tracker/partials/contact_results.html", context)
    return render(request, "tracker/contacts.html", context)


def _save_contact(request, form: ContactForm) -> Contact:
    with transaction.atomic():
        contact = form.save(commit=False)
        contact.owner = request.user
        name = form.cleaned_data.get("company_name", "")
        contact.company = services.get_or_create_company(request.user, name) if name else None
        contact.save()
    return contact


def contact_new(request):
    form = ContactForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        contact = _save_contact(request, form)
        messages.success(request, f"Added {contact.name}.")
        return redirect("tracker:contact", pk=contact.pk)
    return render(request, "tracker/contact_new.html", {"form": form})


def contact(request, pk):
    person = get_object_or_404(Contact.objects.select_related("company"), owner=request.user, pk=pk)
    form = ContactForm(request.POST or None, instance=person)
    if request.method == "POST" and form.is_valid():
        _save_contact(request, form)
        messages.success(request, "Saved.")
        return redirect("tracker:contact", pk=person.pk)
    return render(request, "tracker/contact.html", _contact_context(request, person, form=form))


def _contact_context(request, person: Contact, **forms) -> dict:
    linked_by = Q(referral_contact=person) | Q(interviews__interviewers=person)
    if person.company_id:
        linked_by |= Q(company_id=person.company_id)
    linked = Application.objects.filter(linked_by, owner=request.user).select_related("company").distinct()
    return {
        "contact": person,
        "form": forms.get("form") or ContactForm(instance=person),
        "note_form": forms.get("note_form") or NoteForm(),
        "task_form": forms.get("task_form") or TaskForm(),
        "notes": person.notes_set.all(),
        "applications": _with_idle(list(linked)),
        "tasks": Task.objects.filter(owner=request.user, contact=person).select_related("application__company"),
    }


@require_POST
def contact_note_add(request, pk):
    person = get_object_or_404(Contact, owner=request.user, pk=pk)
    form = NoteForm(request.POST)
    if form.is_valid():
        services.add_note(request.user, form.cleaned_data["body"], contact=person)
        messages.success(request, "Note added.")
        return redirect("tracker:contact", pk=person.pk)
    return render(request, "tracker/contact.html", _contact_context(request, person, note_form=form))


@require_POST
def contact_task_add(request, pk):
    person = get_object_or_404(Contact, owner=request.user, pk=pk)
    form = TaskForm(request.POST)
    if form.is_valid():
        services.add_task(request.user, contact=person, **form.cleaned_data)
        messages.success(request, "Task added.")
        return redirect("tracker:contact", pk=person.pk)
    return render(request, "tracker/contact.html", _contact_context(request, person, task_form=form))


def company(request, pk):
    firm = get_object_or_404(Company, owner=request.user, pk=pk)
    form = CompanyForm(request.POST or None, instance=firm)
    if request.method == "POST" and form.is_valid():
        form.save()
        messages.success(request, "Saved.")
        return redirect("tracker:company", pk=firm.pk)
    return render(request, "tracker/company.html", _company_context(request, firm, form=form))


def _company_context(request, firm: Company, **forms) -> dict:
    return {
        "company": firm,
        "form": forms.get("form") or CompanyForm(instance=firm),
        "note_form": forms.get("note_form") or NoteForm(),
        "notes": firm.notes_set.all(),
        "applications": _with_idle(list(firm.applications.filter(owner=request.user).select_related("company"))),
        "contacts": firm.contacts.filter(owner=request.user),
    }


@require_POST
def company_note_add(request, pk):
    firm = get_object_or_404(Company, owner=request.user, pk=pk)
    form = NoteForm(request.POST)
    if form.is_valid():
        services.add_note(request.user, form.cleaned_data["body"], company=firm)
        messages.success(request, "Note added.")
        return redirect("tracker:company", pk=firm.pk)
    return render(request, "tracker/company.html", _company_context(request, firm, note_form=form))


def companies(request):
    firms = Company.objects.filter(owner=request.user).annotate(n_apps=Count("applications")).order_by("name")
    page = Paginator(firms, CONTACTS_PAGE_SIZE).get_page(request.GET.get("page"))
    return render(request, "tracker/companies.html", {"page": page})
