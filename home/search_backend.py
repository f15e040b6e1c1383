"""Wagtail's database search backend, taught Polish, and (on SQLite with FTS5) ranking by
relevance in one pass instead of once per match (see `home.sqlite_search`).

Polish: a query typed as a string is asked as every form of its words (home/polish.py) – each
word as any of its alternatives, the words together – and pages are indexed with their keys
(`BilingualPage.search_keys`). Both the embedded SQLite and PostgreSQL do this the same way, and
callers keep Wagtail's API: `visible_pages(user, pages).search("szkola")`.

Settings: ``WAGTAILSEARCH_BACKENDS = {"default": {"BACKEND": "home.search_backend",
"SEARCH_CONFIG": "simple"}}`` – PostgreSQL's "simple" configuration, since its English stemmer
would cut Polish words and the keys already carry the grammar.
"""

from django.db import connection

from modelsearch.backends import database
from modelsearch.query import And, Or, PlainText

from . import polish


def polish_query(query, operator=None):
    """The query object for what someone typed: each word as any of its alternatives, all the
    words required (or any, with operator "or"). Query objects pass unchanged."""
    if not isinstance(query, str):
        return query
    groups = []
    for word in polish.words(query):
        alternatives = [PlainText(alternative) for alternative in polish.alternatives(word)]
        groups.append(alternatives[0] if len(alternatives) == 1 else Or(alternatives))
    if not groups:
        return query  # punctuation only: the backend answers "nothing"
    if len(groups) == 1:
        return groups[0]
    return Or(groups) if (operator or "and").lower() == "or" else And(groups)


class PolishSearch:
    """Mixed into the backend Wagtail gets: only full-word searches are rewritten; autocomplete
    matches prefixes of what is typed, and keeps it."""

    def search(self, query, model_or_queryset, fields=None, operator=None, **kwargs):
        return super().search(
            polish_query(query, operator), model_or_queryset, fields=fields, **kwargs
        )


def SearchBackend(params):  # noqa: N802 – the name Wagtail looks up in a backend module
    backend = database.SearchBackend(params)
    if connection.vendor == "sqlite" and database.USE_SQLITE_FTS:
        from .sqlite_search import OnePassRankingSQLiteBackend

        backend_class = OnePassRankingSQLiteBackend
    else:
        backend_class = type(backend)
    polish_backend = type(f"Polish{backend_class.__name__}", (PolishSearch, backend_class), {})
    return polish_backend(params)
