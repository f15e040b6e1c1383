"""An editor exports everything held about a person as one file, and pseudonymises a person who
leaves: their name and e-mail are gone, their content stays under the pseudonym, they cannot
sign in, their open sessions end, and doing it twice changes nothing twice (issue 11, point 6).
Only editors reach either, in the admin."""

import json

from django.core.files.base import ContentFile
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from wagtail.models import ModelLogEntry
from wagtail.users.models import UserProfile

import pytest

from workspaces.collaboration.models import Post
from workspaces.outcomes import evaluations
from workspaces.registry import personal_data
from workspaces.registry.demo import DEMO_PASSWORD
from workspaces.registry.models import Membership

SITE_LOGIN = "/konto/logowanie/"


def _export(person):
    """The export as the downloaded file holds it."""
    return json.loads(json.dumps(personal_data.export_person(person)))


# --- export -------------------------------------------------------------------------------------


def test_the_export_holds_each_rooms_data_about_the_person(demo):
    person = demo.user("member").person
    data = _export(person)
    assert data["profile"]["first_name"] == "Anna"
    assert data["profile"]["last_name"] == "Nowak"
    assert data["profile"]["email"] == "member@example.org"
    assert data["profile"]["username"] == "member"
    assert data["profile"]["municipality"] == "Krosno"
    assert [m["network"] for m in data["memberships"]] == [demo.network(1).title]
    own_posts = Post.objects.filter(author=person.user).select_related("thread")
    assert {p["text"] for p in data["posts"]} == {post.body for post in own_posts}
    assert {p["discussion"] for p in data["posts"]} == {post.thread.title for post in own_posts}
    assert all(p["written"] for p in data["posts"])
    assert len(data["documents"]["shared"]) == 1
    assert len(data["documents"]["versions_uploaded"]) == 2
    assert data["evaluations"] == []


def test_the_export_holds_nobody_elses_data(demo):
    data = json.dumps(_export(demo.user("member").person), ensure_ascii=False)
    others = Post.objects.exclude(author=demo.user("member")).filter(
        thread__network=demo.network(1)
    )
    assert others.exists()
    for post in others:
        assert post.body not in data
    for name in ("Zieliński", "coordinator@example.org", "Mazur"):
        assert name not in data


def test_an_observers_export_holds_their_subscription_and_evaluations(demo):
    observer = demo.user("observer")
    evaluations.evaluate(
        demo.outcomes(3), observer, usefulness=4, transferability=2, comment="Przyda się"
    )
    data = _export(observer.person)
    assert [s["network"] for s in data["observer_subscriptions"]] == [demo.network(3).title]
    mine = [e for e in data["evaluations"] if e["outcome"] == demo.outcomes(3).title]
    assert mine and mine[0]["comment"] == "Przyda się" and mine[0]["usefulness"] == 4


# --- pseudonymisation ---------------------------------------------------------------------------


@pytest.fixture
def member(demo):
    return demo.user("member").person


def _signed_in_client(username):
    client = Client()
    response = client.post(SITE_LOGIN, {"username": username, "password": DEMO_PASSWORD})
    assert response.status_code == 302 and "_auth_user_id" in client.session
    return client


def test_pseudonymising_removes_the_name_and_address_everywhere_it_is_shown(demo, member):
    pseudonymised = personal_data.pseudonymise_person(member, by=demo.user("editor"))
    assert pseudonymised is True
    member.refresh_from_db()
    user = member.user
    assert "Anna" not in user.get_full_name() and "Nowak" not in user.get_full_name()
    assert user.email != "member@example.org" and "@" in user.email
    assert user.get_username() != "member"
    assert str(member) == personal_data.pseudonym(member)
    assert member.pseudonymised_at is not None
    # The audit trail stays, under the pseudonym.
    labels = ModelLogEntry.objects.for_instance(member).values_list("label", flat=True)
    assert labels and all("Nowak" not in label for label in labels)
    for membership in member.memberships.all():
        for label in ModelLogEntry.objects.for_instance(membership).values_list("label", flat=True):
            assert "Nowak" not in label


def test_their_posts_stay_under_the_pseudonym(demo, member):
    post = Post.objects.filter(author=member.user, is_withdrawn=False).first()
    personal_data.pseudonymise_person(member, by=demo.user("editor"))
    page = demo.client_for("coordinator").get(reverse("discussion", args=[post.thread_id]))
    html = page.content.decode()
    assert post.body.splitlines()[0][:40] in html
    assert personal_data.pseudonym(member) in html
    assert "Anna Nowak" not in html


def test_a_pseudonymised_person_cannot_sign_in_and_their_session_ends(demo, member):
    open_session = _signed_in_client("member")
    assert open_session.get(reverse("discussions", args=[demo.workspace(1).pk])).status_code == 200
    personal_data.pseudonymise_person(member, by=demo.user("editor"))
    member.user.refresh_from_db()
    assert not member.user.is_active and not member.user.has_usable_password()
    response = open_session.get(reverse("discussions", args=[demo.workspace(1).pk]))
    assert response.status_code == 302 and SITE_LOGIN in response["Location"]
    for username in ("member", member.user.get_username()):
        again = Client().post(SITE_LOGIN, {"username": username, "password": DEMO_PASSWORD})
        assert "_auth_user_id" not in again.client.session


def test_their_profile_photo_is_removed(demo, member):
    profile = UserProfile.get_for_user(member.user)
    profile.avatar.save("anna.png", ContentFile(b"not really a png"), save=True)
    storage, stored = profile.avatar.storage, profile.avatar.name
    assert storage.exists(stored)
    personal_data.pseudonymise_person(member, by=demo.user("editor"))
    profile.refresh_from_db()
    assert not profile.avatar
    assert not storage.exists(stored)


def test_their_seats_end_and_stay_as_history(demo, member):
    seats = list(member.memberships.values_list("pk", flat=True))
    personal_data.pseudonymise_person(member, by=demo.user("editor"))
    assert Membership.objects.filter(pk__in=seats).count() == len(seats)
    assert not Membership.objects.filter(pk__in=seats).active().exists()
    assert member.user.groups.filter(name__contains="członkowie").count() == 0


def test_pseudonymising_twice_changes_nothing_the_second_time(demo, member):
    editor = demo.user("editor")
    assert personal_data.pseudonymise_person(member, by=editor) is True
    member.refresh_from_db()
    state = (member.user.get_full_name(), member.user.email, member.pseudonymised_at)
    entries = ModelLogEntry.objects.count()
    assert personal_data.pseudonymise_person(member, by=editor) is False
    member.refresh_from_db()
    assert (member.user.get_full_name(), member.user.email, member.pseudonymised_at) == state
    assert ModelLogEntry.objects.count() == entries


def test_pseudonymising_is_in_the_audit_log_with_who_did_it(demo, member):
    editor = demo.user("editor")
    personal_data.pseudonymise_person(member, by=editor)
    entry = ModelLogEntry.objects.for_instance(member).get(action=personal_data.PSEUDONYMISED)
    assert entry.user_id == editor.pk
    assert (timezone.now() - entry.timestamp).total_seconds() < 300


# --- the admin pages ----------------------------------------------------------------------------


def _urls(person):
    return {
        "overview": reverse("registry_personal_data", args=[person.pk]),
        "export": reverse("registry_personal_data_export", args=[person.pk]),
        "pseudonymise": reverse("registry_personal_data_pseudonymise", args=[person.pk]),
    }


def test_an_editor_downloads_the_export_as_one_json_file(demo, member):
    response = demo.client_for("editor").get(_urls(member)["export"])
    assert response.status_code == 200
    assert response["Content-Type"] == "application/json"
    assert "attachment" in response["Content-Disposition"]
    data = json.loads(response.content)
    assert data["profile"]["email"] == "member@example.org"
    entry = ModelLogEntry.objects.for_instance(member).latest("timestamp")
    assert entry.action == personal_data.PERSONAL_DATA_EXPORTED
    assert entry.user_id == demo.user("editor").pk


def test_an_editor_opens_the_page_and_confirms_before_anything_changes(demo, member):
    editor = demo.client_for("editor")
    urls = _urls(member)
    overview = editor.get(urls["overview"])
    assert overview.status_code == 200
    assert urls["export"] in overview.content.decode()
    assert urls["pseudonymise"] in overview.content.decode()
    confirm = editor.get(urls["pseudonymise"])
    assert confirm.status_code == 200
    assert 'method="post"' in confirm.content.decode()
    member.refresh_from_db()
    assert member.pseudonymised_at is None  # opening the confirmation changes nothing
    done = editor.post(urls["pseudonymise"])
    assert done.status_code == 302 and done["Location"] == urls["overview"]
    member.refresh_from_db()
    assert member.pseudonymised_at is not None


def test_pseudonymising_needs_the_csrf_token(demo, member):
    client = Client(enforce_csrf_checks=True)
    client.force_login(demo.user("editor"))
    response = client.post(_urls(member)["pseudonymise"])
    assert response.status_code == 403
    member.refresh_from_db()
    assert member.pseudonymised_at is None


def test_the_people_list_links_editors_to_the_personal_data_page(demo, member):
    html = demo.client_for("editor").get("/admin/registry/person/").content.decode()
    assert _urls(member)["overview"] in html


@pytest.mark.parametrize("username", ["coordinator", "member", "observer", None])
def test_no_one_but_editors_reaches_the_personal_data_pages(demo, member, username):
    client = demo.client_for(username)
    for name, url in _urls(member).items():
        for method in (client.get, client.post):
            response = method(url)
            assert response.status_code in (302, 403, 404), (name, method)
            if response.status_code == 302:  # to a sign-in page, not to the data
                assert "login" in response["Location"] or "logowanie" in response["Location"]
            assert b"member@example.org" not in response.content
    member.refresh_from_db()
    assert member.pseudonymised_at is None
    assert member.user.is_active


def test_a_coordinator_is_told_the_page_does_not_exist(demo, member):
    client = demo.client_for("coordinator")
    assert client.get(_urls(member)["overview"]).status_code == 404
    assert client.get(_urls(member)["export"]).status_code == 404
