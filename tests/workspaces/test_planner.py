"""The quarterly cycle: the next sessions planned in one action."""

import datetime

from django.core.exceptions import PermissionDenied
from django.urls import reverse
from django.utils import timezone
from django.utils.html import escape

import pytest

from workspaces.sessions import planner
from workspaces.sessions.models import SessionPage


def _plan(demo, username="coordinator", **overrides):
    data = {
        "count": 4,
        "first_date": datetime.date(2027, 1, 31),
        "start_time": datetime.time(10, 0),
        "duration_hours": 4,
        "months_between": 3,
        "format": "hybrid",
    }
    data.update(overrides)
    return planner.plan_sessions(demo.workspace(1), demo.user(username), **data)


def test_plans_numbered_quarterly_sessions_with_the_agenda_skeleton(demo):
    existing = SessionPage.objects.child_of(demo.workspace(1))
    last_number = max(existing.values_list("number", flat=True))
    latest_agenda = existing.order_by("-starts_at").first().agenda.raw_data

    planned = _plan(demo)

    assert [s.number for s in planned] == list(range(last_number + 1, last_number + 5))
    days = [timezone.localtime(s.starts_at).date() for s in planned]
    assert days == [
        datetime.date(2027, 1, 31),
        datetime.date(2027, 4, 30),  # clamped to the month's end
        datetime.date(2027, 7, 31),
        datetime.date(2027, 10, 31),
    ]
    assert all(timezone.localtime(s.starts_at).hour == 10 for s in planned)
    assert all(s.live and s.format == "hybrid" for s in planned)
    assert [b["value"]["title"] for b in planned[0].agenda.raw_data] == [
        b["value"]["title"] for b in latest_agenda
    ]


def test_planned_sessions_are_as_private_as_the_workspace(demo):
    planned = _plan(demo, count=1)
    assert demo.client_for("member").get(planned[0].url).status_code == 200
    assert demo.client_for("observer").get(planned[0].url).status_code == 404


@pytest.mark.parametrize("username", ["member", "observer"])
def test_only_coordinators_and_editors_plan(demo, username):
    before = SessionPage.objects.count()
    with pytest.raises(PermissionDenied):
        _plan(demo, username=username)
    assert SessionPage.objects.count() == before


def test_coordinator_plans_from_the_site(demo):
    client = demo.client_for("coordinator")
    network, workspace = demo.network(1), demo.workspace(1)
    url = reverse("plan_sessions", args=[workspace.pk])
    page = client.get(url)
    assert page.status_code == 200
    html = page.content.decode()
    assert escape(network.title) in html and f'href="{workspace.url}"' in html  # whose sessions
    assert page.context["form"]["first_date"].value() == planner.next_first_date(workspace)
    before = SessionPage.objects.count()
    response = client.post(
        url,
        {
            "count": "2",
            "first_date": "2027-03-01",
            "start_time": "11:00",
            "duration_hours": "3",
            "months_between": "3",
            "format": "online",
        },
    )
    assert response.status_code == 302
    assert response.url == workspace.url
    assert SessionPage.objects.count() == before + 2


def test_bad_input_gets_a_translated_error_and_plans_nothing(demo):
    client = demo.client_for("coordinator")
    before = SessionPage.objects.count()
    response = client.post(
        reverse("plan_sessions", args=[demo.workspace(1).pk]),
        {"count": "40", "first_date": "nie-data", "start_time": "10:00", "duration_hours": "3",
         "months_between": "3", "format": "online"},
    )  # fmt: skip
    assert response.status_code == 200
    html = response.content.decode()
    assert "dwanaście" in html  # "Plan at most twelve sessions at a time." in Polish
    assert SessionPage.objects.count() == before


def test_member_cannot_open_the_planner(demo):
    url = reverse("plan_sessions", args=[demo.workspace(1).pk])
    assert demo.client_for("member").get(url).status_code == 403
    assert demo.client_for("observer").get(url).status_code == 404


def test_add_months_clamps_to_the_end_of_the_month():
    assert planner.add_months(datetime.date(2024, 11, 30), 3) == datetime.date(2025, 2, 28)
    assert planner.add_months(datetime.date(2023, 11, 30), 3) == datetime.date(2024, 2, 29)
    assert planner.add_months(datetime.date(2022, 5, 19), 12) == datetime.date(2023, 5, 19)
