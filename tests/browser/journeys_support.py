"""A person's way through the site in a real Chromium, checked at every step (issue 13, item 5).

`Journey` wraps one Playwright page. Every page it reaches – by following a link, sending a
form or typing an address – is checked twice before the journey goes on:

- axe-core finds no WCAG 2.1 AA violation (our own pages only: the Wagtail admin is Wagtail's);
- at 320 CSS px the document does not scroll sideways (WCAG 1.4.10 reflow): the page is narrowed
  to 320 px where it stands, measured, and widened back, so no form is sent twice.

Problems of the checks are collected, each with a screenshot, and reported together when the
journey ends; a step that cannot be taken (no link, an error page) stops it at once, with a
screenshot of where it stopped. Screenshots go to $BROWSER_ARTIFACTS (CI keeps that directory),
by default a directory in the system's temporary directory.

Elements are found by what does not change when the design or the wording does: link targets
(hrefs from the database), form field names and form actions (url names). Controls hidden on a
phone – the menu behind its button, filters in a disclosure – are revealed as a person would,
by pressing the button or the summary that shows them.

The database is not touched here: Django refuses the ORM while Playwright's event loop runs, so
the tests look up addresses before the browser starts and check the records after it closes.
"""

import os
import re
import tempfile
from contextlib import contextmanager
from pathlib import Path

from .test_accessibility import CHROMIUM, CHROMIUM_ARGS, WCAG_AA

VIEWPORTS = {
    "desktop": {"width": 1366, "height": 800},
    "phone": {"width": 390, "height": 844},
}
NARROWEST = 320
# The people of the journeys are Polish officials: their browsers ask for Polish.
LOCALE = "pl-PL"
# The machine running the suite is shared and busy: waits are generous, failures still fail.
PATIENCE_MS = 20_000
ADMIN_PREFIX = "/admin/"

# What widens the document beyond the viewport: the first few elements sticking out on the
# right, named so that the report says where to look.
SIDEWAYS_SCROLL = """
() => {
    const root = document.documentElement;
    const result = {scrollWidth: root.scrollWidth, clientWidth: root.clientWidth, culprits: []};
    if (root.scrollWidth <= root.clientWidth) return result;
    for (const element of document.body.querySelectorAll("*")) {
        const box = element.getBoundingClientRect();
        if (box.width > 0 && box.right > root.clientWidth + 1) {
            const id = element.id ? "#" + element.id : "";
            const classes = [...element.classList].map((name) => "." + name).join("");
            result.culprits.push(`${element.tagName.toLowerCase()}${id}${classes}`
                                 + ` (right edge ${Math.round(box.right)} px)`);
            if (result.culprits.length === 5) break;
        }
    }
    return result;
}
"""

# How a hidden control is shown: the closest closed <details> (its summary opens it), or the
# closest ancestor a collapsed button controls (the menu button of the header). The control to
# press is marked with the given token, for Playwright to press it as a person would.
REVEALER = """
(element, token) => {
    for (let node = element; node; node = node.parentElement) {
        let control = null;
        if (node.tagName === "DETAILS" && !node.open) {
            control = node.querySelector(":scope > summary");
        } else if (node.id) {
            control = document.querySelector(
                `[aria-controls="${node.id}"][aria-expanded="false"]`);
        }
        if (control) {
            control.dataset.journeyReveal = token;
            return true;
        }
    }
    return false;
}
"""


# axe-core runs in the page (its source is added to every page of the context when it opens);
# only the violations come back, each with the first few elements it names.
AXE_RUN = """
(options) => axe.run(document, options).then((results) => results.violations.map((v) => ({
    id: v.id, impact: v.impact, help: v.help,
    nodes: v.nodes.slice(0, 5).map((node) => node.target.join(" ")),
})))
"""


def axe_source():
    from axe_playwright_python.base import AXE_SCRIPT

    return AXE_SCRIPT


def artifacts_dir():
    """Where screenshots of failures go: $BROWSER_ARTIFACTS, or a temporary directory."""
    default = Path(tempfile.gettempdir()) / "empiriae-browser-artifacts"
    directory = Path(os.environ.get("BROWSER_ARTIFACTS") or default)
    directory.mkdir(parents=True, exist_ok=True)
    return directory


def file_name(text):
    return re.sub(r"[^\w.-]+", "_", text).strip("_")


class Journey:
    """One tab, one person; every step checked (see the module's docstring)."""

    def __init__(self, page, base_url, name, browser=None):
        self.browser = browser
        self.page = page
        self.base_url = base_url
        self.name = name
        self.problems = []
        self.visited = []
        self.reveals = 0

    # --- moving around ----------------------------------------------------------------------

    def goto(self, path):
        """Type an address, as a person does with a bookmark."""
        response = self.page.goto(self.base_url + path)
        return self._arrived(response, f"open {path}")

    def follow(self, href, *, prefix=False):
        """Click a visible link to `href` (or starting with it), revealing it if need be."""
        selector = f'a[href^="{href}"]' if prefix else f'a[href="{href}"]'
        link = self.visible(self.page.locator(selector), what=f"a link to {href}")
        with self.page.expect_navigation() as navigation:
            link.click()
        return self._arrived(navigation.value, f"follow {href}")

    def submit(self, form, button=None):
        """Send `form` with its (first, or the given) submit button."""
        button = button or form.locator("[type=submit]").first
        button = self.visible(button, what="a submit button")
        action = form.first.get_attribute("action") or self.path()
        with self.page.expect_navigation() as navigation:
            button.click()
        return self._arrived(navigation.value, f"send the form to {action}")

    def sign_in(self, username, password):
        """From the page where one stands: the header's sign-in link, the form, back again."""
        self.follow("/konto/logowanie/", prefix=True)
        form = self.page.locator("form:has(input[name=password])")
        self.visible(form.locator("input[name=username]")).fill(username)
        self.visible(form.locator("input[name=password]")).fill(password)
        self.submit(form)
        assert not self.page.locator("input[name=password]").count(), (
            f"{username} could not sign in ({self.page.url})"
        )

    def visible(self, locator, *, what="the control"):
        """The first visible match of `locator`; if none is, reveal the first one (open the
        menu or the disclosure it is in), as a person would."""
        locator.first.wait_for(state="attached")
        for index in range(locator.count()):
            if locator.nth(index).is_visible():
                return locator.nth(index)
        token = f"reveal-{self.reveals}"
        self.reveals += 1
        revealed = locator.first.evaluate(REVEALER, token)
        assert revealed, f"{what} is hidden and nothing reveals it ({self.page.url})"
        self.page.locator(f'[data-journey-reveal="{token}"]').click()
        locator.first.wait_for(state="visible")
        return locator.first

    # --- the checks on every page -------------------------------------------------------------

    def _arrived(self, response, step):
        assert response is not None and response.ok, (
            f"{step}: {response and response.status} at {self.page.url}"
        )
        self.page.wait_for_load_state("load")
        self.check(step)
        return response

    def check(self, step):
        """axe-core on our own pages, and no sideways scrolling at 320 px."""
        path = self.path()
        self.visited.append(path)
        if path.startswith(ADMIN_PREFIX):
            return
        found = self._axe_violations() + self._sideways_scroll()
        if found:
            shot = self.screenshot(f"step{len(self.visited)}")
            self.problems.append(f"{step} – {path} (screenshot {shot}):\n" + "\n".join(found))

    def path(self):
        return self.page.url.removeprefix(self.base_url)

    def _axe_violations(self):
        violations = self.page.evaluate(AXE_RUN, {**WCAG_AA, "resultTypes": ["violations"]})
        return [
            f"axe {v['id']} ({v['impact']}): {v['help']} – {'; '.join(v['nodes'])}"
            for v in violations
        ]

    def _sideways_scroll(self):
        size = self.page.viewport_size
        self.page.set_viewport_size({"width": NARROWEST, "height": size["height"]})
        try:
            measured = self.page.evaluate(SIDEWAYS_SCROLL)
            if measured["scrollWidth"] <= measured["clientWidth"]:
                return []
            shot = self.screenshot(f"step{len(self.visited)}-{NARROWEST}px")
        finally:
            self.page.set_viewport_size(size)
        return [
            f"scrolls sideways at {NARROWEST} px (screenshot {shot}): {measured['scrollWidth']} "
            f"px wide in {measured['clientWidth']} px; sticking out: "
            + "; ".join(measured["culprits"])
        ]

    # --- reporting ----------------------------------------------------------------------------

    def screenshot(self, suffix):
        path = artifacts_dir() / f"{file_name(self.name)}-{suffix}.png"
        try:
            self.page.screenshot(path=str(path), full_page=True)
        except Exception as error:  # noqa: BLE001 - a page that cannot be shot is still reported
            return f"not taken: {error}"
        return str(path)

    def assert_no_problems(self):
        assert not self.problems, (
            f"{len(self.problems)} page(s) of the journey fail the checks:\n\n"
            + "\n\n".join(self.problems)
        )

    def stranger(self):
        """Another person at another computer: a fresh, anonymous tab of the same size."""
        page = new_tab(self.browser, self.page.viewport_size)
        walk = Journey(page, self.base_url, f"{self.name}-visitor", self.browser)
        walk.problems = self.problems  # one report for the whole journey
        return walk


def new_tab(browser, viewport):
    context = browser.new_context(viewport=viewport, locale=LOCALE)
    context.set_default_timeout(PATIENCE_MS)
    context.add_init_script(axe_source())
    return context.new_page()


@contextmanager
def journey(base_url, name, viewport):
    """A fresh Chromium with one tab at `viewport`; a screenshot if the journey breaks off, and
    the problems of the checks reported when it ends."""
    from playwright.sync_api import expect, sync_playwright

    expect.set_options(timeout=PATIENCE_MS)
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        try:
            walk = Journey(new_tab(browser, VIEWPORTS[viewport]), base_url, name, browser)
            try:
                yield walk
            except BaseException:
                walk.screenshot("failure")
                raise
            walk.assert_no_problems()
        finally:
            browser.close()
