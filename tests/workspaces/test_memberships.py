"""Memberships: history is kept, withdrawal is immediate, the leaders network stays closed."""

import datetime

from django.core.exceptions import ValidationError
from django.urls import reverse
from django.utils import timezone, translation

import pytest

from tests.factories.registry import PersonFactory
from workspaces.registry import services
from workspaces.registry.models import Membership, MembershipRole, ObserverSubscription, Position


def test_ending_a_membership_denies_the_workspace_on_the_next_request(demo):
    client = demo.client_for("member")
    workspace = demo.workspace(1)
    assert client.get(workspace.url).status_code == 200
    membership = Membership.objects.get(person__user__username="member", network=demo.network(1))

    services.end_period(membership)

    assert client.get(workspace.url).status_code == 404
    results = client.get(reverse("search"), {"q": "TAJNEWORKSPACE1"}).content.decode()
    assert f'href="{workspace.url}"' not in results


def test_ending_a_membership_keeps_it_as_history(demo):
    membership = Membership.objects.get(person__user__username="member", network=demo.network(1))
    services.end_period(membership, on=timezone.localdate())
    membership.refresh_from_db()
    assert membership.ended_on == timezone.localdate()
    assert membership not in Membership.objects.active()
    assert Membership.objects.filter(pk=membership.pk).exists()


def test_membership_cannot_end_before_it_starts(demo):
    membership = Membership.objects.get(person__user__username="member", network=demo.network(1))
    with pytest.raises(ValidationError) as error:
        services.end_period(membership, on=membership.started_on - datetime.timedelta(days=1))
    assert "ended_on" in error.value.message_dict
    membership.refresh_from_db()
    assert membership.ended_on is None


@pytest.mark.parametrize("position", [Position.STAFF, Position.EXPERT])
def test_leaders_network_refuses_anyone_but_mayors_presidents_and_deputies(demo, position):
    person = PersonFactory(position=position)
    leaders = demo.network(8)
    before = Membership.objects.count()
    with translation.override("en"), pytest.raises(ValidationError) as error:
        services.add_membership(person, leaders)
    assert "leaders network" in " ".join(error.value.messages)
    assert Membership.objects.count() == before
    assert not person.user.groups.exists()


@pytest.mark.parametrize("position", [Position.MAYOR, Position.PRESIDENT, Position.DEPUTY])
def test_leaders_network_accepts_mayors_presidents_and_deputies(demo, position):
    person = PersonFactory(position=position)
    membership = services.add_membership(person, demo.network(8))
    assert demo.client_for(person.user.username).get(demo.workspace(8).url).status_code == 200
    assert membership.role == MembershipRole.MEMBER


def test_leaders_rule_message_is_translated_to_polish(demo):
    person = PersonFactory(position=Position.STAFF)
    with translation.override("pl"), pytest.raises(ValidationError) as error:
        services.add_membership(person, demo.network(8))
    assert "burmistrz" in " ".join(error.value.messages)


def test_leaders_network_has_no_observers(demo):
    before = ObserverSubscription.objects.count()
    with pytest.raises(ValidationError) as error:
        services.subscribe_observer(demo.network(8), person=PersonFactory())
    assert "network" in error.value.message_dict
    assert ObserverSubscription.objects.count() == before


def test_editor_sees_the_leaders_rule_in_the_admin_and_nothing_is_saved(demo):
    client = demo.client_for("editor")
    staff = PersonFactory(position=Position.STAFF)
    before = Membership.objects.count()
    response = client.post(
        "/admin/registry/membership/create/",
        {
            "person": staff.pk,
            "network": demo.network(8).pk,
            "role": MembershipRole.MEMBER,
            "started_on": "2024-01-10",
            "ended_on": "",
            "municipality": "",
        },
    )
    assert response.status_code == 200
    assert "burmistrz" in response.content.decode()
    assert Membership.objects.count() == before
