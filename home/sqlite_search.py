"""The SQLite half of `home.search_backend`: ranking by relevance in one pass.

modelsearch orders SQLite results by a correlated subquery that repeats the full-text match for
every matching row, so its cost grows with the square of the matches. Here one full-text query
scores every match, the caller's queryset (with its access filter) says which may be shown, and
only the requested slice is loaded. Imported only when the database is SQLite with FTS5, the
one case where modelsearch defines the full-text table.
"""

from django.db.models import BooleanField, FloatField, Func

from modelsearch.backends.database.sqlite.query import MatchExpression, normalize
from modelsearch.backends.database.sqlite.sqlite import (
    IndexEntry,
    SQLiteFTSIndexEntry,
    SQLiteSearchBackend,
    SQLiteSearchQueryCompiler,
    SQLiteSearchResults,
)
from modelsearch.query import And, Or, Phrase, PlainText
from modelsearch.utils import get_descendants_content_types_pks

# The full-text table's columns are (autocomplete, body, title). Pages whose title matches come
# first, then the rest, each by bm25 with a title word weighing this many body words. Why both:
# the body also holds every word's base forms and folded spellings (home/polish.py), so a common
# word ("miasto") is in most bodies, where bm25's inverse document frequency falls to nearly
# nothing and no weight lifts a title match above the noise; what a page is called should still
# come first ("MIASTO" finds the network MIASTO CYFROWE before sessions held in a town hall).
TITLE_WEIGHT = 10.0
TITLE_COLUMN = 2
MARK = "char(1)"


class WeightedBM25(Func):
    output_field = FloatField()

    def as_sql(self, compiler, connection, **extra):
        table = SQLiteFTSIndexEntry._meta.db_table
        return f"bm25({table}, 1.0, 1.0, {TITLE_WEIGHT})", []


class MatchesInTitle(Func):
    """Whether the match found anything in the title column: FTS5 marks the matched words of a
    column in `highlight()`, so a mark in the title's highlight is a title match."""

    output_field = BooleanField()

    def as_sql(self, compiler, connection, **extra):
        table = SQLiteFTSIndexEntry._meta.db_table
        marked = f"highlight({table}, {TITLE_COLUMN}, {MARK}, {MARK})"
        return f"(instr({marked}, {MARK}) > 0)", []


def _is_words(query):
    """Words and phrases, and the any-of / all-of groups of them that a Polish query is made of
    (`home.search_backend.polish_query`): what bm25 scores alike."""
    if isinstance(query, PlainText | Phrase):
        return True
    return isinstance(query, And | Or) and all(_is_words(sub) for sub in query.subqueries)


class OnePassRankingCompiler(SQLiteSearchQueryCompiler):
    def ranks_in_one_pass(self, score_field):
        """Ranked searches for words or a phrase – what readers type – take the one-pass path.
        Negations (scored differently), match-all, callers who want
        the score as an attribute, and querysets of values keep modelsearch's own code."""
        return self.order_by_relevance and self._is_plain_match(score_field)

    def _is_plain_match(self, score_field):
        queryset = self.queryset
        return (
            score_field is None
            and _is_words(self.query)
            and queryset._fields is None  # not .values(): rows are loaded as objects
            and not queryset.query.distinct_fields
        )

    def search(self, config, start, stop, score_field=None):
        """Unranked searches: the same matches, found through the subquery below."""
        if self.order_by_relevance or not self._is_plain_match(score_field):
            return super().search(config, start, stop, score_field=score_field)
        matching = self._matching_entries(config).values("object_id")
        queryset = self.queryset.filter(pk__in=matching)
        if not queryset.query.order_by:
            queryset = queryset.order_by("-pk")  # stable pages, as the stock backend does
        return queryset[start:stop]

    def ranked_pks(self, config):
        """The primary keys the queryset allows, best match first (ties: newest id first, as
        the stock backend orders them)."""
        scores = self._scores_by_object_id(config)
        matching = self._matching_entries(config).values("object_id")
        allowed = self.queryset.filter(pk__in=matching).order_by().values_list("pk", flat=True)
        newest_first = sorted(allowed, reverse=True)
        unscored = (True, 0.0)
        return sorted(newest_first, key=lambda pk: scores.get(str(pk), unscored))  # stable

    def _full_text_matches(self, config):
        search_query = self.build_search_query(normalize(self.query), config=config)
        return SQLiteFTSIndexEntry.objects.filter(
            MatchExpression(self.fields or self.FTS_TABLE_FIELDS, search_query)
        )

    def _matching_entries(self, config):
        """This model's index entries whose text matches. The full-text table is asked in a
        subquery: joined to the entries, SQLite probes it once per entry (280 ms instead of
        1 ms for one word over 10,000 practices)."""
        content_types = get_descendants_content_types_pks(self.queryset.model)
        matches = self._full_text_matches(config).values("pk")
        return IndexEntry.objects.filter(pk__in=matches, content_type__in=content_types)

    def _scores_by_object_id(self, config):
        """{object id: (no title match, score)} – ascending is best first. The score is
        modelsearch's – bm25 scaled by the entry's title norm – with title words weighted
        (TITLE_WEIGHT); from two linear queries instead of one per match."""
        matches = self._full_text_matches(config).annotate(
            bm25=WeightedBM25(), in_title=MatchesInTitle()
        )
        found = {
            pk: (not in_title, bm25)
            for pk, bm25, in_title in matches.values_list("pk", "bm25", "in_title")
        }
        entries = self._matching_entries(config).values_list("pk", "object_id", "title_norm")
        # An entry indexed between the two queries has no score yet: it ranks last.
        scores = {}
        for pk, object_id, norm in entries:
            not_in_title, bm25 = found.get(pk, (True, 0.0))
            scores[object_id] = (not_in_title, bm25 * (norm + 1.0))
        return scores


class OnePassRankingResults(SQLiteSearchResults):
    def _one_pass(self):
        """Autocomplete searches use modelsearch's own compiler, which has no one-pass path."""
        ranks_in_one_pass = getattr(self.query_compiler, "ranks_in_one_pass", None)
        return ranks_in_one_pass is not None and ranks_in_one_pass(self._score_field)

    def _do_search(self):
        if not self._one_pass():
            return super()._do_search()
        pks = self._ranked()[self.start : self.stop]
        loaded = self.query_compiler.queryset.order_by().in_bulk(pks)
        return [loaded[pk] for pk in pks if pk in loaded]

    def _do_count(self):
        if not self._one_pass():
            return super()._do_count()
        return len(self._ranked()[self.start : self.stop])

    _ranked_cache = None

    def _ranked(self):
        """Every ranked key, computed once and shared with slices (a paginator counts, then
        slices: both reuse the one ranking)."""
        if self._ranked_cache is None:
            config = self.query_compiler.get_config(self.backend)
            self._ranked_cache = self.query_compiler.ranked_pks(config)
        return self._ranked_cache

    def _clone(self):
        new = super()._clone()
        new._ranked_cache = self._ranked_cache
        return new


class OnePassRankingSQLiteBackend(SQLiteSearchBackend):
    query_compiler_class = OnePassRankingCompiler
    results_class = OnePassRankingResults
