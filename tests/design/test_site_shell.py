"""The site shell every page shares (templates/base.html): a titled page, a header whose menu
folds on phones behind a real button, a footer with the Association's contact and the pages the
law requires, and no inline code the Content Security Policy would block."""

from django.contrib.auth.models import AnonymousUser
from django.template.loader import render_to_string
from django.test import RequestFactory

import pytest

from tests.design.pages import page_types, soup
from tests.polish import pl

PAGE_TYPES = [
    "home", "content", "network_index", "network", "workspace", "session", "outcome",
    "library", "practice", "search", "login", "calendar", "not_found",
]  # fmt: skip
STATEMENT_URL = "/deklaracja-dostepnosci/"
NOTICE_URL = "/ochrona-danych/"


def _get(demo, name):
    reader, path = page_types(demo)[name]
    response = demo.client_for(reader).get(path)
    assert response.status_code == (404 if name == "not_found" else 200), path
    return soup(response)


@pytest.mark.parametrize("name", PAGE_TYPES)
def test_every_page_type_links_the_statement_and_the_notice_from_its_footer(demo, name):
    footer = _get(demo, name).find("footer")
    hrefs = [a["href"] for a in footer.find_all("a")]
    assert STATEMENT_URL in hrefs and NOTICE_URL in hrefs
    switch = footer.find("nav", class_="language-switch")  # the language switch: links
    assert switch is not None and switch.find("a", attrs={"hreflang": "en"}) is not None
    assert pl("Association of Polish Cities") in footer.get_text()


@pytest.mark.parametrize("name", PAGE_TYPES)
def test_no_page_carries_inline_script_or_style(demo, name):
    """The policy allows scripts and styles from our origin only (cms/settings/base.py)."""
    page = _get(demo, name)
    assert all(script.get("src") for script in page.find_all("script"))
    assert page.find("style") is None
    assert page.find(attrs={"style": True}) is None
    assert not [tag for tag in page.find_all(True) if any(a.startswith("on") for a in tag.attrs)]


def test_the_menu_button_controls_the_menu_with_navigation_and_search(demo):
    page = _get(demo, "network")
    button = page.find("button", class_="menu-button")
    assert button["type"] == "button" and button["aria-expanded"] == "false"
    menu = page.find(id=button["aria-controls"])
    assert menu.find("nav", class_="main-nav") is not None
    assert menu.find("form", attrs={"role": "search"}) is not None
    # The script that works the button is a file of ours, so without it the menu stays open.
    assert page.find("script", src="/static/js/menu.js") is not None


def test_without_the_script_nothing_folds_the_menu():
    """Only the `.js` class that static/js/menu.js sets lets the stylesheet hide the menu."""
    from tests.design.contrast import SITE_CSS

    css = SITE_CSS.read_text(encoding="utf-8")
    folding = [line for line in css.splitlines() if ".site-menu:not(.is-open)" in line]
    assert folding and all(line.strip().startswith(".js ") for line in folding)


def test_signed_in_people_find_their_calendar_and_practices_in_the_header(demo):
    header = _get(demo, "network").find("header")  # the visitor's
    assert header.find("a", href="/konto/kalendarz/") is None
    reader_header = soup(demo.client_for("member").get(demo.network(1).url)).find("header")
    hrefs = [a["href"] for a in reader_header.find_all("a")]
    assert "/konto/kalendarz/" in hrefs and "/konto/moje-praktyki/" in hrefs


def test_the_home_page_names_the_programme_once_in_its_title(demo):
    title = _get(demo, "home").title.get_text()
    assert title == "EMPIRIE – Sieci Wymiany Doświadczeń"


def test_other_pages_are_titled_page_then_site(demo):
    assert _get(demo, "network").title.get_text() == "MIASTO CYFROWE – EMPIRIAE"


def test_the_edit_link_shows_when_a_page_edit_url_is_given(db):
    request = RequestFactory().get("/")
    request.user = AnonymousUser()
    html = render_to_string("base.html", {"page_edit_url": "/admin/pages/7/edit/"}, request)
    assert 'class="button button-secondary" href="/admin/pages/7/edit/"' in html
    assert "/admin/pages/" not in render_to_string("base.html", {}, request)


def test_the_print_sheet_is_linked_for_print_only(demo):
    link = _get(demo, "session").find("link", href="/static/css/print.css")
    assert link["media"] == "print"
