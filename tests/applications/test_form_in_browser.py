"""The form as people see it, in a real headless Chromium: WCAG 2.1 AA by axe-core on the
"How to join" page and on the form returned with errors, and no sideways scrolling at 320 px."""

import pytest

from tests.browser.conftest import seeded_demo, transactional_db  # noqa: F401 - live server data
from tests.browser.test_accessibility import (
    CHROMIUM,
    CHROMIUM_ARGS,
    WCAG_AA,
    _require_browser,
)
from tests.polish import english

pytestmark = [pytest.mark.browser]
SCREENSHOTS = "/tmp/applications-screens"  # noqa: S108 - for a person to look at, not read back


@pytest.mark.parametrize("language", ["pl", "en"])
def test_the_form_and_its_errors_are_accessible_and_fit_a_phone(live_server, language):
    _require_browser()
    from axe_playwright_python.sync_playwright import Axe
    from playwright.sync_api import sync_playwright

    address = english("/jak-dolaczyc/") if language == "en" else "/jak-dolaczyc/"
    failures = {}
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        for width in (320, 390, 1366):
            context = browser.new_context(viewport={"width": width, "height": 900})
            page = context.new_page()
            assert page.goto(live_server.url + address).status == 200
            page.screenshot(path=f"{SCREENSHOTS}/join-{language}-{width}.png", full_page=True)
            _check(page, Axe(), "join", failures)
            page.locator(".application-form button[type=submit]").click()
            page.wait_for_load_state()
            assert page.locator(".error-message").count() > 3
            page.screenshot(path=f"{SCREENSHOTS}/errors-{language}-{width}.png", full_page=True)
            _check(page, Axe(), "errors", failures)
            scroll = page.evaluate("document.documentElement.scrollWidth")
            assert scroll <= width, f"{width}px: the page scrolls sideways ({scroll}px)"
            context.close()
        browser.close()
    assert not failures, "\n\n".join(f"{name}:\n{report}" for name, report in failures.items())


def _check(page, axe, name, failures):
    results = axe.run(page, options=WCAG_AA)
    if results.violations_count:
        failures[name] = results.generate_report()
