"""The pattern page: every component of the design system with sample content, for people
building templates (docs/design.md). Its markup is the contract: a template that writes the same
elements and classes looks the same. Development only – outside DEBUG it does not exist, so a
production site never shows sample forms and made-up data."""

from django.conf import settings
from django.core.paginator import Paginator
from django.http import Http404
from django.shortcuts import render

SAMPLE_ROWS = [
    {"town": "Gniezno", "voivodeship": "wielkopolskie", "people": 3, "since": "2022-04-04"},
    {"town": "Łomża", "voivodeship": "podlaskie", "people": 2, "since": "2022-04-04"},
    {"town": "Żagań", "voivodeship": "lubuskie", "people": 1, "since": "2023-01-16"},
]

# The colour tokens shown as swatches (each has a `.swatch-<token>` rule in site.css).
SWATCHES = [
    "color-text",
    "color-muted",
    "color-brand",
    "color-brand-dark",
    "color-link-visited",
    "color-focus",
    "color-danger",
    "color-success",
    "color-warning",
    "color-tint",
    "color-line",
    "color-border-input",
]


def pattern_page(request):
    """Every component with sample content; 404 unless the site runs with DEBUG."""
    if not settings.DEBUG:
        raise Http404
    context = {
        "rows": SAMPLE_ROWS,
        "swatches": SWATCHES,
        "page_obj": Paginator(range(30), 10).page(2),
    }
    return render(request, "home/patterns.html", context)
