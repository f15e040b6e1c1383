"""SPEC §4 for sessions: minutes, online links, attendance, documents and the iCal feed are
for the network's members, coordinators and editors – never for observers or other networks.
"""

import re
from urllib.parse import parse_qs, urlsplit

from django.urls import reverse

import pytest

from tests.conftest import ROLE_USERNAMES
from tests.polish import english
from workspaces.notifications import links
from workspaces.sessions import ical
from workspaces.sessions.demo import minutes_code, online_link_code
from workspaces.sessions.models import CalendarToken, SessionPage

ROLES = ["visitor", "member", "coordinator", "observer", "mayor", "editor", "former"]
USERNAMES = ROLE_USERNAMES
#                visitor member coord observer mayor editor former
SESSIONS_OF = {
    1: "-       A      A     -        -     A      -",  # DIGITAL: member's own network
    3: "-       -      -     -        -     A      -",  # CIVIC: observed, never its sessions
    6: "-       -      -     -        -     A      -",  # GREEN: the former member left it
    8: "-       -      -     -        A     A      -",  # leaders
}
CASES = [
    pytest.param(role, network, mark == "A", way, id=f"{role}-network{network}-{way}")
    for network, row in SESSIONS_OF.items()
    for role, mark in zip(ROLES, row.split(), strict=True)
    for way in ["page", "document", "search", "ical", "workspace_listing"]
]


def _session(demo, network_number):
    """A session with an online link (online or hybrid), the most sensitive kind."""
    workspace = demo.workspace(network_number)
    return SessionPage.objects.child_of(workspace).exclude(online_link="").order_by("number")[0]


@pytest.mark.parametrize("role,network,allowed,way", CASES)
def test_session_access(demo, role, network, allowed, way):
    client = demo.client_for(USERNAMES[role])
    session = _session(demo, network)
    code = minutes_code(network, session.number)

    if way == "page":
        response = client.get(session.url)
        html = response.content.decode()
        assert (response.status_code == 200) is allowed
        for secret in (code, online_link_code(network, session.number)):
            assert (secret in html) is allowed
        attendee = session.attendance.select_related("person__user").first().person
        assert (str(attendee) in html) is allowed

    elif way == "document":
        first = SessionPage.objects.child_of(demo.workspace(network)).get(number=1)
        document = first.materials[0].value["document"]
        response = client.get(document.url)
        assert (response.status_code == 200) is allowed
        if not allowed:
            assert response.status_code in (302, 404)

    elif way == "search":
        html = client.get(reverse("search"), {"q": code}).content.decode()
        results = html[html.find('<ol class="search-results">') :]
        assert (f'href="{session.url}"' in results) is allowed

    elif way == "ical":
        if USERNAMES[role] is None:
            # Visitors have no feed: asking for a calendar address means signing in first (and
            # coming back), and no address is made meanwhile; an unknown token is tested below.
            tokens = CalendarToken.objects.count()
            response = client.get(reverse("calendar_settings"))
            assert response.status_code == 302
            sign_in = urlsplit(response.url)
            assert sign_in.path == reverse("login")
            assert parse_qs(sign_in.query)["next"] == [reverse("calendar_settings")]
            assert CalendarToken.objects.count() == tokens
        else:
            # Long lines of an ICS file are folded ("\r\n "); unfold them to read the links.
            feed = ical.feed(demo.user(USERNAMES[role]), None).decode().replace("\r\n ", "")
            assert (links.page_url(session) in feed) is allowed
            assert online_link_code(network, session.number) not in feed  # never in a calendar

    elif way == "workspace_listing":
        landing = client.get(demo.network(network).url).content.decode()
        assert (
            f'href="{session.url}"' in landing
        ) is False  # sessions are listed in the workspace only
        assert "TAJNEPROTOKOL" not in landing


def test_visitors_see_only_how_many_sessions_a_network_has_held(demo):
    from django.utils import timezone

    held = SessionPage.objects.child_of(demo.workspace(1)).filter(ends_at__lt=timezone.now())
    client = demo.client_for(None)
    html = client.get(english(demo.network(1).url)).content.decode()
    assert f"The network has held {held.count()} sessions." in html
    for session in held:
        assert english(session.url) not in html and session.url not in html


def test_unknown_calendar_token_is_not_found(demo):
    assert demo.client_for(None).get("/kalendarz/nie-ma-takiego.ics").status_code == 404


def test_calendar_feed_lists_the_members_sessions_with_links_back(demo):
    client = demo.client_for("member")
    page = client.get(reverse("calendar_settings")).content.decode()
    (feed_url,) = re.findall(r'<input id="feed-url"[^>]* value="([^"]+)"', page)
    feed_path = urlsplit(feed_url).path
    response = demo.client_for(None).get(feed_path)
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/calendar")
    body = response.content.decode()
    sessions = SessionPage.objects.child_of(demo.workspace(1))
    assert body.count("BEGIN:VEVENT") == sessions.count()
    for session in sessions:
        assert links.page_url(session) in body.replace("\r\n ", "")


def test_revoking_the_token_stops_the_old_feed_at_once(demo):
    member = demo.user("member")
    old = ical.token_for(member).token
    client = demo.client_for("member")
    client.post(reverse("calendar_settings"))
    assert demo.client_for(None).get(f"/kalendarz/{old}.ics").status_code == 404
    new = ical.token_for(member).token
    assert new != old
    fresh = demo.client_for(None).get(f"/kalendarz/{new}.ics")
    assert fresh.status_code == 200
    assert fresh.content.decode().count("BEGIN:VEVENT") == ical.sessions_for(member).count()


def test_feed_empties_when_the_membership_ends(demo):
    from workspaces.registry import services
    from workspaces.registry.models import Membership

    member = demo.user("member")
    assert "BEGIN:VEVENT" in ical.feed(member, None).decode()
    services.end_period(Membership.objects.get(person__user=member, network=demo.network(1)))
    assert "BEGIN:VEVENT" not in ical.feed(member, None).decode()
