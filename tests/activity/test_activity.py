"""Activity (issue 10, item 4): the workspace's recent activity, the full activity page and the
home page's "my networks" – only what each reader may see, and in a number of queries that does
not grow with the networks' history."""

import datetime

from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

import pytest

from workspaces.access.models import PrivateDocument
from workspaces.activity import feed, overview
from workspaces.activity.feed import Kind
from workspaces.collaboration import feedback, services
from workspaces.collaboration.models import (
    DocumentVersion,
    FeedbackRequest,
    Post,
    Project,
    SharedDocument,
    Thread,
)
from workspaces.notifications import outbox
from workspaces.outcomes.models import OutcomePage
from workspaces.registry.services import ensure_network_collection
from workspaces.sessions.models import Minutes, MinutesStatus, SessionPage

# Code words on network 1's private things made here; the demo's own are in its workspace's
# introduction, its minutes, its first discussion, its online links and its session material.
SESSION_CODE = "TAJNASESJAAKTYWNOSC1"
THREAD_CODE = "TAJNYWATEKAKTYWNOSC1"
REQUEST_CODE = "TAJNAKONSULTACJAAKTYWNOSC1"
HIDDEN_CODE = "TAJNYUKRYTYAKTYWNOSC1"
DOCUMENT_CODE = "TAJNYPLIKAKTYWNOSC1"
OUR_CODES = [SESSION_CODE, THREAD_CODE, REQUEST_CODE, HIDDEN_CODE, DOCUMENT_CODE]
DEMO_CODES = [
    "TAJNEWORKSPACE1",
    "TAJNEPROTOKOL1X",
    "TAJNEDISCUSSION1",
    "TAJNEOUTCOMES1",
    "TAJNYLINK1X",
    "TAJNYDOKUMENT1",
]
WORKSPACE_KINDS = set(Kind) - {Kind.OUTCOME, Kind.PRACTICE}

READERS = ["member", "coordinator", "editor"]  # network 1's workspace
OUTSIDERS = ["observer", "mayor", "demo-former"]  # observer: network 3; mayor: network 8


@pytest.fixture
def news(demo):
    """Fresh things in network 1 (MIASTO CYFROWE): a session planned a month ahead, a discussion
    with a reply, a feedback request, a discussion its coordinator hid, and a document in two
    versions."""
    member, coordinator = demo.user("member"), demo.user("coordinator")
    network, workspace = demo.network(1), demo.workspace(1)
    with outbox.suppressed():
        starts = timezone.now() + datetime.timedelta(days=30)
        session = SessionPage(
            title=f"Sesja {SESSION_CODE}",
            slug="sesja-aktywnosc",
            number=50,
            starts_at=starts,
            ends_at=starts + datetime.timedelta(hours=4),
        )
        workspace.add_child(instance=session)
        session.save_revision(user=coordinator).publish(user=coordinator)
        thread = services.start_thread(member, network, f"Pytanie {THREAD_CODE}", "Jak to robicie?")
        reply = services.reply(coordinator, thread, "Tak, jak w Cieszynie.")
        asked = feedback.request_feedback(
            member,
            network,
            town=member.person.municipality,
            project_title=f"Projekt {REQUEST_CODE}",
            goal="Mniej kolejek w urzędzie.",
            question="Czy to się sprawdzi?",
            stage="delivery",
        )
        hidden = services.start_thread(member, network, f"Ukryty {HIDDEN_CODE}", "Nie na temat.")
        services.moderate_thread(coordinator, hidden, "hide")
    shared = _shared_document(network, member, f"Plik {DOCUMENT_CODE}", versions=2)
    return {
        "session": session,
        "thread": thread,
        "reply": reply,
        "asked": asked,
        "hidden": hidden,
        "shared": shared,
    }


def _shared_document(network, user, title, versions=1, when=None):
    """A shared document's records (no file is needed to list it)."""
    collection = ensure_network_collection(network)
    files = [
        PrivateDocument.objects.create(title=title, collection=collection, file=f"test/{n}.txt")
        for n in range(versions)
    ]
    when = when or timezone.now()
    shared = SharedDocument.objects.create(
        network=network, title=title, uploaded_by=user, current=files[-1], kind="txt",
        updated_at=when,
    )  # fmt: skip
    for number, file in enumerate(files, start=1):
        DocumentVersion.objects.create(
            shared=shared, document=file, number=number, kind="txt", uploaded_by=user,
            uploaded_at=when + datetime.timedelta(seconds=number),
        )  # fmt: skip
    return shared


def _all_events(user, networks):
    return list(feed.events(user, networks, 1, per_page=500).object_list)


def _titles(events):
    return " ".join(event.title for event in events)


# --- who sees what ---------------------------------------------------------------------------


@pytest.mark.parametrize("username", READERS)
def test_the_networks_people_see_its_sessions_discussions_requests_and_documents(
    demo, news, username
):
    events = _all_events(demo.user(username), [demo.network(1)])
    kinds = {event.kind for event in events}
    assert {
        Kind.SESSION_NEW,
        Kind.MINUTES_CIRCULATED,
        Kind.MINUTES_APPROVED,
        Kind.OUTCOME,
        Kind.THREAD,
        Kind.REPLY,
        Kind.FEEDBACK,
        Kind.DOCUMENT,
        Kind.DOCUMENT_VERSION,
        Kind.PRACTICE,
    } <= kinds
    titles = _titles(events)
    for code in (SESSION_CODE, THREAD_CODE, REQUEST_CODE, DOCUMENT_CODE):
        assert code in titles
    assert all(event.network == demo.network(1) for event in events)
    # The newest first; the feedback request is one event, not also a "new discussion".
    assert [e.when for e in events] == sorted((e.when for e in events), reverse=True)
    requested = [e for e in events if REQUEST_CODE in e.title]
    assert [e.kind for e in requested] == [Kind.FEEDBACK]


def test_a_session_published_again_is_news_as_a_change(demo, news):
    session = SessionPage.objects.get(pk=news["session"].pk)
    coordinator = demo.user("coordinator")
    session.venue = "Urząd Miasta, sala 2"
    with outbox.suppressed():
        session.save_revision(user=coordinator).publish(user=coordinator)
    events = _all_events(demo.user("member"), [demo.network(1)])
    assert [e.kind for e in events if SESSION_CODE in e.title] == [Kind.SESSION_UPDATED]


def test_hidden_discussions_are_news_to_moderators_only(demo, news):
    assert HIDDEN_CODE not in _titles(_all_events(demo.user("member"), [demo.network(1)]))
    for moderator in ("coordinator", "editor"):
        assert HIDDEN_CODE in _titles(_all_events(demo.user(moderator), [demo.network(1)]))


def _reply_anchors(user, network):
    return {e.url.rsplit("#", 1)[1] for e in _all_events(user, [network]) if e.kind == Kind.REPLY}


def test_a_hidden_reply_is_news_to_moderators_only_and_a_withdrawn_one_to_nobody(demo, news):
    network, member, coordinator = demo.network(1), demo.user("member"), demo.user("coordinator")
    with outbox.suppressed():
        second = services.reply(member, news["thread"], "Jeszcze jedno.")
    services.hide_post(coordinator, second)
    assert f"wpis-{second.pk}" not in _reply_anchors(member, network)
    assert f"wpis-{second.pk}" in _reply_anchors(coordinator, network)
    services.withdraw_post(coordinator, news["reply"])
    for user in (member, coordinator):
        assert f"wpis-{news['reply'].pk}" not in _reply_anchors(user, network)


@pytest.mark.parametrize("username", OUTSIDERS)
def test_outsiders_get_nothing_of_network_1_but_what_is_public_anyway(demo, news, username):
    """Asked directly for network 1, an outsider gets none of its workspace and none of its
    outcomes; only practices of its towns that they could read in the library anyway."""
    events = _all_events(demo.user(username), [demo.network(1)])
    assert {event.kind for event in events} <= {Kind.PRACTICE}
    assert not any(code in _titles(events) for code in OUR_CODES)


def test_an_observer_sees_the_outcomes_of_the_network_they_observe_and_nothing_else(demo, news):
    observer = demo.user("observer")
    events = _all_events(observer, [demo.network(3)])
    outcomes = {e.url for e in events if e.kind == Kind.OUTCOME}
    expected = OutcomePage.objects.live().descendant_of(demo.network(3))
    assert outcomes == {outcome.url for outcome in expected}
    assert not {event.kind for event in events} & WORKSPACE_KINDS


def test_a_reply_links_to_the_page_of_the_discussion_it_is_on(demo, news):
    thread = news["thread"]
    with outbox.suppressed():
        for n in range(60):
            services.reply(demo.user("member"), thread, f"Odpowiedź {n}")
    replies = [
        e
        for e in _all_events(demo.user("member"), [demo.network(1)])
        if e.kind == Kind.REPLY and THREAD_CODE in e.title
    ]
    newest, oldest = replies[0], replies[-1]
    assert newest.url.startswith(reverse("discussion", args=[thread.pk]) + "?page=2#wpis-")
    assert oldest.url == reverse("discussion", args=[thread.pk]) + f"#wpis-{news['reply'].pk}"


# --- the pages -------------------------------------------------------------------------------


@pytest.mark.parametrize("username", READERS)
def test_the_workspace_page_and_the_activity_page_show_the_news(demo, news, username):
    client = demo.client_for(username)
    workspace = client.get(demo.workspace(1).url).content.decode()
    assert 'id="activity-heading"' in workspace
    assert SESSION_CODE in workspace and DOCUMENT_CODE in workspace
    assert reverse("workspace_activity", args=[demo.workspace(1).pk]) in workspace
    page = client.get(reverse("workspace_activity", args=[demo.workspace(1).pk]))
    assert page.status_code == 200
    html = page.content.decode()
    assert "<h1>" in html and "<time datetime=" in html
    for code in (SESSION_CODE, THREAD_CODE, REQUEST_CODE, DOCUMENT_CODE):
        assert code in html


@pytest.mark.parametrize("username", [*OUTSIDERS, None])
def test_outsiders_are_refused_the_activity_page_and_never_read_a_code_word(demo, news, username):
    client = demo.client_for(username)
    response = client.get(reverse("workspace_activity", args=[demo.workspace(1).pk]))
    if username is None:
        assert response.status_code == 302 and "/konto/logowanie/" in response["Location"]
    else:
        assert response.status_code == 404
    pages = [response, client.get("/"), client.get(reverse("workspace_activity", args=[999999]))]
    for html in (p.content.decode() for p in pages):
        for code in [*OUR_CODES, *DEMO_CODES]:
            assert code not in html, (username, code)


def test_the_activity_page_pages_back_in_time(demo, news):
    client = demo.client_for("member")
    url = reverse("workspace_activity", args=[demo.workspace(1).pk])
    first = client.get(url).context["events"]
    second = client.get(url, {"page": 2}).context["events"]
    assert first.number == 1 and second.number == 2 and first.has_next()
    assert len(first) == feed.PER_PAGE
    assert second[0].when <= first[len(first) - 1].when
    assert not set(first.object_list) & set(second.object_list)
    html = client.get(url, {"page": 2}).content.decode()
    assert 'rel="prev" href="?page=1"' in html
    for nonsense in ("x", "-3", "0", "99999999999999999999"):
        assert client.get(url, {"page": nonsense}).status_code == 200


# What a member's and an observer's home page shows: tests/personal_home.


def test_a_visitor_and_someone_in_no_network_get_no_my_networks(demo, news):
    for username in (None, "demo-former", "editor"):
        response = demo.client_for(username).get("/")
        assert response.status_code == 200
        assert "my_networks" not in response.context
        assert 'id="my-networks-heading"' not in response.content.decode()


def test_the_mayor_sees_only_the_leaders_network_at_home(demo, news):
    response = demo.client_for("mayor").get("/")
    assert [standing.network for standing, _ in response.context["my_networks"]] == [
        demo.network(8)
    ]
    assert overview.networks_taken_part_in(demo.user("mayor"))[0][0] == demo.network(8)


# --- the cost does not grow with history -----------------------------------------------------


def _grow_tenfold(demo, news):
    """Ten times network 1's sessions (with their minutes), discussions, replies, feedback
    requests and documents, loaded in bulk."""
    network, workspace = demo.network(1), demo.workspace(1)
    member, coordinator = demo.user("member"), demo.user("coordinator")
    long_ago = timezone.now() - datetime.timedelta(days=900)
    template = SessionPage.objects.child_of(workspace).order_by("number").first()
    for i in range(SessionPage.objects.child_of(workspace).count() * 9):
        at = long_ago + datetime.timedelta(days=i)
        session = SessionPage(
            title=f"Sesja skalowana {i}", slug=f"sesja-skalowana-{i}", number=200 + i,
            starts_at=at, ends_at=at + datetime.timedelta(hours=4), minutes=template.minutes,
            first_published_at=at, last_published_at=at + datetime.timedelta(hours=i % 2),
        )  # fmt: skip
        workspace.add_child(instance=session)
        Minutes.objects.create(
            session=session, status=MinutesStatus.APPROVED, circulated_at=at, approved_at=at,
            approved_by=coordinator,
        )  # fmt: skip
    thread_count = Thread.objects.filter(network=network).count() * 9
    threads = Thread.objects.bulk_create(
        Thread(
            network=network,
            title=f"Wątek skalowany {i}",
            author=member,
            last_activity_at=long_ago + datetime.timedelta(hours=i),
        )  # fmt: skip
        for i in range(thread_count)
    )
    posts_wanted = Post.objects.filter(thread__network=network).count() * 10
    per_thread = max(-(-posts_wanted // thread_count), 2)
    Post.objects.bulk_create(
        Post(thread=thread, author=member if n % 2 else coordinator, body=f"Wpis {n}")
        for thread in threads
        for n in range(per_thread)
    )
    town = member.person.municipality
    projects = Project.objects.bulk_create(
        Project(network=network, town=town, title=f"Projekt skalowany {i}", goal="Cel.")
        for i in range(10)
    )
    FeedbackRequest.objects.bulk_create(
        FeedbackRequest(project=project, thread=thread, question="?", requested_by=member)
        for project, thread in zip(projects, threads, strict=False)
    )
    for i in range(SharedDocument.objects.filter(network=network).count() * 9):
        _shared_document(network, member, f"Dokument skalowany {i}", versions=1 + i % 2,
                         when=long_ago + datetime.timedelta(hours=i))  # fmt: skip


def _queries(client, url):
    client.get(url)  # per-process caches (site root paths, content types)
    with CaptureQueriesContext(connection) as context:
        response = client.get(url)
    assert response.status_code == 200
    return len(context.captured_queries)


@pytest.mark.parametrize("username", ["member", "coordinator"])
def test_the_number_of_queries_does_not_grow_with_history(demo, news, username):
    client = demo.client_for(username)
    activity = reverse("workspace_activity", args=[demo.workspace(1).pk])
    urls = [demo.workspace(1).url, activity, f"{activity}?page=3", "/"]
    before = [_queries(client, url) for url in urls]
    sessions = SessionPage.objects.child_of(demo.workspace(1))
    posts = Post.objects.filter(thread__network=demo.network(1))
    counted = sessions.count(), posts.count()
    _grow_tenfold(demo, news)
    assert sessions.count() >= counted[0] * 10 and posts.count() >= counted[1] * 9
    after = [_queries(client, url) for url in urls]
    assert after == before
    # The grown history is there to be paged through.
    page = client.get(activity, {"page": 20}).context["events"]
    assert page.number == 20 and page.has_next()


def test_the_feed_asks_a_fixed_number_of_queries(demo, news, django_assert_num_queries):
    """One query per source – sessions, minutes, outcomes, discussions, documents, practices;
    the reader's rules and the pages they may open come from the access core's cache
    (workspaces/access/generations.py) once the first page of the feed has been built."""
    member = demo.user("member")
    network = demo.network(1)
    list(feed.events(member, [network], 1))  # the site's root paths and the access answers
    with django_assert_num_queries(6):
        list(feed.events(member, [network], 1))


def test_the_demo_networks_history_spreads_over_the_programme_years(demo):
    """Issue 10, item 7: the demo reads like 2022–2024, not like the day it was seeded. A member
    of MIASTO CYFROWE paging back through their network's activity meets every kind of event,
    in each of the programme's years."""
    member, network = demo.user("member"), demo.network(1)
    seen, number = [], 1
    while True:
        page = feed.events(member, [network], number)
        seen.extend(page.object_list)
        if not page.has_next():
            break
        number += 1
    years = {event.when.year for event in seen}
    assert {2022, 2023, 2024} <= years
    in_programme = [event for event in seen if 2022 <= event.when.year <= 2024]
    assert len(in_programme) >= 0.9 * len(seen)
    kinds = {event.kind for event in in_programme}
    assert {Kind.SESSION_NEW, Kind.MINUTES_APPROVED, Kind.OUTCOME, Kind.REPLY} <= kinds
    assert {Kind.FEEDBACK, Kind.DOCUMENT_VERSION, Kind.PRACTICE} <= kinds
