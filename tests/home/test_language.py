"""Polish first, English second (SPEC §5): the site speaks Polish unless told otherwise."""

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
    client = demo.client_for(None)
    response = client.post("/i18n/setlang/", {"language": "en", "next": "/sieci/"}, follow=True)
    html = response.content.decode()
    assert '<html lang="en">' in html
    assert "Sign in" in html
    assert "DIGITAL CITIES AND TOWNS" in html  # the network's English name
    assert "MIASTO CYFROWE" not in html


def test_english_chosen_with_the_switch_is_honoured(demo):
    html = english(demo.client_for(None)).get("/").content.decode()
    assert "Sign in" in html


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
