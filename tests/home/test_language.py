"""Polish first, English second (SPEC §5): the site speaks Polish unless told otherwise."""

import re
from pathlib import Path

from django.conf import settings

import polib
import pytest

from tests.polish import english

CATALOGUES = Path(settings.BASE_DIR) / "locale"


def test_site_speaks_polish_by_default(demo):
    html = demo.client_for(None).get("/").content.decode()
    assert '<html lang="pl">' in html
    assert "Zaloguj się" in html
    assert "Sieci" in html


def test_visitor_switches_to_english(demo):
    """The switch is a plain link to the same page in English: no form, no cookie."""
    client = demo.client_for(None)
    polish = client.get("/sieci/")
    assert 'href="/en/sieci/" hreflang="en" lang="en"' in polish.content.decode()
    assert "csrftoken" not in polish.cookies
    html = client.get("/en/sieci/").content.decode()
    assert '<html lang="en">' in html
    assert "Sign in" in html
    assert "DIGITAL CITIES AND TOWNS" in html  # the network's English name
    assert "MIASTO CYFROWE" not in html
    assert 'href="/sieci/" hreflang="pl" lang="pl"' in html  # and back


def test_the_english_address_is_honoured(demo):
    html = demo.client_for(None).get(english("/")).content.decode()
    assert "Sign in" in html


def test_links_on_an_english_page_stay_english(demo):
    html = demo.client_for(None).get(english(demo.network(1).url)).content.decode()
    nav_links = re.findall(r'<nav class="main-nav".*?</nav>', html, re.S)[0]
    hrefs = re.findall(r'href="([^"]+)"', nav_links)
    assert hrefs and all(href.startswith("/en/") for href in hrefs)
    assert '<a class="brand" href="/en/">' in html
    assert '<li><a href="/en/">Home page</a></li>' in html  # the breadcrumb trail
    assert 'href="/en/ochrona-danych/"' in html  # the footer


def test_each_page_names_its_other_language_version_in_the_head(demo):
    html = demo.client_for(None).get("/sieci/").content.decode()
    head = html.split("</head>", 1)[0]
    assert '<link rel="alternate" hreflang="pl" href="http://testserver/sieci/">' in head
    assert '<link rel="alternate" hreflang="en" href="http://testserver/en/sieci/">' in head
    assert '<link rel="alternate" hreflang="x-default" href="http://testserver/sieci/">' in head


def test_polish_catalogue_is_complete():
    catalogue = polib.pofile(str(CATALOGUES / "pl/LC_MESSAGES/django.po"))
    untranslated = [entry.msgid for entry in catalogue.untranslated_entries()]
    fuzzy = [entry.msgid for entry in catalogue.fuzzy_entries() if entry.msgid]
    assert untranslated == []
    assert fuzzy == []


@pytest.mark.parametrize("language", ["pl", "en"])
def test_compiled_catalogue_matches_its_source(language, tmp_path):
    """The .mo file is committed (a fresh machine may lack gettext); it must not go stale."""
    import gettext

    source = polib.pofile(str(CATALOGUES / language / "LC_MESSAGES/django.po"))
    fresh = tmp_path / "fresh.mo"
    source.save_as_mofile(str(fresh))
    with open(fresh, "rb") as f:
        expected = gettext.GNUTranslations(f)._catalog
    with open(CATALOGUES / language / "LC_MESSAGES/django.mo", "rb") as f:
        committed = gettext.GNUTranslations(f)._catalog
    committed.pop("", None)  # the header differs by tool, not by content
    expected.pop("", None)
    assert committed == expected
