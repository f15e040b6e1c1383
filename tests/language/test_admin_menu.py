"""The admin's menu, as an editor sees it in Polish (issue 13: labels were cut off). The
expanded sidebar leaves about 18 characters to a top-level label; the library's three entries,
too long side by side, sit in one "Good practices" submenu, where labels wrap; and the
project's admin stylesheet (home/static/home/css/admin.css) lets any longer label wrap too."""

import json
import re
from pathlib import Path

from django.contrib.staticfiles import finders
from django.test import Client
from django.urls import reverse

import pytest

from tests.polish import pl

# What fits beside the icon in Wagtail's expanded sidebar (200 px) at its 14 px type: the
# cut-off labels were 21 to 26 characters long ("Przeniesienia Prakt…" showed 19).
FITS = 18


def sidebar(client):
    html = client.get(reverse("wagtailadmin_home")).content.decode()
    props = re.search(r'id="wagtail-sidebar-props"[^>]*>(.*?)</script>', html, re.S).group(1)
    [main] = [m for m in json.loads(props)["modules"] if m["_type"].endswith("MainMenuModule")]
    return main["_args"][0], html


def label(item):
    return item["_args"][0]["label"]


def submenu(items, name):
    [item] = [i for i in items if label(i) == name]
    return {label(sub): sub["_args"][0].get("url") for sub in item["_args"][1]}


@pytest.fixture
def editor_admin(demo, polish_first):
    client = Client(HTTP_ACCEPT_LANGUAGE="en")  # the browser's wish, which Polish-first ignores
    client.force_login(demo.user("editor"))
    return sidebar(client)


def test_every_top_level_label_fits_the_sidebar(editor_admin):
    items, _html = editor_admin
    labels = [label(item) for item in items]
    assert pl("Networks registry") in labels
    assert [text for text in labels if len(text) > FITS] == []


def test_the_library_entries_share_one_submenu(editor_admin):
    items, _html = editor_admin
    entries = submenu(items, pl("Good practices"))
    assert list(entries.values()) == [
        reverse("practices_transfer_modeladmin_index"),
        reverse("practices_transfers_report"),
        reverse("practices_export", args=["xlsx"]),
    ]
    assert list(entries) == [pl("Transfers"), pl("Transfers report"), pl("Export practices (XLSX)")]
    top_level = {item["_args"][0].get("url") for item in items}
    assert reverse("practices_transfers_report") not in top_level


def test_a_model_list_is_named_with_one_capital_letter(editor_admin):
    """wagtail-modeladmin capitalised every word of the plural ("Obserwacje Sieci")."""
    items, _html = editor_admin
    registry = submenu(items, pl("Networks registry"))
    plural = pl("observer subscriptions")
    assert plural[0].upper() + plural[1:] in registry


def test_the_admin_stylesheet_is_linked_and_exists(editor_admin):
    _items, html = editor_admin
    assert re.search(r'<link rel="stylesheet" href="[^"]*home/css/admin\.css"', html)
    stylesheet = Path(finders.find("home/css/admin.css")).read_text()
    assert ".menuitem-label" in stylesheet
    assert "white-space: normal" in stylesheet


def test_people_who_see_no_library_entry_get_no_empty_submenu(demo, polish_first):
    client = Client()
    client.force_login(demo.user("coordinator"))
    items, _html = sidebar(client)
    entries = [i for i in items if label(i) == pl("Good practices")]
    assert all(i["_args"][1] for i in entries)  # a submenu, if shown, has entries
