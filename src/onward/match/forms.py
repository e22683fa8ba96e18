from django import forms

from onward.match.documents import MAX_UPLOAD_BYTES, POSTING_TYPES, RESUME_TYPES


class ResumeUploadForm(forms.Form):
    name = forms.CharField(max_length=200, help_text="For example “Backend, one page”.")
    file = forms.FileField(
        required=False,
        help_text="PDF, DOCX, TXT or Markdown.",
        widget=forms.ClearableFileInput(attrs={"accept": ",".join(RESUME_TYPES)}),
    )
    text = forms.CharField(required=False, widget=forms.Textarea(attrs={"rows": 6}), label="Or paste the text")

    def clean(self):
        data = super().clean()
        if not data.get("file") and not (data.get("text") or "").strip():
            raise forms.ValidationError("Upload a file or paste the resume's text.")
        upload = data.get("file")
        if upload and upload.size > MAX_UPLOAD_BYTES:
            raise forms.ValidationError("This file is larger than 10 MB; a resume is usually far smaller.")
        return data


class MatchForm(forms.Form):
    """The standalone check: a saved version, an uploaded file or pasted text, against a pasted posting."""

    resume_version = forms.TypedChoiceField(required=False, coerce=int, empty_value=None, label="Saved resume version")
    file = forms.FileField(
        required=False,
        label="Or upload a resume",
        widget=forms.ClearableFileInput(attrs={"accept": ",".join(RESUME_TYPES)}),
    )
    resume_text = forms.CharField(required=False, widget=forms.Textarea(attrs={"rows": 6}), label="Or paste it")
    title = forms.CharField(required=False, max_length=200, label="Job title (optional)")
    posting = forms.CharField(required=False, widget=forms.Textarea(attrs={"rows": 10}), label="Job description")
    posting_file = forms.FileField(
        required=False,
        label="Or upload the posting",
        widget=forms.ClearableFileInput(attrs={"accept": ",".join(POSTING_TYPES)}),
    )

    def __init__(self, *args, versions=(), **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["resume_version"].choices = [("", "—")] + [(v.pk, v.name) for v in versions]

    def clean(self):
        data = super().clean()
        if not (data.get("resume_version") or data.get("file") or (data.get("resume_text") or "").strip()):
            raise forms.ValidationError("Choose a saved resume version, upload one, or paste its text.")
        if not ((data.get("posting") or "").strip() or data.get("posting_file")):
            raise forms.ValidationError("Paste the job description (or upload it) to compare your resume with it.")
        return data
