"""The personal home page (issue 13, item 3): what each role finds on the home page once signed
in – networks and roles, next sessions, minutes to read, outcomes to evaluate, practices and,
for coordinators, what waits for them – never another network's private things; the "Edit this
page" link for exactly the people Wagtail lets edit the page; and a fixed number of queries.

Text on the page is checked through `pl()` or by structure (ids, links), so the tests pass
before and after the Polish catalogue has the new strings."""

import datetime

from django.urls import reverse
from django.utils import timezone, translation

from wagtail.models import WorkflowState

import pytest

from practices import home_panels
from practices.models import PracticeIndexPage
from practices.submissions import practice_workflow
from tests.factories.applications import ApplicationFactory
from tests.factories.practices import PracticePageFactory
from tests.factories.sessions import SessionPageFactory
from tests.polish import pl
from workspaces.access import promotion
from workspaces.collaboration import feedback
from workspaces.collaboration.models import FeedbackRequest, RequestStatus
from workspaces.notifications import outbox
from workspaces.outcomes.models import Evaluation, OutcomePage
from workspaces.sessions.models import Minutes, MinutesStatus, SessionPage

OWN_CODE = "TAJNASESJADOMOWA1"  # a session planned in network 1
OTHER_CODE = "TAJNASESJADOMOWA2"  # a session planned in network 2
OTHER_MINUTES_CODE = "TAJNYPROTOKOLDOMOWY2"  # circulated minutes in network 2
PANEL_IDS = {
    "networks": 'id="my-networks-heading"',
    "waiting": 'id="home-waiting-heading"',
    "sessions": 'id="home-next-sessions-heading"',
    "minutes": 'id="home-minutes-heading"',
    "evaluate": 'id="home-to-evaluate-heading"',
    "practices": 'id="home-practices-heading"',
}


def _home(demo, username):
    response = demo.client_for(username).get("/")
    assert response.status_code == 200
    return response, response.content.decode()


def _panels_shown(html):
    return {name for name, marker in PANEL_IDS.items() if marker in html}


@pytest.fixture
def planned(demo):
    """A session planned three weeks ahead in network 1 and one in network 2, and minutes
    circulated in network 2 – the last two private to network 2."""
    soon = timezone.now() + datetime.timedelta(days=21)
    own = SessionPageFactory(
        parent=demo.workspace(1), number=90, title=f"Sesja {OWN_CODE}", slug="sesja-domowa-1",
        starts_at=soon, ends_at=soon + datetime.timedelta(hours=3), format="online",
    )  # fmt: skip
    other = SessionPageFactory(
        parent=demo.workspace(2), number=90, title=f"Sesja {OTHER_CODE}", slug="sesja-domowa-2",
        starts_at=soon, ends_at=soon + datetime.timedelta(hours=3),
    )  # fmt: skip
    held = timezone.now() - datetime.timedelta(days=30)
    circulated = SessionPageFactory(
        parent=demo.workspace(2), number=91, title=f"Sesja {OTHER_MINUTES_CODE}",
        slug="sesja-domowa-3", starts_at=held, ends_at=held + datetime.timedelta(hours=3),
    )  # fmt: skip
    Minutes.objects.create(
        session=circulated, status=MinutesStatus.CIRCULATED, circulated_at=timezone.now()
    )
    return {"own": own, "other": other, "circulated": circulated}


# --- what each role sees ----------------------------------------------------------------------


def test_a_visitor_gets_the_public_home_page_without_panels(demo, planned):
    response, html = _home(demo, None)
    assert response.context["panels"] == []
    assert 'class="dashboard"' not in html and not _panels_shown(html)
    assert 'id="networks-heading"' in html
    assert "page_edit_url" not in response.context
    for code in (OWN_CODE, OTHER_CODE, OTHER_MINUTES_CODE):
        assert code not in html


def test_a_member_sees_their_network_role_and_town(demo, planned):
    response, html = _home(demo, "member")
    seats = [seat for seat, _labels in response.context["my_networks"]]
    assert [(seat.network, seat.roles) for seat in seats] == [(demo.network(1), ("member",))]
    assert response.context["my_town"].name == "Krosno"
    assert 'class="dashboard"' in html
    assert f'href="{demo.workspace(1).url}"' in html
    assert _panels_shown(html) == {"networks", "sessions", "minutes", "practices"}


def test_a_member_sees_the_next_sessions_of_their_network_only(demo, planned):
    response, html = _home(demo, "member")
    upcoming = response.context["my_next_sessions"]
    assert [session.pk for session in upcoming.items] == [planned["own"].pk]
    assert upcoming.items[0].network == demo.network(1)
    assert OWN_CODE in html and planned["own"].url in html
    assert pl("Online").lower() in html
    assert f'<time datetime="{timezone.localtime(planned["own"].starts_at).isoformat()}' in html
    assert f'href="{reverse("calendar_settings")}"' in html
    assert OTHER_CODE not in html and planned["other"].url not in html


def test_a_member_is_asked_to_read_the_circulated_minutes_of_their_network_only(demo, planned):
    response, html = _home(demo, "member")
    listed = response.context["minutes_to_read"].items
    circulated = SessionPage.objects.child_of(demo.workspace(1)).filter(
        minutes_record__status=MinutesStatus.CIRCULATED
    )
    assert {session.pk for session in listed} == set(circulated.values_list("pk", flat=True))
    assert listed, "the demo circulates the minutes of each network's sixth session"
    attendee = demo.user("member").person
    for session in listed:
        assert session.attended == session.attendance.filter(person=attendee).exists()
        assert f"{session.url}#minutes-heading" in html
    assert OTHER_MINUTES_CODE not in html and planned["circulated"].url not in html


def test_a_member_sees_their_practices_and_where_each_stands(demo):
    member = demo.user("member")
    library = PracticeIndexPage.objects.get()
    town = member.person.municipality
    draft = PracticePageFactory(parent=library, owner=member, town=town, live=False)
    waiting = PracticePageFactory(parent=library, owner=member, town=town, live=False)
    published = PracticePageFactory(parent=library, owner=member, town=town)
    public = PracticePageFactory(parent=library, owner=member, town=town)
    waiting.save_revision(user=member)
    practice_workflow().start(waiting, member)
    with outbox.suppressed():
        promotion.promote(public, demo.user("editor"))
    response, html = _home(demo, "member")
    standing = {p.pk: p.standing for p in response.context["my_practices"]}
    assert standing[draft.pk] is home_panels.DRAFT
    assert standing[waiting.pk] is home_panels.IN_MODERATION
    assert standing[published.pk] is home_panels.PUBLISHED
    assert standing[public.pk] is home_panels.PROMOTED
    with translation.override("pl"):
        for listed in standing.values():
            assert f'<span class="tag {listed.tag}">{listed.label}</span>' in html
    assert WorkflowState.objects.filter(object_id=str(waiting.pk)).exists()
    assert f'href="{reverse("my_practices")}"' in html
    assert published.url in html and draft.url not in html  # a draft has no page to open


def test_an_observer_is_asked_to_evaluate_until_they_have(demo, planned):
    index = demo.outcome_index(3)
    outcome = OutcomePage(title="Wnioski do oceny", slug="wnioski-do-oceny", summary="<p>.</p>")
    index.add_child(instance=outcome)
    with outbox.suppressed():
        outcome.save_revision(user=demo.user("editor")).publish(user=demo.user("editor"))
    response, html = _home(demo, "observer")
    assert outcome.pk in [o.pk for o in response.context["outcomes_to_evaluate"]]
    assert f"{outcome.url}#evaluate-heading" in html
    assert _panels_shown(html) == {"networks", "evaluate"}
    assert demo.workspace(3).url not in html  # observers do not open the workspace
    for code in ("TAJNEWORKSPACE3", "TAJNEPROTOKOL3", OWN_CODE, OTHER_CODE):
        assert code not in html

    observer = demo.user("observer")
    for waiting in OutcomePage.objects.child_of(index).live():
        Evaluation.objects.get_or_create(
            outcome=waiting, evaluator=observer, defaults={"usefulness": 4, "transferability": 3}
        )
    response, html = _home(demo, "observer")
    assert response.context["outcomes_to_evaluate"] == []
    assert "Wnioski do oceny" not in html
    assert pl("Nothing to evaluate: you have evaluated every outcome so far.") in html


def test_a_coordinator_sees_what_waits_for_them_in_their_network_only(demo, planned):
    member = demo.user("member")
    ApplicationFactory(network=demo.network(1))
    ApplicationFactory(network=demo.network(2))
    with outbox.suppressed():
        asked = feedback.request_feedback(
            member, demo.network(1), town=member.person.municipality,
            project_title="Projekt domowy", goal="Krótsze kolejki.", question="Czy warto?",
            stage="delivery",
        )  # fmt: skip
    response, html = _home(demo, "coordinator")
    waiting = response.context["waiting"]
    pending = demo.network(1).applications.filter(status="pending").count()
    assert waiting.applications == [(demo.network(1), pending)]
    assert f"?network={demo.network(1).pk}&amp;status__exact=pending" in html
    assert asked in waiting.requests
    assert reverse("discussion", args=[asked.thread_id]) in html
    sessions = SessionPage.objects.child_of(demo.workspace(1))
    approve = sessions.filter(minutes_record__status=MinutesStatus.CIRCULATED)
    assert {s.pk for s in waiting.to_approve.items} == set(approve.values_list("pk", flat=True))
    draft = sessions.filter(minutes_record__status=MinutesStatus.DRAFT, ends_at__lt=timezone.now())
    assert draft.exists() and {s.pk for s in waiting.to_circulate.items} <= set(
        draft.values_list("pk", flat=True)
    )
    # The minutes of the network they run wait for their approval, not for their reading.
    assert _panels_shown(html) == {"networks", "waiting", "sessions", "practices"}
    for code in (OTHER_CODE, OTHER_MINUTES_CODE):
        assert code not in html


def test_a_coordinator_with_nothing_to_do_reads_so(demo):
    Minutes.objects.filter(session__path__startswith=demo.network(1).path).update(
        status=MinutesStatus.APPROVED
    )
    demo.network(1).applications.update(status="approved")
    FeedbackRequest.objects.filter(thread__network=demo.network(1)).update(
        status=RequestStatus.CLOSED
    )
    response, html = _home(demo, "coordinator")
    assert not response.context["waiting"]
    assert pl("Nothing waits for you in the networks you run.") in html


def test_members_and_observers_get_no_coordinators_panel(demo):
    for username in ("member", "observer", "mayor"):
        response, html = _home(demo, username)
        assert "waiting" not in response.context
        assert "waiting" not in _panels_shown(html)


def test_the_editor_and_someone_in_no_network_get_the_plain_home_page(demo):
    for username in ("editor", "demo-former"):
        response, html = _home(demo, username)
        assert "my_networks" not in response.context
        assert not _panels_shown(html) & {"networks", "waiting", "sessions", "minutes", "evaluate"}


# --- "Edit this page" ---------------------------------------------------------------------------


def _approved_session(demo):
    return SessionPage.objects.child_of(demo.workspace(1)).get(
        minutes_record__status=MinutesStatus.APPROVED, number=1
    )


PAGES = {
    "home": lambda demo: demo.network(1).get_parent().get_parent().specific,
    "network_1": lambda demo: demo.network(1),
    "workspace_1": lambda demo: demo.workspace(1),
    "network_2": lambda demo: demo.network(2),
    "outcome_3": lambda demo: demo.outcomes(3),
    "approved_session_1": _approved_session,
}
EDITABLE_BY = {
    "visitor": set(),
    "member": set(),
    "observer": set(),
    "coordinator": {"network_1", "workspace_1"},  # approved minutes are locked (editors only)
    "editor": {"home", "network_1", "workspace_1", "network_2", "outcome_3", "approved_session_1"},
}
READABLE_BY = {
    "visitor": {"home", "network_1", "network_2"},
    "member": {"home", "network_1", "workspace_1", "network_2", "approved_session_1"},
    "observer": {"home", "network_1", "network_2", "outcome_3"},
    "coordinator": {"home", "network_1", "workspace_1", "network_2", "approved_session_1"},
    "editor": set(PAGES),
}


@pytest.mark.parametrize("role", list(EDITABLE_BY))
def test_the_edit_link_is_for_the_people_wagtail_lets_edit_the_page(demo, role):
    client = demo.client_for(None if role == "visitor" else role)
    for name in READABLE_BY[role]:
        page = PAGES[name](demo)
        response = client.get(page.url)
        assert response.status_code == 200, (role, name)
        edit_url = reverse("wagtailadmin_pages:edit", args=[page.pk])
        expected = name in EDITABLE_BY[role]
        assert (response.context.get("page_edit_url") == edit_url) is expected, (role, name)
        assert (f'href="{edit_url}"' in response.content.decode()) is expected, (role, name)


# --- queries ------------------------------------------------------------------------------------

BUDGETS = {"member": 25, "observer": 25, "coordinator": 30, "editor": 24}


def _grow_what_the_panels_list(demo):
    """Ten times more of what the panels list: the member's practices, applications to network
    1, outcomes of network 3 for its observer to evaluate (on top of `_grow_tenfold`'s people,
    towns, memberships and network 1's sessions)."""
    member = demo.user("member")
    library = PracticeIndexPage.objects.get()
    for _ in range(20):
        PracticePageFactory(parent=library, owner=member, town=member.person.municipality)
    for _ in range(20):
        ApplicationFactory(network=demo.network(1))
    index = demo.outcome_index(3)
    for n in range(20):
        index.add_child(
            instance=OutcomePage(title=f"Wniosek {n}", slug=f"wniosek-{n}", summary="<p>.</p>")
        )


@pytest.mark.parametrize("scale", [1, 10], indirect=True)
@pytest.mark.parametrize("username", list(BUDGETS))
def test_the_signed_in_home_page_stays_within_its_query_budget(
    demo, django_assert_max_num_queries, username, scale, planned
):
    if scale == 10:
        _grow_what_the_panels_list(demo)
    client = demo.client_for(username)
    client.get("/")  # per-process caches (site root paths, content types)
    with django_assert_max_num_queries(BUDGETS[username]):
        response = client.get("/")
    assert response.status_code == 200
