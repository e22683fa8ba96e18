"""The contacts pages: the list, a new contact, one contact with its notes and tasks."""

from __future__ import annotations

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.core.paginator import Paginator
from django.db.models import Q
from django.http import Http404
from django.shortcuts import redirect, render
from django.views.decorators.http import require_POST

from onward.core.errors import NotFound, OnwardError
from onward.tracker import services
from onward.tracker.forms import (
    ContactForm,
    NoteForm,
    TaskForm,
)
from onward.tracker.models import Application, Contact, Task
from onward.tracker.views.common import _add_errors, _with_idle

CONTACTS_PAGE_SIZE = 50


def contacts(request):
    q = request.GET.get("q", "").strip()[:200]
    page = Paginator(services.list_contacts(request.user, q=q), CONTACTS_PAGE_SIZE).get_page(request.GET.get("page"))
    context = {"page": page, "q": q}
    if request.htmx and request.htmx.target == "results":
        return render(request, "tracker/partials/contact_results.html", context)
    return render(request, "tracker/contacts.html", context)


def _contact_changes(form: ContactForm) -> dict:
    return {**{name: form.cleaned_data[name] for name in ContactForm.Meta.fields},
            "company": form.cleaned_data.get("company_name", "")}


def contact_new(request):
    form = ContactForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            contact = services.add_contact(request.user, **_contact_changes(form))
        except (ValidationError, OnwardError) as exc:
            _add_errors(form, exc)
        else:
            messages.success(request, f"Added {contact.name}.")
            return redirect("tracker:contact", pk=contact.pk)
    return render(request, "tracker/contact_new.html", {"form": form})


def contact(request, pk):
    person = _contact_or_404(request.user, pk)
    form = ContactForm(request.POST or None, instance=person)
    if request.method == "POST" and form.is_valid():
        try:
            services.update_contact(person, _contact_changes(form))
        except (ValidationError, OnwardError) as exc:
            _add_errors(form, exc)
        else:
            messages.success(request, "Saved.")
            return redirect("tracker:contact", pk=person.pk)
    if form.is_bound:
        person.refresh_from_db()  # the page header shows the saved name, not the rejected input
    return render(request, "tracker/contact.html", _contact_context(request, person, form=form))


def _contact_or_404(owner, pk) -> Contact:
    try:
        return services.get_contact(owner, pk)
    except NotFound:
        raise Http404("No such contact.") from None


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
    person = _contact_or_404(request.user, pk)
    form = NoteForm(request.POST)
    if form.is_valid():
        services.add_note(request.user, form.cleaned_data["body"], contact=person)
        messages.success(request, "Note added.")
        return redirect("tracker:contact", pk=person.pk)
    return render(request, "tracker/contact.html", _contact_context(request, person, note_form=form))


@require_POST
def contact_task_add(request, pk):
    person = _contact_or_404(request.user, pk)
    form = TaskForm(request.POST)
    if form.is_valid():
        services.add_task(request.user, contact=person, **form.cleaned_data)
        messages.success(request, "Task added.")
        return redirect("tracker:contact", pk=person.pk)
    return render(request, "tracker/contact.html", _contact_context(request, person, task_form=form))
