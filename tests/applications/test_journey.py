"""Issue 11's "done when": a new person applies as an observer of MIASTO OBYWATELI, `editor`
approves, the applicant sets a password from the invitation and sees exactly what an observer
may see; `coordinator` of MIASTO CYFROWE approves an application to MIASTO CYFROWE and cannot
reach another network's; the audit log shows both decisions."""

import re

from django.core import mail
from django.test import Client
from django.urls import reverse

from wagtail.models import ModelLogEntry

from workspaces.applications import decisions
from workspaces.applications.models import Application

from .helpers import form_data, post_application

ADDRESS = "h.kalinowska@kutno-miasto.example.org"
PASSWORD = "Obserwatorka-2026!"


def test_a_new_observer_applies_is_approved_sets_a_password_and_sees_what_observers_see(
    demo, django_capture_on_commit_callbacks
):
    civic = demo.network(3)
    applicant = Client()
    data = form_data(
        civic, kind="observer", email=ADDRESS, first_name="Halina", last_name="Kalinowska",
        town_name="Kutno", voivodeship="lodzkie",
    )  # fmt: skip
    assert post_application(applicant, data, django_capture_on_commit_callbacks).status_code == 302
    application = Application.objects.get(email=ADDRESS)
    assert [m.to for m in mail.outbox] == [[ADDRESS]]  # the confirmation
    mail.outbox.clear()

    editor = demo.client_for("editor")
    with django_capture_on_commit_callbacks(execute=True):
        editor.post(reverse("applications_approve", args=[application.pk]))
    (invitation,) = mail.outbox
    assert invitation.to == [ADDRESS]
    link = re.search(r"/konto/haslo/[^/\s]+/[^/\s]+/", invitation.body).group(0)

    form = applicant.get(link, follow=True)
    done = applicant.post(
        form.redirect_chain[-1][0],
        {"new_password1": PASSWORD, "new_password2": PASSWORD},
        follow=True,
    )
    assert done.redirect_chain[-1][0] == "/konto/haslo/zmienione/"

    username = re.search(r": (\S+@\S+)\s", invitation.body).group(1)
    reader = Client()
    signed_in = reader.post(
        "/konto/logowanie/", {"username": username, "password": PASSWORD}, follow=True
    )
    assert signed_in.context["user"].is_authenticated
    assert reader.get(demo.outcomes(3).url).status_code == 200
    assert reader.get(demo.workspace(3).url).status_code == 404
    assert reader.get(demo.outcomes(1).url).status_code == 404

    entry = ModelLogEntry.objects.for_instance(application).get(action=decisions.APPROVED)
    assert entry.user == demo.user("editor")


def test_the_coordinator_approves_their_network_and_reaches_no_other(demo):
    digital, civic = demo.network(1), demo.network(3)
    ours = Application.objects.get(network=digital, email="k.lis@wolow.example.org")  # the demo's
    theirs = Application.objects.get(network=civic, email="m.sowa@kutno.example.org")
    coordinator = demo.client_for("coordinator")

    assert coordinator.post(reverse("applications_approve", args=[ours.pk])).status_code == 302
    ours.refresh_from_db()
    assert ours.status == "approved"

    index = coordinator.get("/admin/applications/application/")
    assert "Lis" in index.text and "Sowa" not in index.text
    inspect = reverse("applications_application_modeladmin_inspect", args=[theirs.pk])
    assert "Sowa" not in coordinator.get(inspect, follow=True).text
    assert coordinator.post(reverse("applications_approve", args=[theirs.pk])).status_code == 404
    theirs.refresh_from_db()
    assert theirs.is_pending

    entry = ModelLogEntry.objects.for_instance(ours).get(action=decisions.APPROVED)
    assert entry.user == demo.user("coordinator")
