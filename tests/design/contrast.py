"""WCAG 2.1 contrast ratios of the design tokens in static/css/site.css.

Used by the tests (every pair the design system promises meets its threshold) and to compute
the figures in docs/design.md: `python -m tests.design.contrast` prints them.
"""

import re
from pathlib import Path

SITE_CSS = Path(__file__).resolve().parents[2] / "static" / "css" / "site.css"
TOKEN = re.compile(r"--(color-[a-z0-9-]+):\s*(#[0-9a-fA-F]{6})\s*;")

# (foreground, background, minimum ratio, what the pair is used for). Text needs 4.5:1 (AA);
# user-interface parts (input borders, focus ring, tag borders) need 3:1 (WCAG 1.4.11).
PAIRS = [
    ("color-text", "color-surface", 4.5, "body text on white"),
    ("color-text", "color-tint", 4.5, "body text on tinted panels and the footer"),
    ("color-muted", "color-surface", 4.5, "secondary text on white"),
    ("color-muted", "color-tint", 4.5, "secondary text on tinted panels"),
    ("color-link", "color-surface", 4.5, "links on white"),
    ("color-link", "color-tint", 4.5, "links on tinted panels"),
    ("color-link-visited", "color-surface", 4.5, "visited links on white"),
    ("color-link", "color-info-bg", 4.5, "links inside info notices"),
    ("color-link", "color-success-bg", 4.5, "links inside success notices"),
    ("color-link", "color-warning-bg", 4.5, "links inside warning notices"),
    ("color-on-brand", "color-brand", 4.5, "white text on primary buttons"),
    ("color-on-brand", "color-brand-dark", 4.5, "white text on the header"),
    ("color-on-brand", "color-danger", 4.5, "white text on warning buttons"),
    ("color-focus", "color-brand-dark", 3, "focus ring (yellow part) on the header"),
    ("color-focus-outer", "color-surface", 3, "focus ring (dark part) on white"),
    ("color-focus-outer", "color-tint", 3, "focus ring (dark part) on tinted panels"),
    ("color-focus-outer", "color-focus", 4.5, "text of a focused link on its yellow highlight"),
    ("color-border-input", "color-surface", 3, "input, select and checkbox borders on white"),
    ("color-danger", "color-surface", 4.5, "error text on white"),
    ("color-success-text", "color-success-bg", 4.5, "success tag and notice text"),
    ("color-info-text", "color-info-bg", 4.5, "info tag and notice text"),
    ("color-warning-text", "color-warning-bg", 4.5, "warning tag and notice text"),
    ("color-danger-text", "color-danger-bg", 4.5, "danger tag text"),
    ("color-text", "color-neutral-bg", 4.5, "neutral tag text"),
    ("color-brand-light", "color-brand-dark", 3, "the current page's bar in the header menu"),
]


def tokens(css=None):
    """Every `--color-…: #rrggbb;` custom property declared in the stylesheet."""
    css = SITE_CSS.read_text(encoding="utf-8") if css is None else css
    return {name: value.lower() for name, value in TOKEN.findall(css)}


def _channel(value):
    value /= 255
    return value / 12.92 if value <= 0.04045 else ((value + 0.055) / 1.055) ** 2.4


def luminance(hex_colour):
    red, green, blue = (int(hex_colour[i : i + 2], 16) for i in (1, 3, 5))
    return 0.2126 * _channel(red) + 0.7152 * _channel(green) + 0.0722 * _channel(blue)


def ratio(first, second):
    lighter, darker = sorted((luminance(first), luminance(second)), reverse=True)
    return (lighter + 0.05) / (darker + 0.05)


def report():
    found = tokens()
    for foreground, background, minimum, use in PAIRS:
        value = ratio(found[foreground], found[background])
        print(f"| {use} | `{foreground}` on `{background}` | {value:.2f}:1 | {minimum}:1 |")


if __name__ == "__main__":
    report()
