"""The application form's selects (issue 13: "the town select is not in Polish order and its
empty option reads '---------'"): towns in Polish order, each empty option a written prompt."""

from django.test import Client
from django.urls import reverse

from home.collation import polish_sort_key
from tests.factories.registry import MunicipalityFactory
from tests.polish import pl

from .pages import soup

TOWNS = ["Mszana Testowa", "Łącko Testowe", "Lądek Testowy"]


def _options(document, name):
    return [o.get_text(strip=True) for o in document.select(f"select[name={name}] option")]


def test_towns_follow_polish_order_after_the_not_listed_choice(demo):
    for name in TOWNS:
        MunicipalityFactory(name=name)
    client = Client()
    client.cookies.load({"django_language": "pl"})
    towns = _options(soup(client.get(reverse("apply"))), "municipality")
    assert towns[0] == pl("– my town is not on the list –")
    names = [town.rsplit(" (", 1)[0] for town in towns[1:]]
    assert names == sorted(names, key=polish_sort_key)
    assert [n for n in names if n in TOWNS] == ["Lądek Testowy", "Łącko Testowe", "Mszana Testowa"]


def test_the_empty_choices_are_written_prompts(demo):
    client = Client()
    client.cookies.load({"django_language": "pl"})
    document = soup(client.get(reverse("apply")))
    assert _options(document, "voivodeship")[0] == pl("– choose a voivodeship –")
    assert _options(document, "position")[0] == pl("– choose your position –")
