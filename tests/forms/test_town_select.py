"""The town select every form shares lists a thousand towns fast – and still as a select should:
each town once, the chosen one selected, names escaped, a renamed or new town on the next form,
voivodeships in the reader's language."""

from django import forms
from django.utils import translation

from bs4 import BeautifulSoup

from home.forms import TownChoiceField
from tests.factories.registry import MunicipalityFactory
from workspaces.registry.models import Municipality


class TownForm(forms.Form):
    town = TownChoiceField(queryset=Municipality.objects.all(), empty_label="–")


def _select(form):
    return BeautifulSoup(str(form["town"]), "html.parser").select_one("select")


def test_every_town_is_listed_once_and_the_chosen_one_is_selected(demo):
    town = MunicipalityFactory(name="Wólka Wybrana")
    select = _select(TownForm(initial={"town": town.pk}))

    values = [option["value"] for option in select.select("option")]
    assert values == [""] + [str(pk) for pk in sorted_town_ids()]
    chosen = select.select("option[selected]")
    assert [(o["value"], o.get_text()) for o in chosen] == [(str(town.pk), "Wólka Wybrana")]
    assert select["name"] == "town" and select["id"] == "id_town" and select.has_attr("required")


def sorted_town_ids():
    choices = TownChoiceField(queryset=Municipality.objects.all()).choices
    return [int(str(value)) for value, _label in choices if value]


def test_a_town_name_is_shown_as_text_never_as_markup(demo):
    MunicipalityFactory(name='<b>Gród</b> "Nad" & Wodą')
    select = _select(TownForm())

    assert select.find("b") is None
    assert '<b>Gród</b> "Nad" & Wodą' in [option.get_text() for option in select.select("option")]


def test_a_renamed_and_a_new_town_are_on_the_next_form(demo):
    town = MunicipalityFactory(name="Stara Nazwa")
    assert "Stara Nazwa" in _labels(TownForm())

    town.name = "Nowa Nazwa"
    town.save()
    MunicipalityFactory(name="Całkiem Nowe Miasto")

    labels = _labels(TownForm())
    assert "Stara Nazwa" not in labels
    assert {"Nowa Nazwa", "Całkiem Nowe Miasto"} <= set(labels)


def _labels(form):
    return [option.get_text() for option in _select(form).select("option")]


def test_voivodeships_are_named_in_the_readers_language(demo):
    town = MunicipalityFactory(name="Nowa Wieś Dwujęzyczna")
    queryset = Municipality.objects.filter(pk=town.pk)
    for language in ("pl", "en"):
        with translation.override(language):
            field = TownChoiceField(queryset=queryset, with_voivodeship=True)
            labels = [label for value, label in field.choices if value]
            assert labels == [f"Nowa Wieś Dwujęzyczna ({town.get_voivodeship_display()})"]
    with translation.override("pl"):
        polish = town.get_voivodeship_display()
    with translation.override("en"):
        assert town.get_voivodeship_display() != polish  # the two runs above differ
