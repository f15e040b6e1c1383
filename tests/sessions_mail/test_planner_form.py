"""The planner: a first date inside the programme (from 2022, at most two years ahead), and the
place of the sessions – host town, venue, online link – fitting their format."""

import datetime

from django.urls import reverse
from django.utils import timezone

import pytest

from home.collation import polish_sort_key
from workspaces.registry import roster
from workspaces.sessions import planner
from workspaces.sessions.forms import PlanSessionsForm
from workspaces.sessions.models import SessionPage


def _data(**changes):
    data = {
        "count": "2",
        "first_date": "2027-02-10",
        "start_time": "10:00",
        "duration_hours": "4",
        "months_between": "3",
        "format": "in_person",
        "host_town": "",
        "venue": "",
        "online_link": "",
    }
    data.update(changes)
    return data


def _post(demo, **changes):
    url = reverse("plan_sessions", args=[demo.workspace(1).pk])
    return demo.client_for("coordinator").post(url, _data(**changes))


def _far_ahead():
    return planner.add_months(timezone.localdate(), 12 * planner.YEARS_AHEAD + 1)


@pytest.mark.parametrize(
    "first_date",
    ["2020-05-14", "2021-12-31", "far"],
)
def test_a_first_date_outside_the_programme_is_refused(demo, first_date):
    if first_date == "far":
        first_date = _far_ahead().isoformat()
    before = SessionPage.objects.count()
    response = _post(demo, first_date=first_date)
    assert response.status_code == 200
    assert response.context["form"].errors["first_date"]
    assert 'class="error-summary"' in response.content.decode()
    assert SessionPage.objects.count() == before


def test_the_bounds_are_the_programme_start_and_two_years_ahead():
    today = datetime.date(2026, 11, 27)
    assert planner.first_date_bounds(today) == (
        datetime.date(2022, 1, 1),
        datetime.date(2028, 11, 27),
    )


@pytest.mark.parametrize("first_date", ["2022-01-01", "2024-03-14"])
def test_dates_inside_the_programme_are_accepted(demo, first_date):
    form = PlanSessionsForm(_data(first_date=first_date), network=demo.network(1))
    assert form.is_valid(), form.errors


def test_host_town_venue_and_link_are_given_to_every_planned_session(demo):
    town = roster.member_towns(demo.network(1))[0]
    response = _post(
        demo,
        format="hybrid",
        host_town=str(town.pk),
        venue="Urząd Miasta, sala sesyjna",
        online_link="https://spotkania.example.org/nowa-sesja",
    )
    assert response.status_code == 302
    planned = SessionPage.objects.filter(online_link="https://spotkania.example.org/nowa-sesja")
    assert planned.count() == 2
    assert {(s.host_town_id, s.venue, s.format) for s in planned} == {
        (town.pk, "Urząd Miasta, sala sesyjna", "hybrid")
    }


@pytest.mark.parametrize(
    "changes,field",
    [
        ({"format": "online", "venue": "Urząd Miasta"}, "venue"),
        ({"format": "in_person", "online_link": "https://spotkania.example.org/x"}, "online_link"),
    ],
)
def test_a_place_that_does_not_fit_the_format_is_refused(demo, changes, field):
    form = PlanSessionsForm(_data(**changes), network=demo.network(1))
    assert not form.is_valid()
    assert form.errors[field]


def test_host_towns_are_the_networks_in_polish_order_with_a_worded_empty_choice(demo):
    form = PlanSessionsForm(network=demo.network(1))
    choices = list(form.fields["host_town"].choices)
    labels = [str(label) for _value, label in choices]
    assert labels[0] != "---------"
    assert labels[1:] == sorted(labels[1:], key=polish_sort_key)
    assert labels[1:] == [town.name for town in roster.member_towns(demo.network(1))]


def test_a_town_outside_the_network_cannot_host(demo):
    from workspaces.registry.models import Municipality

    members = {town.pk for town in roster.member_towns(demo.network(1))}
    outsider = Municipality.objects.exclude(pk__in=members).first()
    form = PlanSessionsForm(_data(host_town=str(outsider.pk)), network=demo.network(1))
    assert not form.is_valid()
    assert form.errors["host_town"]


def test_the_proposed_first_date_is_never_in_the_past(demo):
    proposed = planner.next_first_date(demo.workspace(1))
    assert proposed > timezone.localdate()
    earliest, latest = planner.first_date_bounds()
    assert earliest <= proposed <= latest
