"""Showing readers why a result was found: the words of the query marked in a title or an
excerpt, in whatever form the text uses them ("szkoła" marks "szkół" and "szkole")."""

from django import template
from django.utils.html import escape, strip_tags
from django.utils.safestring import mark_safe

from home import polish

register = template.Library()

EXCERPT_WORDS = 30


def _mark(pieces, keys):
    """HTML of text pieces (words and what lies between them), the matching words in <mark>."""
    html = []
    for piece in pieces:
        if polish.WORD.fullmatch(piece) and polish.matches(piece, keys):
            html.append(f"<mark>{escape(piece)}</mark>")
        else:
            html.append(escape(piece))
    return mark_safe("".join(html))  # noqa: S308 – every piece escaped above


@register.filter
def marked(text, query):
    """`text` escaped, with the words the query matched marked."""
    if not query:
        return escape(text)
    return _mark(polish.pieces(str(text)), polish.query_keys(query))


@register.filter
def excerpt(html, query):
    """A few dozen words of a rich text around the first one the query matched, marked; the
    text's beginning when none did (the match was in another field)."""
    pieces = polish.pieces(strip_tags(str(html or "")).strip())
    if not pieces:
        return ""
    keys = polish.query_keys(query) if query else frozenset()
    words_at = [i for i, piece in enumerate(pieces) if polish.WORD.fullmatch(piece)]
    first = next((i for i in words_at if polish.matches(pieces[i], keys)), 0)
    position = words_at.index(first) if first in words_at else 0
    start = words_at[max(position - EXCERPT_WORDS // 3, 0)]
    end_word = min(position + EXCERPT_WORDS, len(words_at) - 1)
    last = end_word == len(words_at) - 1
    end = len(pieces) if last else words_at[end_word] + 1
    marked_text = _mark(pieces[start:end], keys)
    before = "… " if start > 0 else ""
    after = "" if last else " …"
    return mark_safe(f"{before}{marked_text}{after}")  # noqa: S308 – _mark escapes
