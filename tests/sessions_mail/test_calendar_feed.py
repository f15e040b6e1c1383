"""The personal calendar: each event names its network and the session's topic, says where it
is without repeating the town, shows a hybrid session as hybrid even before its place is known,
and links back to the site's real address."""

import datetime

from django.test import override_settings
from django.utils import translation

import pytest
from icalendar import Calendar

from tests.polish import pl
from workspaces.sessions import ical, planner
from workspaces.sessions.models import SessionFormat, SessionPage


def _events(user):
    with translation.override("pl"):
        calendar = Calendar.from_ical(ical.feed(user))
    return list(calendar.walk("VEVENT"))


def test_every_title_names_the_network_then_the_session_and_its_topic(demo):
    events = _events(demo.user("member"))
    assert events
    sessions = {f"session-{s.pk}@empiriae": s for s in SessionPage.objects.all()}
    for event in events:
        session = sessions[str(event["uid"])]
        network = session.get_parent().get_parent().specific
        assert str(event["summary"]) == f"{network.title} – Sesja {session.number}: {session.topic}"


def test_no_location_names_its_town_twice(demo):
    for event in _events(demo.user("member")):
        location = str(event.get("location", ""))
        parts = [part.strip() for part in location.replace(pl("and online"), "").split(",")]
        assert len(parts) == len(set(parts)), location


@pytest.mark.parametrize(
    "venue,expected",
    [
        ("Urząd Miasta, sala sesyjna", "Urząd Miasta, sala sesyjna, Tarnów"),
        ("Urząd Miasta Tarnowa, ul. Mickiewicza 2, Tarnów", None),  # already names the town
        ("", "Tarnów"),
    ],
)
def test_place_is_venue_then_town_once(demo, venue, expected):
    from workspaces.registry.models import Municipality

    session = SessionPage(venue=venue, host_town=Municipality.objects.get(name="Tarnów"))
    assert ical.place(session) == (expected or venue)


def test_a_newly_planned_hybrid_session_shows_as_hybrid_not_online(demo):
    (session,) = planner.plan_sessions(
        demo.workspace(1), demo.user("coordinator"), count=1,
        first_date=datetime.date(2027, 2, 10), start_time=datetime.time(10),
        duration_hours=3, months_between=3, format=SessionFormat.HYBRID,
    )  # fmt: skip
    with translation.override("pl"):
        assert ical.location(session) == pl("Hybrid: place to be announced, or online")
        assert ical.location(session) != pl("Online")
        session.venue = "Urząd Miasta, sala sesyjna"
        assert ical.location(session) == pl("%(place)s and online") % {
            "place": "Urząd Miasta, sala sesyjna"
        }


def test_online_sessions_have_no_place_and_no_link_in_the_calendar(demo):
    online = SessionPage.objects.filter(format=SessionFormat.ONLINE).first()
    with translation.override("pl"):
        assert ical.location(online) == pl("Online")
    feed = ical.feed(demo.user("member")).decode()
    assert "spotkania.example.org" not in feed


@override_settings(WAGTAILADMIN_BASE_URL="http://127.0.0.1:8000")
def test_events_link_back_to_the_real_address(demo):
    for event in _events(demo.user("member")):
        assert str(event["url"]).startswith("http://127.0.0.1:8000/")
