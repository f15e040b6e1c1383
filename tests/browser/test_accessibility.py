"""WCAG 2.1 AA, checked by axe-core in a real headless Chromium (SPEC §6).

Runs against Debian's Chromium (`apt-get install chromium`). Where it is missing the test is
skipped – unless EMPIRIAE_REQUIRE_BROWSER is set, as CI sets it, and then it fails.
"""

import os
import shutil

from django.conf import settings

import pytest

from tests.polish import english

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
WCAG_AA = {"runOnly": {"type": "tag", "values": ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]}}

# The demo is seeded once per module for the live server (see conftest.py).
pytestmark = [pytest.mark.browser]


def _require_browser():
    missing = not os.path.exists(CHROMIUM)
    try:
        import axe_playwright_python  # noqa: F401
        import playwright  # noqa: F401
    except ImportError:
        missing = True
    if missing:
        if os.environ.get("EMPIRIAE_REQUIRE_BROWSER"):
            pytest.fail(f"Browser tests required but Chromium/Playwright is missing ({CHROMIUM})")
        pytest.skip("Chromium or Playwright not installed; see docs/deployment.md")


def _session_cookie_for(username, live_server):
    """Sign in through Django's test client, before the browser starts (the ORM must not run
    inside Playwright's event loop), and hand the session cookie to the browser."""
    from django.contrib.auth import get_user_model
    from django.test import Client

    client = Client()
    client.force_login(get_user_model().objects.get(username=username))
    cookie = client.cookies[settings.SESSION_COOKIE_NAME]
    return {"name": cookie.key, "value": cookie.value, "url": live_server.url}


def _pages_for(role):
    from django.urls import reverse

    from home.models import ContentPage
    from workspaces.outcomes.models import OutcomeIndexPage, OutcomePage
    from workspaces.registry.models import NetworkIndexPage, NetworkPage, WorkspacePage
    from workspaces.sessions.models import SessionPage

    pages = [
        "/",
        ContentPage.objects.get(slug="o-programie").url,
        NetworkIndexPage.objects.get().url,
        NetworkPage.objects.get(number=1).url,
        "/szukaj/?q=sieci",
        "/konto/logowanie/",
        "/konto/haslo/",
    ]
    network = NetworkPage.objects.get(number=1)
    workspace = WorkspacePage.objects.child_of(network).get()
    outcome = OutcomePage.objects.descendant_of(network).first()
    pages.append(OutcomeIndexPage.objects.child_of(network).get().url)
    from practices.models import PracticePage
    from workspaces.access.models import Promotion

    practice = (
        PracticePage.objects.live().filter(pk__in=Promotion.objects.values("page_id")).first()
    )
    pages += [practice.get_parent().url + "?funding=own&sort=title", practice.url]
    if role in ("member", "coordinator"):
        pages += [
            workspace.url,
            SessionPage.objects.child_of(workspace).order_by("number").last().url,
            outcome.url,
            reverse("calendar_settings"),
        ]
    if role == "coordinator":
        pages += [
            reverse("plan_sessions", args=[workspace.pk]),
            reverse("evaluation_results", args=[outcome.pk]),
        ]
    return pages


@pytest.mark.parametrize("role", ["visitor", "member", "coordinator"])
@pytest.mark.parametrize("language", ["pl", "en"])
def test_main_pages_have_no_wcag_aa_violations(live_server, role, language):
    _require_browser()
    from axe_playwright_python.sync_playwright import Axe
    from playwright.sync_api import sync_playwright

    paths = _pages_for(role)
    cookies = []
    if role != "visitor":
        cookies.append(_session_cookie_for(role, live_server))

    failures = {}
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        context = browser.new_context()
        context.add_cookies(cookies)
        page = context.new_page()
        axe = Axe()
        for path in paths:
            response = page.goto(live_server.url + (english(path) if language == "en" else path))
            assert response.status == 200, path
            assert page.locator("html").get_attribute("lang") == language
            results = axe.run(page, options=WCAG_AA)
            if results.violations_count:
                failures[path] = results.generate_report()
        browser.close()
    assert not failures, "\n\n".join(f"{path}:\n{report}" for path, report in failures.items())
