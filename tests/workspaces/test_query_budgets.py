"""Query budgets: the number of SQL queries per page does not grow with the content (SPEC §6).

Each page is measured on the demo and again after adding ten times as many towns, people and
memberships; the same fixed budget must hold both times.
"""

import pytest

from tests.factories.registry import MembershipFactory, MunicipalityFactory

# page → (reader, most queries allowed). Measured on the demo (figures in docs/page-tree.md).
# Every member page stays within 20 (issue 14): what is the same on every request – the route to
# a page, the main menu, the breadcrumbs, the reader's groups and the restrictions they fail, a
# network's roster – is kept in the cache under stamps that any change replaces
# (workspaces/access/generations.py, docs/performance.md). What is left is the site and its home
# page, one query for the page itself, the session, the user, Wagtail's own restriction check,
# the reader's permissions (the "Edit this page" link) and the page's own content. Measured with
# the visitors' page cache off (home/page_cache.py serves most visitors' pages with none).
BUDGETS = {
    "home": ("visitor", 5),
    "home_member": ("member", 15),  # the personal home: one query per panel (tests/personal_home)
    "landing": ("visitor", 12),  # the application form: its networks and towns
    "landing_member": ("member", 15),
    "workspace": ("member", 19),  # recent activity 6, one per kind of event (constant at ×10)
    "network_index": ("visitor", 6),
    "search": ("member", 17),  # SQLite ranking: two scoring queries, one for what may be shown
    "session": ("member", 16),
    "ical": ("visitor", 4),  # token, its owner, the sessions, the networks they belong to
    "outcome": ("observer_3", 15),
    "results": ("coordinator_3", 11),
    "practice": ("member", 20),  # the practice page: adoption, transfers, promotion
}


def _grow_tenfold(demo):
    """Ten times the demo's towns and memberships, spread over every network.

    Loaded in bulk (as an import would be) and synced once per network afterwards.
    """
    from django.contrib.auth import get_user_model

    from workspaces.registry import services
    from workspaces.registry.models import Membership, Municipality, Person

    networks = [demo.network(n) for n in range(1, 8)]
    town_count = Municipality.objects.count() * 9
    towns = Municipality.objects.bulk_create(
        MunicipalityFactory.build(name=f"Miasto skalowane {i}") for i in range(town_count)
    )
    extra = Membership.objects.count() * 9
    users = get_user_model().objects.bulk_create(
        get_user_model()(username=f"scaled-{i}", last_name=f"Skalowany {i}") for i in range(extra)
    )
    people = Person.objects.bulk_create(
        Person(user=user, municipality=towns[i % len(towns)]) for i, user in enumerate(users)
    )
    Membership.objects.bulk_create(
        MembershipFactory.build(person=person, network=networks[i % len(networks)])
        for i, person in enumerate(people)
    )
    for network in networks:
        services.sync_network_groups(network)
    _grow_sessions_tenfold(demo, people)
    _grow_evaluations_tenfold(demo, users)


def _grow_evaluations_tenfold(demo, users):
    """Ten times the evaluations of the measured outcome, each with a comment."""
    from workspaces.outcomes.models import Evaluation

    outcome = demo.outcomes(3)
    extra = max(Evaluation.objects.filter(outcome=outcome).count(), 1) * 9
    Evaluation.objects.bulk_create(
        Evaluation(
            outcome=outcome,
            evaluator=user,
            usefulness=1 + i % 5,
            transferability=1 + (i * 3) % 5,
            comment=f"Komentarz {i}",
        )
        for i, user in enumerate(users[:extra])
    )


def _grow_sessions_tenfold(demo, people):
    """Nine more sessions for each of network 1's, each attended by a dozen people."""
    import datetime

    from workspaces.sessions.models import SessionAttendance, SessionPage

    workspace = demo.workspace(1)
    template = SessionPage.objects.child_of(workspace).order_by("number").first()
    existing = SessionPage.objects.child_of(workspace).count()
    for i in range(existing * 9):
        starts_at = template.starts_at + datetime.timedelta(days=30 * (i + 10))
        session = SessionPage(
            title=f"Sesja skalowana {i}",
            slug=f"sesja-skalowana-{i}",
            number=100 + i,
            starts_at=starts_at,
            ends_at=starts_at + datetime.timedelta(hours=4),
            agenda=template.agenda.raw_data,
            minutes=template.minutes,
        )
        workspace.add_child(instance=session)
        SessionAttendance.objects.bulk_create(
            SessionAttendance(session=session, person=person) for person in people[i : i + 12]
        )
    # The measured session page itself gets ten times its attendance too.
    SessionAttendance.objects.bulk_create(
        SessionAttendance(session=template, person=person) for person in people[-60:]
    )


def _reader(demo, reader):
    """A username; "observer_3" / "coordinator_3" stand for CIVIC CITIES' observer and expert."""
    if reader == "visitor":
        return None
    if reader == "coordinator_3":
        return "demo-expert-3"
    if reader == "observer_3":
        return "observer"
    return reader


def _url(demo, page):
    from django.urls import reverse

    from practices.models import PracticePage
    from workspaces.registry.models import NetworkIndexPage
    from workspaces.sessions import ical
    from workspaces.sessions.models import SessionPage

    if page.startswith("home"):
        return "/"
    if page.startswith("landing"):
        return demo.network(1).url
    if page == "workspace":
        return demo.workspace(1).url
    if page == "session":
        return SessionPage.objects.child_of(demo.workspace(1)).order_by("number").first().url
    if page == "outcome":
        return demo.outcomes(3).url
    if page == "results":
        return reverse("evaluation_results", args=[demo.outcomes(3).pk])
    if page == "ical":
        return f"/kalendarz/{ical.token_for(demo.user('member')).token}.ics"
    if page == "network_index":
        return NetworkIndexPage.objects.get().url
    if page == "practice":
        return PracticePage.objects.live().order_by("path").first().url
    return reverse("search") + "?q=TAJNEWORKSPACE1"


@pytest.fixture(scope="module")
def scale(request, django_db_setup, django_db_blocker):
    """The demo as loaded (1), or grown tenfold (10) once for all the ×10 cases of the module.

    The growth is made inside a transaction that is rolled back after the last ×10 case, so the
    tests that follow see the demo exactly as it was loaded; each case still runs in its own
    savepoint (pytest-django's `db`), rolled back after it. Parametrized indirectly, so pytest
    runs every ×1 case before the ×10 ones and grows the demo once (once per xdist worker).
    """
    from django.db import transaction

    from tests.conftest import Demo

    if request.param == 1:
        yield 1
        return
    with django_db_blocker.unblock(), transaction.atomic():
        _grow_tenfold(Demo())
        yield 10
        transaction.set_rollback(True)


@pytest.mark.parametrize("scale", [1, 10], indirect=True)
@pytest.mark.parametrize("page", BUDGETS)
def test_queries_per_page_stay_within_budget(
    demo, django_assert_max_num_queries, page, scale, settings
):
    # What building the page costs: a visitor's page served whole from the page cache would
    # cost nothing and prove nothing.
    settings.PAGE_CACHE_ENABLED = False
    reader, budget = BUDGETS[page]
    client = demo.client_for(_reader(demo, reader))
    url = _url(demo, page)
    client.get(url)  # warm per-process caches (site root paths, content types)
    with django_assert_max_num_queries(budget):
        response = client.get(url)
    assert response.status_code == 200
