from django import forms
from django.contrib.auth import get_user_model, password_validation
from django.contrib.auth.forms import AuthenticationForm
from django.db import transaction

from onward.core import throttle
from onward.core.models import Profile


class PasswordForm(forms.Form):
    """A new password, typed twice."""

    password = forms.CharField(widget=forms.PasswordInput, strip=False)
    password_again = forms.CharField(widget=forms.PasswordInput, strip=False, label="Password, again")

    def clean(self):
        data = super().clean() or {}
        if data.get("password") and data.get("password") != data.get("password_again"):
            self.add_error("password_again", "The two passwords differ.")
        elif data.get("password"):
            try:
                password_validation.validate_password(data["password"])
            except forms.ValidationError as exc:
                self.add_error("password", exc)
        return data


def _clean_username(form) -> str:
    username = form.cleaned_data["username"].strip()
    for validator in get_user_model()._meta.get_field("username").validators:
        validator(username)
    return username


class SetupForm(PasswordForm):
    username = forms.CharField(max_length=150, initial="me", help_text="The name you will sign in with.")
    field_order = ["username", "password", "password_again"]
    clean_username = _clean_username


class InviteForm(forms.Form):
    username = forms.CharField(max_length=150, label="Their username",
                               help_text="The name they will sign in with; they choose their own password.")
    clean_username = _clean_username


class PreferencesForm(forms.ModelForm):
    """The profile's preferences, plus the account's e-mail address that the daily reminder e-mail goes to."""

    email = forms.EmailField(label="Your e-mail address", required=False,
                             help_text="Used only for the daily e-mail, if you turn it on.")

    class Meta:
        model = Profile
        fields = [
            "hide_rejections_on_board", "active_pipeline_target", "ghosting_threshold_days",
            "ghosting_offer_max_days", "follow_up_after_days", "interview_notice_hours", "reminder_email",
            "reminder_hour",
        ]
        labels = {"hide_rejections_on_board": "Hide rejections from the board"}

    field_order = [*Meta.fields[:6], "email", *Meta.fields[6:]]

    def __init__(self, *args, user, **kwargs):
        super().__init__(*args, **kwargs)
        self.user = user
        self.fields["email"].initial = user.email
        # Left empty (or sent by an older page without it), the window keeps its value.
        self.fields["ghosting_offer_max_days"].required = False

    def clean_ghosting_offer_max_days(self):
        return self.cleaned_data.get("ghosting_offer_max_days") or self.instance.ghosting_offer_max_days

    def clean(self):
        data = super().clean() or {}
        follow_up, ghosting = data.get("follow_up_after_days"), data.get("ghosting_threshold_days")
        if follow_up and ghosting and follow_up >= ghosting:
            self.add_error("follow_up_after_days", "Choose fewer days than the ghosting threshold "
                           f"({ghosting}); otherwise no follow-up would ever be suggested.")
        offer_max = data.get("ghosting_offer_max_days")
        if offer_max and ghosting and offer_max <= ghosting:
            self.add_error("ghosting_offer_max_days", "Choose more days than the ghosting threshold "
                           f"({ghosting}); otherwise nothing would be offered.")
        if data.get("reminder_email") and not data.get("email") and "email" not in self.errors:
            self.add_error("email", "The daily e-mail needs an address to go to. Add yours here, or leave it off.")
        return data

    @transaction.atomic
    def save(self, commit=True):
        profile = super().save(commit)
        if self.cleaned_data["email"] != self.user.email:
            self.user.email = self.cleaned_data["email"]
            self.user.save(update_fields=["email"])
        return profile


class ThrottledAuthenticationForm(AuthenticationForm):
    """Sign-in that pauses after repeated attempts that do not match (see onward.core.throttle)."""

    def clean(self):
        username = self.cleaned_data.get("username") or ""
        ip = throttle.client_ip(self.request) if self.request else None
        until = throttle.paused_until(username, ip)
        if until is not None:
            raise forms.ValidationError(throttle.pause_message(until), code="paused")
        try:
            data = super().clean() or {}
        except forms.ValidationError:
            throttle.record_failure(username, ip)
            raise
        throttle.clear(username)
        return data
