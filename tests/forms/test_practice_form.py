"""The "Submit a practice" form (issue 13, "Forms"): the town select in Polish order under a
written prompt, no funding source chosen for the member, and networks named in the reader's
language."""

from django.urls import reverse

import pytest

from home.collation import polish_sort_key
from practices.models import PracticePage
from tests.factories.registry import MunicipalityFactory
from tests.polish import english, pl
from workspaces.registry.models import NetworkPage

from .pages import soup

# Code-point order (SQLite's) puts "Łącko" after "Mszana"; Polish order puts it before.
TOWNS = ["Mszana Testowa", "Łącko Testowe", "Lwówek Testowy", "Lądek Testowy"]


def _form(client, language="pl"):
    address = reverse("submit_practice")
    if language == "en":
        address = english(address)
    return soup(client.get(address)).select_one("main form")


def _options(form, name):
    return [option.get_text(strip=True) for option in form.select(f"select[name={name}] option")]


def test_towns_are_in_polish_alphabetical_order_under_a_prompt(demo):
    for name in TOWNS:
        MunicipalityFactory(name=name)
    options = _options(_form(demo.client_for("editor")), "town")  # editors may name any town
    assert options[0] == pl("– choose a town –")
    assert options[1:] == sorted(options[1:], key=polish_sort_key)
    ours = [option for option in options if option in TOWNS]
    assert ours == ["Lądek Testowy", "Lwówek Testowy", "Łącko Testowe", "Mszana Testowa"]


def test_no_funding_source_is_chosen_for_the_member(demo):
    select = _form(demo.client_for("member")).select_one("select[name=funding_source]")
    options = select.select("option")
    assert options[0]["value"] == ""
    assert options[0].get_text() == pl("– choose the funding source –")
    assert [option["value"] for option in select.select("option[selected]")] in ([], [""])


def test_a_practice_without_a_funding_source_is_refused_and_nothing_stored(demo):
    before = PracticePage.objects.count()
    data = {
        "title": "Budżet obywatelski online",
        "town": demo.user("member").person.municipality_id,
        "networks": [demo.network(1).pk],
        "situation": "Głosowano na papierze.",
        "solution": "Głosowanie przez internet.",
        "results": "Frekwencja wzrosła o 30%.",
        "funding_source": "",
        "transferability": "Wystarczy gotowa platforma.",
    }
    response = demo.client_for("member").post(reverse("submit_practice"), data)
    document = soup(response)
    assert pl("Choose the funding source.") in document.select_one("#id_funding_source_error").text
    assert document.select_one("main .error-summary a[href='#id_funding_source']")
    assert document.select_one("#id_title")["value"] == data["title"]  # what was written is kept
    assert PracticePage.objects.count() == before


@pytest.mark.parametrize(("language", "field"), [("pl", "title"), ("en", "title_en")])
def test_networks_are_named_in_the_readers_language(demo, language, field):
    client = demo.client_for("member")
    form = _form(client, language)
    labels = [
        form.find("label", attrs={"for": box["id"]}).get_text(strip=True)
        for box in form.select("input[name=networks]")
    ]
    networks = NetworkPage.objects.live().order_by("number")
    assert labels == [getattr(network, field) or network.title for network in networks]
    if language == "en":
        assert all(network.title not in labels for network in networks if network.title_en)
