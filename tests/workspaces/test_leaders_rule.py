"""The leaders network stays closed over time (SPEC §1, §4): only people who are mayors, city
presidents or deputies *now* hold its members' access – whatever they were when they joined,
and whatever the rule was then. Its coordinators run it regardless."""

from django.core.management import call_command
from django.urls import reverse

from wagtail.users.models import UserProfile

from practices import rules
from practices.models import PracticePage
from tests.factories.registry import PersonFactory
from workspaces.access.models import Promotion
from workspaces.registry import services
from workspaces.registry.models import Membership, Position

LEADERS_COORDINATOR = "demo-expert-8"
MEMBERSHIPS = "/admin/registry/membership/"


def _change_position(user, position):
    person = user.person
    person.position = position
    person.save()  # as an editor saving the person in the admin


def _members_only_practice():
    promoted = Promotion.objects.values("page_id")
    return PracticePage.objects.live().exclude(pk__in=promoted).order_by("pk").first()


def _finds(client, query, page):
    results = client.get(reverse("search"), {"q": query}).content.decode()
    return f'href="{page.url}"' in results


def test_a_mayor_who_becomes_staff_loses_the_leaders_network_on_the_next_request(demo):
    client = demo.client_for("mayor")
    workspace, outcome = demo.workspace(8), demo.outcomes(8)
    assert client.get(workspace.url).status_code == 200
    assert _finds(client, "TAJNEWORKSPACE8", workspace)

    _change_position(demo.user("mayor"), Position.STAFF)

    assert client.get(workspace.url).status_code == 404
    assert client.get(outcome.url).status_code == 404
    assert not _finds(client, "TAJNEWORKSPACE8", workspace)
    # The leaders network was his only seat: the members' library goes with it.
    assert client.get(_members_only_practice().url).status_code == 404
    # The network's coordinator (an expert, not a mayor) still runs it.
    assert demo.client_for(LEADERS_COORDINATOR).get(workspace.url).status_code == 200
    # Elected deputy mayor later: the seat, kept on record, counts again.
    _change_position(demo.user("mayor"), Position.DEPUTY)
    assert client.get(workspace.url).status_code == 200


def test_a_membership_that_never_met_the_rule_grants_nothing(demo):
    """A seat written past the rule (a bulk update, an import, data from before the rule)
    is ignored by the sync, for the network and for the library."""
    person = PersonFactory(position=Position.STAFF)
    membership = services.add_membership(person, demo.network(1))  # allowed there
    Membership.objects.filter(pk=membership.pk).update(network=demo.network(8))  # no checks
    assert not Membership.objects.get(pk=membership.pk).qualifies

    call_command("sync_networks")

    client = demo.client_for(person.user.username)
    workspace = demo.workspace(8)
    assert client.get(workspace.url).status_code == 404
    assert not _finds(client, "TAJNEWORKSPACE8", workspace)
    assert not rules.can_read_library(person.user)
    assert client.get(_members_only_practice().url).status_code == 404
    assert demo.client_for("mayor").get(workspace.url).status_code == 200
    assert demo.client_for(LEADERS_COORDINATOR).get(workspace.url).status_code == 200


def test_a_network_that_becomes_the_leaders_network_keeps_only_leaders_as_members(demo):
    """A rule change: memberships older than it no longer count, coordinators keep running."""
    network, workspace = demo.network(1), demo.workspace(1)
    assert demo.client_for("member").get(workspace.url).status_code == 200

    network.is_leaders_network = True
    network.save()  # as an editor ticking "closed leaders network"

    assert demo.client_for("member").get(workspace.url).status_code == 404
    assert demo.client_for("coordinator").get(workspace.url).status_code == 200
    assert demo.user("member").pk not in services.desired_group_users(network)["members"]


def _english_admin(demo, username):
    profile = UserProfile.get_for_user(demo.user(username))
    profile.preferred_language = "en"
    profile.save()
    return demo.client_for(username)


def test_editors_filter_the_memberships_that_no_longer_qualify(demo):
    _change_position(demo.user("mayor"), Position.STAFF)
    editor = _english_admin(demo, "editor")

    index = editor.get(MEMBERSHIPS).content.decode()
    assert "?qualifies=no" in index  # a filter on show, not a hidden lookup

    response = editor.get(MEMBERSHIPS, {"qualifies": "no"})
    assert response.status_code == 200
    listed = list(response.context["view"].queryset)
    assert [m.person.user.username for m in listed] == ["mayor"]
    html = response.content.decode()
    assert "Does not qualify – position: Local government staff" in html

    qualifying = editor.get(MEMBERSHIPS, {"qualifies": "yes"}).context["view"].queryset
    assert listed[0] not in qualifying
    assert qualifying.filter(person__user__username="member").exists()


def test_the_dashboard_warns_editors_only(demo):
    editor = _english_admin(demo, "editor")
    assert "memberships-not-qualifying" not in editor.get("/admin/").content.decode()

    _change_position(demo.user("mayor"), Position.STAFF)

    html = editor.get("/admin/").content.decode()
    assert "memberships-not-qualifying" in html
    assert "1 membership of the leaders network no longer qualifies" in html
    assert f"{MEMBERSHIPS}?qualifies=no&amp;ended_on__isnull=True" in html
    filtered = editor.get(f"{MEMBERSHIPS}?qualifies=no&ended_on__isnull=True")
    assert filtered.status_code == 200
    assert [m.person.user.username for m in filtered.context["view"].queryset] == ["mayor"]
    coordinator_home = demo.client_for("coordinator").get("/admin/")
    assert coordinator_home.status_code == 200
    assert "memberships-not-qualifying" not in coordinator_home.content.decode()
