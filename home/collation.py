"""Polish alphabetical order, the same on SQLite and PostgreSQL.

Databases sort by their own collation (SQLite: code points, so "Żary" comes after "Zabrze"
only by accident and "Łomża" after "Zabrze" by mistake). Short lists shown to readers are
sorted in Python with this key instead.
"""

POLISH_ALPHABET = "aąbcćdeęfghijklłmnńoópqrsśtuvwxyzźż"
_RANK = {letter: rank for rank, letter in enumerate(POLISH_ALPHABET)}


def polish_sort_key(text):
    """A key that orders strings as a Polish dictionary does (case-insensitive)."""
    lowered = (text or "").lower()
    return tuple(_RANK.get(char, len(_RANK) + ord(char)) for char in lowered)
