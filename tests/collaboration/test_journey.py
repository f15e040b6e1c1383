"""Issue 10's "done when", through the site as people use it: in MIASTO CYFROWE the member starts
a discussion and a feedback request on Krosno's project and shares a document and a new version
of it; the coordinator replies and marks the request answered; both get the e-mails their
choices ask for, with links that open; the observer, the mayor and people of other networks get
nothing and can open nothing of it."""

import re

from django.core import mail
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from workspaces.collaboration.models import FeedbackRequest, SharedDocument, Thread
from workspaces.notifications import outbox, preferences
from workspaces.notifications.models import Cadence, Notification

OUTSIDERS = ["observer", "mayor", "demo-former"]


def _paths_in(messages):
    return {path for m in messages for path in re.findall(r"https?://[^/\s]+(/\S*)", m.body)}


def test_members_collaborate_and_outsiders_see_nothing(demo, django_capture_on_commit_callbacks):
    network, workspace = demo.network(1), demo.workspace(1)
    member, coordinator = demo.user("member"), demo.user("coordinator")
    preferences.set_cadence(coordinator, network, Cadence.IMMEDIATE)  # the member keeps daily
    as_member, as_coordinator = demo.client_for("member"), demo.client_for("coordinator")
    mail.outbox.clear()

    with django_capture_on_commit_callbacks(execute=True):
        as_member.post(
            reverse("discussions", args=[workspace.pk]),
            {"title": "Jak mierzyć korzystanie z e-usług?", "body": "Jakie wskaźniki zbieracie?"},
        )
        as_member.post(
            reverse("feedback_requests", args=[workspace.pk]),
            {
                "town": member.person.municipality_id,
                "project_title": "Krośnieńska karta mieszkańca",
                "goal": "Jedna karta do biblioteki, basenu i komunikacji.", "stage": "preparation",
                "question": "Kto u was wydaje karty – urząd czy operator?", "budget": "90000",
            },
        )  # fmt: skip
    thread = Thread.objects.get(title="Jak mierzyć korzystanie z e-usług?")
    asked = FeedbackRequest.objects.get(project__title="Krośnieńska karta mieszkańca")
    assert asked.project.town.name == "Krosno"

    documents_url = reverse("documents", args=[workspace.pk])
    as_member.post(
        documents_url,
        {"title": "Regulamin karty", "file": SimpleUploadedFile("regulamin.txt", b"Wersja 1")},
    )
    shared = SharedDocument.objects.get(title="Regulamin karty")
    as_member.post(
        reverse("shared_document", args=[shared.pk]),
        {"file": SimpleUploadedFile("regulamin.txt", b"Wersja 2, poprawiona")},
    )
    assert shared.versions.count() == 2

    with django_capture_on_commit_callbacks(execute=True):
        as_coordinator.post(reverse("reply", args=[thread.pk]), {"body": "Liczymy sprawy online."})
        as_coordinator.post(reverse("reply", args=[asked.thread_id]), {"body": "Operator."})
    as_coordinator.post(reverse("feedback_status", args=[asked.pk]), {"status": "answered"})
    asked.refresh_from_db()
    assert asked.status == "answered"

    # The coordinator heard at once of the discussion and the request; the member's news waits
    # for the morning digest, which then carries both replies.
    to_coordinator = [m for m in mail.outbox if m.to == [coordinator.email]]
    assert len(to_coordinator) == 2
    assert not [m for m in mail.outbox if m.to == [member.email]]
    mail.outbox.clear()
    outbox.send_digests(Cadence.DAILY)
    to_member = [m for m in mail.outbox if m.to == [member.email]]
    assert len(to_member) == 1 and "Liczymy sprawy online." in to_member[0].body
    links = _paths_in(to_coordinator + to_member)
    assert reverse("discussion", args=[thread.pk]) in links
    for path in links - {p for p in links if p.startswith("/powiadomienia/")}:
        assert as_member.get(path).status_code == 200 or as_coordinator.get(path).status_code == 200

    # Nobody outside the network was written to, and no way in opens anything of it.
    outsiders = [demo.user(name) for name in OUTSIDERS]
    assert (
        not Notification.objects.filter(recipient__in=outsiders)
        .filter(
            kind__in=[
                "thread_started",
                "feedback_requested",
                "discussion_reply",
                "feedback_answered",
            ]
        )
        .exists()
    )
    private = [
        reverse("discussions", args=[workspace.pk]),
        reverse("discussion", args=[thread.pk]),
        reverse("discussion", args=[asked.thread_id]),
        reverse("feedback_requests", args=[workspace.pk]),
        reverse("town_projects", args=[workspace.pk, asked.project.town_id]),
        documents_url,
        reverse("shared_document", args=[shared.pk]),
        *(version.document.url for version in shared.versions.select_related("document")),
    ]
    for name in OUTSIDERS:
        client = demo.client_for(name)
        for path in private:
            assert client.get(path).status_code == 404, (name, path)
        found = client.get(reverse("search"), {"q": "Krośnieńska karta"}).context["results"]
        assert found.paginator.count == 0
