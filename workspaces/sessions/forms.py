"""Forms for members' actions on the site; every message is translated."""

import datetime

from django import forms
from django.utils.translation import gettext_lazy as _

from .models import SessionFormat


class AmendmentForm(forms.Form):
    text = forms.CharField(
        label=_("Proposed amendment"),
        max_length=5000,
        widget=forms.Textarea(attrs={"rows": 4}),
        error_messages={"required": _("Write the amendment you propose.")},
    )


class PlanSessionsForm(forms.Form):
    """Plan the next sessions of a network in one go, every ~3 months."""

    count = forms.IntegerField(
        label=_("Number of sessions"),
        min_value=1,
        max_value=12,
        initial=4,
        error_messages={
            "min_value": _("Plan at least one session."),
            "max_value": _("Plan at most twelve sessions at a time."),
        },
    )
    first_date = forms.DateField(
        label=_("Date of the first session"),
        widget=forms.DateInput(attrs={"type": "date"}),
    )
    start_time = forms.TimeField(
        label=_("Start time"),
        initial=datetime.time(10, 0),
        widget=forms.TimeInput(attrs={"type": "time"}),
    )
    duration_hours = forms.IntegerField(
        label=_("Length (hours)"), min_value=1, max_value=12, initial=4
    )
    months_between = forms.IntegerField(
        label=_("Months between sessions"), min_value=1, max_value=6, initial=3
    )
    format = forms.ChoiceField(label=_("Format"), choices=SessionFormat.choices)

    def clean_first_date(self):
        first_date = self.cleaned_data["first_date"]
        if first_date.year < 2000:
            raise forms.ValidationError(_("Enter a real date."))
        return first_date
