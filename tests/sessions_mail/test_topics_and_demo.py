"""Sessions have a topic – "Sesja 7: Zielone podwórka" wherever "Sesja 7" stood alone – and the
demo's sessions are consistent: every one has a topic, and who attended how fits the format."""

from django.utils import translation

from workspaces.sessions.models import AttendanceMode, SessionFormat, SessionPage


def test_every_demo_session_has_a_polish_and_an_english_topic(demo):
    sessions = SessionPage.objects.all()
    assert sessions.count() == 56
    assert not sessions.filter(topic="").exists()
    assert not sessions.filter(topic_en="").exists()
    topics = list(sessions.values_list("topic", flat=True))
    assert len(set(topics)) == len(topics)  # written per session, not repeated


def test_heading_joins_number_and_topic_in_the_readers_language(demo):
    session = SessionPage.objects.get(topic="Zielone podwórka")
    assert session.heading == f"Sesja {session.number}: Zielone podwórka"
    with translation.override("en"):
        assert session.heading == f"Session {session.number}: Green courtyards"
    session.topic = session.topic_en = ""
    assert session.heading == f"Sesja {session.number}"


def test_the_session_page_and_the_workspace_list_show_the_topic(demo):
    session = SessionPage.objects.child_of(demo.workspace(1)).order_by("number").first()
    client = demo.client_for("member")
    page = client.get(session.url).content.decode()
    assert f"<h1>{session.heading}</h1>" in page
    assert f"<title>{session.heading} – " in page
    assert session.heading in client.get(demo.workspace(1).url).content.decode()


def test_nobody_attends_an_online_session_in_person(demo):
    online = SessionPage.objects.filter(format=SessionFormat.ONLINE)
    assert online.exists()
    for session in online:
        assert session.attendance.exists()
        assert not session.attendance.filter(mode=AttendanceMode.IN_PERSON).exists()
        assert session.host_town_id is None and session.venue == ""


def test_in_person_sessions_are_attended_in_the_room_and_hybrid_ones_both_ways(demo):
    for session in SessionPage.objects.filter(format=SessionFormat.IN_PERSON):
        assert not session.attendance.filter(mode=AttendanceMode.ONLINE).exists()
        assert session.online_link == ""
    hybrid = SessionPage.objects.filter(format=SessionFormat.HYBRID).first()
    modes = set(hybrid.attendance.values_list("mode", flat=True))
    assert modes == {AttendanceMode.IN_PERSON, AttendanceMode.ONLINE}


def test_venues_do_not_repeat_the_host_town(demo):
    for session in SessionPage.objects.exclude(host_town=None).select_related("host_town"):
        assert session.host_town.name not in session.venue
