"""Feedback requests on a town's project (issue 10, part 2): a member asks for their town, the
network answers, the requester marks what helped and closes; nobody outside reads or acts."""

import datetime

from django.core.exceptions import PermissionDenied
from django.urls import reverse
from django.utils import timezone

import pytest

from workspaces.collaboration import feedback, services
from workspaces.collaboration.models import FeedbackRequest, Post, Project, RequestStatus, Thread

OUTSIDERS = ["observer", "mayor", "demo-former"]


def _form(demo, **changes):
    krosno = demo.user("member").person.municipality
    data = {
        "town": krosno.pk,
        "project_title": "Rewitalizacja rynku w Krośnie",
        "goal": "Ożywić rynek: mniej samochodów, więcej zieleni i miejsc do siedzenia.",
        "stage": "preparation",
        "budget": "1250000.00",
        "is_ldp_grant": "on",
        "question": "Jak przekonaliście kupców do strefy bez samochodów?",
        "deadline": (timezone.localdate() + datetime.timedelta(days=30)).isoformat(),
    }
    data.update(changes)
    return data


def _counts():
    return Project.objects.count(), FeedbackRequest.objects.count(), Thread.objects.count()


@pytest.fixture
def asked(demo):
    """Anna Nowak (member, Krosno) asks network 1 about a Krosno project."""
    member = demo.user("member")
    return feedback.request_feedback(
        member,
        demo.network(1),
        town=member.person.municipality,
        project_title="Cyfrowe zgłoszenia awarii",
        goal="Mieszkańcy zgłaszają awarie przez internet.",
        question="Czy wasza aplikacja działa też bez rejestracji?",
        stage="delivery",
        is_ldp_grant=True,
    )


def test_a_member_asks_the_network_about_their_towns_project(demo):
    client = demo.client_for("member")
    response = client.post(reverse("feedback_requests", args=[demo.workspace(1).pk]), _form(demo))
    asked = FeedbackRequest.objects.get(project__title="Rewitalizacja rynku w Krośnie")
    assert response.status_code == 302
    assert response["Location"] == reverse("discussion", args=[asked.thread_id])
    project = asked.project
    assert project.town == demo.user("member").person.municipality and project.is_ldp_grant
    assert asked.status == RequestStatus.OPEN and asked.requested_by == demo.user("member")
    html = client.get(response["Location"]).content.decode()
    assert project.goal in html and project.town.name in html
    assert "Jak przekonaliście kupców" in html


def test_nobody_asks_for_a_town_they_do_not_represent(demo):
    other_town = demo.network(3).memberships.exclude(municipality=None).first().municipality
    before = _counts()
    client = demo.client_for("member")
    client.post(
        reverse("feedback_requests", args=[demo.workspace(1).pk]), _form(demo, town=other_town.pk)
    )
    assert _counts() == before
    with pytest.raises(PermissionDenied):
        feedback.request_feedback(
            demo.user("member"), demo.network(1), town=other_town, project_title="Cudzy projekt",
            goal="Cel", question="Pytanie?", stage="idea",
        )  # fmt: skip
    assert _counts() == before


@pytest.mark.parametrize(
    "changes",
    [
        {"deadline": (timezone.localdate() - datetime.timedelta(days=1)).isoformat()},
        {"budget": "-5"},
        {"question": ""},
        {"goal": "  "},
        {"project_title": ""},
        {"question": "x" * 3001},
    ],
)
def test_bad_requests_store_nothing(demo, changes):
    before = _counts()
    client = demo.client_for("member")
    response = client.post(
        reverse("feedback_requests", args=[demo.workspace(1).pk]), _form(demo, **changes)
    )
    assert response.status_code == 200  # the form again, with its error
    assert 'class="error"' in response.content.decode() or response.context["messages"]
    assert _counts() == before


@pytest.mark.parametrize("username", OUTSIDERS)
def test_outsiders_neither_read_nor_ask(demo, asked, username):
    client = demo.client_for(username)
    workspace = demo.workspace(1)
    before = _counts()
    assert client.get(reverse("feedback_requests", args=[workspace.pk])).status_code == 404
    assert (
        client.post(reverse("feedback_requests", args=[workspace.pk]), _form(demo)).status_code
        == 404
    )
    assert client.get(reverse("discussion", args=[asked.thread_id])).status_code == 404
    town = asked.project.town_id
    assert client.get(reverse("town_projects", args=[workspace.pk, town])).status_code == 404
    client.post(reverse("feedback_status", args=[asked.pk]), {"status": "closed"})
    assert _counts() == before
    asked.refresh_from_db()
    assert asked.status == RequestStatus.OPEN


def test_the_requester_marks_helpful_answers_only(demo, asked):
    answer = services.reply(demo.user("coordinator"), asked.thread, "Działa, wystarczy e-mail.")
    question = asked.thread.posts.first()
    coordinator = demo.client_for("coordinator")
    coordinator.post(reverse("mark_helpful", args=[asked.pk, answer.pk]))
    assert not asked.helpful_answers.exists()
    member = demo.client_for("member")
    member.post(reverse("mark_helpful", args=[asked.pk, question.pk]))
    assert not asked.helpful_answers.exists()
    member.post(reverse("mark_helpful", args=[asked.pk, answer.pk]))
    assert list(asked.helpful_answers.all()) == [answer]
    html = member.get(reverse("discussion", args=[asked.thread_id])).content.decode()
    assert f'action="{reverse("mark_helpful", args=[asked.pk, answer.pk])}"' in html
    assert 'name="helpful" value="no"' in html  # the requester may take the mark back


def test_open_then_answered_then_closed_and_no_way_back(demo, asked):
    services.reply(demo.user("coordinator"), asked.thread, "Odpowiedź koordynatora.")
    coordinator = demo.client_for("coordinator")
    coordinator.post(reverse("feedback_status", args=[asked.pk]), {"status": "answered"})
    asked.refresh_from_db()
    assert asked.status == RequestStatus.ANSWERED
    demo.client_for("member").post(reverse("feedback_status", args=[asked.pk]), {"status": "open"})
    asked.refresh_from_db()
    assert asked.status == RequestStatus.ANSWERED
    demo.client_for("member").post(
        reverse("feedback_status", args=[asked.pk]), {"status": "closed"}
    )
    asked.refresh_from_db()
    asked.thread.refresh_from_db()
    assert asked.status == RequestStatus.CLOSED and asked.thread.is_closed
    posts = Post.objects.count()
    demo.client_for("coordinator").post(
        reverse("reply", args=[asked.thread_id]), {"body": "Jeszcze"}
    )
    assert Post.objects.count() == posts


def test_another_member_does_not_steer_someone_elses_request(demo, asked):
    other = demo.network(1).memberships.exclude(person__user=demo.user("member"))
    other_member = other.filter(role="member").select_related("person__user").first().person.user
    client = demo.client_for(other_member.username)
    client.post(reverse("feedback_status", args=[asked.pk]), {"status": "closed"})
    asked.refresh_from_db()
    assert asked.status == RequestStatus.OPEN


def test_the_towns_page_lists_its_projects_and_consultations(demo, asked):
    url = reverse("town_projects", args=[demo.workspace(1).pk, asked.project.town_id])
    html = demo.client_for("coordinator").get(url).content.decode()
    assert asked.project.title in html and reverse("discussion", args=[asked.thread_id]) in html
    assert asked.project.town.name in html


def test_the_request_list_shows_open_requests_first(demo, asked):
    member = demo.user("member")
    later = feedback.request_feedback(
        member, demo.network(1), town=member.person.municipality, project_title="Drugi projekt",
        goal="Cel drugi.", question="Drugie pytanie?", stage="idea",
    )  # fmt: skip
    feedback.set_status(member, asked, RequestStatus.CLOSED)
    response = demo.client_for("member").get(
        reverse("feedback_requests", args=[demo.workspace(1).pk])
    )
    listed = list(response.context["requests"])
    assert [r.pk for r in listed if r.pk in {later.pk, asked.pk}] == [later.pk, asked.pk]
    order = [RequestStatus.values.index(r.status) for r in listed]
    assert order == sorted(order)  # open, then answered, then closed
