import datetime as dt

from django import forms
from django.utils import timezone

from onward.playbook import book
from onward.playbook.debriefs import DEBRIEF_FIELDS
from onward.playbook.models import Debrief, RejectionReason, RejectionType

FEELINGS = [("", "Skip"), ("1", "1 · very low"), ("2", "2"), ("3", "3"), ("4", "4"), ("5", "5 · fine")]


class RejectionForm(forms.Form):
    rejection_type = forms.ChoiceField(label="What happened", choices=RejectionType.choices,
                                       initial=RejectionType.NOT_SELECTED, widget=forms.RadioSelect)
    reason = forms.ChoiceField(label="Reason, if they gave one", choices=RejectionReason.choices,
                               initial=RejectionReason.UNKNOWN)
    received_on = forms.DateField(label="Date received", initial=timezone.localdate,
                                  widget=forms.DateInput(attrs={"type": "date"}))
    feedback = forms.CharField(label="Their feedback, word for word", required=False,
                               widget=forms.Textarea(attrs={"rows": 3}))
    reapply_invited = forms.BooleanField(label="They invited me to apply again", required=False)
    feedback_offered = forms.BooleanField(label="They offered to give feedback", required=False)
    feeling = forms.TypedChoiceField(label="How are you feeling? (optional, only for you)", choices=FEELINGS,
                                     coerce=int, empty_value=None, required=False, widget=forms.RadioSelect)
    feeling_note = forms.CharField(label="A note for yourself", required=False,
                                   widget=forms.Textarea(attrs={"rows": 2}))

    def clean_received_on(self):
        day = self.cleaned_data["received_on"]
        if day > timezone.localdate():
            raise forms.ValidationError("That date is in the future.")
        return day

    def received_at(self) -> dt.datetime:
        day = self.cleaned_data["received_on"]
        if day == timezone.localdate():
            return timezone.now()
        return timezone.make_aware(dt.datetime.combine(day, dt.time(12, 0)))


class WinForm(forms.Form):
    text = forms.CharField(label="A win, however small", max_length=2000,
                           widget=forms.Textarea(attrs={"rows": 2, "placeholder": "e.g. Finished the take-home"}))
    happened_on = forms.DateField(label="When", initial=timezone.localdate,
                                  widget=forms.DateInput(attrs={"type": "date"}))

    def clean_happened_on(self):
        day = self.cleaned_data["happened_on"]
        if day > timezone.localdate():
            raise forms.ValidationError("That date is in the future.")
        return day


class DebriefForm(forms.ModelForm):
    class Meta:
        model = Debrief
        fields = list(DEBRIEF_FIELDS)
        widgets = {name: forms.Textarea(attrs={"rows": 3}) for name in DEBRIEF_FIELDS}


class PlaybookForm(forms.Form):
    text = forms.CharField(label="Playbook (TOML)", strip=False,
                           widget=forms.Textarea(attrs={"rows": 30, "spellcheck": "false", "class": "mono"}))

    def clean_text(self):
        text = self.cleaned_data["text"].replace("\r\n", "\n")
        try:
            book.parse(text, source="your playbook")
        except book.PlaybookError as exc:
            raise forms.ValidationError(str(exc)) from None
        return text
