from django import forms

from onward.io.importers.base import ENCODING_CHOICES, encoding_label, is_text_encoding
from onward.io.importers.generic_csv import FIELD_LABELS
from onward.io.imports import FORMATS
from onward.tracker.stages import PIPELINE


class UploadForm(forms.Form):
    file = forms.FileField(help_text="A LinkedIn or Huntr download (zip or CSV), any CSV or Excel file, or an "
                                     "Onward JSON export.")
    format = forms.ChoiceField(choices=list(FORMATS.items()), initial="auto", label="What kind of file")
    encoding = forms.ChoiceField(choices=[("", "Recognise it for me"), *ENCODING_CHOICES.items()], required=False,
                                 label="Text encoding (CSV files)")


class EncodingForm(forms.Form):
    encoding = forms.ChoiceField(choices=list(ENCODING_CHOICES.items()), label="Read the file as")

    def __init__(self, *args, detected: str = "", **kwargs):
        super().__init__(*args, **kwargs)
        # The detected encoding, when it is not in the list (the page sends it back as the choice to keep).
        if detected and detected not in ENCODING_CHOICES and is_text_encoding(detected):
            self.fields["encoding"].choices = [(detected, encoding_label(detected)), *ENCODING_CHOICES.items()]


class MappingForm(forms.Form):
    """One choice per application field: which column of the spreadsheet fills it."""

    def __init__(self, *args, headers: list[str], **kwargs):
        super().__init__(*args, **kwargs)
        choices = [("", "(not in this file)")] + [(h, h) for h in headers if h]
        for name, label in FIELD_LABELS.items():
            self.fields[name] = forms.ChoiceField(label=label, choices=choices, required=False)


class ReportForm(forms.Form):
    FORMAT_CHOICES = [("pdf", "PDF"), ("csv", "CSV (spreadsheet)")]

    start = forms.DateField(label="From", widget=forms.DateInput(attrs={"type": "date"}))
    end = forms.DateField(label="To", widget=forms.DateInput(attrs={"type": "date"}))
    format = forms.ChoiceField(choices=FORMAT_CHOICES, initial="pdf")

    def clean(self):
        data = super().clean()
        if data.get("start") and data.get("end") and data["start"] > data["end"]:
            raise forms.ValidationError("The start date is after the end date.")
        return data


class SaveJobForm(forms.Form):
    """What the "Save to Onward" bookmarklet sends, for the person to check before it is saved."""

    company = forms.CharField(max_length=200)
    title = forms.CharField(label="Role title", max_length=200)
    posting_url = forms.URLField(label="Posting URL", max_length=1000, required=False, assume_scheme="https")
    stage = forms.ChoiceField(choices=[(s.value, s.label) for s in PIPELINE[:2]], initial="wishlist")
    job_description = forms.CharField(label="Job description", required=False,
                                      widget=forms.Textarea(attrs={"rows": 8}))
