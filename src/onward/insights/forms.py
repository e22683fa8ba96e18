from django import forms

from onward.insights.models import MoodCheckIn, RoutineRules, WeeklyGoal


class GoalForm(forms.Form):
    kind = forms.ChoiceField(choices=WeeklyGoal.Kind.choices)
    target = forms.IntegerField(label="Each week", min_value=1, max_value=500)
    label = forms.CharField(label="Name (for a custom goal)", max_length=120, required=False)

    def clean(self):
        data = super().clean()
        if data.get("kind") == WeeklyGoal.Kind.CUSTOM and not (data.get("label") or "").strip():
            self.add_error("label", "A custom goal needs a name.")
        return data


class MoodForm(forms.ModelForm):
    mood = forms.TypedChoiceField(
        choices=[(i, str(i)) for i in range(1, 6)], coerce=int, widget=forms.RadioSelect,
        label="How are you feeling? (1 low, 5 good)",
    )

    class Meta:
        model = MoodCheckIn
        fields = ["mood", "note"]
        widgets = {"note": forms.Textarea(attrs={"rows": 2, "placeholder": "A few words, if you like"})}


class RulesForm(forms.ModelForm):
    class Meta:
        model = RoutineRules
        fields = ["forgiven_misses", "forgiveness_window_weeks", "burnout_applications", "burnout_rejection_run"]
