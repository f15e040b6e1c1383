"""`<option>`s for long lists – every town of the registry in a form, a thousand towns in the
library's filter – written out in Python. A template renders about ten options a millisecond
(Django's select widget half that), and a list of towns is a thousand of them, on a page whose
other parts take a few milliseconds."""

from html import escape  # the standard library's: Django's wraps it for lazy text, slower

from django.utils.safestring import mark_safe


def options_html(pairs, chosen):
    """The options of (value, label) `pairs`, those whose value is in `chosen` (strings)
    selected; values and labels escaped."""
    html = []
    for value, label in pairs:
        value = str(value)
        selected = " selected" if value in chosen else ""
        html.append(f'<option value="{escape(value)}"{selected}>{escape(str(label))}</option>')
    return mark_safe("\n".join(html))  # noqa: S308 – every value and label escaped above
