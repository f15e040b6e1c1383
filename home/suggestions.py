""" "Did you mean …?" for a search that found nothing: the closest words that exist, taken from
the titles of the pages the reader may open – never from a page they may not, whose words
would leak through a suggestion.

A word of the query that is already a word of the vocabulary (in any form: home/polish.py) is
kept; another is replaced by the closest vocabulary word by spelling, compared without Polish
letters ("rewitalizcja" → "rewitalizacja"). Titles are what a reader recognises, and one query
of titles stays cheap at 10,000 pages.
"""

import difflib
import hashlib

from django.core.cache import cache

from . import polish

MAX_SUGGESTIONS = 3
CLOSENESS = 0.75  # difflib's ratio: "rewitalizcja" / "rewitalizacja" is 0.96, "ogrod" / "grod" 0.89
MIN_WORD_LENGTH = 3
VOCABULARY_SECONDS = 24 * 60 * 60


def vocabulary(pages):
    """{key: the word as titles write it} of these pages' titles, each word under its folded
    spelling and its folded base forms (home/polish.py).

    Reading the titles is cheap; analysing their words is not (0.4 s at 10,000 pages), so the
    analysis is kept in the cache under a digest of the titles themselves: any title changed,
    added or gone is a new digest, and a reader never gets another set of pages' words."""
    titles = sorted(pages.values_list("title", flat=True))
    digest = hashlib.sha256("\n".join(titles).encode()).hexdigest()
    key = f"suggestions:vocabulary:{digest}"
    words = cache.get(key)
    if words is None:
        words = _words_of(titles)
        cache.set(key, words, VOCABULARY_SECONDS)
    return words


def _words_of(titles):
    words = {}
    for title in titles:
        for word in polish.words(title):
            if len(word) >= MIN_WORD_LENGTH:
                for key in polish.keys_of_word(word):
                    words.setdefault(key, word.lower())
    return words


def _known(word, folded_vocabulary):
    return any(key in folded_vocabulary for key in polish.alternatives(word))


def suggest(query, pages):
    """Up to three queries close to `query` whose every word is a word of the titles of
    `pages` (a queryset the caller already narrowed to what the reader may open)."""
    words = polish.words(query)
    if not words:
        return []
    known = vocabulary(pages)
    options = []
    for word in words:
        if _known(word, known):
            options.append([word])
            continue
        close = difflib.get_close_matches(
            polish.fold(word), known, n=MAX_SUGGESTIONS, cutoff=CLOSENESS
        )
        if not close:
            return []
        options.append([known[folded] for folded in close])
    suggestions = []
    for position in range(MAX_SUGGESTIONS):
        words_here = [choices[min(position, len(choices) - 1)] for choices in options]
        suggestion = " ".join(words_here)
        if suggestion.lower() != query.lower() and suggestion not in suggestions:
            suggestions.append(suggestion)
    return suggestions
