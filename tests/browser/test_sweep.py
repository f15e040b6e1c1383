"""Every page type, as every role that may open it, in Polish and English, in a real Chromium
(issue 13, "Done when"): zero axe-core violations (WCAG 2.1 A and AA) and no sideways scroll at
320, 390 and 1366 CSS px (WCAG 1.4.10 reflow).

What it costs, and why it is shaped so (docs/design.md, "The sweep"):

- one Chromium for the module and one tab per role, reused from page to page;
- each page is loaded once per language and measured at the three widths by resizing the tab
  (a resize reflows the page, it does not reload it);
- axe-core, by far the slowest step, runs twice per page, role and language: at 320 px, the
  phone layout (the menu folded behind its button; 390 px shares its rules but for the
  wordmark's size), and at 1366 px, where the whole header is shown (axe skips what is hidden);
- the English page is the one the site's own language switch links to from the Polish page, so
  the sweep follows however the site spells its English addresses.

Addresses come from the database before the browser starts: Django refuses the ORM while
Playwright's event loop runs. Problems are collected per role, each with a screenshot in
$BROWSER_ARTIFACTS, and reported together.
"""

from dataclasses import dataclass

from django.contrib.auth import get_user_model
from django.urls import reverse

import pytest

from home.accessibility_statement import ACCESSIBILITY_STATEMENT_SLUG
from home.demo import PRIVACY_NOTICE_SLUG
from home.models import ContentPage
from practices.models import PracticeIndexPage, PracticePage
from workspaces.access.models import Promotion
from workspaces.applications.models import JoinPage
from workspaces.collaboration.models import Project, SharedDocument, Thread
from workspaces.outcomes.models import OutcomeIndexPage, OutcomePage
from workspaces.registry.models import NetworkIndexPage, NetworkPage, WorkspacePage
from workspaces.sessions.models import SessionPage

from .journeys_support import AXE_RUN, SIDEWAYS_SCROLL, artifacts_dir, axe_source, file_name
from .test_accessibility import CHROMIUM, CHROMIUM_ARGS, WCAG_AA, _require_browser

pytestmark = [pytest.mark.browser]

ROLES = ["visitor", "member", "observer", "coordinator", "editor"]
SIGNED_IN = ROLES[1:]
# Who works in network 1 (MIASTO CYFROWE) in the demo; the observer follows network 3.
NETWORK_PEOPLE = ["member", "coordinator", "editor"]
MANAGERS = ["coordinator", "editor"]
WIDTHS = (320, 390, 1366)  # the widest last: the next page loads there
AXE_WIDTH = WIDTHS[-1]
AXE_WIDTHS = (WIDTHS[0], AXE_WIDTH)  # the narrowest phone layout, and the desktop one
HEIGHT = 800
PATIENCE_MS = 30_000  # a shared, busy machine: generous waits, failures still fail
NOT_FOUND_PATH = "/nie-ma-takiej-strony/"


@dataclass(frozen=True)
class Visit:
    name: str
    path: str
    roles: tuple
    status: int = 200


def _visits():
    """Every page type with the roles that may open it (SPEC §4), from the demo's records."""
    network = NetworkPage.objects.get(number=1)
    workspace = WorkspacePage.objects.child_of(network).get()
    sessions = {s.number: s for s in SessionPage.objects.child_of(workspace)}
    outcome = OutcomePage.objects.child_of(OutcomeIndexPage.objects.child_of(network).get())
    members_only_outcome = outcome.exclude(pk__in=Promotion.objects.values("page_id")).first()
    observed = NetworkPage.objects.get(number=3)
    observed_outcome = OutcomePage.objects.descendant_of(observed).order_by("path").first()
    public_outcome = OutcomePage.objects.filter(pk__in=Promotion.objects.values("page_id")).first()
    promoted = Promotion.objects.values("page_id")
    public_practice = PracticePage.objects.live().filter(pk__in=promoted).first()
    members_practice = PracticePage.objects.live().exclude(pk__in=promoted).first()
    library = PracticeIndexPage.objects.get().url
    thread = Thread.objects.filter(network=network).order_by("pk").first()
    shared = SharedDocument.objects.filter(network=network).order_by("pk").first()
    project = Project.objects.filter(network=network).order_by("pk").first()
    everyone, visitor, signed_in = tuple(ROLES), ("visitor",), tuple(SIGNED_IN)
    people, managers = tuple(NETWORK_PEOPLE), tuple(MANAGERS)
    return [
        Visit("home", "/", everyone),  # the personal home page when signed in
        Visit("network index", NetworkIndexPage.objects.get().url, everyone),
        Visit("network landing", network.url, everyone),
        Visit("outcome index", OutcomeIndexPage.objects.child_of(network).get().url, everyone),
        Visit("public outcome", public_outcome.url, everyone),
        Visit("practice index", library, everyone),
        Visit("practice index, filtered", library + "?funding=own&sort=title", everyone),
        Visit("practice index, searched", library + "?q=szko%C5%82a", everyone),
        Visit("public practice", public_practice.url, everyone),
        Visit("how to join", JoinPage.objects.live().get().url, everyone),
        Visit("application form", reverse("apply"), everyone),
        Visit("search", reverse("search") + "?q=sieci", everyone),
        Visit("accessibility statement", _content(ACCESSIBILITY_STATEMENT_SLUG), everyone),
        Visit("privacy notice", _content(PRIVACY_NOTICE_SLUG), everyone),
        Visit("not found", NOT_FOUND_PATH, everyone, status=404),
        Visit("login", reverse("login"), visitor),
        Visit("calendar", reverse("calendar_settings"), signed_in),
        Visit("my practices", reverse("my_practices"), signed_in),
        Visit("workspace (sessions list)", workspace.url, people),
        Visit("session, approved minutes", sessions[1].url, people),
        Visit("session, circulated minutes", sessions[6].url, people),
        Visit("session, draft minutes", sessions[7].url, people),
        Visit("outcome, members only", members_only_outcome.url, people),
        Visit("outcome to evaluate", observed_outcome.url, ("observer", "editor")),
        Visit("members' practice", members_practice.url, people),
        Visit("practice submission form", reverse("submit_practice"), people),
        Visit("discussions", reverse("discussions", args=[workspace.pk]), people),
        Visit(
            "discussions, searched",
            reverse("discussions", args=[workspace.pk]) + "?q=bud%C5%BCet",
            people,
        ),
        Visit("discussion thread", reverse("discussion", args=[thread.pk]), people),
        Visit("feedback requests", reverse("feedback_requests", args=[workspace.pk]), people),
        Visit(
            "town's projects",
            reverse("town_projects", args=[workspace.pk, project.town_id]),
            people,
        ),
        Visit("documents", reverse("documents", args=[workspace.pk]), people),
        Visit("shared document", reverse("shared_document", args=[shared.pk]), people),
        Visit("workspace activity", reverse("workspace_activity", args=[workspace.pk]), people),
        Visit("session planner", reverse("plan_sessions", args=[workspace.pk]), managers),
        Visit(
            "outcome results",
            reverse("evaluation_results", args=[members_only_outcome.pk]),
            managers,
        ),
    ]


def _content(slug):
    return ContentPage.objects.get(slug=slug).url


def _session_cookie(username, base_url):
    """Signed in through Django's test client before the browser starts; the cookie is handed
    to the role's tab."""
    from django.conf import settings
    from django.test import Client

    client = Client()
    client.force_login(get_user_model().objects.get(username=username))
    cookie = client.cookies[settings.SESSION_COOKIE_NAME]
    return {"name": cookie.key, "value": cookie.value, "url": base_url}


@pytest.fixture(scope="module")
def plan(seeded_demo, live_server, django_db_blocker):
    """The pages and the sign-in cookie of every role, looked up before the browser starts."""
    with django_db_blocker.unblock():
        visits = _visits()
        cookies = {role: [_session_cookie(role, live_server.url)] for role in SIGNED_IN}
    cookies["visitor"] = []
    return {role: [v for v in visits if role in v.roles] for role in ROLES}, cookies


@pytest.fixture(scope="module")
def browser(plan):
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield chromium
        chromium.close()


class Sweep:
    """One role's tab going through its pages; what fails is collected with a screenshot."""

    def __init__(self, browser, base_url, role, cookies):
        self.base_url = base_url
        self.role = role
        self.context = browser.new_context(
            viewport={"width": AXE_WIDTH, "height": HEIGHT}, locale="pl-PL"
        )
        self.context.set_default_timeout(PATIENCE_MS)
        self.context.add_init_script(axe_source())
        self.context.add_cookies(cookies)
        self.page = self.context.new_page()
        self.problems = []

    def visit(self, visit, url, language):
        """Open `url`, check it, and return the address of its English version (the site's
        language switch) for the second pass."""
        where = f"{visit.name} [{language}] {url.removeprefix(self.base_url)}"
        response = self.page.goto(url)
        if response is None or response.status != visit.status:
            status = response and response.status
            self._problem(where, f"answered {status}, expected {visit.status}")
            return None
        shown = self.page.locator("html").get_attribute("lang")
        if shown != language:
            self._problem(where, f'<html lang="{shown}">, expected "{language}"')
        for width in WIDTHS:
            self._check_reflow(where, width)
            if width in AXE_WIDTHS:
                self._check_axe(where, width)
        return self._english_address() if language == "pl" else None

    def _check_reflow(self, where, width):
        self.page.set_viewport_size({"width": width, "height": HEIGHT})
        measured = self.page.evaluate(SIDEWAYS_SCROLL)
        if measured["scrollWidth"] > measured["clientWidth"]:
            self._problem(
                where,
                f"scrolls sideways at {width} px: {measured['scrollWidth']} px wide in "
                f"{measured['clientWidth']} px; sticking out: {'; '.join(measured['culprits'])}",
                shot=f"{width}px",
            )

    def _check_axe(self, where, width):
        self.page.set_viewport_size({"width": width, "height": HEIGHT})
        violations = self.page.evaluate(AXE_RUN, {**WCAG_AA, "resultTypes": ["violations"]})
        for v in violations:
            self._problem(
                where,
                f"axe at {width} px {v['id']} ({v['impact']}): {v['help']} – "
                f"{'; '.join(v['nodes'])}",
                shot=f"{width}px",
            )

    def _english_address(self):
        """Where the page's language switch leads for English (None, and a problem, if it
        offers no English)."""
        link = self.page.locator('.language-switch a[hreflang="en"]')
        if not link.count():
            return None
        return link.first.evaluate("(a) => a.href")

    def _problem(self, where, text, shot="1366px"):
        path = artifacts_dir() / f"sweep-{self.role}-{file_name(where)}-{shot}.png"
        try:
            self.page.screenshot(path=str(path), full_page=True)
        except Exception as error:  # noqa: BLE001 - a page that cannot be shot is still reported
            path = f"not taken: {error}"
        self.problems.append(f"{self.role} – {where}: {text} (screenshot {path})")
        self.page.set_viewport_size({"width": AXE_WIDTH, "height": HEIGHT})


@pytest.mark.parametrize("role", ROLES)
def test_every_page_passes_axe_and_reflows_in_both_languages(live_server, plan, browser, role):
    _require_browser()
    visits, cookies = plan
    sweep = Sweep(browser, live_server.url, role, cookies[role])
    try:
        english = {}
        for visit in visits[role]:
            english[visit] = sweep.visit(visit, live_server.url + visit.path, "pl")
        for visit in visits[role]:
            if english[visit] is None:
                if visit.status == 200:
                    sweep.problems.append(f"{role} – {visit.name}: no link to English")
                continue
            sweep.visit(visit, english[visit], "en")
    finally:
        sweep.context.close()
    assert not sweep.problems, f"{len(sweep.problems)} problem(s):\n" + "\n".join(sweep.problems)
