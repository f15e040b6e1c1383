"""Breadcrumbs (home/breadcrumbs.py, templates/includes/breadcrumbs.html): every level from the
home page down, the workspace and the outcomes index included, in the reader's language, for
the price of one query."""

from django.db import connection
from django.test import RequestFactory
from django.test.utils import CaptureQueriesContext
from django.utils import translation

from home import breadcrumbs
from tests.design.pages import soup
from tests.polish import english


def _trail(demo, reader, path, language=None):
    client = demo.client_for(reader)
    if language == "en":
        path = english(path)
    nav = soup(client.get(path)).find("nav", class_="breadcrumbs")
    if nav is None:
        return None
    return [(item.find("a") or {}).get("href") for item in nav.find_all("li")], [
        item.get_text(strip=True) for item in nav.find_all("li")
    ]


def _first_session(demo):
    from workspaces.sessions.models import SessionPage

    return SessionPage.objects.child_of(demo.workspace(1)).order_by("number").first()


def test_a_session_lists_every_level_above_it_the_workspace_included(demo):
    session = _first_session(demo)
    hrefs, texts = _trail(demo, "member", session.url)
    network = demo.network(1)
    assert hrefs == ["/", network.get_parent().url, network.url, demo.workspace(1).url, None]
    assert texts[2:] == [network.title, demo.workspace(1).title, session.title]


def test_an_outcome_lists_the_outcomes_index(demo):
    outcome = demo.outcomes(3)
    hrefs, texts = _trail(demo, "observer", outcome.url)
    assert demo.outcome_index(3).url in hrefs
    assert texts[-2:] == [demo.outcome_index(3).title, outcome.title]


def test_the_current_page_is_marked_and_not_linked(demo):
    page = soup(demo.client_for(None).get(demo.network(1).url))
    current = page.find("nav", class_="breadcrumbs").find_all("li")[-1]
    assert current.find("a") is None and current.find(attrs={"aria-current": "page"})


def test_the_home_page_has_no_trail(demo):
    assert _trail(demo, None, "/") is None


def test_english_readers_get_the_english_titles(demo):
    network = demo.network(1)
    _, texts = _trail(demo, "member", _first_session(demo).url, language="en")
    assert network.get_parent().specific.title_en in texts
    assert network.title_en in texts


def test_the_ancestors_cost_one_query_whatever_the_depth(demo):
    session = _first_session(demo)
    request = RequestFactory().get(session.url)
    session.get_url(request)  # the site's root paths, which rendering the page loads anyway
    for language in ("pl", "en"):
        with translation.override(language), CaptureQueriesContext(connection) as queries:
            crumbs = breadcrumbs.trail(session, request)
        assert len(crumbs) == 3  # networks index, network, workspace
        assert len(queries) == 1, language
