"""Ending a membership or subscription from the admin: a confirmation, then a POST; the row
stays with its end date, the access it gave goes, and the audit log says who ended it."""

from django.db.models import Q
from django.utils import timezone

from wagtail.models import ModelLogEntry

import pytest

from tests.factories.registry import MembershipFactory, PersonFactory
from workspaces.registry import services
from workspaces.registry.models import Membership, ObserverSubscription
from workspaces.registry.models.records import Position

from .helpers import REFUSED, action_url, list_url

pytestmark = pytest.mark.django_db


def _membership_of(demo, username, number):
    return Membership.objects.get(
        person__user=demo.user(username), network=demo.network(number), ended_on=None
    )


def _ended_log(record):
    return ModelLogEntry.objects.for_instance(record).filter(action=services.PERIOD_ENDED)


@pytest.mark.parametrize("username", ["editor", "coordinator"])
def test_ending_a_membership_keeps_the_row_and_removes_access(demo, username):
    member = demo.client_for("member")
    workspace = demo.workspace(1).url
    assert member.get(workspace).status_code == 200
    membership = _membership_of(demo, "member", 1)
    client = demo.client_for(username)
    url = action_url("membership", "end", membership.pk)

    confirmation = client.get(url)
    assert confirmation.status_code == 200
    assert "Anna Nowak" in confirmation.content.decode()
    membership.refresh_from_db()
    assert membership.ended_on is None  # asking is not ending

    response = client.post(url)
    assert response.status_code == 302 and response["Location"] == list_url("membership")
    membership.refresh_from_db()  # kept, as history
    assert membership.ended_on == timezone.localdate()
    assert member.get(workspace).status_code != 200
    entry = _ended_log(membership).get()
    assert entry.user == demo.user(username)


def test_the_list_and_the_record_offer_end_for_open_rows_only(demo, editor):
    membership = _membership_of(demo, "member", 1)
    end = action_url("membership", "end", membership.pk)
    assert end in editor.get(list_url("membership")).content.decode()
    assert end in editor.get(action_url("membership", "inspect", membership.pk)).content.decode()
    services.end_period(membership)
    assert end not in editor.get(list_url("membership") + "?status=ended").content.decode()
    assert editor.post(end).status_code in REFUSED  # an ended row does not end twice
    assert _ended_log(membership).filter(user=demo.user("editor")).count() == 0


def test_coordinator_sees_end_only_on_their_networks_rows(demo, coordinator):
    html = coordinator.get(list_url("membership")).content.decode()
    ours = Membership.objects.filter(network=demo.network(1), ended_on=None)
    for membership in ours:
        assert action_url("membership", "end", membership.pk) in html
    theirs = Membership.objects.filter(network=demo.network(2)).first()
    assert action_url("membership", "end", theirs.pk) not in html


def test_ending_an_observer_subscription(demo, editor):
    observer = demo.client_for("observer")
    following = Q(person__user=demo.user("observer")) | Q(
        municipality__people__user=demo.user("observer")
    )
    subscription = ObserverSubscription.objects.active().get(following, network=demo.network(3))
    outcome = demo.outcomes(3).url
    assert observer.get(outcome).status_code == 200
    url = action_url("observersubscription", "end", subscription.pk)
    assert editor.get(url).status_code == 200
    assert editor.post(url).status_code == 302
    subscription.refresh_from_db()
    assert subscription.ended_on == timezone.localdate()
    assert observer.get(outcome).status_code != 200
    assert _ended_log(subscription).get().user == demo.user("editor")


def test_editor_ends_a_seat_that_no_longer_qualifies(demo, editor):
    """A mayor who lost office: the dashboard's link lists the seat, and it can be ended."""
    person = PersonFactory(position=Position.MAYOR)
    membership = MembershipFactory(network=demo.network(8), person=person)
    person.position = Position.STAFF
    person.save()
    listing = editor.get(list_url("membership") + "?qualifies=no&ended_on__isnull=True")
    assert listing.status_code == 200
    assert membership in listing.context["view"].queryset
    end = action_url("membership", "end", membership.pk)
    assert end in listing.content.decode()
    assert editor.post(end).status_code == 302
    membership.refresh_from_db()
    assert membership.ended_on == timezone.localdate()
    assert (
        membership
        not in editor.get(list_url("membership") + "?qualifies=no&ended_on__isnull=True")
        .context["view"]
        .queryset
    )


def test_memberships_are_never_deleted(demo, editor):
    membership = _membership_of(demo, "member", 1)
    assert editor.get(action_url("membership", "delete", membership.pk)).status_code in REFUSED
    assert editor.post(action_url("membership", "delete", membership.pk)).status_code in REFUSED
    assert Membership.objects.filter(pk=membership.pk).exists()
