"""Wagtail's database search backend, except that on SQLite with FTS5 relevance ranking is done
in one pass instead of once per match (see `home.sqlite_search`). PostgreSQL keeps the stock
backend.

Settings: ``WAGTAILSEARCH_BACKENDS = {"default": {"BACKEND": "home.search_backend"}}``.
"""

from django.db import connection

from modelsearch.backends import database


def SearchBackend(params):  # noqa: N802 – the name Wagtail looks up in a backend module
    backend = database.SearchBackend(params)
    if connection.vendor == "sqlite" and database.USE_SQLITE_FTS:
        from .sqlite_search import OnePassRankingSQLiteBackend

        return OnePassRankingSQLiteBackend(params)
    return backend
