"""Applications in the admin: a coordinator sees and decides on their network's only, in every
view and by any typed address; editors on all; the dashboard panel (issue 11, points 2–4)."""

from django.core import mail
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from wagtail.models import ModelLogEntry

import pytest

from tests.factories.applications import ApplicationFactory
from tests.polish import pl
from workspaces.applications import decisions
from workspaces.applications.models import Application, ApplicationStatus

INDEX = "/admin/applications/application/"


def _inspect(application):
    return reverse("applications_application_modeladmin_inspect", args=[application.pk])


def _history(application):
    return reverse("applications_application_modeladmin_history", args=[application.pk])


def _refused(client, url, name="Obca-Sieć"):
    """Not served: a 404, a 403, or the admin's redirect to its dashboard with "permission
    denied" – and the row's name nowhere on the way."""
    response = client.get(url)
    followed = client.get(url, follow=True)
    return response.status_code in (302, 403, 404) and name not in followed.text


@pytest.fixture
def two_networks(demo):
    """One application to network 1 (the coordinator's) and one to network 3."""
    ours = ApplicationFactory(network=demo.network(1), last_name="Nasza-Sieć")
    theirs = ApplicationFactory(network=demo.network(3), last_name="Obca-Sieć")
    return ours, theirs


def test_the_coordinator_lists_their_networks_applications_only(demo, two_networks):
    response = demo.client_for("coordinator").get(INDEX)
    assert response.status_code == 200
    assert "Nasza-Sieć" in response.text and "Obca-Sieć" not in response.text
    assert "Kutno" not in response.text  # the demo's observer application to network 3


def test_the_coordinator_cannot_filter_their_way_to_another_network(demo, two_networks):
    client = demo.client_for("coordinator")
    response = client.get(INDEX, {"network": demo.network(3).pk})
    assert "Obca-Sieć" not in response.text
    assert client.get(INDEX, {"network__number": 3}).status_code == 400


def test_the_editor_lists_every_networks_applications(demo, two_networks):
    response = demo.client_for("editor").get(INDEX)
    assert "Nasza-Sieć" in response.text and "Obca-Sieć" in response.text


@pytest.mark.parametrize("username", ["member", "observer", "mayor"])
def test_people_who_run_no_network_do_not_reach_the_list(demo, username, two_networks):
    response = demo.client_for(username).get(INDEX)
    assert response.status_code in (302, 403)


def test_the_coordinator_inspects_and_reads_the_history_of_their_own_only(demo, two_networks):
    ours, theirs = two_networks
    client = demo.client_for("coordinator")
    page = client.get(_inspect(ours))
    assert page.status_code == 200 and "Nasza-Sieć" in page.text
    assert 'action="/admin/applications/application/' in page.text  # approve / reject
    assert client.get(_history(ours)).status_code == 200
    assert _refused(client, _inspect(theirs))
    assert _refused(client, _history(theirs))


def test_the_coordinator_deletes_no_application(demo, two_networks):
    client = demo.client_for("coordinator")
    for application in two_networks:
        delete = reverse("applications_application_modeladmin_delete", args=[application.pk])
        assert client.get(delete).status_code in (302, 403, 404)
        assert client.post(delete).status_code in (302, 403, 404)
        assert Application.objects.filter(pk=application.pk).exists()


def test_nobody_edits_or_creates_an_application_in_the_admin(demo, two_networks):
    ours, _theirs = two_networks
    client = demo.client_for("editor")
    edit = reverse("applications_application_modeladmin_edit", args=[ours.pk])
    assert _refused(client, edit, name=ours.motivation)
    create = reverse("applications_application_modeladmin_create")
    assert _refused(client, create, name='name="motivation"')


def test_the_coordinator_approves_their_networks_application_from_the_admin(
    demo, two_networks, django_capture_on_commit_callbacks
):
    ours, _theirs = two_networks
    client = demo.client_for("coordinator")
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(reverse("applications_approve", args=[ours.pk]))
    assert response.status_code == 302
    ours.refresh_from_db()
    assert ours.status == ApplicationStatus.APPROVED
    assert ours.decided_by == demo.user("coordinator")
    assert [m.to for m in mail.outbox] == [[ours.email]]


def test_the_coordinator_can_neither_approve_nor_reject_another_networks(demo, two_networks):
    _ours, theirs = two_networks
    client = demo.client_for("coordinator")
    assert client.post(reverse("applications_approve", args=[theirs.pk])).status_code == 404
    reject = reverse("applications_reject", args=[theirs.pk])
    assert client.post(reject, {"reason": "No."}).status_code == 404
    theirs.refresh_from_db()
    assert theirs.is_pending and mail.outbox == []


def test_a_rejection_from_the_admin_needs_a_reason(demo, two_networks):
    ours, _theirs = two_networks
    client = demo.client_for("coordinator")
    response = client.post(reverse("applications_reject", args=[ours.pk]), {"reason": " "})
    assert response.status_code == 302
    ours.refresh_from_db()
    assert ours.is_pending


def test_deciding_takes_a_post(demo, two_networks):
    ours, _theirs = two_networks
    client = demo.client_for("editor")
    assert client.get(reverse("applications_approve", args=[ours.pk])).status_code == 405
    ours.refresh_from_db()
    assert ours.is_pending


def test_the_decide_page_lists_only_what_the_coordinator_may_decide(demo, two_networks):
    response = demo.client_for("coordinator").get(reverse("applications_decide"))
    assert response.status_code == 200
    assert "Nasza-Sieć" in response.text and "Obca-Sieć" not in response.text
    assert demo.client_for("member").get(reverse("applications_decide")).status_code in (302, 403)


def test_bulk_approval_and_rejection_of_the_chosen(demo, django_capture_on_commit_callbacks):
    first, second, third = (ApplicationFactory(network=demo.network(1)) for _ in range(3))
    client = demo.client_for("coordinator")
    with django_capture_on_commit_callbacks(execute=True):
        client.post(
            reverse("applications_decide"),
            {"applications": [first.pk, second.pk], "action": "approve"},
        )
        client.post(
            reverse("applications_decide"),
            {"applications": [third.pk], "action": "reject", "reason": "Not this round."},
        )
    for application in (first, second, third):
        application.refresh_from_db()
    assert [first.status, second.status, third.status] == ["approved", "approved", "rejected"]
    assert sorted(m.to[0] for m in mail.outbox) == sorted([first.email, second.email, third.email])


def test_bulk_decisions_with_another_networks_row_decide_nothing(demo, two_networks):
    ours, theirs = two_networks
    response = demo.client_for("coordinator").post(
        reverse("applications_decide"),
        {"applications": [ours.pk, theirs.pk], "action": "approve"},
    )
    assert response.status_code == 404
    ours.refresh_from_db()
    theirs.refresh_from_db()
    assert ours.is_pending and theirs.is_pending


def test_bulk_rejection_needs_a_reason(demo, two_networks):
    ours, _theirs = two_networks
    demo.client_for("coordinator").post(
        reverse("applications_decide"), {"applications": [ours.pk], "action": "reject"}
    )
    ours.refresh_from_db()
    assert ours.is_pending


def test_the_audit_log_of_an_application_shows_both_decisions_paths(demo, two_networks):
    ours, theirs = two_networks
    demo.client_for("coordinator").post(reverse("applications_approve", args=[ours.pk]))
    demo.client_for("editor").post(
        reverse("applications_reject", args=[theirs.pk]), {"reason": "No room left."}
    )
    assert ModelLogEntry.objects.for_instance(ours).get(action=decisions.APPROVED).user == (
        demo.user("coordinator")
    )
    assert ModelLogEntry.objects.for_instance(theirs).get(action=decisions.REJECTED).user == (
        demo.user("editor")
    )
    history = demo.client_for("editor").get(_history(theirs))
    assert pl("Application rejected") in history.text


def test_the_dashboard_shows_the_coordinator_their_pending_applications_only(demo, two_networks):
    response = demo.client_for("coordinator").get("/admin/")
    assert pl("Pending applications") in response.text
    assert "Nasza-Sieć" in response.text and "Obca-Sieć" not in response.text
    editor_view = demo.client_for("editor").get("/admin/")
    assert "Obca-Sieć" in editor_view.text or "Nasza-Sieć" in editor_view.text


def test_the_dashboard_panel_costs_the_same_with_more_applications(demo):
    client = demo.client_for("editor")
    client.get("/admin/")

    def queries():
        with CaptureQueriesContext(connection) as captured:
            client.get("/admin/")
        return len(captured)

    before = queries()
    for _ in range(10):
        ApplicationFactory(network=demo.network(2))
    assert queries() == before


def test_the_coordinators_download_holds_their_networks_rows_only(demo, two_networks):
    response = demo.client_for("coordinator").get(INDEX, {"export": "csv"})
    assert response.status_code == 200
    text = b"".join(response).decode("utf-8-sig")
    assert "Nasza-Sieć" in text and "Obca-Sieć" not in text
