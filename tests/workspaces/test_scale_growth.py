"""Growing the demo to benchmark size (`manage.py bench`) makes real networks and sessions:
pages in the right place of the tree, with the access of SPEC §4 – a benchmark that measured
pages nobody could open, or pages everybody could, would measure the wrong thing. Small sizes
here; the code is the same at 80 networks and 2,000 sessions."""

from wagtail.models import Page

from workspaces.outcomes.demo import seed_outcome_index
from workspaces.registry import scale as registry_scale
from workspaces.registry.models import Membership, NetworkIndexPage, NetworkPage, WorkspacePage
from workspaces.sessions import scale as sessions_scale
from workspaces.sessions.models import SessionPage

DEMO_NETWORKS, DEMO_SESSIONS = 8, 56


def _grow_networks(total):
    added = registry_scale.grow_networks(total)
    for network in added:
        seed_outcome_index(network)
    return added


def test_grown_networks_are_pages_under_the_index_with_a_workspace(demo):
    added = _grow_networks(DEMO_NETWORKS + 2)

    assert [n.number for n in added] == [9, 10]
    index = NetworkIndexPage.objects.get()
    for network in added:
        assert network.get_parent().pk == index.pk and network.live
        assert WorkspacePage.objects.child_of(network).live().count() == 1
        assert Membership.objects.filter(network=network).count() > 1  # coordinator + members
    assert not any(Page.find_problems())  # the tree's paths and counts stay consistent


def test_growing_twice_adds_nothing(demo):
    _grow_networks(DEMO_NETWORKS + 1)
    assert _grow_networks(DEMO_NETWORKS + 1) == []
    assert NetworkPage.objects.count() == DEMO_NETWORKS + 1


def test_demo_member_joins_some_grown_networks_and_reads_only_their_workspaces(demo):
    _grow_networks(DEMO_NETWORKS + 4)  # the demo accounts join every fourth: network 12
    joined = WorkspacePage.objects.child_of(NetworkPage.objects.get(number=12)).get()
    other = WorkspacePage.objects.child_of(NetworkPage.objects.get(number=11)).get()

    member = demo.client_for("member")
    assert member.get(joined.url).status_code == 200
    assert member.get(other.url).status_code != 200
    assert demo.client_for(None).get(joined.url).status_code != 200
    assert demo.client_for("observer").get(joined.url).status_code != 200


def test_grown_sessions_continue_each_networks_series_for_its_members_only(demo):
    added = sessions_scale.grow_sessions(DEMO_SESSIONS + 3)

    assert added == 3 and SessionPage.objects.count() == DEMO_SESSIONS + 3
    session = SessionPage.objects.child_of(demo.workspace(1)).order_by("-number").first()
    assert session.number == 8 and session.live
    assert (
        session.starts_at > SessionPage.objects.child_of(demo.workspace(1)).get(number=7).starts_at
    )
    assert session.attendance.exists()

    response = demo.client_for("member").get(session.url)
    assert response.status_code == 200 and session.topic in response.content.decode()
    assert demo.client_for(None).get(session.url).status_code != 200
    assert demo.client_for("mayor").get(session.url).status_code != 200  # another network's
    assert sessions_scale.grow_sessions(DEMO_SESSIONS + 3) == 0
