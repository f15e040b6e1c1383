"""Safe formatting for what members write in discussions: paragraphs, lists and links, never
raw HTML.

There is no Markdown library on purpose: every piece of the member's text goes through
`escape`, and the only tags in the result are the few this module writes itself. Links are
found in the text as typed and each part (the text around them, a label, a URL) is escaped on
its own; the result is the same as escaping first, but a URL never has to be found inside
entities such as `&amp;` or `&quot;`, where cutting off trailing punctuation could split one.
"""

import re
from urllib.parse import urlsplit

from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe

# Reader-facing links to places we do not vouch for: no ranking credit, no window.opener, no
# referrer carrying the discussion's address to a stranger's site.
LINK_REL = "nofollow noopener noreferrer"

_BULLET = re.compile(r"[ \t]*[-*][ \t]+(.*)")
_NUMBERED = re.compile(r"[ \t]*[0-9]+\.[ \t]+(.*)")

# A URL never contains whitespace, control characters or the characters that would end an
# attribute or start a tag; stopping there also keeps `"https://a.pl"` in quotes readable.
_URL_CHAR = r"[^\s<>\"\x00-\x1f\x7f()]"
_INLINE = re.compile(
    # [label](target): one level of parentheses inside the target, for Wikipedia-style URLs.
    r"\[(?P<label>[^\[\]\n]+)\]"
    rf"\((?P<target>{_URL_CHAR}+(?:\({_URL_CHAR}*\){_URL_CHAR}*)*)\)"
    # A bare web address; what may follow it as punctuation is trimmed below.
    r"|(?P<bare>\b(?i:https?)://[^\s<>\"\x00-\x1f\x7f]+)"
)
# Sentence punctuation and closing quotes end a sentence, not the address before them.
_TRAILING = ".,;:!?)'\u201d\u2019\u00bb"


def _normalise(text):
    """Newlines and trailing spaces are invisible to the reader, so they neither count towards a
    length limit nor decide where a block ends."""
    text = (text or "").replace("\r\n", "\n").replace("\r", "\n")
    return "\n".join(line.rstrip() for line in text.split("\n")).strip()


def plain_length(text) -> int:
    """What a length limit should count: the text as it will be rendered from, not the bytes
    a browser happened to send (CRLF, trailing spaces)."""
    return len(_normalise(text))


def render(text) -> SafeString:
    """The member's text as HTML that is safe to put into a page as it is."""
    text = _normalise(text)
    blocks = re.split(r"\n{2,}", text) if text else []
    html = "\n".join(_block(block.split("\n")) for block in blocks)
    return mark_safe(html)  # noqa: S308 – escape() output and this module's own tags only


def _block(lines):
    for pattern, tag in ((_BULLET, "ul"), (_NUMBERED, "ol")):
        items = [pattern.fullmatch(line) for line in lines]
        if all(items):
            inner = "".join(f"<li>{_inline(item.group(1))}</li>" for item in items)
            return f"<{tag}>{inner}</{tag}>"
    return "<p>" + "<br>".join(_inline(line) for line in lines) + "</p>"


def _inline(line):
    parts = []
    position = 0
    for match in _INLINE.finditer(line):
        parts.append(escape(line[position : match.start()]))
        position = match.end()
        if match["bare"] is not None:
            url, tail = _trim_trailing(match["bare"])
            if _is_web_url(url):
                parts.append(_link(url, url))
            else:
                parts.append(escape(url))
            parts.append(escape(tail))
        elif _is_web_url(match["target"]) or _is_mail_url(match["target"]):
            label = match["label"].strip() or match["target"]
            parts.append(_link(match["target"], label))
        else:
            # A target we do not link (javascript:, data:, relative …) stays visible as typed.
            parts.append(escape(match[0]))
    parts.append(escape(line[position:]))
    return "".join(parts)


def _trim_trailing(url):
    """Trailing punctuation belongs to the sentence; a `)` belongs to the URL only when the URL
    opened one (Wikipedia's `Kraków_(miasto)`)."""
    end = len(url)
    while end and url[end - 1] in _TRAILING:
        if url[end - 1] == ")" and "(" in url[: end - 1]:
            break
        end -= 1
    return url[:end], url[end:]


def _is_web_url(url):
    if not url.lower().startswith(("https://", "http://")):
        return False
    try:
        return bool(urlsplit(url).hostname)
    except ValueError:  # e.g. an unclosed IPv6 bracket
        return False


def _is_mail_url(url):
    return url.lower().startswith("mailto:") and "@" in url


def _link(url, label):
    """`escape` turns `&` into `&amp;` (the correct encoding inside an attribute) and `"` into
    `&quot;`, so the href can never end early."""
    return f'<a href="{escape(url)}" rel="{LINK_REL}">{escape(label)}</a>'
