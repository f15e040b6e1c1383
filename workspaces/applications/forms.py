"""The public application form: every field checked with a clear message, the input kept."""

import re

from django import forms
from django.utils.functional import lazy
from django.utils.translation import gettext_lazy as _

from home.forms import TownChoiceField
from workspaces.registry.models import Municipality, NetworkPage, Position, Voivodeship

from . import rules
from .models import MOTIVATION_MAX_LENGTH, MOTIVATION_MIN_LENGTH, ApplicationKind

# Letters of any alphabet, with the spaces, hyphens, apostrophes and dots names carry.
NAME_PATTERN = re.compile(r"^[^\W\d_](?:[^\W\d_]|[ '’.-])*$")


def _motivation_length_hint():
    """Filled in when shown, in the reader's language (a lazy string formatted at import would
    stay in the language active then)."""
    return _("Between %(min)s and %(max)s characters.") % {
        "min": MOTIVATION_MIN_LENGTH,
        "max": MOTIVATION_MAX_LENGTH,
    }


class NetworkChoiceField(forms.ModelMultipleChoiceField):
    def label_from_instance(self, network):
        return network.display_title


def _clean_name(value):
    value = " ".join(value.split())
    if not NAME_PATTERN.match(value):
        raise forms.ValidationError(
            _("Write the name in letters; hyphens and apostrophes are allowed.")
        )
    return value


class ApplicationForm(forms.Form):
    """One form for one person and one town, naming one network or several."""

    networks = NetworkChoiceField(
        label=_("Networks"),
        queryset=NetworkPage.objects.live().order_by("number"),
        widget=forms.CheckboxSelectMultiple,
        error_messages={
            "required": _("Choose at least one network."),
            "invalid_choice": _("Choose networks from the list."),
            "invalid_pk_value": _("Choose networks from the list."),
        },
    )
    kind = forms.ChoiceField(
        label=_("I apply as"),
        choices=ApplicationKind.choices,
        widget=forms.RadioSelect,
        error_messages={
            "required": _("Choose whether the town joins as a member or as an observer."),
            "invalid_choice": _("Choose member or observer."),
        },
    )
    municipality = TownChoiceField(
        label=_("Town"),
        with_voivodeship=True,
        queryset=Municipality.objects.all(),
        required=False,
        empty_label=_("– my town is not on the list –"),
        error_messages={"invalid_choice": _("Choose a town from the list.")},
    )
    town_name = forms.CharField(
        label=_("Town not on the list"),
        max_length=120,
        required=False,
        help_text=_("Only if your town is not on the list above."),
    )
    voivodeship = forms.ChoiceField(
        label=_("Voivodeship of that town"),
        choices=[("", _("– choose a voivodeship –")), *Voivodeship.choices],
        required=False,
        error_messages={"invalid_choice": _("Choose a voivodeship from the list.")},
    )
    first_name = forms.CharField(label=_("First name"), max_length=150)
    last_name = forms.CharField(label=_("Last name"), max_length=150)
    email = forms.EmailField(
        label=_("Work e-mail"),
        max_length=254,
        help_text=_("We write to you at this address about your application."),
        error_messages={"invalid": _("Enter an e-mail address such as name@town.pl.")},
    )
    position = forms.ChoiceField(
        label=_("Position"),
        choices=[("", _("– choose your position –")), *Position.choices],
        error_messages={
            "required": _("Choose your position."),
            "invalid_choice": _("Choose a position from the list."),
        },
    )
    motivation = forms.CharField(
        label=_("Why does your town want to take part?"),
        widget=forms.Textarea(attrs={"rows": 6}),
        min_length=MOTIVATION_MIN_LENGTH,
        max_length=MOTIVATION_MAX_LENGTH,
        help_text=lazy(_motivation_length_hint, str)(),
    )
    privacy = forms.BooleanField(
        label=_("I have read the privacy notice."),
        error_messages={"required": _("Please confirm that you have read the privacy notice.")},
    )
    # Left empty by people, who never see it; filled in by robots that fill in every field.
    website = forms.CharField(label=_("Leave this field empty"), required=False)

    def __init__(self, *args, network=None, **kwargs):
        super().__init__(*args, **kwargs)
        for name in ("first_name", "last_name", "motivation", "email"):
            self.fields[name].error_messages["required"] = _("This field is required.")
        if network is not None and not self.is_bound:
            self.initial["networks"] = [network.pk]

    def clean_first_name(self):
        return _clean_name(self.cleaned_data["first_name"])

    def clean_last_name(self):
        return _clean_name(self.cleaned_data["last_name"])

    def clean_email(self):
        return self.cleaned_data["email"].strip().lower()

    def clean_town_name(self):
        return " ".join(self.cleaned_data["town_name"].split())

    def clean_motivation(self):
        return self.cleaned_data["motivation"].strip()

    @property
    def is_robot(self):
        return bool(self.data.get("website"))

    def clean(self):
        data = super().clean()
        self._clean_town(data)
        networks = data.get("networks") or []
        if data.get("kind") and data.get("position") and data.get("email"):
            for field, messages in rules.refusals(
                networks, data["kind"], data["position"], data["email"]
            ).items():
                for message in messages:
                    self.add_error(field, message)
        return data

    def _clean_town(self, data):
        """Either a town from the registry, or a new one with its voivodeship – which, if the
        registry has it after all, is that town."""
        town, name, voivodeship = (
            data.get("municipality"),
            data.get("town_name"),
            data.get("voivodeship"),
        )
        if "municipality" in self.errors or "voivodeship" in self.errors:
            return
        if town and name:
            self.add_error(
                "town_name", _("Choose your town from the list or write its name, not both.")
            )
        elif not town and not name:
            self.add_error("municipality", _("Choose your town, or write its name below."))
        elif name and not voivodeship:
            self.add_error("voivodeship", _("Choose the voivodeship of your town."))
        elif name:
            known = Municipality.objects.filter(name__iexact=name, voivodeship=voivodeship).first()
            if known is not None:
                data["municipality"], data["town_name"], data["voivodeship"] = known, "", ""
