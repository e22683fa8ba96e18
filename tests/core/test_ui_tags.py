"""The navigation and form fields that every page shows, built in Python by core.templatetags.onward_ui."""

import pytest
from django import forms
from django.urls import reverse

from onward.core.templatetags.onward_ui import form_fields
from onward.tracker.forms import MoveForm, QuickAddForm, TaskForm
from onward.tracker.templatetags.tracker_extras import pk_url


def test_nav_marks_the_current_page_and_shows_invite_to_staff_only(alice_client, alice):
    body = alice_client.get(reverse("tracker:board")).content.decode()
    assert f'<a href="{reverse("tracker:board")}" aria-current="page">Board</a>' in body
    assert f'<a href="{reverse("tracker:today")}">Today</a>' in body
    assert reverse("core:invite") not in body
    # Whole sections count as current: any page of the mail app marks "Mail".
    assert f'<a href="{reverse("mail:index")}" aria-current="page">Mail</a>' in (
        alice_client.get(reverse("mail:index")).content.decode()
    )
    alice.is_staff = True
    alice.save()
    assert f'href="{reverse("core:invite")}"' in alice_client.get(reverse("tracker:board")).content.decode()


def test_sign_out_form_carries_a_working_csrf_token(alice_client):
    alice_client.handler.enforce_csrf_checks = True
    body = alice_client.get(reverse("tracker:today")).content.decode()
    token = body.split('name="csrfmiddlewaretoken" value="', 1)[1].split('"', 1)[0]
    response = alice_client.post(reverse("core:logout"), {"csrfmiddlewaretoken": token})
    assert response.status_code == 302
    assert alice_client.get(reverse("tracker:board")).status_code == 302  # signed out


class Sample(forms.Form):
    name = forms.CharField(help_text="As on <b>the posting</b>.")
    agree = forms.BooleanField(required=False, label="I agree")
    secret = forms.CharField(widget=forms.HiddenInput, required=False)

    def clean(self):
        raise forms.ValidationError("Something about <the whole form>.")


def test_form_fields_lays_out_labels_errors_and_help_escaped():
    html = form_fields(Sample(data={"name": ""}))
    assert '<div class="form-errors" role="alert"><p>Something about &lt;the whole form&gt;.</p></div>' in html
    assert '<label for="id_name">Name <span class="req" aria-hidden="true">*</span></label>' in html
    assert '<small class="field-error" id="id_name_error">This field is required.</small>' in html
    assert 'type="hidden" name="secret"' in html
    assert "<label><input" in html and "I agree</label>" in html  # a checkbox sits inside its label
    blank = form_fields(Sample())
    assert "<small>As on &lt;b&gt;the posting&lt;/b&gt;.</small>" in blank
    assert "form-errors" not in blank


@pytest.mark.parametrize("make", [
    QuickAddForm,
    TaskForm,
    lambda: MoveForm(initial={"stage": "interviewing"}),
    lambda: MoveForm(initial={"stage": "rejected"}),
])
def test_a_cached_blank_form_renders_exactly_as_a_fresh_one(make):
    from onward.core.templatetags.onward_ui import _form_fields_html

    form = make()
    assert form.cache_blank_render
    assert form_fields(form) == _form_fields_html(make())
    assert form_fields(make()) == form_fields(form)  # served from the cache the second time


def test_cached_move_forms_keep_their_own_selected_stage():
    interviewing = form_fields(MoveForm(initial={"stage": "interviewing"}))
    rejected = form_fields(MoveForm(initial={"stage": "rejected"}))
    assert '<option value="interviewing" selected>' in interviewing
    assert '<option value="rejected" selected>' in rejected
    assert '<option value="interviewing" selected>' not in rejected


def test_a_bound_form_is_never_served_from_the_cache():
    html = form_fields(TaskForm(data={"title": "", "kind": "follow_up"}))
    assert "This field is required." in html


@pytest.mark.parametrize("name", ["tracker:application", "tracker:application_reopen", "playbook:reject"])
def test_pk_url_matches_reverse(name):
    for pk in (1, 42, 987654321):
        assert pk_url(name, pk) == reverse(name, args=[pk])
