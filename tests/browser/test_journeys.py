"""Five people's ways through EMPIRIAE in a real Chromium, on a desktop and a phone (issue 13,
item 5): a visitor browses and searches the library, a member reads circulated minutes, proposes
an amendment and submits a practice, an observer evaluates an outcome, a coordinator plans
sessions and approves minutes, an editor approves a submitted practice and makes it public.

Every page on the way passes axe-core and does not scroll sideways at 320 px
(`journeys_support.Journey`). Addresses come from the database before the browser starts and
the records are checked after it closes (Django refuses the ORM inside Playwright's loop).

The demo is seeded once for the module and not rolled back (conftest.py), so each journey
leaves it as it found it: what it changes is undone at teardown (`undo`), and the desktop and
phone runs of a journey start from the same state.
"""

import re
from collections import Counter

from django.contrib.auth import get_user_model
from django.urls import reverse
from django.utils.html import strip_tags

from wagtail.models import WorkflowState

import pytest

from practices import submissions
from practices.models import PracticeIndexPage, PracticePage
from workspaces.access import policy as access
from workspaces.access.models import Promotion
from workspaces.outcomes import rules as outcome_rules
from workspaces.outcomes.models import Evaluation, OutcomePage
from workspaces.registry.demo import DEMO_PASSWORD
from workspaces.registry.models import NetworkIndexPage, NetworkPage, network_of
from workspaces.sessions import planner
from workspaces.sessions.models import Minutes, MinutesAmendment, MinutesStatus, SessionPage

from .journeys_support import VIEWPORTS, journey
from .test_accessibility import _require_browser

pytestmark = [pytest.mark.browser]

SEARCH_WORD = "szkoła"
# What "szkoła" must find, in any of its forms ("szkół", "szkole", "szkolny").
SCHOOL = re.compile(r"szk[oó][lł]", re.IGNORECASE)


@pytest.fixture(params=list(VIEWPORTS))
def viewport(request):
    return request.param


@pytest.fixture
def walk(live_server, request, viewport):
    """Opens the journey for this test: `with walk() as person: …`."""
    return lambda: journey(live_server.url, request.node.name, viewport)


@pytest.fixture
def undo(transactional_db):
    """Register how to take back what a journey changes; done at teardown, last first."""
    steps = []
    yield steps.append
    for step in reversed(steps):
        step()


def user(username):
    return get_user_model().objects.get(username=username)


def fill(form, values):
    """Set form fields by their names: a select by option value, a checkbox or radio by value,
    anything else by typing."""
    for name, value in values.items():
        field = form.locator(f'[name="{name}"]')
        kind = field.first.evaluate("(el) => el.type")
        if kind in ("checkbox", "radio"):
            form.locator(f'[name="{name}"][value="{value}"]').check()
        elif kind.startswith("select"):
            field.select_option(str(value))
        else:
            field.fill(str(value))


def hrefs(page):
    return set(page.eval_on_selector_all("main a[href]", "(links) => links.map(a => a.href)"))


def paths(page, base_url):
    return {href.removeprefix(base_url) for href in hrefs(page)}


# --- 1. a visitor --------------------------------------------------------------------------


def public_library():
    """The promoted practices a visitor finds: url → (its networks, its searchable text)."""
    promoted = PracticePage.objects.live().filter(pk__in=Promotion.objects.values("page_id"))
    return {
        practice.url: (
            set(practice.networks.values_list("pk", flat=True)),
            " ".join(
                strip_tags(str(getattr(practice, field)))
                for field in ("title", "situation", "solution", "results", "transferability")
            ),
        )
        for practice in promoted.prefetch_related("networks")
    }


def test_a_visitor_browses_the_networks_and_searches_the_library(walk, live_server):
    """Home → networks → a network → the library; a filter keeps only that network's
    practices, and "szkoła" finds practices about schools in whatever form the text uses."""
    library = public_library()
    counts = Counter(pk for networks, _text in library.values() for pk in networks)
    network_id = counts.most_common(1)[0][0]  # the network with the most public practices
    way = [
        NetworkIndexPage.objects.get().url,
        NetworkPage.objects.get(pk=network_id).url,
        PracticeIndexPage.objects.get().url,
    ]
    base = live_server.url

    with walk() as visitor:
        page = visitor.page
        visitor.goto("/")
        for url in way:
            visitor.follow(url)

        filters = page.locator("form:has(select[name=network])")
        visitor.visible(filters.locator("select[name=network]")).select_option(str(network_id))
        visitor.submit(filters)
        found = paths(page, base) & library.keys()
        assert found, f"filtering by network {network_id} found no practice ({page.url})"
        assert all(network_id in library[url][0] for url in found), found

        filters = page.locator("form:has(select[name=network])")
        visitor.visible(filters.locator("select[name=network]")).select_option("")
        visitor.visible(filters.locator("input[name=q]")).fill(SEARCH_WORD)
        visitor.submit(filters)
        found = sorted(paths(page, base) & library.keys())
        assert found, f"“{SEARCH_WORD}” found no practice ({page.url})"
        assert any(SCHOOL.search(library[url][1]) for url in found), found

        visitor.follow(found[0])
        assert visitor.path() == found[0]


# --- 2. a member ---------------------------------------------------------------------------


def circulated_minutes_attended_by(person):
    for session in SessionPage.objects.live().filter(attendance__person__user=person):
        if session.minutes_status == MinutesStatus.CIRCULATED:
            return session
    raise AssertionError(f"the demo has no circulated minutes {person} attended")


def submitted_practices_of(member, title):
    return PracticePage.objects.filter(owner=member, title=title)


def test_a_member_reads_minutes_proposes_an_amendment_and_submits_a_practice(walk, viewport, undo):
    """Signed in through the form, the member finds the minutes from the networks' index,
    amends them, then sends a practice to the editors and sees it on "Moje praktyki"."""
    member = user("member")
    session = circulated_minutes_attended_by(member)
    network = network_of(session)
    code = re.search(r"TAJNEPROTOKOL\w+", session.minutes).group()
    amendment = f"W punkcie 2 proszę dopisać termin wdrożenia ({viewport})."
    title = f"Cyfrowa szatnia w szkole podstawowej ({viewport})"
    undo(lambda: MinutesAmendment.objects.filter(session=session, text=amendment).delete())
    undo(lambda: [page.delete() for page in submitted_practices_of(member, title)])
    practice = {
        "title": title,
        "town": member.person.municipality_id,
        "networks": network.pk,
        "tags": "szkoły, cyfryzacja",
        "situation": "Uczniowie gubili klucze do szafek, a woźny wydawał zapasowe ręcznie.",
        "solution": "Szafki otwierane legitymacją szkolną, obsługiwane z sekretariatu.",
        "results": "Zgłoszeń zgubionych kluczy było o 90% mniej w pierwszym semestrze.",
        "funding_source": "own",
        "budget_pln": "48000",
        "period_start": "2023-02-01",
        "period_end": "2023-06-30",
        "transferability": "Każda szkoła z legitymacjami elektronicznymi może to powtórzyć.",
        "contact_name": "Anna Nowak",
        "contact_email": "anna.nowak@example.org",
    }
    urls = {
        "networks": NetworkIndexPage.objects.get().url,
        "network": network.url,
        "workspace": session.get_parent().url,
        "session": session.url,
        "library": PracticeIndexPage.objects.get().url,
        "amend": reverse("propose_amendment", args=[session.pk]),
        "submit": reverse("submit_practice"),
        "mine": reverse("my_practices"),
    }

    with walk() as person:
        page = person.page
        person.goto("/")
        person.sign_in("member", DEMO_PASSWORD)
        for step in ("networks", "network", "workspace", "session"):
            person.follow(urls[step])
        person.visible(page.get_by_text(code).first, what="the circulated minutes")

        form = page.locator(f'form[action="{urls["amend"]}"]')
        person.visible(form.locator("textarea[name=text]")).fill(amendment)
        person.submit(form)
        assert person.path() == urls["session"]
        person.visible(page.get_by_text(amendment), what="the proposed amendment")

        person.follow(urls["library"])
        person.follow(urls["submit"])
        form = page.locator("form:has(textarea[name=situation])")
        fill(form, practice)
        person.submit(form)
        assert person.path() == urls["mine"], f"the form was not accepted ({page.url})"
        person.visible(page.get_by_text(title).first, what="the submitted practice")

    assert MinutesAmendment.objects.filter(session=session, author=member, text=amendment)
    submitted = submitted_practices_of(member, title).get()
    assert not submitted.live
    assert WorkflowState.objects.filter(
        object_id=str(submitted.pk), status=WorkflowState.STATUS_IN_PROGRESS
    ).exists()


# --- 3. an observer ------------------------------------------------------------------------


def outcome_to_evaluate(observer):
    for outcome in OutcomePage.objects.live().order_by("path"):
        if outcome_rules.may_evaluate(observer, outcome):
            return outcome
    raise AssertionError("the demo's observer has no outcome to evaluate")


def restore_evaluation(outcome, observer):
    """How to put the observer's evaluation back as the demo had it (or remove it)."""
    before = Evaluation.objects.filter(outcome=outcome, evaluator=observer).first()

    def restore():
        Evaluation.objects.filter(outcome=outcome, evaluator=observer).delete()
        if before is not None:
            before.save(force_insert=True)

    return restore


def test_an_observer_evaluates_an_outcome(walk, viewport, undo):
    """The observer reaches an outcome of the network they follow and saves scores the demo
    did not give, with a comment; the form then shows what was saved."""
    from playwright.sync_api import expect  # only where Playwright is installed

    observer = user("observer")
    outcome = outcome_to_evaluate(observer)
    network = network_of(outcome)
    undo(restore_evaluation(outcome, observer))
    previous = Evaluation.objects.filter(outcome=outcome, evaluator=observer).first()
    # Scores the demo did not give, so that saving them is seen.
    usefulness = 2 if previous and previous.usefulness == 5 else 5
    transferability = 1 if previous and previous.transferability == 4 else 4
    comment = f"Przydatne dla naszego urzędu, wdrożymy część zaleceń ({viewport})."
    way = [NetworkIndexPage.objects.get().url, network.url, outcome.get_parent().url, outcome.url]
    evaluate_url = reverse("evaluate_outcome", args=[outcome.pk])

    with walk() as person:
        page = person.page
        person.goto("/")
        person.sign_in("observer", DEMO_PASSWORD)
        for url in way:
            person.follow(url)
        form = page.locator(f'form[action="{evaluate_url}"]')
        person.visible(form.locator("textarea[name=comment]"))
        fill(
            form,
            {"usefulness": usefulness, "transferability": transferability, "comment": comment},
        )
        person.submit(form)
        assert person.path() == way[-1]
        # The form now shows the evaluation as saved.
        form = page.locator(f'form[action="{evaluate_url}"]')
        expect(form.locator(f'[name=usefulness][value="{usefulness}"]')).to_be_checked()
        expect(form.locator(f'[name=transferability][value="{transferability}"]')).to_be_checked()
        expect(form.locator("textarea[name=comment]")).to_have_value(comment)

    evaluation = Evaluation.objects.get(outcome=outcome, evaluator=observer)
    assert (evaluation.usefulness, evaluation.transferability) == (usefulness, transferability)
    assert evaluation.comment == comment


# --- 4. a coordinator ----------------------------------------------------------------------


def circulated_minutes_run_by(coordinator):
    for session in SessionPage.objects.live().order_by("path"):
        if session.minutes_status == MinutesStatus.CIRCULATED and access.can_manage_network(
            coordinator, network_of(session)
        ):
            return session
    raise AssertionError("the demo's coordinator has no circulated minutes to approve")


def restore_minutes(session):
    record = Minutes.objects.get(session=session)
    fields = {"status": record.status, "approved_at": None, "approved_by": None}
    return lambda: Minutes.objects.filter(pk=record.pk).update(**fields)


def remove_sessions_planned_after(workspace):
    existing = set(SessionPage.objects.child_of(workspace).values_list("pk", flat=True))

    def remove():
        for session in SessionPage.objects.child_of(workspace).exclude(pk__in=existing):
            session.delete()

    return remove, existing


def approve(person, approve_url):
    """Approve the minutes, through a confirmation step if there is one: a checkbox to tick
    in the form, or a page (or link to a page) that asks again before it is done."""
    page = person.page
    for _attempt in range(3):
        form = page.locator(f'form[action="{approve_url}"]')
        if not form.count() and person.path().split("?")[0] == approve_url:
            form = page.locator("main form[method=post]")
        if form.count():
            for box in form.first.locator("input[type=checkbox]").all():
                person.visible(box).check()
            person.submit(form.first)
        elif page.locator(f'a[href="{approve_url}"]').count():
            person.follow(approve_url)
        else:
            return
    raise AssertionError(f"the minutes still ask to be approved ({page.url})")


def test_a_coordinator_plans_sessions_and_approves_minutes(walk, live_server, undo):
    """Two sessions planned from the workspace are listed there; the circulated minutes are
    approved through whatever confirmation the page asks for, and the approval form is gone."""
    coordinator = user("coordinator")
    session = circulated_minutes_run_by(coordinator)
    workspace = session.get_parent()
    network = network_of(session)
    remove_planned, existing = remove_sessions_planned_after(workspace)
    undo(remove_planned)
    undo(restore_minutes(session))
    urls = {
        "networks": NetworkIndexPage.objects.get().url,
        "network": network.url,
        "workspace": workspace.url,
        "session": session.url,
        "plan": reverse("plan_sessions", args=[workspace.pk]),
        "approve": reverse("approve_minutes", args=[session.pk]),
    }
    first_date = planner.next_first_date(workspace).isoformat()

    with walk() as person:
        page = person.page
        person.goto("/")
        person.sign_in("coordinator", DEMO_PASSWORD)
        for step in ("networks", "network", "workspace", "plan"):
            person.follow(urls[step])
        form = page.locator("form:has(input[name=count])")
        fill(form, {"count": 2})
        if not form.locator("input[name=first_date]").input_value():  # none proposed
            fill(form, {"first_date": first_date})
        person.submit(form)
        assert person.path() == urls["workspace"], f"the plan was not accepted ({page.url})"
        listed = paths(page, live_server.url)

        person.follow(urls["session"])
        approve(person, urls["approve"])
        assert person.path() == urls["session"]
        assert not page.locator(f'form[action="{urls["approve"]}"]').count()

    planned = SessionPage.objects.child_of(workspace).exclude(pk__in=existing)
    assert planned.count() == 2
    assert {s.url for s in planned} <= listed, "the planned sessions are not listed"
    record = Minutes.objects.get(session=session)
    assert (record.status, record.approved_by) == (MinutesStatus.APPROVED, coordinator)


# --- 5. an editor --------------------------------------------------------------------------


def submit_practice_as(member, network, title):
    """A member's submission, made through the library's own service (the member's journey
    tries the form): a draft practice in the editors' moderation workflow."""
    practice, _revision = submissions.submit(
        member,
        {
            "title": title,
            "town": member.person.municipality,
            "networks": [network],
            "tags": ["energia"],
            "situation": "Każda szkoła i urząd kupowały prąd osobno, drożej.",
            "solution": "Wspólny przetarg gminy na energię dla wszystkich budynków miejskich.",
            "results": "Rachunki niższe o 18% w pierwszym roku.",
            "funding_source": "own",
            "budget_pln": None,
            "from_ldp_grant": False,
            "period_start": None,
            "period_end": None,
            "transferability": "Wystarczy porozumienie jednostek i jeden przetarg.",
            "contact_name": "",
            "contact_email": "",
            "contact_phone": "",
        },
    )
    return practice


def test_an_editor_approves_a_submitted_practice_and_makes_it_public(walk, viewport, undo):
    """Approved from Wagtail's dashboard ("Awaiting your review"), promoted from the practice's
    own page (where the site offers it), then open to a visitor in another browser."""
    title = f"Wspólny zakup energii dla budynków miejskich ({viewport})"
    member = user("member")
    network = NetworkPage.objects.live().order_by("number").first()
    practice = submit_practice_as(member, network, title)
    undo(lambda: [page.delete() for page in PracticePage.objects.filter(title=title)])
    task_state = WorkflowState.objects.get(object_id=str(practice.pk)).current_task_state
    approve_url = reverse(
        "wagtailadmin_pages:workflow_action", args=[practice.pk, "approve", task_state.pk]
    )
    promote_url = reverse("promote_page", args=[practice.pk])
    admin_url = reverse("wagtailadmin_home")
    practice_url = practice.url

    with walk() as person:
        page = person.page
        person.goto("/")
        person.sign_in("editor", DEMO_PASSWORD)
        person.follow(admin_url)
        # Wagtail's "Awaiting your review": the row's actions menu, then "Approve" (the one
        # without a comment dialogue).
        row = page.locator(f'tr:has(button[data-workflow-action-url="{approve_url}"])')
        row.locator("[data-w-dropdown-target=toggle]").click()
        button = row.locator(
            f'button[data-workflow-action-url="{approve_url}"]:not([data-launch-modal])'
        )
        with page.expect_navigation():
            button.click()

        person.goto(practice_url)
        person.submit(page.locator(f'form[action="{promote_url}"]'))
        withdraw = page.locator(f'form[action="{promote_url}"] input[name=action][value=withdraw]')
        assert withdraw.count() == 1, "the practice was not promoted"

        visitor = person.stranger()
        visitor.goto(practice_url)

    practice.refresh_from_db()
    assert practice.live
    assert Promotion.objects.filter(page=practice).exists()


# --- the checks themselves -----------------------------------------------------------------

WIDE_AND_UNLABELLED = """<!DOCTYPE html><html lang="pl"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1"><title>Próba</title></head>
<body><main><h1>Próba</h1><table><tr><td style="white-space: nowrap">Bardzo długi wiersz
tabeli, który nie mieści się na wąskim ekranie telefonu</td></tr></table>
<input type="text" name="bez-etykiety"></main></body></html>"""


def test_the_checks_catch_a_page_that_scrolls_sideways_and_a_control_without_a_label(request):
    """The journeys' checks can fail: a page with a table wider than 320 px and an input
    without a label yields one problem naming both, with a screenshot."""
    _require_browser()
    with pytest.raises(AssertionError) as failed, journey("", request.node.name, "phone") as walk:
        walk.page.set_content(WIDE_AND_UNLABELLED)
        walk.check("a page made to fail")
    report = str(failed.value)
    assert "1 page(s)" in report
    assert "scrolls sideways at 320 px" in report and "td" in report
    assert "axe label" in report
