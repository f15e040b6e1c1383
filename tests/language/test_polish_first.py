"""Polish first (SPEC §5, issue 13): whatever the browser asks for, the site and the admin speak
Polish; English is the same site under /en/, reached with the language switch (issue 14)."""

import re

from django.conf import settings
from django.test import Client
from django.urls import reverse

from wagtail.users.models import UserProfile

import pytest

from tests.polish import pl

ENGLISH_BROWSERS = ["en", "en-GB,en;q=0.9", "en-US,en;q=0.8,pl;q=0.5", "de-DE,de;q=0.9,en;q=0.8"]


def switch_to(client, language, page="/"):
    """As a person does: follows the language switch's link in the footer
    (templates/includes/language_switch.html) from `page`."""
    html = client.get(page).content.decode()
    link = re.search(rf'<a href="([^"]+)" hreflang="{language}"', html).group(1)
    return client.get(link, HTTP_ACCEPT_LANGUAGE="pl")


@pytest.mark.parametrize("accept_language", ENGLISH_BROWSERS)
def test_a_browser_set_to_english_gets_polish(demo, polish_first, accept_language):
    response = Client().get("/", HTTP_ACCEPT_LANGUAGE=accept_language)
    html = response.content.decode()
    assert '<html lang="pl"' in html
    assert pl("Sign in") in html
    assert "Sign in" not in html
    assert response["Content-Language"] == "pl"


def test_the_switch_leads_to_the_english_address_whatever_the_browser(demo, polish_first):
    response = switch_to(Client(), "en", "/sieci/")
    assert response.request["PATH_INFO"] == "/en/sieci/"
    assert '<html lang="en"' in response.content.decode()  # the address beats the browser
    assert response["Content-Language"] == "en"
    assert not response.cookies  # nothing to remember: the address says it


def test_switching_back_to_polish(demo, polish_first):
    response = switch_to(Client(), "pl", "/en/sieci/")
    assert response.request["PATH_INFO"] == "/sieci/"
    assert '<html lang="pl"' in response.content.decode()


@pytest.mark.parametrize("cookie", ["en", "de", "xx", "", "../en"])
def test_a_language_cookie_no_longer_changes_the_page(demo, polish_first, cookie):
    client = Client(HTTP_ACCEPT_LANGUAGE="en")
    client.cookies[settings.LANGUAGE_COOKIE_NAME] = cookie
    assert '<html lang="pl"' in client.get("/").content.decode()


def test_the_browser_language_no_longer_varies_the_page(demo, polish_first):
    response = Client().get("/", HTTP_ACCEPT_LANGUAGE="en")
    vary = [part.strip().lower() for part in response.get("Vary", "").split(",")]
    assert "accept-language" not in vary
    assert "cookie" in vary  # a signed-in reader's page is their own (home/page_cache.py)


def test_an_editor_without_an_admin_language_gets_a_polish_admin(demo, polish_first):
    editor = demo.user("editor")
    assert not UserProfile.get_for_user(editor).preferred_language  # the demo's: the default
    client = Client(HTTP_ACCEPT_LANGUAGE="en")
    client.force_login(editor)
    html = client.get(reverse("wagtailadmin_home")).content.decode()
    assert '<html lang="pl"' in html
    assert pl("Networks registry") in html  # the project's own menu, in Polish
    assert "Networks registry" not in html


def test_an_editor_who_chose_english_for_the_admin_gets_it(demo, polish_first):
    editor = demo.user("editor")
    profile = UserProfile.get_for_user(editor)
    profile.preferred_language = "en"
    profile.save()
    client = Client()
    client.force_login(editor)
    html = client.get(reverse("wagtailadmin_home")).content.decode()
    assert '<html lang="en"' in html
    assert "Networks registry" in html
