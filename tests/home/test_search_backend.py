"""The SQLite search backend ranks in one pass: the same results as modelsearch's own backend
given the same (Polish-aware) query, best first, in a number of queries that does not depend on
how many pages match."""

from django.db import connection

from modelsearch.query import Not, PlainText
from wagtail.models import Page
from wagtail.search.backends import get_search_backend

import pytest

from home.search_backend import polish_query
from practices.models import PracticePage
from workspaces.access import policy as access

pytestmark = [
    pytest.mark.django_db,
    pytest.mark.skipif(connection.vendor != "sqlite", reason="only SQLite takes this path"),
]

QUERIES = ["inkubator", "miasto", "rewitalizacja", "seniorów program", "budżet obywatelski"]


@pytest.fixture
def stock_backend():
    from modelsearch.backends.database.sqlite.sqlite import SQLiteSearchBackend

    return SQLiteSearchBackend({})


def _pks(results):
    return [page.pk for page in results]


def test_the_site_uses_the_one_pass_backend():
    from home.search_backend import PolishSearch
    from home.sqlite_search import OnePassRankingSQLiteBackend

    assert isinstance(get_search_backend(), OnePassRankingSQLiteBackend)
    assert isinstance(get_search_backend(), PolishSearch)


@pytest.mark.parametrize("query", QUERIES)
def test_ranked_results_match_the_stock_backend(stock_backend, query):
    """The same matches as modelsearch's backend for the same Polish query, and slices of the
    ranking agree with the whole. The order is ours: title words weigh more than body words
    (home/sqlite_search.py); the relevance tests in test_polish_search.py and the search rows
    of the access matrix hold us to it."""
    pages = PracticePage.objects.live()
    ours = get_search_backend().search(query, pages)
    stock = stock_backend.search(polish_query(query), pages)
    assert set(_pks(ours)) == set(_pks(stock))
    assert ours.count() == stock.count()
    assert _pks(ours[2:5]) == _pks(ours)[2:5]


@pytest.mark.parametrize("query", QUERIES)
def test_unranked_results_match_the_stock_backend(stock_backend, query):
    pages = PracticePage.objects.live().order_by("title")
    ours = get_search_backend().search(query, pages, order_by_relevance=False)
    stock = stock_backend.search(polish_query(query), pages, order_by_relevance=False)
    assert _pks(ours) == _pks(stock)


def test_a_common_word_is_found_in_many_practices():
    """The case that made ranking slow: a word in most of the library."""
    results = get_search_backend().search("miasto", PracticePage.objects.live())
    assert results.count() > PracticePage.objects.live().count() / 2


def test_ranking_keeps_the_callers_access_filter(demo):
    everything = get_search_backend().search("miasto", Page.objects.live())
    public = get_search_backend().search("miasto", access.public_pages(Page.objects.live()))
    public_pks = set(access.public_pages(Page.objects.live()).values_list("pk", flat=True))
    assert set(_pks(public)) <= public_pks
    assert len(_pks(public)) < len(_pks(everything))


def test_queries_do_not_grow_with_the_matches(django_assert_max_num_queries):
    """Scores (2), allowed ids (1), the shown rows (1) – the count reuses the ranking."""
    results = get_search_backend().search("miasto", PracticePage.objects.live())
    with django_assert_max_num_queries(4):
        assert results.count() > 12
        assert len(_pks(results[:12])) == 12


def test_autocomplete_still_works():
    """Autocomplete (the admin's searches) keeps modelsearch's own compiler."""
    results = get_search_backend().autocomplete("inkub", PracticePage.objects.live())
    assert results.count() > 0
    assert all("nkubator" in practice.title for practice in results[:5])


def test_negated_queries_keep_the_stock_path(stock_backend):
    query = Not(PlainText("inkubator"))
    pages = PracticePage.objects.live()
    ours = get_search_backend().search(query, pages)
    assert _pks(ours) == _pks(stock_backend.search(query, pages))
