"""Visitors' public pages come from the page cache (home/page_cache.py, issue 14): cacheable
headers, no cookie, served without the database the second time, purged by any change a visitor
would see – and never a member's page for anyone else, nor a visitor's copy for a member."""

from django.test import Client
from django.urls import reverse

from wagtail.models import Page

import pytest

from home.models import ContentPage
from practices.models import PracticePage
from tests.factories.registry import PersonFactory
from tests.polish import english
from workspaces.access import promotion
from workspaces.access.models import Promotion
from workspaces.registry import services
from workspaces.sessions.models import CalendarToken

NOTICE_URL = "/ochrona-danych/"
LIBRARY_URL = "/dobre-praktyki/"


def _cache_control(response):
    return {part.strip() for part in response.get("Cache-Control", "").split(",") if part}


def _vary(response):
    return {part.strip().lower() for part in response.get("Vary", "").split(",") if part}


def _members_only_practice():
    promoted = Promotion.objects.values("page_id")
    return PracticePage.objects.live().exclude(pk__in=promoted).order_by("pk").first()


@pytest.mark.parametrize("path", ["/", english("/"), LIBRARY_URL, NOTICE_URL])
def test_a_public_page_is_cacheable_for_visitors(demo, settings, path):
    response = Client().get(path)
    assert response.status_code == 200
    assert _cache_control(response) == {
        "public",
        f"max-age={settings.PAGE_CACHE_MAX_AGE}",
        f"s-maxage={settings.PAGE_CACHE_SHARED_MAX_AGE}",
    }
    assert not response.cookies  # no csrftoken, no language cookie: nothing per visitor
    assert "accept-language" not in _vary(response)
    # A shared cache must not hand this copy to a signed-in member, whose page is their own.
    assert "cookie" in _vary(response)


def test_the_second_visit_is_served_from_the_cache(demo, django_assert_num_queries):
    first = Client().get(LIBRARY_URL)
    with django_assert_num_queries(0):
        second = Client().get(LIBRARY_URL)
    assert second.status_code == 200
    assert second.content == first.content
    assert second["Cache-Control"] == first["Cache-Control"]


def test_a_head_request_is_answered_from_the_cache_without_a_body(demo, django_assert_num_queries):
    Client().get(LIBRARY_URL)
    with django_assert_num_queries(0):
        response = Client().head(LIBRARY_URL)
    assert response.status_code == 200 and response.content == b""


def test_polish_and_english_are_cached_apart(demo, django_assert_num_queries):
    client = Client()
    polish, english_page = client.get("/").content, client.get(english("/")).content
    with django_assert_num_queries(0):
        assert client.get("/").content == polish
        assert client.get(english("/")).content == english_page
    assert b'<html lang="pl">' in polish and b'<html lang="en">' in english_page
    assert b"Zaloguj si\xc4\x99" in polish and b"Sign in" in english_page
    # The language switch: plain links to the same page in the other language.
    assert b'<a href="/en/" hreflang="en" lang="en">' in polish
    assert b'<a href="/" hreflang="pl" lang="pl">' in english_page


def test_a_query_string_is_a_page_of_its_own(demo):
    client = Client()
    everything = client.get(LIBRARY_URL).content.decode()
    found = client.get(LIBRARY_URL, {"q": "rowerach"}).content.decode()
    assert found != everything
    assert client.get(LIBRARY_URL).content.decode() == everything


def test_a_published_change_shows_on_the_next_visit(demo):
    client = Client()
    assert "Zmieniony tytuł klauzuli" not in client.get(NOTICE_URL).content.decode()
    notice = ContentPage.objects.get(url_path__endswith="/ochrona-danych/")
    notice.title = "Zmieniony tytuł klauzuli"
    notice.save_revision().publish()
    assert "Zmieniony tytuł klauzuli" in client.get(NOTICE_URL).content.decode()


def test_an_unpublished_page_is_gone_on_the_next_visit(demo):
    client = Client()
    assert client.get(NOTICE_URL).status_code == 200
    Page.objects.get(url_path__endswith="/ochrona-danych/").unpublish()
    assert client.get(NOTICE_URL).status_code == 404


def test_promotion_and_withdrawal_show_on_the_next_visit(demo):
    practice = _members_only_practice()
    editor = demo.user("editor")
    client = Client()
    search = {"q": practice.title}

    def found():
        response = client.get(LIBRARY_URL, search)
        assert "public" in _cache_control(response)
        return practice.url in response.content.decode()

    assert not found()
    assert client.get(practice.url).status_code == 302  # asked to sign in, not cached

    promotion.promote(practice, editor)
    assert found()
    assert client.get(practice.url).status_code == 200

    promotion.withdraw(practice, editor)
    assert not found()
    assert client.get(practice.url).status_code == 302


def test_a_new_member_town_shows_on_the_next_visit(demo):
    network = demo.network(2)
    client = Client()
    person = PersonFactory()
    town = person.municipality.name

    def member_towns():
        html = client.get(network.url).content.decode()
        return html.split('class="town-list"', 1)[1].split("</ul>", 1)[0]

    assert town not in member_towns()
    services.add_membership(person, network)
    assert town in member_towns()


def test_members_and_visitors_never_get_each_others_pages(demo):
    network_url = LIBRARY_URL  # a public page that names the signed-in reader
    member, coordinator, visitor = (
        demo.client_for("member"),
        demo.client_for("coordinator"),
        Client(),
    )
    first_visit = visitor.get(network_url)  # a visitor's copy is cached first
    assert "public" in _cache_control(first_visit)

    as_member = member.get(network_url)
    as_coordinator = coordinator.get(network_url)
    member_name = demo.user("member").get_full_name()
    coordinator_name = demo.user("coordinator").get_full_name()
    for response, own, other in (
        (as_member, member_name, coordinator_name),
        (as_coordinator, coordinator_name, member_name),
    ):
        html = response.content.decode()
        assert own in html and other not in html
        assert {"private", "no-store"} <= _cache_control(response)
        assert "public" not in _cache_control(response)

    after_members = visitor.get(network_url).content.decode()
    assert member_name not in after_members and coordinator_name not in after_members
    assert 'class="account-name"' not in after_members


def test_a_members_only_page_is_never_cached_for_visitors(demo):
    workspace_url = demo.workspace(1).url
    assert demo.client_for("member").get(workspace_url).status_code == 200
    for _ in range(2):
        response = Client().get(workspace_url)
        assert response.status_code == 302
        assert response["Location"].startswith(reverse("login"))
        assert "public" not in _cache_control(response)


def test_a_page_with_a_form_to_sign_in_is_not_cached(demo):
    """Its CSRF token belongs to one browser."""
    response = Client().get(reverse("login"))
    assert response.status_code == 200
    assert "csrftoken" in response.cookies
    assert "public" not in _cache_control(response)


def test_a_calendar_feed_is_never_marked_public(demo):
    """A feed opened by a secret token in its address is one person's, though no one signs in."""
    token = CalendarToken.objects.create(user=demo.user("member"))
    response = Client().get(reverse("calendar_feed", args=[token.token]))
    assert response.status_code == 200
    assert "public" not in _cache_control(response)
