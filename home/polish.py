"""Polish words as people type them, for search: every form of a word, with or without its
Polish letters, leads to the same keys.

Polish inflects nouns and adjectives in seven cases and two numbers, so "urząd", "urzędu" and
"urzędami" are one word to a reader and three to a full-text index; and people often type
without diacritics ("urzad", "szkola"). Neither SQLite's nor PostgreSQL's full-text search knows
Polish, so we normalise both sides ourselves:

- a text is indexed with its *keys*: for each word, its lemmas (base forms) from Morfeusz 2, the
  morphological analyser of the Polish grammatical dictionary SGJP, and the word itself, each
  folded (lower case, Polish letters replaced by Latin ones);
- a query word is asked as any of its *alternatives*: itself, its folded form, the folded
  lemmas of the word, and, for a word typed without Polish letters that the dictionary does not
  know, the lemmas of the spellings with Polish letters restored that it does know ("ogrodow" →
  "ogrodów" → "ogród").

A word the dictionary does not know – a town, a name, a typo – is its own key, so proper names
still match. An ambiguous form keeps every lemma ("drogi": the noun "droga" and the adjective
"drogi"). Why Morfeusz and not a stemmer or `simplemma`: docs/search.md.
"""

import itertools
import re
from functools import lru_cache

import morfeusz2

WORD = re.compile(r"\w+", re.UNICODE)
PIECES = re.compile(r"(\w+)", re.UNICODE)
FOLDING = str.maketrans("ąćęłńóśźż", "acelnoszz")
# The Polish letter(s) a Latin one may stand for when someone types without diacritics.
RESTORABLE = {"a": "ą", "c": "ć", "e": "ę", "l": "ł", "n": "ń", "o": "ó", "s": "ś", "z": "źż"}
# Restoring is combinatorial; a word with more spellings than this is left as typed (a long
# compound word typed without diacritics still matches its folded form).
MAX_SPELLINGS = 1024
UNKNOWN = "ign"  # Morfeusz's tag for a word outside the dictionary


@lru_cache(maxsize=1)
def _analyser():
    # Loading the dictionary takes ~0.15 s and ~50 MB; once per process, and only when asked.
    return morfeusz2.Morfeusz(generate=False, expand_tags=False)


def fold(text):
    """Lower case, with Polish letters replaced by the Latin ones people type instead."""
    return text.lower().translate(FOLDING)


def words(text):
    return WORD.findall(text or "")


def pieces(text):
    """The text cut into words and what lies between them, in order, nothing lost."""
    return [piece for piece in PIECES.split(text or "") if piece]


@lru_cache(maxsize=200_000)
def lemmas(word):
    """The base forms the dictionary gives for `word`, in lower case; empty when it does not
    know the word. Lemmas come as "zamek:s1" when the dictionary tells homonyms apart."""
    found = set()
    for _start, _end, (_form, lemma, tag, *_rest) in _analyser().analyse(word):
        if tag != UNKNOWN:
            found.add(lemma.split(":", 1)[0].lower())
    return frozenset(found)


def _spellings(word):
    """`word` with each letter that could have lost its Polish mark given it back, in every
    combination (the word itself included), or nothing when there would be too many."""
    options = [(letter, *RESTORABLE.get(letter, "")) for letter in word]
    count = 1
    for choices in options:
        count *= len(choices)
    if count > MAX_SPELLINGS:
        return []
    return ["".join(letters) for letters in itertools.product(*options)]


@lru_cache(maxsize=20_000)
def restored_lemmas(word):
    """For a word typed without Polish letters that the dictionary does not know, the lemmas of
    the spellings with Polish letters that it does know."""
    word = word.lower()
    if fold(word) != word or lemmas(word):
        return frozenset()
    found = set()
    for spelling in _spellings(word):
        found |= lemmas(spelling)
    return frozenset(found)


@lru_cache(maxsize=200_000)
def keys_of_word(word):
    """Kept per word, as `lemmas` is: marking the words of ten excerpts asks about a thousand
    words per page of results, most of them the same few hundred."""
    return frozenset({fold(word)} | {fold(lemma) for lemma in lemmas(word)})


def index_keys(text):
    """The keys a text is found by, space-separated, each once (order kept for readability)."""
    keys = {}
    for word in words(text):
        for key in sorted(keys_of_word(word)):
            keys.setdefault(key, None)
    return " ".join(keys)


def alternatives(word):
    """What a query word may match in the index: itself and its keys, also through restored
    Polish letters. The word as typed comes first: an exact form ranks above a folded or
    lemma-only match because it matches more of the alternatives."""
    found = {word.lower(): None}
    for key in sorted(keys_of_word(word) | {fold(lemma) for lemma in restored_lemmas(word)}):
        found.setdefault(key, None)
    return list(found)


@lru_cache(maxsize=1_000)
def query_keys(query):
    """Every key any word of `query` may match (for showing readers what matched)."""
    keys = set()
    for word in words(query):
        keys.update(alternatives(word))
    return frozenset(keys)


def matches(word, keys):
    """Whether a word of a text is one the query found, in any form."""
    return bool(({word.lower()} | keys_of_word(word)) & keys)
