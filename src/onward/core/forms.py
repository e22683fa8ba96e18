from django import forms
from django.contrib.auth import get_user_model, password_validation
from django.contrib.auth.forms import AuthenticationForm

from onward.core import throttle
from onward.core.models import Profile


class SetupForm(forms.Form):
    username = forms.CharField(max_length=150, initial="me", help_text="The name you will sign in with.")
    password = forms.CharField(widget=forms.PasswordInput, strip=False)
    password_again = forms.CharField(widget=forms.PasswordInput, strip=False, label="Password, again")

    def clean_username(self):
        username = self.cleaned_data["username"].strip()
        User = get_user_model()
        field = User._meta.get_field("username")
        for validator in field.validators:
            validator(username)
        return username

    def clean(self):
        data = super().clean()
        if data.get("password") and data.get("password") != data.get("password_again"):
            self.add_error("password_again", "The two passwords differ.")
        elif data.get("password"):
            try:
                password_validation.validate_password(data["password"])
            except forms.ValidationError as exc:
                self.add_error("password", exc)
        return data


class PreferencesForm(forms.ModelForm):
    class Meta:
        model = Profile
        fields = ["hide_rejections_on_board", "active_pipeline_target", "ghosting_threshold_days"]
        labels = {"hide_rejections_on_board": "Hide rejections from the board"}


class ThrottledAuthenticationForm(AuthenticationForm):
    """Sign-in that pauses after repeated attempts that do not match (see onward.core.throttle)."""

    def clean(self):
        username = self.cleaned_data.get("username") or ""
        ip = throttle.client_ip(self.request) if self.request else None
        until = throttle.paused_until(username, ip)
        if until is not None:
            raise forms.ValidationError(throttle.pause_message(until), code="paused")
        try:
            data = super().clean()
        except forms.ValidationError:
            throttle.record_failure(username, ip)
            raise
        throttle.clear(username)
        return data


class JoinForm(SetupForm):
    """The invitee chooses a name and password; the same checks as the first-run set-up."""

    username = forms.CharField(max_length=150, help_text="The name you will sign in with.")
