"""A hand-edited URL – a twenty-digit id, a page number that is not one – never ends in a server
error: a bad filter is dropped and the page shown without it, an impossible id is not found."""

from django.test import Client
from django.urls import reverse

import pytest

from practices.models import PracticeIndexPage, PracticePage

HUGE = "99999999999999999999999"  # past 2**63: SQLite cannot even bind it
JUST_PAST_64_BITS = str(2**63)


def _client(demo, username):
    client = demo.client_for(username) if username else Client()
    client.raise_request_exception = False  # see the status a reader would get
    return client


def _library_url():
    return PracticeIndexPage.objects.get().url


def _listed(response):
    page_obj = response.context["page_obj"]
    return page_obj.paginator.count, {p.pk for p in response.context["practices"]}


@pytest.mark.parametrize("username", [None, "member"])
@pytest.mark.parametrize("name", ["network", "town"])
@pytest.mark.parametrize("value", [HUGE, JUST_PAST_64_BITS, "-3", "0", "abc", "1.5"])
def test_a_bad_library_filter_is_dropped_and_the_library_shown(demo, username, name, value):
    client = _client(demo, username)
    unfiltered = client.get(_library_url())
    response = client.get(_library_url(), {name: value})
    assert response.status_code == 200
    assert _listed(response) == _listed(unfiltered)
    assert response.context["filters"].get(name) is None


def test_the_other_filters_still_apply_when_one_is_bad(demo):
    client = _client(demo, "member")
    response = client.get(_library_url(), {"network": HUGE, "funding": "eu"})
    assert response.status_code == 200
    expected = PracticePage.objects.live().filter(funding_source="eu").count()
    assert response.context["page_obj"].paginator.count == expected


@pytest.mark.parametrize("value", [HUGE, "abc", "-1", "0", "1e3"])
def test_any_page_number_shows_a_page_of_the_library(demo, value):
    response = _client(demo, "member").get(_library_url(), {"page": value})
    assert response.status_code == 200
    assert response.context["practices"]


@pytest.mark.parametrize("value", [HUGE, "abc", "-1"])
def test_any_page_number_shows_a_page_of_search_results(demo, value):
    response = _client(demo, "member").get(reverse("search"), {"q": "miasto", "page": value})
    assert response.status_code == 200
    results = response.context["results"]
    assert results and 1 <= results.number <= results.paginator.num_pages
    html = response.content.decode()
    for result in results:
        assert f'href="{result.url}"' in html


def test_the_export_drops_a_bad_filter(demo):
    client = _client(demo, "editor")
    response = client.get(reverse("practices_export", args=["csv"]), {"town": HUGE})
    assert response.status_code == 200
    lines = response.content.decode("utf-8-sig").strip().splitlines()
    assert len(lines) == PracticePage.objects.live().count() + 1


@pytest.mark.parametrize(
    "method,path",
    [
        ("post", f"/sesje/{HUGE}/rozeslij/"),
        ("post", f"/sesje/{HUGE}/zatwierdz/"),
        ("post", f"/sesje/{HUGE}/poprawka/"),
        ("get", f"/przestrzen/{HUGE}/planuj/"),
        ("post", f"/rezultaty/{HUGE}/ocena/"),
        ("get", f"/rezultaty/{HUGE}/oceny/"),
        ("post", f"/strony/{HUGE}/publiczna/"),
        ("post", f"/praktyki/{HUGE}/transfer/"),
        ("get", f"/przestrzen/{JUST_PAST_64_BITS}/planuj/"),
        ("get", "/przestrzen/0/planuj/"),
    ],
)
def test_an_id_no_page_could_have_is_not_found(demo, method, path):
    response = getattr(_client(demo, "editor"), method)(path)
    assert response.status_code == 404
