from django import forms
from django.forms.models import ModelChoiceIterator
from django.utils.translation import gettext_lazy as _

from workspaces.access.converters import MAX_ID

from .collation import polish_sort_key


class SearchForm(forms.Form):
    q = forms.CharField(
        label=_("Search the site"),
        max_length=200,
        required=False,
        widget=forms.TextInput(attrs={"type": "search", "autocomplete": "off"}),
    )


class UnlockForm(forms.Form):
    """Which sign-in lock an editor lifts (the buttons of the admin's lockout list)."""

    kind = forms.ChoiceField(
        choices=[("username", _("User name")), ("ip_address", _("IP address"))]
    )
    value = forms.CharField(max_length=255)


# The largest id any of our databases stores (a signed 64-bit integer). A bigger number in a
# URL parameter is not an id of anything, and must not reach the database: SQLite cannot even
# bind it, and the request would end in a server error.


def id_filter_field(label):
    """An optional filter by the id of something (a network, a town), offered as a select.
    A value no id can have is invalid, so the filter is dropped rather than the page failing."""
    return forms.IntegerField(
        label=label, required=False, min_value=1, max_value=MAX_ID, widget=forms.Select
    )


class TownsInPolishOrder(ModelChoiceIterator):
    """Towns as a Polish reader looks for them ("Łomża" between "Legnica" and "Mielec"), which
    no database collation gives alike: SQLite would put "Łomża" after "Zabrze"."""

    def __iter__(self):
        if self.field.empty_label is not None:
            yield ("", self.field.empty_label)
        for town in sorted(self.queryset, key=lambda town: polish_sort_key(town.name)):
            yield self.choice(town)


class TownChoiceField(forms.ModelChoiceField):
    """A select of towns in Polish order – the one town select of every form (practices,
    applications, the session planner), so they cannot drift apart.

    `with_voivodeship` names the voivodeship next to each town, for forms filled in by people
    from outside the programme, who may not know which Nowa Wieś is meant."""

    iterator = TownsInPolishOrder

    def __init__(self, *args, with_voivodeship=False, **kwargs):
        self.with_voivodeship = with_voivodeship
        super().__init__(*args, **kwargs)

    def label_from_instance(self, town):
        if self.with_voivodeship:
            return f"{town.name} ({town.get_voivodeship_display()})"
        return town.name
