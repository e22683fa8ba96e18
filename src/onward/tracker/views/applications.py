"""The application pages: add one, its page, and what happens on it (move, reopen, interviews, tasks, notes).

An HTMX request gets just the partial it targets; the same URL without JavaScript gets the full page.
"""

from __future__ import annotations

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.http import Http404
from django.shortcuts import redirect, render
from django.urls import reverse
from django.views.decorators.http import require_POST

from onward.core.errors import NotFound, OnwardError
from onward.tracker import services
from onward.tracker.forms import (
    ApplicationForm,
    InterviewForm,
    MoveForm,
    NoteForm,
    QuickAddForm,
    TaskForm,
)
from onward.tracker.models import Application, Company
from onward.tracker.stages import CLOSED, Stage
from onward.tracker.views.board import _board_reply, _move
from onward.tracker.views.common import _add_errors, _app_or_404, _next_url


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
            except (ValidationError, OnwardError) as exc:
                _add_errors(form, exc)
            else:
                messages.success(request, f"Added {app}.")
                return redirect(_next_url(request, reverse("tracker:application", args=[app.pk])))
    companies = Company.objects.filter(owner=request.user).order_by("name").values_list("name", flat=True)[:500]
    return render(
        request, "tracker/application_new.html", {"form": form, "duplicates": duplicates, "company_names": companies}
    )


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
    if request.method == "POST" and form is not None and form.is_valid():
        changes = {name: form.cleaned_data[name] for name in ApplicationForm.Meta.fields}
        try:
            services.update_application(app, {**changes, "company": form.cleaned_data["company_name"]})
        except (ValidationError, OnwardError) as exc:
            _add_errors(form, exc)
        else:
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
    except OnwardError as exc:
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
                interviewers=list(data["interviewers"]), again=data["again"],
            )
        except OnwardError as exc:
            if isinstance(exc, services.DuplicateInterview):
                form.ask_again()
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
        except OnwardError as exc:
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
        except OnwardError as exc:
            _add_errors(form, exc)
        else:
            return _activity_reply(request, app, "Note added.")
    return _activity_reply(request, app, note_form=form, open_action="note")


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
    except NotFound:
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
