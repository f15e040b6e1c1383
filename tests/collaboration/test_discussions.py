"""Discussions in a network's workspace (issue 10, part 1): who reads, writes and moderates
them, bad input refused with nothing stored, edits and withdrawals, unread markers, and what a
page costs in queries."""

from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

import pytest

from tests.polish import english
from workspaces.collaboration import services
from workspaces.collaboration.models import BODY_MAX_LENGTH, Post, PostRevision, Thread

SECRET = "TAJNADYSKUSJA1"
# Who opens network 1's (MIASTO CYFROWE) discussions; "demo-former" left network 6, the observer
# follows network 3, the mayor sits in network 8.
READERS = {"member": True, "coordinator": True, "editor": True}
OUTSIDERS = ["observer", "mayor", "demo-former"]


@pytest.fixture
def thread(demo):
    return services.start_thread(
        demo.user("coordinator"), demo.network(1), "Budżet obywatelski online", f"Pytanie. {SECRET}"
    )


def _counts():
    return Thread.objects.count(), Post.objects.count()


@pytest.mark.parametrize("username", [*READERS, *OUTSIDERS, None])
def test_only_the_networks_people_and_editors_read_its_discussions(demo, thread, username):
    client = demo.client_for(username)
    urls = [
        reverse("discussions", args=[demo.workspace(1).pk]),
        reverse("discussion", args=[thread.pk]),
    ]
    for url in urls:
        response = client.get(url)
        if username is None:
            assert response.status_code == 302 and "/konto/logowanie/" in response["Location"]
        elif username in READERS:
            assert response.status_code == 200
            assert thread.title in response.content.decode()
        else:
            assert response.status_code == 404, (username, url)


def test_the_thread_shows_its_text_to_readers_only(demo, thread):
    assert (
        SECRET
        in demo.client_for("member").get(reverse("discussion", args=[thread.pk])).content.decode()
    )
    for username in OUTSIDERS:
        response = demo.client_for(username).get(reverse("discussion", args=[thread.pk]))
        assert SECRET not in response.content.decode()


def test_a_member_starts_a_discussion_from_the_site(demo):
    client = demo.client_for("member")
    response = client.post(
        reverse("discussions", args=[demo.workspace(1).pk]),
        {
            "title": "Wymiana doświadczeń z e-usługami",
            "body": "Jak to zrobiliście?\n\n- koszty\n- terminy",
        },
    )
    thread = Thread.objects.get(title="Wymiana doświadczeń z e-usługami")
    assert response.status_code == 302 and response["Location"] == reverse(
        "discussion", args=[thread.pk]
    )
    assert thread.network == demo.network(1) and thread.author == demo.user("member")
    html = client.get(response["Location"]).content.decode()
    assert "<li>koszty</li>" in html


@pytest.mark.parametrize("username", OUTSIDERS)
def test_outsiders_can_neither_start_nor_reply(demo, thread, username):
    client = demo.client_for(username)
    before = _counts()
    start = client.post(
        reverse("discussions", args=[demo.workspace(1).pk]),
        {"title": "Obcy wątek", "body": "Tekst"},
    )
    answer = client.post(reverse("reply", args=[thread.pk]), {"body": "Obca odpowiedź"})
    assert start.status_code == 404 and answer.status_code == 404
    assert _counts() == before


@pytest.mark.parametrize(
    ("data", "field_error"),
    [
        ({"title": "", "body": "Treść"}, "Give the discussion a title of a few words."),
        ({"title": "Ab", "body": "Treść"}, "Give the discussion a title of a few words."),
        ({"title": "x" * 201, "body": "Treść"}, "at most 200 characters"),
        ({"title": "Dobry tytuł", "body": "   "}, "Write something before sending."),
        ({"title": "Dobry tytuł", "body": "x" * (BODY_MAX_LENGTH + 1)}, "at most 10000 characters"),
    ],
)
def test_bad_input_is_refused_with_a_clear_error_and_nothing_stored(demo, data, field_error):
    client = demo.client_for("member")
    before = _counts()
    address = english(reverse("discussions", args=[demo.workspace(1).pk]))
    response = client.post(address, data, follow=True)
    assert field_error in response.content.decode()
    assert _counts() == before


def test_a_reply_too_long_or_empty_stores_nothing(demo, thread):
    client = demo.client_for("member")
    before = _counts()
    for body in ["", "x" * (BODY_MAX_LENGTH + 1)]:
        client.post(reverse("reply", args=[thread.pk]), {"body": body})
    assert _counts() == before


def test_a_reply_lands_on_the_last_page_and_moves_the_thread_up(demo, thread):
    older = services.start_thread(demo.user("member"), demo.network(1), "Starszy wątek", "Treść")
    client = demo.client_for("member")
    response = client.post(reverse("reply", args=[thread.pk]), {"body": "Odpowiadam."})
    assert response.status_code == 302 and "#latest" in response["Location"]
    listed = client.get(reverse("discussions", args=[demo.workspace(1).pk])).context["threads"]
    titles = [t.title for t in listed]
    assert titles.index(thread.title) < titles.index(older.title)
    assert Post.objects.filter(thread=thread, body="Odpowiadam.").exists()


def test_a_closed_discussion_takes_no_more_replies(demo, thread):
    services.moderate_thread(demo.user("coordinator"), thread, "close")
    before = _counts()
    demo.client_for("member").post(reverse("reply", args=[thread.pk]), {"body": "Jeszcze jedno"})
    assert _counts() == before
    html = demo.client_for("member").get(reverse("discussion", args=[thread.pk])).content.decode()
    assert 'name="body"' not in html


def test_the_author_edits_and_the_earlier_wording_is_kept(demo, thread):
    post = thread.posts.get()
    client = demo.client_for("coordinator")
    client.post(reverse("edit_post", args=[post.pk]), {"body": "Nowe brzmienie."})
    post.refresh_from_db()
    assert post.body == "Nowe brzmienie." and post.edited_at is not None
    assert PostRevision.objects.get(post=post).body == f"Pytanie. {SECRET}"
    page = demo.client_for("member").get(reverse("discussion", args=[thread.pk])).content.decode()
    assert "Nowe brzmienie." in page and SECRET not in page


def test_nobody_else_edits_or_withdraws_a_post(demo, thread):
    post = thread.posts.get()
    client = demo.client_for("member")  # reads the thread, but did not write the post
    assert client.get(reverse("edit_post", args=[post.pk])).status_code == 403
    assert (
        client.post(reverse("edit_post", args=[post.pk]), {"body": "Podmiana"}).status_code == 403
    )
    client.post(reverse("withdraw_post", args=[post.pk]))
    post.refresh_from_db()
    assert post.body.endswith(SECRET) and not post.is_withdrawn


def test_a_withdrawn_post_leaves_a_placeholder_and_the_replies(demo, thread):
    services.reply(demo.user("member"), thread, "Odpowiedź członka.")
    first = thread.posts.first()
    demo.client_for("coordinator").post(reverse("withdraw_post", args=[first.pk]))
    html = demo.client_for("member").get(reverse("discussion", args=[thread.pk])).content.decode()
    assert SECRET not in html
    assert "Odpowiedź członka." in html
    assert Post.objects.filter(pk=first.pk, is_withdrawn=True).exists()


def test_coordinators_hide_a_thread_from_members(demo, thread):
    coordinator, member = demo.client_for("coordinator"), demo.client_for("member")
    coordinator.post(reverse("moderate_thread", args=[thread.pk]), {"action": "hide"})
    assert member.get(reverse("discussion", args=[thread.pk])).status_code == 404
    listed = member.get(reverse("discussions", args=[demo.workspace(1).pk])).context["threads"]
    assert thread.pk not in [t.pk for t in listed]
    assert coordinator.get(reverse("discussion", args=[thread.pk])).status_code == 200


def test_members_do_not_moderate(demo, thread):
    demo.client_for("member").post(reverse("moderate_thread", args=[thread.pk]), {"action": "hide"})
    demo.client_for("member").post(reverse("moderate_thread", args=[thread.pk]), {"action": "pin"})
    thread.refresh_from_db()
    assert not thread.is_hidden and not thread.is_pinned


def test_a_hidden_post_shows_members_a_placeholder(demo, thread):
    post = thread.posts.get()
    demo.client_for("coordinator").post(
        reverse("moderate_post", args=[post.pk]), {"action": "hide"}
    )
    assert (
        SECRET
        not in demo.client_for("member")
        .get(reverse("discussion", args=[thread.pk]))
        .content.decode()
    )
    assert (
        SECRET
        in demo.client_for("coordinator")
        .get(reverse("discussion", args=[thread.pk]))
        .content.decode()
    )


def test_pinned_threads_come_first(demo, thread):
    newer = services.start_thread(demo.user("member"), demo.network(1), "Nowszy wątek", "Treść")
    url = reverse("discussions", args=[demo.workspace(1).pk])
    before = [t.pk for t in demo.client_for("member").get(url).context["threads"]]
    assert before.index(newer.pk) < before.index(thread.pk)  # newest activity first
    services.moderate_thread(demo.user("coordinator"), thread, "pin")
    listed = list(demo.client_for("member").get(url).context["threads"])
    order = [t.pk for t in listed]
    assert order.index(thread.pk) < order.index(newer.pk)
    pinned = [t.is_pinned for t in listed]
    assert pinned == sorted(pinned, reverse=True)  # every pinned thread before the others


def test_unread_until_opened_and_again_after_a_new_reply(demo, thread):
    client = demo.client_for("member")
    url = reverse("discussions", args=[demo.workspace(1).pk])

    def unread():
        return {t.pk: t.is_unread for t in client.get(url).context["threads"]}[thread.pk]

    assert unread()
    client.get(reverse("discussion", args=[thread.pk]))
    assert not unread()
    services.reply(demo.user("coordinator"), thread, "Nowa odpowiedź")
    assert unread()


def test_scripts_and_odd_links_in_a_post_are_shown_as_text(demo):
    thread = services.start_thread(
        demo.user("member"),
        demo.network(1),
        "Formatowanie",
        '<script>alert("x")</script> [kliknij](javascript:alert(1)) https://bip.krosno.pl/',
    )
    html = demo.client_for("member").get(reverse("discussion", args=[thread.pk])).content.decode()
    assert '<script>alert("x")' not in html and "&lt;script&gt;" in html
    assert 'href="javascript' not in html
    assert 'href="https://bip.krosno.pl/"' in html


def test_the_workspace_page_lists_the_latest_discussions(demo, thread):
    html = demo.client_for("member").get(demo.workspace(1).url).content.decode()
    assert thread.title in html and reverse("discussions", args=[demo.workspace(1).pk]) in html
    # Another network's workspace does not show network 1's discussions.
    other = demo.client_for("editor").get(demo.workspace(3).url).content.decode()
    assert thread.title not in other


def _queries_for(client, url):
    client.get(url)
    with CaptureQueriesContext(connection) as captured:
        assert client.get(url).status_code == 200
    return len(captured)


def test_the_thread_list_costs_the_same_with_ten_times_the_threads(
    demo,
):
    network, member = demo.network(1), demo.user("member")
    client, url = demo.client_for("member"), reverse("discussions", args=[demo.workspace(1).pk])
    for number in range(3):
        services.start_thread(member, network, f"Wątek {number}", "Treść")
    few = _queries_for(client, url)
    for number in range(3, 30):
        services.start_thread(member, network, f"Wątek {number}", "Treść")
    assert _queries_for(client, url) == few


def test_a_long_thread_costs_the_same_per_page(demo, thread):
    people = [demo.user("member"), demo.user("coordinator")]
    Post.objects.bulk_create(
        Post(thread=thread, author=people[n % 2], body=f"Wpis {n}") for n in range(19)
    )
    client, url = demo.client_for("member"), reverse("discussion", args=[thread.pk])
    short = _queries_for(client, url)
    Post.objects.bulk_create(
        Post(thread=thread, author=people[n % 2], body=f"Wpis {n}") for n in range(19, 199)
    )
    assert thread.posts.count() == 200
    assert _queries_for(client, url) == short
    assert _queries_for(client, url + "?page=4") == short
