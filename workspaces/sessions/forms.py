"""Forms for members' actions on the site; every message is translated."""

import datetime

from django import forms
from django.utils.formats import date_format
from django.utils.translation import gettext_lazy as _

from home.forms import TownChoiceField
from workspaces.registry import roster
from workspaces.registry.models import Municipality

from . import planner
from .models import SessionFormat


class AmendmentForm(forms.Form):
    text = forms.CharField(
        label=_("Proposed amendment"),
        max_length=5000,
        widget=forms.Textarea(attrs={"rows": 4}),
        error_messages={"required": _("Write the amendment you propose.")},
    )


class ApproveMinutesForm(forms.Form):
    """Approval cannot be undone (only an editor may revise approved minutes), so the
    coordinator says in so many words that they know – a checkbox, no script needed."""

    understood = forms.BooleanField(
        label=_("I understand the minutes can no longer be amended"),
        error_messages={
            "required": _("Tick the box to confirm that the minutes can no longer be amended.")
        },
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
        # A date control sends and shows ISO dates, whatever the language's own format.
        widget=forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
        error_messages={
            "required": _("Enter the date of the first session."),
            "invalid": _("Enter a real date."),
        },
    )
    start_time = forms.TimeField(
        label=_("Start time"),
        initial=datetime.time(10, 0),
        widget=forms.TimeInput(attrs={"type": "time"}, format="%H:%M"),
    )
    duration_hours = forms.IntegerField(
        label=_("Length (hours)"), min_value=1, max_value=12, initial=4
    )
    months_between = forms.IntegerField(
        label=_("Months between sessions"), min_value=1, max_value=6, initial=3
    )
    format = forms.ChoiceField(label=_("Format"), choices=SessionFormat.choices)
    host_town = TownChoiceField(
        label=_("Host town"),
        queryset=Municipality.objects.none(),
        required=False,
        empty_label=_("Not decided yet"),
        help_text=_(
            "Every planned session gets this host; change it session by session in the admin."
        ),
    )
    venue = forms.CharField(
        label=_("Venue address"),
        max_length=255,
        required=False,
        help_text=_("For example: City Hall, council chamber, Rynek 1. Leave empty if unknown."),
    )
    online_link = forms.URLField(
        label=_("Online meeting link"),
        required=False,
        assume_scheme="https",
        help_text=_("Shown to the network's members on the session page only."),
        error_messages={"invalid": _("Enter the meeting's full address, starting https://.")},
    )

    def __init__(self, *args, network=None, **kwargs):
        super().__init__(*args, **kwargs)
        if network is not None:
            towns = [town.pk for town in roster.member_towns(network)]
            self.fields["host_town"].queryset = Municipality.objects.filter(pk__in=towns)

    def clean_first_date(self):
        """Within the programme: from its start (2022) to two years ahead (`planner`)."""
        first_date = self.cleaned_data["first_date"]
        earliest, latest = planner.first_date_bounds()
        if first_date < earliest:
            raise forms.ValidationError(
                _("Enter a date from %(date)s on: the programme's sessions began in %(year)s.")
                % {"date": date_format(earliest, "DATE_FORMAT"), "year": earliest.year}
            )
        if first_date > latest:
            raise forms.ValidationError(
                _("Enter a date until %(date)s: sessions are planned at most two years ahead.")
                % {"date": date_format(latest, "DATE_FORMAT")}
            )
        return first_date

    def clean(self):
        """The place fits the format: an online session has no host or venue, an in-person
        one no online link (a hybrid one may have both)."""
        cleaned = super().clean()
        session_format = cleaned.get("format")
        if session_format == SessionFormat.ONLINE:
            for name in ("host_town", "venue"):
                if cleaned.get(name):
                    self.add_error(
                        name,
                        _("An online session has no host town or venue: clear it, or choose "
                          "the hybrid format."),
                    )  # fmt: skip
        if session_format == SessionFormat.IN_PERSON and cleaned.get("online_link"):
            self.add_error(
                "online_link",
                _("An in-person session has no online link: clear it, or choose the hybrid "
                  "format."),
            )  # fmt: skip
        return cleaned
