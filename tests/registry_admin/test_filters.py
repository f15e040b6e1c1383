"""The registry lists' filters, search and ordering give the rows they say."""

import datetime

from django.utils import timezone

import pytest

from tests.factories.registry import (
    MembershipFactory,
    MunicipalityFactory,
    ObserverSubscriptionFactory,
    PersonFactory,
    UserFactory,
)
from workspaces.outcomes.models import Evaluation
from workspaces.registry.models import Membership, Municipality, Person
from workspaces.registry.models.records import (
    MembershipRole,
    Position,
    ProgrammeStatus,
    Voivodeship,
)

from .helpers import list_url, listed

pytestmark = pytest.mark.django_db


def _periods(network):
    """An ended, a current and a future membership in `network`."""
    today = timezone.localdate()
    return {
        "ended": MembershipFactory(
            network=network,
            started_on=today - datetime.timedelta(days=400),
            ended_on=today - datetime.timedelta(days=10),
        ),
        "active": MembershipFactory(network=network, started_on=today - datetime.timedelta(days=5)),
        "upcoming": MembershipFactory(
            network=network, started_on=today + datetime.timedelta(days=30)
        ),
    }


@pytest.mark.parametrize("status", ["ended", "active", "upcoming"])
def test_membership_status_filter(demo, editor, status):
    periods = _periods(demo.network(2))
    rows = listed(editor, "membership", f"?status={status}")
    assert periods[status] in rows
    assert not {p for s, p in periods.items() if s != status} & set(rows)
    today = timezone.localdate()
    for row in rows:
        if status == "ended":
            assert row.ended_on <= today
        elif status == "upcoming":
            assert row.started_on > today
        else:
            assert row.started_on <= today and (row.ended_on is None or row.ended_on > today)


def test_membership_network_role_and_voivodeship_filters(demo, editor):
    network = demo.network(2)
    rows = listed(editor, "membership", f"?network__page_ptr__exact={network.pk}")
    assert rows and {row.network_id for row in rows} == {network.pk}
    assert len(rows) == Membership.objects.filter(network=network).count()

    rows = listed(editor, "membership", "?role__exact=coordinator")
    assert rows and {row.role for row in rows} == {MembershipRole.COORDINATOR}

    town = MunicipalityFactory(voivodeship=Voivodeship.PODLASKIE)
    ours = MembershipFactory(network=network, person=PersonFactory(municipality=town))
    rows = listed(editor, "membership", "?municipality__voivodeship__exact=podlaskie")
    assert ours in rows
    assert {row.municipality.voivodeship for row in rows} == {Voivodeship.PODLASKIE}


def test_membership_dates_filter(demo, editor):
    periods = _periods(demo.network(2))
    rows = listed(editor, "membership", "?ended_on__isnull=True")
    assert periods["active"] in rows and periods["ended"] not in rows
    today = timezone.localdate()
    since = (today - datetime.timedelta(days=7)).isoformat()
    rows = listed(editor, "membership", f"?started_on__gte={since}")
    assert periods["active"] in rows and periods["ended"] not in rows


def test_membership_search_finds_the_person_and_the_town(demo, editor):
    person = PersonFactory(user=UserFactory(last_name="Szczebrzeszyńska"))
    ours = MembershipFactory(network=demo.network(2), person=person)
    assert listed(editor, "membership", "?q=Szczebrzeszy") == [ours]
    town = person.municipality.name
    assert ours in listed(editor, "membership", f"?q={town}")


def test_membership_list_sorts_by_its_columns(demo, editor):
    # Columns: person, network, role, municipality, voivodeship, from, until, qualifies.
    rows = listed(editor, "membership", "?o=-5")
    starts = [row.started_on for row in rows]
    assert starts == sorted(starts, reverse=True) and len(set(starts)) > 1
    rows = listed(editor, "membership", "?o=0")
    names = [(row.person.user.last_name, row.person.user.first_name) for row in rows]
    assert names == sorted(names)


def test_list_shows_sortable_headings(editor):
    html = editor.get(list_url("membership")).content.decode()
    assert "?o=5" in html  # the "from" column links to its ordering


def test_subscription_filters_and_search(demo, editor):
    network = demo.network(3)
    today = timezone.localdate()
    person = PersonFactory(user=UserFactory(last_name="Obserwatorska"))
    ended = ObserverSubscriptionFactory(
        network=network, person=person, ended_on=today - datetime.timedelta(days=1)
    )
    rows = listed(editor, "observersubscription", "?status=ended")
    assert ended in rows and all(row.ended_on <= today for row in rows)
    rows = listed(editor, "observersubscription", f"?network__page_ptr__exact={network.pk}")
    assert rows and {row.network_id for row in rows} == {network.pk}
    assert listed(editor, "observersubscription", "?q=Obserwatorska") == [ended]


def test_subscription_voivodeship_is_the_towns_or_the_persons(demo, editor):
    network = demo.network(3)
    town = MunicipalityFactory(voivodeship=Voivodeship.LUBUSKIE)
    whole_town = ObserverSubscriptionFactory(network=network, person=None, municipality=town)
    person = PersonFactory(municipality=town)
    one_person = ObserverSubscriptionFactory(network=network, person=person)
    elsewhere = ObserverSubscriptionFactory(network=network)
    rows = listed(editor, "observersubscription", "?voivodeship=lubuskie")
    assert whole_town in rows and one_person in rows and elsewhere not in rows


def test_municipality_filters_search_and_ordering(editor):
    town = MunicipalityFactory(
        name="Zzyzx-Wola", voivodeship=Voivodeship.OPOLSKIE, population=999_999,
        programme_status=ProgrammeStatus.OBSERVER,
    )  # fmt: skip
    rows = listed(editor, "municipality", "?voivodeship__exact=opolskie")
    assert town in rows and {row.voivodeship for row in rows} == {Voivodeship.OPOLSKIE}
    rows = listed(editor, "municipality", "?programme_status__exact=observer")
    assert town in rows and {row.programme_status for row in rows} == {ProgrammeStatus.OBSERVER}
    assert listed(editor, "municipality", "?q=zzyzx") == [town]
    rows = listed(editor, "municipality", "?o=-2")  # population, largest first
    assert rows[0] == town
    assert len(rows) == Municipality.objects.count()


def test_people_filters_and_search(editor):
    person = PersonFactory(
        position=Position.DEPUTY, user=UserFactory(email="unikat-osoby@example.org")
    )
    rows = listed(editor, "person", "?position__exact=deputy")
    assert person in rows and {row.position for row in rows} == {Position.DEPUTY}
    assert listed(editor, "person", "?q=unikat-osoby") == [person]
    rows = listed(editor, "person", "?o=0")
    names = [row.user.last_name for row in rows]
    assert names == sorted(names) and len(rows) == Person.objects.count()


def test_evaluation_network_filter_and_search(demo, editor):
    network = demo.network(1)
    ours = Evaluation.objects.filter(outcome__path__startswith=network.path)
    rows = listed(editor, "evaluation", f"?network={network.pk}")
    assert set(rows) == set(ours) and ours.exists()
    one = ours.first()
    rows = listed(editor, "evaluation", f"?usefulness={one.usefulness}")
    assert one in rows and {row.usefulness for row in rows} == {one.usefulness}
    rows = listed(editor, "evaluation", f"?q={one.outcome.title}")
    assert one in rows
    assert {row.outcome.title for row in rows} == {one.outcome.title}
