"""Thin views over the playbook services: a full page, or just the partial for an HTMX request."""

from django.conf import settings
from django.contrib import messages
from django.http import Http404, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.views.decorators.http import require_POST
from django_htmx.http import HttpResponseClientRedirect

from onward.core.errors import NotFound, OnwardError
from onward.playbook import book, debriefs, drafts, plans, rejections
from onward.playbook.forms import DebriefForm, PlaybookForm, RejectionForm, WinForm
from onward.playbook.models import PlanItem, Rejection
from onward.playbook.wins import add_win, delete_win, list_wins
from onward.tracker import services as tracker

PLAN_ACTIONS = {
    "done": tracker.complete_task,
    "skip": tracker.skip_task,
    "snooze": lambda task: tracker.snooze_task(task, days=1),
    "reopen": tracker.reopen_task,
}


def _get(getter, *args):
    try:
        return getter(*args)
    except NotFound as exc:
        raise Http404(str(exc)) from None


def index(request):
    recent = (
        Rejection.objects.filter(owner=request.user).select_related("application__company")[:20]
    )
    return render(request, "playbook/index.html", {
        "summary": rejections.rejection_summary(request.user),
        "rejections": recent,
        "wins": list_wins(request.user, limit=3),
        "pipeline": plans.pipeline_facts(request.user),
    })


def reject(request, app_id):
    application = _get(tracker.get_application, request.user, app_id)
    existing = Rejection.objects.filter(application=application).first()
    form = RejectionForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        try:
            rejection = rejections.log_rejection(
                application, received_at=form.received_at(), rejection_type=data["rejection_type"],
                reason=data["reason"], feedback=data["feedback"], feeling=data["feeling"],
                feeling_note=data["feeling_note"], reapply_invited=data["reapply_invited"],
                feedback_offered=data["feedback_offered"],
            )
        except OnwardError as exc:
            form.add_error(None, str(exc))
        else:
            url = reverse("playbook:rejection", args=[rejection.pk])
            return HttpResponseClientRedirect(url) if request.htmx else redirect(url)
    context = {"form": form, "application": application, "existing": existing}
    template = "playbook/_reject_form.html" if request.htmx else "playbook/reject.html"
    return render(request, template, context, status=400 if form.errors else 200)


def _plan_context(rejection):
    return {"rejection": rejection, "plan": plans.plan(rejection)}


def rejection(request, pk):
    rejection = _get(rejections.get_rejection, request.user, pk)
    in_force = book.in_force(request.user)
    context = _plan_context(rejection)
    context |= {
        "summary": rejections.rejection_summary(request.user),
        "wins": list_wins(request.user, limit=3),
        "pipeline": plans.pipeline_facts(request.user),
        "drafts": drafts.available(in_force.playbook, {item.draft for item in context["plan"] if item.draft}),
        "problems": in_force.problems,
        "shared": plans.shared_elsewhere(rejection),
    }
    return render(request, "playbook/rejection.html", context)


@require_POST
def rejection_undo(request, pk):
    rejection = _get(rejections.get_rejection, request.user, pk)
    application = rejections.undo_rejection(rejection)
    messages.success(request, "The rejection was undone and the application reopened.")
    return redirect("tracker:application", application.pk)


@require_POST
def plan_task(request, pk, action):
    task = _get(tracker.get_task, request.user, pk)
    item = PlanItem.objects.filter(task=task, owner=request.user).select_related("rejection").first()
    if item is None or action not in PLAN_ACTIONS:
        raise Http404("Not a step of a plan.")
    PLAN_ACTIONS[action](task)
    if request.htmx:
        return render(request, "playbook/_plan.html", _plan_context(item.rejection))
    return redirect("playbook:rejection", item.rejection_id)


def _draft(request, app_id, kind, data):
    """The application, the people it could go to, the one chosen (`contact` in data) and the draft for them."""
    application = _get(tracker.get_application, request.user, app_id)
    people = drafts.contacts_for(application)
    chosen = next((c for c in people if str(c.pk) == data.get("contact", "")), None)
    try:
        rendered = drafts.render(application, kind, contact=chosen)
    except OnwardError as exc:
        raise Http404(str(exc)) from None
    return application, people, chosen, rendered


def draft(request, app_id, kind):
    application, people, chosen, rendered = _draft(request, app_id, kind, request.GET)
    return render(request, "playbook/draft.html", {
        "application": application, "draft": rendered, "people": people, "chosen": chosen,
    })


def draft_eml(request, app_id, kind):
    """The draft as an .eml file: as written (GET), or as edited on the page (POST)."""
    application, people, chosen, rendered = _draft(request, app_id, kind, request.POST or request.GET)
    if request.method == "POST":
        try:
            rendered = drafts.edited(rendered, subject=request.POST.get("subject", ""),
                                     body=request.POST.get("body", ""), to_email=request.POST.get("to", ""))
        except OnwardError as exc:
            return render(request, "playbook/draft.html", {
                "application": application, "draft": rendered, "people": people, "chosen": chosen,
                "error": str(exc), "edited": request.POST,
            }, status=400)
    response = HttpResponse(rendered.to_eml(), content_type="message/rfc822")
    response["Content-Disposition"] = f'attachment; filename="{rendered.filename}"'
    return response


def debrief(request, interview_id):
    interview = _get(debriefs.get_interview, request.user, interview_id)
    form = DebriefForm(request.POST or None, instance=debriefs.debrief_for(interview))
    if request.method == "POST" and form.is_valid():
        debriefs.save_debrief(interview, **{k: form.cleaned_data[k] for k in debriefs.DEBRIEF_FIELDS})
        messages.success(request, "Debrief saved.")
        return redirect("playbook:debrief", interview.pk)
    return render(request, "playbook/debrief.html", {"form": form, "interview": interview},
                  status=400 if form.errors else 200)


def wins(request):
    form = WinForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        add_win(request.user, form.cleaned_data["text"], happened_on=form.cleaned_data["happened_on"])
        if not request.htmx:
            messages.success(request, "Win recorded.")
            return redirect("playbook:wins")
        form = WinForm()
    context = {"form": form, "wins": list_wins(request.user)}
    template = "playbook/_wins.html" if request.htmx else "playbook/wins.html"
    return render(request, template, context, status=400 if form.errors else 200)


@require_POST
def win_delete(request, pk):
    _get(delete_win, request.user, pk)
    if request.htmx:
        return render(request, "playbook/_wins.html", {"form": WinForm(), "wins": list_wins(request.user)})
    return redirect("playbook:wins")


def edit(request):
    in_force = book.in_force(request.user)
    if request.method == "POST" and request.POST.get("action") == "reset":
        plans.reset_user_playbook(request.user)
        messages.success(request, "Your saved playbook was removed; the file or the shipped playbook is in force.")
        return redirect("playbook:edit")
    form = PlaybookForm(request.POST or None, initial={"text": in_force.playbook.text})
    if request.method == "POST" and form.is_valid():
        plans.save_user_playbook(request.user, form.cleaned_data["text"])
        messages.success(request, "Playbook saved. New rejections will use it.")
        return redirect("playbook:edit")
    return render(request, "playbook/edit.html", {
        "form": form, "in_force": in_force,
        # Only on one's own machine is the override file the reader's to edit.
        "file_path": None if settings.SERVER_MODE else book.file_path(),
    }, status=400 if form.errors else 200)
