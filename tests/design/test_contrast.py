"""The design tokens keep their contrast promises (WCAG 2.1 AA, docs/design.md): text 4.5:1,
control edges and the focus ring 3:1. Changing a colour in site.css re-runs the sums."""

import re

import pytest

from tests.design.contrast import PAIRS, SITE_CSS, ratio, tokens

# The class vocabulary every room's templates may use (the helpers' shared brief, docs/design.md).
VOCABULARY = [
    "wrap",
    "stack",
    "grid-2",
    "cluster",
    "button",
    "button-secondary",
    "button-warning",
    "link-button",
    "field",
    "field-label",
    "hint",
    "error-message",
    "field-error",
    "error-summary",
    "choices",
    "choice",
    "choices-inline",
    "tag",
    "tag-neutral",
    "tag-info",
    "tag-success",
    "tag-warning",
    "tag-danger",
    "notice",
    "notice-info",
    "notice-success",
    "notice-warning",
    "cards",
    "card",
    "card-title",
    "card-meta",
    "table-scroll",
    "data-table",
    "reflow",
    "breadcrumbs",
    "pagination",
    "dashboard",
    "panel",
    "panel-title",
    "panel-empty",
    "no-print",
]


@pytest.mark.parametrize(("foreground", "background", "minimum", "use"), PAIRS)
def test_each_colour_pair_meets_its_contrast_minimum(foreground, background, minimum, use):
    found = tokens()
    assert ratio(found[foreground], found[background]) >= minimum, use


def test_the_ratio_is_computed_as_wcag_defines_it():
    assert round(ratio("#000000", "#ffffff"), 2) == 21
    assert round(ratio("#777777", "#ffffff"), 2) == 4.48  # the classic just-failing grey


def test_neutral_tags_do_not_use_the_warning_red():
    css = SITE_CSS.read_text(encoding="utf-8")
    neutral = re.search(r"\.tag, \.tag-neutral, \.badge, \.status \{(.*?)\}", css, re.S).group(1)
    assert "danger" not in neutral and "warning" not in neutral


@pytest.mark.parametrize("name", VOCABULARY)
def test_every_shared_class_is_styled(name):
    css = SITE_CSS.read_text(encoding="utf-8")
    if name == "no-print":  # hidden when printing: the print sheet's job
        css = (SITE_CSS.parent / "print.css").read_text(encoding="utf-8")
    assert re.search(rf"\.{re.escape(name)}(?![\w-])", css), name
