from django import forms
from django.conf import settings

from onward.mail.models import LABEL_TITLES, MailAccount

# 20 MB: a message with a large attachment still fits; anything bigger is not one e-mail.
MAX_UPLOAD_BYTES = 20 * 1024 * 1024


class AccountForm(forms.Form):
    name = forms.CharField(max_length=100, help_text="Any name you like, e.g. “Personal”.")
    host = forms.CharField(label="IMAP server", max_length=255, help_text="e.g. imap.gmail.com")
    port = forms.IntegerField(required=False, min_value=1, max_value=65535, help_text="Leave empty for the usual one.")
    security = forms.ChoiceField(choices=MailAccount.Security.choices, initial=MailAccount.Security.SSL)
    username = forms.CharField(max_length=255)
    password = forms.CharField(
        label="App password", required=False, widget=forms.PasswordInput(render_value=False),
        help_text="Stored encrypted on this machine. Many providers ask for an app password here.",
    )
    password_env = forms.CharField(
        label="…or read it from this environment variable", required=False, max_length=100,
    )
    folders = forms.CharField(max_length=500, initial="INBOX", help_text="Comma-separated.")

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if settings.SERVER_MODE:
            # On a shared server the environment is the server's, not the user's: never offer to read it.
            del self.fields["password_env"]
            self.fields["password"].help_text = (
                "Stored encrypted on this server. Many providers ask for an app password here."
            )


class UploadForm(forms.Form):
    file = forms.FileField(label="An .eml file", required=False)
    subject = forms.CharField(max_length=500, required=False)
    sender = forms.CharField(label="From", max_length=500, required=False)
    body = forms.CharField(label="…or paste the message", required=False, widget=forms.Textarea(attrs={"rows": 8}))

    def clean(self):
        data = super().clean()
        upload = data.get("file")
        if upload is not None and upload.size > MAX_UPLOAD_BYTES:
            raise forms.ValidationError("That file is larger than 20 MB, which is more than one e-mail would be.")
        if upload is None and not (data.get("body") or "").strip():
            raise forms.ValidationError("Choose a file or paste the text of a message.")
        return data


class ReviewForm(forms.Form):
    label = forms.ChoiceField()
    application = forms.TypedChoiceField(coerce=int, required=False, empty_value=None, label="Application")

    def __init__(self, *args, labels, applications, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["label"].choices = [(label, LABEL_TITLES.get(label, label)) for label in labels]
        self.fields["application"].choices = [("", "Match it for me")] + [
            (a.pk, f"{a.title} at {a.company.name}") for a in applications
        ]
