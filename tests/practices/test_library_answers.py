"""The library keeps each page of results per visibility class (practices/library.py, `answer`):
a reader never gets a list worked out for readers who may see more, and the next request after
a change – a practice published or promoted, a tag or a town renamed, a membership granted –
shows it."""

import pytest
from bs4 import BeautifulSoup
from taggit.models import Tag

from practices.models import PracticeIndexPage, PracticePage
from tests.factories.practices import PracticePageFactory
from tests.factories.registry import PersonFactory
from workspaces.access import policy
from workspaces.access.promotion import promote
from workspaces.registry import services

WORD = "Zielonogórska"


@pytest.fixture
def library(demo):
    return PracticeIndexPage.objects.get()


@pytest.fixture
def members_only(library):
    practice = PracticePageFactory(parent=library, title=f"Praktyka {WORD}")
    return PracticePage.objects.get(pk=practice.pk)


def _page(client, url):
    response = client.get(url)
    assert response.status_code == 200
    return BeautifulSoup(response.content, "html.parser")


def _titles(client, url):
    return [a.get_text() for a in _page(client, url).select("ol.practice-list h3 a")]


@pytest.mark.parametrize("first", ["member", "observer"])
def test_a_kept_list_never_reaches_a_reader_who_may_see_less_or_more(
    demo, library, members_only, first
):
    assert not policy.can_view_page(demo.user("observer"), members_only)
    url = f"{library.url}?q={WORD}"
    clients = {name: demo.client_for(name) for name in ("member", "observer")}
    second = "observer" if first == "member" else "member"
    seen = {name: _titles(clients[name], url) for name in (first, second)}

    assert members_only.title in seen["member"]
    assert members_only.title not in seen["observer"]


def test_a_practice_published_after_a_list_was_kept_is_on_the_next_list(demo, library):
    client = demo.client_for("member")
    url = f"{library.url}?q={WORD}"
    assert _titles(client, url) == []

    PracticePageFactory(parent=library, title=f"Nowa praktyka {WORD}")

    assert _titles(client, url) == [f"Nowa praktyka {WORD}"]


def test_a_promoted_practice_is_on_an_observers_next_list(demo, library, members_only):
    client = demo.client_for("observer")
    url = f"{library.url}?q={WORD}"
    assert _titles(client, url) == []

    promote(members_only, demo.user("editor"))

    assert _titles(client, url) == [members_only.title]


def test_a_renamed_tag_is_named_anew_in_the_next_filter(demo, library):
    client = demo.client_for("member")
    tag = Tag.objects.filter(practices_practicetag_items__isnull=False).first()
    options = _page(client, library.url).select("select[name=tag] option")
    assert any(tag.name in option.get_text() for option in options)

    tag.name = "Etykieta przemianowana"
    tag.save()

    options = _page(client, library.url).select("select[name=tag] option")
    assert any("Etykieta przemianowana" in option.get_text() for option in options)


def test_a_renamed_town_is_named_anew_in_the_next_list_and_filter(demo, library, members_only):
    client = demo.client_for("member")
    url = f"{library.url}?q={WORD}"
    assert all(members_only.town.name in text for text in _town_texts(_page(client, url)))

    members_only.town.name = "Gród Przemianowany"
    members_only.town.save()

    list_text, filter_text = _town_texts(_page(client, url))
    assert "Gród Przemianowany" in list_text
    assert "Gród Przemianowany" in filter_text


def _town_texts(document):
    """The practices' meta lines, and the town filter's options."""
    listed = document.select_one("ol.practice-list").get_text()
    return listed, " ".join(o.get_text() for o in document.select("select[name=town] option"))


def test_a_new_member_sees_the_whole_library_on_the_next_request(demo, library, members_only):
    person = PersonFactory()
    client = demo.client_for(person.user.username)
    url = f"{library.url}?q={WORD}"
    assert _titles(client, url) == []

    services.add_membership(person, demo.network(1))

    assert _titles(client, url) == [members_only.title]
