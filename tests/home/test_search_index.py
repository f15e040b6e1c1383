"""PostgreSQL: full-text matches can be answered from our expression index (home migration
0002) rather than by scanning every index entry. If modelsearch changes the expression it
matches, the index no longer serves it and these tests say so."""

import re

from django.db import connection

import pytest

from practices.models import PracticePage

pytestmark = [
    pytest.mark.django_db,
    pytest.mark.skipif(connection.vendor != "postgresql", reason="a PostgreSQL index"),
]

INDEX = "empiriae_search_title_body_gin"
# The backend's match, whatever alias it gives the index entry table.
BACKEND_MATCH = re.compile(r'\((\w+|"\w+")\."title" \|\| \1\."body"\) @@')


@pytest.mark.parametrize("ranked", [True, False])
def test_the_backend_matches_the_indexed_expression(ranked):
    results = PracticePage.objects.live().search("inkubator", order_by_relevance=ranked)
    sql, _params = results.get_queryset().query.sql_with_params()
    assert BACKEND_MATCH.search(sql), sql


def test_the_index_serves_that_expression():
    with connection.cursor() as cursor:
        # The demo is small enough for a scan to win; forbid it to see what can serve the match.
        cursor.execute("SET LOCAL enable_seqscan = off")
        cursor.execute(
            "EXPLAIN SELECT id FROM wagtailsearch_indexentry "
            "WHERE (title || body) @@ to_tsquery('inkubator')"
        )
        plan = "\n".join(row[0] for row in cursor.fetchall())
    assert INDEX in plan, plan
