"""Printing a session, its minutes or an outcome gives the content only (static/css/print.css):
whatever the screen needs to navigate or act is hidden, links show where they lead."""

import re
from pathlib import Path

import pytest

PRINT_CSS = Path(__file__).resolve().parents[2] / "static" / "css" / "print.css"
HIDDEN_WHEN_PRINTED = [
    ".no-print", ".menu-button", ".site-menu", ".breadcrumbs", ".language-switch",
    ".site-footer nav", "main form", ".pagination",
]  # fmt: skip


def _hidden_selectors():
    css = re.sub(r"/\*.*?\*/", "", PRINT_CSS.read_text(encoding="utf-8"), flags=re.S)
    block = re.search(r"([^{}]*)\{\s*display: none !important;", css).group(1)
    return {selector.strip() for selector in block.split(",")}


@pytest.mark.parametrize("selector", HIDDEN_WHEN_PRINTED)
def test_screen_only_parts_are_hidden_on_paper(selector):
    assert selector in _hidden_selectors()


def test_content_links_print_their_address():
    css = PRINT_CSS.read_text(encoding="utf-8")
    assert re.search(r"main a\[href\^=\"/\"\]::after", css)
    assert 'content: " (" attr(href) ")"' in css


def test_the_header_menu_and_search_are_marked_for_the_screen_only(demo):
    from tests.design.pages import page_types, soup

    reader, path = page_types(demo)["session"]
    page = soup(demo.client_for(reader).get(path))
    assert "no-print" in page.find(id="site-menu")["class"]
    assert "no-print" in page.find("button", class_="menu-button")["class"]
