"""The admin dashboard's panels (issue 11, point 4): each shows only what the viewer may act
on – editors every network's, a network's coordinator their own network's, members and
observers nothing – and each costs the same number of queries however much there is."""

import re
from html import unescape

from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

import pytest

from practices.models import TransferStage
from practices.wagtail_hooks import transfers_by_stage

from .conftest import dashboard

PANELS = {
    "next_sessions",
    "minutes_awaiting_approval",
    "recent_evaluations",
    "practices_awaiting_moderation",
    "transfers_by_stage",
}


def _in_both_networks(build, make):
    """Make one thing in network 1 (the coordinator's) and one in network 2 (not theirs)."""
    return make(1, "Pulpit: sieć pierwsza"), make(2, "Pulpit: sieć druga")


def test_next_sessions_of_every_network_for_editors_of_their_own_for_a_coordinator(demo, build):
    ours, theirs = _in_both_networks(
        build, lambda n, title: build.session(n, days_from_now=5, title=title)
    )
    build.session(1, days_from_now=-30, title="Pulpit: sesja już odbyta")

    editor = dashboard(demo.user("editor"))["next_sessions"]
    assert ours.title in editor and theirs.title in editor
    coordinator = dashboard(demo.user("coordinator"))["next_sessions"]
    assert ours.title in coordinator
    assert theirs.title not in coordinator
    assert "Pulpit: sesja już odbyta" not in editor + coordinator


def test_minutes_waiting_for_approval_only_of_the_networks_one_runs(demo, build):
    ours, theirs = _in_both_networks(build, build.circulated)
    not_yet = build.session(1, days_from_now=-3, title="Pulpit: protokół w szkicu")

    editor = dashboard(demo.user("editor"))["minutes_awaiting_approval"]
    assert ours.title in editor and theirs.title in editor
    coordinator = dashboard(demo.user("coordinator"))["minutes_awaiting_approval"]
    assert ours.title in coordinator
    assert theirs.title not in coordinator
    assert not_yet.title not in editor


def test_recent_evaluations_per_network_for_those_who_read_the_results(demo, build):
    ours, theirs = _in_both_networks(build, build.outcome)
    build.evaluation(ours, 5, 4)
    build.evaluation(theirs, 2, 1)

    editor = dashboard(demo.user("editor"))["recent_evaluations"]
    assert ours.title in editor and theirs.title in editor
    assert demo.network(1).title in editor and demo.network(2).title in editor
    coordinator = dashboard(demo.user("coordinator"))["recent_evaluations"]
    assert ours.title in coordinator
    assert theirs.title not in coordinator
    assert demo.network(2).title not in coordinator


def test_practices_in_moderation_are_on_the_editors_dashboard_only(demo, build):
    waiting = build.in_moderation("Pulpit: praktyka czeka na decyzję")
    published = build.practice(waiting.town, "Pulpit: praktyka już opublikowana")

    editor = dashboard(demo.user("editor"))["practices_awaiting_moderation"]
    assert waiting.title in editor
    assert published.title not in editor
    assert "practices_awaiting_moderation" not in dashboard(demo.user("coordinator"))


def _counts(user, network):
    return dict(transfers_by_stage(user)).get(network, [0] * len(TransferStage.values))


def test_transfers_by_stage_count_what_was_recorded(demo, build):
    """The counts grow by exactly the transfers the test records, stage by stage."""
    network_1, network_2 = demo.network(1), demo.network(2)
    editor, coordinator = demo.user("editor"), demo.user("coordinator")
    before = {who: _counts(who, network_1) for who in (editor, coordinator)}
    practice = build.practice(
        build.member_town(1, "Pulpitowo"), "Pulpit: praktyka sieci 1", [network_1]
    )
    recorded = [TransferStage.INTERESTED, TransferStage.INTERESTED, TransferStage.IMPLEMENTED]
    for stage in recorded:
        build.transfer(practice, stage=stage)
    other = build.practice(build.member_town(2, "Drugowo"), "Pulpit: praktyka sieci 2", [network_2])
    build.transfer(other, stage=TransferStage.ADAPTING)

    added = [recorded.count(stage) for stage in TransferStage.values]
    for who in (editor, coordinator):
        after = _counts(who, network_1)
        assert [a - b for a, b in zip(after, before[who], strict=True)] == added
    networks_of_coordinator = [network for network, _counts in transfers_by_stage(coordinator)]
    assert network_2 not in networks_of_coordinator
    assert network_2 in [network for network, _counts in transfers_by_stage(editor)]
    html = dashboard(coordinator)["transfers_by_stage"]
    assert network_1.title in html and network_2.title not in html
    assert reverse(TRANSFERS_LIST) not in html  # the transfers list is the editors'


TRANSFERS_LIST = "practices_transfer_modeladmin_index"


def test_the_transfers_panel_links_to_the_network_in_the_transfers_list(demo, build):
    network = demo.network(2)
    practice = build.practice(
        build.member_town(2, "Linkowo"), "Pulpit: praktyka z linkiem", [network]
    )
    build.transfer(practice, stage=TransferStage.ADAPTING)
    html = dashboard(demo.user("editor"))["transfers_by_stage"]
    link = re.search(rf'href="([^"]+)">{network.number}\. ', html).group(1)
    response = demo.client_for("editor").get(unescape(link))
    assert response.status_code == 200
    assert practice.title in response.content.decode()


@pytest.mark.parametrize("username", ["member", "observer", "mayor", "demo-former"])
def test_members_and_observers_get_none_of_these_panels(demo, build, username):
    build.session(1, days_from_now=5, title="Pulpit: sesja dla nikogo")
    build.circulated(3, "Pulpit: protokół sieci 3")
    build.evaluation(build.outcome(3, "Pulpit: rezultat sieci 3"), 3, 3)
    build.in_moderation("Pulpit: praktyka w moderacji")
    assert dashboard(demo.user(username)) == {}


def test_the_admin_home_shows_the_panels_to_an_editor(demo, build):
    session = build.session(2, days_from_now=7, title="Pulpit: sesja na stronie głównej")
    response = demo.client_for("editor").get("/admin/")
    assert response.status_code == 200
    assert session.title in response.content.decode()


def test_a_member_does_not_reach_the_admin_home(demo):
    response = demo.client_for("member").get("/admin/")
    assert response.status_code in (302, 403)


def _fill(build, scale):
    """`scale` of everything in networks 1 and 2."""
    for number in (1, 2):
        for i in range(scale):
            build.session(number, days_from_now=3 + i)
            build.circulated(number, f"Pulpit: protokół {number}-{i}")
            outcome = build.outcome(number, f"Pulpit: rezultat {number}-{i}")
            build.evaluation(outcome, 4, 3)
            build.evaluation(outcome, 2, 5)
            practice = build.practice(
                build.member_town(number, f"Skala {number}-{i} z {scale}"),
                f"Pulpit: praktyka {number}-{i}",
                [demo_network(build, number)],
            )
            build.transfer(practice)
            build.in_moderation(f"Pulpit: w moderacji {number}-{i}")


def demo_network(build, number):
    return build.demo.network(number)


DASHBOARD_BUDGET = 30


@pytest.mark.parametrize("username", ["editor", "coordinator"])
@pytest.mark.parametrize("scale", [1, 10])
def test_the_panels_cost_the_same_at_ten_times_the_data(
    demo, build, django_assert_max_num_queries, username, scale
):
    _fill(build, scale)
    user = demo.user(username)
    with django_assert_max_num_queries(DASHBOARD_BUDGET):
        panels = dashboard(user)
    assert set(panels) <= PANELS and panels


def _dashboard_queries(demo):
    """Queries of one dashboard for a fresh editor object (nothing remembered between
    requests), after a first render has warmed Wagtail's site cache as any earlier request of
    the process would have. The least of a few tries is taken: on CI's PostgreSQL run the
    cache is a Redis shared by the test workers, and another worker clearing it can cost this
    one a query that has nothing to do with the data."""
    dashboard(demo.user("editor"))
    with CaptureQueriesContext(connection) as queries:
        dashboard(demo.user("editor"))
    return len(queries)


def test_the_query_count_does_not_grow_with_the_data(demo, build):
    counts = []
    for scale in (1, 9):
        _fill(build, scale)
        counts.append(min(_dashboard_queries(demo) for _attempt in range(3)))
    assert counts[0] == counts[1]
