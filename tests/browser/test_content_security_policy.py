"""The Content Security Policy blocks nothing the site or the Wagtail admin needs, in a real
headless Chromium: no violation is reported, and the admin's scripts visibly work."""

import pytest

from tests.browser.test_accessibility import (
    CHROMIUM,
    CHROMIUM_ARGS,
    _require_browser,
    _session_cookie_for,
)

# The demo is seeded once for the module, as in test_accessibility (which says why).
pytestmark = [pytest.mark.browser]

# Runs in every page and frame before the page's own scripts, so nothing escapes it.
COLLECT_VIOLATIONS = """
window.__violations = [];
document.addEventListener("securitypolicyviolation", (event) => {
    window.__violations.push(`${event.violatedDirective} blocked ${event.blockedURI}`);
});
"""
BROWSER_COMPLAINTS = ("Content Security Policy", "Refused to", "Permissions-Policy")


class Browser:
    """A signed-in (or anonymous) Chromium tab that remembers every complaint it heard."""

    def __init__(self, playwright, live_server, cookies):
        self.live_server = live_server
        self.browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        context = self.browser.new_context(viewport={"width": 1366, "height": 900})
        context.add_cookies(cookies)
        context.add_init_script(COLLECT_VIOLATIONS)
        self.page = context.new_page()
        self.complaints = []
        self.page.on("console", self._heard)

    def _heard(self, message):
        if any(text in message.text for text in BROWSER_COMPLAINTS):
            self.complaints.append(f"{self.page.url}: {message.text}")

    def open(self, path):
        response = self.page.goto(self.live_server.url + path)
        assert response.status == 200, path
        assert "content-security-policy" in response.headers, path  # under the policy
        self.page.wait_for_load_state("networkidle")
        return self.page

    def violations(self):
        found = list(self.complaints)
        for frame in self.page.frames:
            try:
                found += [f"{frame.url}: {v}" for v in frame.evaluate("window.__violations || []")]
            except Exception:  # noqa: BLE001, S112 - a frame that has gone away reports nothing
                continue
        return found

    def close(self):
        self.browser.close()


def _site_paths(role):
    from django.urls import reverse

    from practices.models import PracticeIndexPage, PracticePage
    from workspaces.access.models import Promotion
    from workspaces.registry.models import NetworkPage

    library = PracticeIndexPage.objects.get().url
    promoted = PracticePage.objects.live().filter(pk__in=Promotion.objects.values("page_id"))
    paths = ["/", NetworkPage.objects.get(number=1).url, library, promoted.first().url]
    if role == "visitor":
        return [*paths, reverse("login"), "/szukaj/?q=miasto"]
    return [*paths, f"{library}?funding=own&sort=title", reverse("submit_practice")]


def test_the_site_violates_no_policy(live_server):
    _require_browser()
    from playwright.sync_api import sync_playwright

    paths = {role: _site_paths(role) for role in ("visitor", "member")}
    cookies = {"visitor": [], "member": [_session_cookie_for("member", live_server)]}
    violations = []
    with sync_playwright() as playwright:
        for role, role_paths in paths.items():
            browser = Browser(playwright, live_server, cookies[role])
            for path in role_paths:
                browser.open(path)
            violations += browser.violations()
            browser.close()
    assert not violations, "\n".join(violations)


# Waits for the admin's scripts and the chooser modal (fetched from the server): generous,
# because the suite runs one worker per core and the machine is busy.
LOADED_MACHINE_MS = 30_000


def test_the_wagtail_admin_works_under_its_policy(live_server):
    _require_browser()
    from django.urls import reverse

    from playwright.sync_api import expect, sync_playwright

    expect.set_options(timeout=LOADED_MACHINE_MS)

    from home.models import ContentPage

    page_to_edit = ContentPage.objects.get(slug="o-programie")
    urls = {
        "dashboard": reverse("wagtailadmin_home"),
        "explorer": reverse("wagtailadmin_explore", args=[page_to_edit.get_parent().pk]),
        "edit": reverse("wagtailadmin_pages:edit", args=[page_to_edit.pk]),
        "documents": reverse("wagtaildocs:index"),
    }
    cookies = [_session_cookie_for("editor", live_server)]
    with sync_playwright() as playwright:
        browser = Browser(playwright, live_server, cookies)

        # The dashboard: the sidebar is drawn by the admin's scripts.
        page = browser.open(urls["dashboard"])
        expect(page.locator("body.ready")).to_have_count(1)
        sidebar = page.locator("#wagtail-sidebar")
        expect(sidebar).not_to_have_class("sidebar-loading")
        expect(sidebar.locator("a[href]").first).to_be_visible()

        page = browser.open(urls["explorer"])
        expect(page.get_by_role("link", name=page_to_edit.title).first).to_be_visible()

        # A page's edit form: its tabs switch.
        page = browser.open(urls["edit"])
        tabs = page.get_by_role("tab")
        expect(tabs.first).to_have_attribute("aria-selected", "true")
        second = tabs.nth(1)
        second.click()
        expect(second).to_have_attribute("aria-selected", "true")
        expect(page.locator(second.get_attribute("href"))).to_be_visible()
        tabs.first.click()

        # The page chooser, from the rich-text editor's link button.
        editor = page.locator(".Draftail-Editor [contenteditable=true]").first
        editor.click()
        editor.press("End")
        editor.type(" link")
        editor.press("Shift+ArrowLeft")
        editor.press("Shift+ArrowLeft")
        page.locator(".Draftail-Editor button[name='LINK']").first.click()
        modal = page.locator(".modal-content")
        expect(modal).to_be_visible()
        # Its listing and its own scripted links: drawn only if the chooser's scripts ran.
        expect(modal.locator("table").first).to_be_visible()
        expect(modal.locator("a[href*='/admin/choose-external-link/']").first).to_be_visible()

        # The documents listing.
        page = browser.open(urls["documents"])
        expect(page.locator("main")).to_be_visible()

        violations = browser.violations()
        browser.close()
    assert not violations, "\n".join(violations)
