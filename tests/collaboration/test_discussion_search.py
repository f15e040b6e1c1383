"""The discussions' search box (issue 12): a network's threads found by any form of the words of
their titles and of the posts readers see, with or without Polish letters; nothing hidden from the
reader found; what a search costs does not grow with its results."""

from django.urls import reverse

import pytest

from tests.collaboration.test_discussions import _queries_for
from tests.polish import pl
from workspaces.collaboration import services
from workspaces.collaboration.models import Thread


def _search(demo, username, query, network=1):
    url = reverse("discussions", args=[demo.workspace(network).pk])
    return demo.client_for(username).get(url, {"q": query})


def _found(response):
    return [thread.pk for thread in response.context["threads"]]


@pytest.fixture
def schools(demo):
    """A thread whose title says nothing of schools; its reply does, in the genitive plural."""
    thread = services.start_thread(
        demo.user("coordinator"), demo.network(1), "Pytanie o e-dzienniki", "Kto już wdrożył?"
    )
    services.reply(demo.user("member"), thread, "U nas w trzech szkołach podstawowych od września.")
    return thread


@pytest.mark.parametrize("query", ["szkoła", "szkola", "szkół", "SZKOLE", "szkołach podstawowych"])
def test_any_form_of_a_word_in_a_reply_finds_the_thread(demo, schools, query):
    response = _search(demo, "member", query)
    assert schools.pk in _found(response)
    html = response.content.decode()
    assert "<mark>szkołach</mark>" in html  # the excerpt shows why it was found
    assert f'value="{query}"' in html  # the query stays in the box


def test_title_words_are_marked_in_the_results(demo, schools):
    html = _search(demo, "member", "dziennik").content.decode()
    assert "e-<mark>dzienniki</mark>" in html


def test_a_thread_is_found_by_words_written_after_it_started(demo, schools):
    assert schools.pk not in _found(_search(demo, "member", "ankieta"))
    services.reply(demo.user("coordinator"), schools, "Przygotujemy ankietę dla rodziców.")
    assert schools.pk in _found(_search(demo, "member", "ankieta"))


def test_words_of_hidden_and_withdrawn_posts_find_nothing(demo, schools):
    reply = schools.posts.order_by("created_at", "pk").last()
    services.hide_post(demo.user("coordinator"), reply)
    assert schools.pk not in _found(_search(demo, "member", "szkoła"))
    assert schools.pk not in _found(_search(demo, "coordinator", "szkoła"))
    services.hide_post(demo.user("coordinator"), reply, hidden=False)
    assert schools.pk in _found(_search(demo, "member", "szkoła"))
    services.withdraw_post(demo.user("member"), reply)
    assert schools.pk not in _found(_search(demo, "member", "szkoła"))


def test_a_hidden_thread_is_found_by_its_moderators_only(demo, schools):
    services.moderate_thread(demo.user("coordinator"), schools, "hide")
    assert schools.pk not in _found(_search(demo, "member", "szkoła"))
    assert schools.pk in _found(_search(demo, "coordinator", "szkoła"))


def test_another_networks_threads_are_not_found(demo, schools):
    other = Thread.objects.exclude(network=demo.network(1)).first() or services.start_thread(
        demo.user("editor"), demo.network(3), "Szkoły i rekrutacja", "Szkoła"
    )
    found = _found(_search(demo, "editor", "szkoła", network=1))
    assert other.pk not in found and schools.pk in found


def test_outsiders_cannot_search_a_networks_discussions(demo, schools):
    assert _search(demo, "observer", "szkoła").status_code == 404


def test_no_result_offers_the_site_search(demo, schools):
    response = _search(demo, "member", "hipopotam")
    html = response.content.decode()
    assert _found(response) == []
    assert f"{reverse('search')}?q=hipopotam" in html
    assert pl("Search the whole site") in html


def test_the_title_match_comes_first(demo, schools):
    titled = services.start_thread(
        demo.user("member"), demo.network(1), "Szkoła cyfrowa", "Materiały"
    )
    found = _found(_search(demo, "member", "szkoła"))
    assert found.index(titled.pk) < found.index(schools.pk)


def test_a_search_costs_the_same_with_ten_times_the_matches(demo):
    network, member = demo.network(1), demo.user("member")
    client = demo.client_for("member")
    url = reverse("discussions", args=[demo.workspace(1).pk]) + "?q=rower"
    for number in range(3):
        services.start_thread(member, network, f"Rowery miejskie {number}", "Stacje rowerów")
    few = _queries_for(client, url)
    for number in range(3, 30):
        services.start_thread(member, network, f"Rowery miejskie {number}", "Stacje rowerów")
    assert _queries_for(client, url) == few
