import hashlib

from django import forms
from django.core.cache import cache
from django.core.exceptions import EmptyResultSet
from django.forms.models import ModelChoiceIterator
from django.forms.utils import flatatt
from django.utils import translation
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _

from workspaces.access import generations
from workspaces.access.converters import MAX_ID

from .collation import polish_sort_key
from .long_lists import options_html


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


# Replaced whenever a town is added, renamed, moved or removed (the registry's signals).
TOWNS_STAMP = "towns"


class TownsInPolishOrder(ModelChoiceIterator):
    """Towns as a Polish reader looks for them ("Łomża" between "Legnica" and "Mielec"), which
    no database collation gives alike: SQLite would put "Łomża" after "Zabrze".

    Reading, sorting and labelling every town of the registry is the same work on every form,
    so the (id, label) pairs are kept in the cache, per query and language, under a stamp that
    any change to a town replaces."""

    def __iter__(self):
        if self.field.empty_label is not None:
            yield ("", self.field.empty_label)
        yield from self._towns()

    def _towns(self):
        key = self._cache_key()
        towns = cache.get(key) if key else None
        if towns is None:
            self.field.voivodeship_labels = None  # this language's, looked up once below
            ordered = sorted(self.queryset, key=lambda town: polish_sort_key(town.name))
            towns = [(town.pk, self.field.label_from_instance(town)) for town in ordered]
            if key:
                cache.set(key, towns, generations.VALUE_TIMEOUT)
        return towns

    def _cache_key(self):
        try:
            sql = str(self.queryset.query)
        except EmptyResultSet:
            return None
        digest = hashlib.sha256(sql.encode()).hexdigest()[:16]
        language = translation.get_language()
        voivodeship = int(self.field.with_voivodeship)
        return f"town-choices:{digest}:{voivodeship}:{language}:{generations.current(TOWNS_STAMP)}"


class LongSelect(forms.Select):
    """A select of many plain options – every town of the registry – written out in Python.

    Django's select renders two templates per option and builds a dictionary of attributes for
    each; for a thousand towns that was most of a network landing page's time (0.3 s of it at
    scale). The select itself keeps the attributes Django gives it (id, required, the hint's
    aria-describedby); options are value, label and whether they are chosen. Option groups are
    not supported: no town list has them."""

    def render(self, name, value, attrs=None, renderer=None):
        chosen = {str(v) for v in self.format_value(value)}
        return format_html(
            '<select name="{}"{}>\n{}\n</select>',
            name,
            flatatt(self.build_attrs(self.attrs, attrs)),
            options_html(self.choices, chosen),
        )


class TownChoiceField(forms.ModelChoiceField):
    """A select of towns in Polish order – the one town select of every form (practices,
    applications, the session planner), so they cannot drift apart.

    `with_voivodeship` names the voivodeship next to each town, for forms filled in by people
    from outside the programme, who may not know which Nowa Wieś is meant."""

    iterator = TownsInPolishOrder
    widget = LongSelect
    voivodeship_labels = None

    def __init__(self, *args, with_voivodeship=False, **kwargs):
        self.with_voivodeship = with_voivodeship
        super().__init__(*args, **kwargs)

    def label_from_instance(self, town):
        if not self.with_voivodeship:
            return town.name
        if self.voivodeship_labels is None:
            # `get_voivodeship_display()` translates the whole list of choices on every call.
            choices = town._meta.get_field("voivodeship").flatchoices
            self.voivodeship_labels = {value: str(label) for value, label in choices}
        voivodeship = self.voivodeship_labels.get(town.voivodeship, town.voivodeship)
        return f"{town.name} ({voivodeship})"
