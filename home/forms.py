from django import forms
from django.utils.translation import gettext_lazy as _

from workspaces.access.converters import MAX_ID


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
