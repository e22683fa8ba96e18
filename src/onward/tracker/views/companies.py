"""The companies pages: the list and one company with its notes."""

from __future__ import annotations

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.core.paginator import Paginator
from django.db.models import Count
from django.shortcuts import get_object_or_404, redirect, render
from django.views.decorators.http import require_POST

from onward.core.errors import OnwardError
from onward.tracker import services
from onward.tracker.forms import (
    CompanyForm,
    NoteForm,
)
from onward.tracker.models import Company
from onward.tracker.views.common import _add_errors, _with_idle
from onward.tracker.views.contacts import CONTACTS_PAGE_SIZE


def company(request, pk):
    firm = get_object_or_404(Company, owner=request.user, pk=pk)
    form = CompanyForm(request.POST or None, instance=firm)
    if request.method == "POST" and form.is_valid():
        try:
            services.update_company(firm, {name: form.cleaned_data[name] for name in CompanyForm.Meta.fields})
        except (ValidationError, OnwardError) as exc:
            _add_errors(form, exc)
        else:
            messages.success(request, "Saved.")
            return redirect("tracker:company", pk=firm.pk)
    if form.is_bound:
        firm.refresh_from_db()
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
    if request.htmx and request.htmx.target == "results":
        return render(request, "tracker/partials/company_results.html", {"page": page})
    return render(request, "tracker/companies.html", {"page": page})
