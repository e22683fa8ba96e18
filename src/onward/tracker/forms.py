"""Forms for the tracker pages. They validate input; the services do the work."""

from __future__ import annotations

from typing import cast

from django import forms
from django.core.exceptions import ValidationError
from django.db import models
from django.forms.models import ModelChoiceIterator

from onward.core.ids import row_id
from onward.tracker.models import Application, Company, Contact, Interview, Task
from onward.tracker.stages import CLOSED, PIPELINE, Stage

DATE = forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d")
DATETIME = forms.DateTimeInput(attrs={"type": "datetime-local"}, format="%Y-%m-%dT%H:%M")
SHORT_TEXT = forms.Textarea(attrs={"rows": 3})


def _https_urls(field, **kwargs):
    """Model URL fields take a bare "example.com" as https, as a browser would."""
    if isinstance(field, models.URLField):
        kwargs["assume_scheme"] = "https"
    return field.formfield(**kwargs)


def _blank_choice(choices, label="—"):
    return [("", label), *[(v, lbl) for v, lbl in choices if v != ""]]


class ListedChoices(ModelChoiceIterator):
    """Choices from one ordinary query, kept for the form's life. A person's contacts are few, and the default
    iterator() opens a server-side cursor on PostgreSQL, several round trips for every render."""

    def __iter__(self):
        if self.field.empty_label is not None:
            yield ("", self.field.empty_label)
        for obj in self.queryset:
            yield self.choice(obj)


class OwnedRows(forms.ModelMultipleChoiceField):
    """Several of a person's rows by id; an id no database could hold is refused as unknown, before the query."""

    def clean(self, value):
        for pk in value if isinstance(value, list | tuple) else ():
            if row_id(pk) is None:
                raise ValidationError(self.error_messages["invalid_pk_value"], code="invalid_pk_value",
                                      params={"pk": pk})
        return super().clean(value)


class QuickAddForm(forms.Form):
    cache_blank_render = True  # see core.templatetags.onward_ui.form_fields
    company = forms.CharField(
        max_length=200, help_text="Typed freely: a new company is created if needed.",
        widget=forms.TextInput(attrs={"list": "company-names", "autocomplete": "off"}),
    )
    title = forms.CharField(label="Role title", max_length=200)
    stage = forms.ChoiceField(choices=Stage.choices, initial=Stage.APPLIED)
    posting_url = forms.URLField(label="Posting URL", max_length=1000, required=False, assume_scheme="https")
    source = forms.ChoiceField(choices=_blank_choice(Application.Source.choices), required=False)
    # Set by the "Add anyway" button after the duplicate warning.
    confirm = forms.BooleanField(required=False, widget=forms.HiddenInput)


class ApplicationForm(forms.ModelForm):
    """Every editable field; the company is chosen by name and created when new.

    The stage is left out: it changes through the move control, which records the history.
    """

    company_name = forms.CharField(label="Company", max_length=200)

    class Meta:
        model = Application
        fields = [
            "title", "posting_url", "location", "remote_mode", "source", "referral_contact",
            "excitement", "salary_min", "salary_max", "salary_currency", "resume_version", "date_saved",
            "date_applied", "deadline", "tags", "job_description",
        ]
        widgets = {
            "date_saved": DATE, "date_applied": DATE, "deadline": DATE,
            "job_description": forms.Textarea(attrs={"rows": 8}),
        }
        formfield_callback = _https_urls
        labels = {"posting_url": "Posting URL", "salary_min": "Salary from", "salary_max": "Salary to"}

    def __init__(self, *args, owner, **kwargs):
        super().__init__(*args, **kwargs)
        field_order = ["company_name", *self.Meta.fields]
        self.order_fields(field_order)
        if self.instance.pk and self.instance.title_missing:
            # Not a title to keep: an empty field to fill in.
            self.initial["title"] = ""
            self.fields["title"].widget.attrs["placeholder"] = "The e-mail did not name the role: add it here"
        if self.instance.pk:
            self.fields["company_name"].initial = self.instance.company.name
        # The iterator first: setting the queryset hands the widget its choices.
        referral = cast(forms.ModelChoiceField, self.fields["referral_contact"])
        referral.iterator = ListedChoices
        referral.queryset = Contact.objects.filter(owner=owner)
        self.fields["excitement"].help_text = "1 to 5"


class PrefixedIds:
    """Several small forms share a page: each gets its own element ids so every label points at its field."""

    id_prefix = ""

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("auto_id", f"{self.id_prefix}_%s")
        super().__init__(*args, **kwargs)


class MoveForm(PrefixedIds, forms.Form):
    cache_blank_render = True
    id_prefix = "move"
    stage = forms.ChoiceField(choices=Stage.choices)
    note = forms.CharField(label="Note for the timeline", max_length=2000, required=False, widget=SHORT_TEXT)


class BoardMoveForm(forms.Form):
    application = forms.IntegerField(min_value=1)
    stage = forms.ChoiceField(choices=Stage.choices)


class InterviewForm(PrefixedIds, forms.Form):
    id_prefix = "interview"
    scheduled_at = forms.DateTimeField(label="Date and time", widget=DATETIME)
    kind = forms.ChoiceField(choices=Interview.Kind.choices, initial=Interview.Kind.OTHER)
    interviewers = OwnedRows(queryset=Contact.objects.none(), required=False)
    notes = forms.CharField(max_length=5000, required=False, widget=SHORT_TEXT)
    # Shown as a checkbox only when the same interview is already recorded.
    again = forms.BooleanField(required=False, widget=forms.HiddenInput,
                               label="Yes, add it: this is another interview at the same time")

    def ask_again(self) -> None:
        self.fields["again"].widget = forms.CheckboxInput()

    def __init__(self, *args, owner, **kwargs):
        super().__init__(*args, **kwargs)
        # The iterator first: setting the queryset hands the widget its choices.
        interviewers = cast(forms.ModelMultipleChoiceField, self.fields["interviewers"])
        interviewers.iterator = ListedChoices
        interviewers.queryset = Contact.objects.filter(owner=owner)
        self.fields["interviewers"].help_text = "From your contacts."


class TaskForm(PrefixedIds, forms.Form):
    cache_blank_render = True
    id_prefix = "task"
    title = forms.CharField(max_length=300)
    due_date = forms.DateField(required=False, widget=DATE)
    kind = forms.ChoiceField(choices=Task.Kind.choices, initial=Task.Kind.FOLLOW_UP)


class NoteForm(PrefixedIds, forms.Form):
    cache_blank_render = True
    id_prefix = "note"
    body = forms.CharField(label="Note", max_length=10000, widget=SHORT_TEXT)


class ContactForm(forms.ModelForm):
    company_name = forms.CharField(label="Company", max_length=200, required=False)

    class Meta:
        model = Contact
        fields = [
            "name", "role", "email", "phone", "linkedin_url", "last_contacted", "next_follow_up",
            "is_my_person", "relationship_notes",
        ]
        widgets = {"last_contacted": DATE, "next_follow_up": DATE, "relationship_notes": SHORT_TEXT}
        formfield_callback = _https_urls

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.order_fields(["name", "company_name", *self.Meta.fields])
        if self.instance.pk and self.instance.company_id:
            self.fields["company_name"].initial = self.instance.company.name


class CompanyForm(forms.ModelForm):
    class Meta:
        model = Company
        fields = ["name", "website", "email_domains", "notes"]
        widgets = {"notes": SHORT_TEXT}
        formfield_callback = _https_urls


class TableFilterForm(forms.Form):
    """The table's search and filters; invalid values are reported and left out of the query."""

    q = forms.CharField(label="Search", max_length=200, required=False)
    stage = forms.MultipleChoiceField(
        choices=[("pipeline", "All open"), ("closed", "All closed"), *Stage.choices], required=False,
        widget=forms.CheckboxSelectMultiple,
    )
    source = forms.MultipleChoiceField(
        choices=Application.Source.choices, required=False, widget=forms.CheckboxSelectMultiple
    )
    applied_from = forms.DateField(label="Applied from", required=False, widget=DATE)
    applied_to = forms.DateField(label="Applied to", required=False, widget=DATE)

    def clean(self):
        data = super().clean() or {}
        start, end = data.get("applied_from"), data.get("applied_to")
        if start and end and start > end:
            self.add_error("applied_to", "This date is before the start date.")
        return data

    def stages(self) -> list[str]:
        groups = {"pipeline": [s.value for s in PIPELINE], "closed": [s.value for s in CLOSED]}
        chosen: list[str] = []
        for value in self.cleaned_data.get("stage") or []:
            chosen.extend(groups.get(value, [value]))
        return chosen
