"""Decisions: approval turns an application into the registry's records and an invitation,
rejection tells the reason; both once, both audited, only by whoever runs the network
(issue 11, point 2)."""

import datetime
import io
import re

from django.contrib.auth import get_user_model
from django.contrib.auth.tokens import default_token_generator
from django.core import mail
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.management import call_command
from django.test import Client
from django.utils import timezone
from django.utils.encoding import force_bytes
from django.utils.http import urlsafe_base64_encode

from wagtail.models import ModelLogEntry

import pytest

from tests.factories.applications import ApplicationFactory
from tests.factories.registry import PersonFactory
from workspaces.applications import decisions
from workspaces.applications.models import Application, ApplicationStatus
from workspaces.notifications.models import Notification
from workspaces.registry.models import Membership, Municipality, ObserverSubscription


def _approve(application, by, capture):
    with capture(execute=True):
        return decisions.approve(application, by=by)


def _reject(application, by, reason, capture):
    with capture(execute=True):
        return decisions.reject(application, by, reason)


def _link_in(message):
    url = re.search(r"https?://\S+/konto/haslo/\S+/\S+/", message.body).group(0)
    return url[url.index("/konto/") :]


def test_approving_a_new_town_creates_town_account_person_and_seat_and_invites(
    demo, django_capture_on_commit_callbacks
):
    digital, editor = demo.network(1), demo.user("editor")
    application = ApplicationFactory(network=digital, town_name="Wołów", voivodeship="dolnoslaskie")
    approved = _approve(application, editor, django_capture_on_commit_callbacks)

    assert approved.status == ApplicationStatus.APPROVED and approved.decided_by == editor
    town = Municipality.objects.get(name="Wołów", voivodeship="dolnoslaskie")
    user = get_user_model().objects.get(email=application.email)
    assert not user.has_usable_password()
    assert user.person.municipality == town and user.person.position == application.position
    membership = Membership.objects.get(person=user.person, network=digital)
    assert approved.membership == membership and membership.ended_on is None
    (invitation,) = mail.outbox
    assert invitation.to == [application.email]
    assert "/konto/haslo/" in invitation.body


def test_approving_an_existing_town_reuses_it(demo, django_capture_on_commit_callbacks):
    town = Municipality.objects.get(name="Krosno")
    before = Municipality.objects.count()
    application = ApplicationFactory(network=demo.network(2), municipality=town, town_name="")
    approved = _approve(application, demo.user("editor"), django_capture_on_commit_callbacks)
    assert Municipality.objects.count() == before
    assert approved.person.municipality == town


def test_approving_someone_with_an_account_adds_them_and_says_so_without_a_new_account(
    demo, django_capture_on_commit_callbacks
):
    member = demo.user("member")  # member of network 1, applying to observe network 3
    users = get_user_model().objects.count()
    application = ApplicationFactory(
        network=demo.network(3), kind="observer", email=member.email.upper()
    )
    approved = _approve(application, demo.user("editor"), django_capture_on_commit_callbacks)
    assert get_user_model().objects.count() == users
    assert approved.person == member.person and approved.user == member
    assert ObserverSubscription.objects.filter(
        person=member.person, network=demo.network(3), ended_on__isnull=True
    ).exists()
    (notice,) = mail.outbox
    assert notice.to == [member.email]
    assert "/konto/haslo/" not in notice.body and "/konto/logowanie/" in notice.body


def test_approving_twice_changes_nothing_twice_and_sends_nothing_twice(
    demo, django_capture_on_commit_callbacks
):
    editor = demo.user("editor")
    application = ApplicationFactory(network=demo.network(1))
    first = _approve(application, editor, django_capture_on_commit_callbacks)
    again = _approve(application, demo.user("admin"), django_capture_on_commit_callbacks)
    assert again.decided_by == editor and again.decided_at == first.decided_at
    assert Membership.objects.filter(person=first.person, network=demo.network(1)).count() == 1
    assert len(mail.outbox) == 1
    assert Notification.objects.about(first).count() == 1
    assert ModelLogEntry.objects.for_instance(first).filter(action=decisions.APPROVED).count() == 1


def test_rejecting_tells_the_applicant_the_reason_once(demo, django_capture_on_commit_callbacks):
    editor = demo.user("editor")
    application = ApplicationFactory(network=demo.network(4), language="en")
    reason = "Your town already takes part in this network."
    _reject(application, editor, reason, django_capture_on_commit_callbacks)
    _reject(application, editor, "Another reason", django_capture_on_commit_callbacks)
    application.refresh_from_db()
    assert application.status == ApplicationStatus.REJECTED
    assert application.rejection_reason == reason
    (message,) = mail.outbox
    assert message.to == [application.email] and reason in message.body
    assert not get_user_model().objects.filter(email=application.email).exists()


def test_a_rejection_needs_a_reason(demo):
    application = ApplicationFactory(network=demo.network(4))
    with pytest.raises(ValidationError):
        decisions.reject(application, demo.user("editor"), "   ")
    application.refresh_from_db()
    assert application.is_pending


def test_a_decided_application_cannot_be_decided_the_other_way(
    demo, django_capture_on_commit_callbacks
):
    editor = demo.user("editor")
    application = ApplicationFactory(network=demo.network(4))
    _reject(application, editor, "No.", django_capture_on_commit_callbacks)
    with pytest.raises(ValidationError):
        decisions.approve(application, by=editor)
    assert not get_user_model().objects.filter(email=application.email).exists()


def test_the_leaders_rule_still_holds_at_approval(demo):
    """An existing staff member applying as mayor is refused: the registry keeps their record."""
    person = PersonFactory(position="staff")
    application = ApplicationFactory(
        network=demo.network(8), email=person.user.email, position="mayor"
    )
    with pytest.raises(ValidationError):
        decisions.approve(application, by=demo.user("editor"))
    application.refresh_from_db()
    assert application.is_pending
    assert not Membership.objects.filter(person=person).exists()


@pytest.mark.parametrize("username", ["member", "observer", "mayor"])
def test_people_who_do_not_run_the_network_may_not_decide(demo, username):
    application = ApplicationFactory(network=demo.network(1))
    with pytest.raises(PermissionDenied):
        decisions.approve(application, by=demo.user(username))
    with pytest.raises(PermissionDenied):
        decisions.reject(application, demo.user(username), "No.")
    application.refresh_from_db()
    assert application.is_pending


def test_a_coordinator_decides_only_on_their_own_network(demo, django_capture_on_commit_callbacks):
    coordinator = demo.user("coordinator")
    theirs = ApplicationFactory(network=demo.network(1))
    other = ApplicationFactory(network=demo.network(3))
    assert _approve(theirs, coordinator, django_capture_on_commit_callbacks).status == "approved"
    with pytest.raises(PermissionDenied):
        decisions.approve(other, by=coordinator)


def test_both_decisions_are_in_the_audit_log_with_who_decided(
    demo, django_capture_on_commit_callbacks
):
    editor, coordinator = demo.user("editor"), demo.user("coordinator")
    approved = _approve(
        ApplicationFactory(network=demo.network(1)), coordinator, django_capture_on_commit_callbacks
    )
    rejected = _reject(
        ApplicationFactory(network=demo.network(2)),
        editor,
        "No.",
        django_capture_on_commit_callbacks,
    )
    entry = ModelLogEntry.objects.for_instance(approved).get(action=decisions.APPROVED)
    assert entry.user == coordinator
    entry = ModelLogEntry.objects.for_instance(rejected).get(action=decisions.REJECTED)
    assert entry.user == editor
    membership = approved.membership
    assert ModelLogEntry.objects.for_instance(membership).get().user == coordinator
    # The person the approval created is on record as created by who decided.
    created = ModelLogEntry.objects.for_instance(approved.person).get(action="wagtail.create")
    assert created.user == coordinator


# --- the invitation link -------------------------------------------------------------------


@pytest.fixture
def invitation(demo, django_capture_on_commit_callbacks):
    application = ApplicationFactory(network=demo.network(1))
    _approve(application, demo.user("editor"), django_capture_on_commit_callbacks)
    application.refresh_from_db()
    (message,) = mail.outbox
    return application, _link_in(message)


NEW_PASSWORD = "Nowe-haslo-2026!"


def _set_password(client, link, password=NEW_PASSWORD):
    page = client.get(link, follow=True)
    if not page.context.get("validlink"):
        return page
    return client.post(
        page.redirect_chain[-1][0],
        {"new_password1": password, "new_password2": password},
        follow=True,
    )


def test_the_invitation_sets_a_password_once(demo, invitation):
    application, link = invitation
    done = _set_password(Client(), link)
    assert done.redirect_chain[-1][0] == "/konto/haslo/zmienione/"
    user = application.person.user
    user.refresh_from_db()
    assert user.check_password(NEW_PASSWORD)
    again = Client().get(link, follow=True)
    assert again.context["validlink"] is False


def test_an_expired_invitation_does_not_work(demo, invitation, settings, monkeypatch):
    application, link = invitation
    settings.PASSWORD_RESET_TIMEOUT = 60
    later = datetime.datetime.now() + datetime.timedelta(minutes=2)
    monkeypatch.setattr(default_token_generator, "_now", lambda: later)
    assert Client().get(link, follow=True).context["validlink"] is False
    user = application.person.user
    user.refresh_from_db()
    assert not user.has_usable_password()


def test_an_invitation_token_does_not_work_for_someone_else(demo, invitation):
    application, link = invitation
    token = link.strip("/").split("/")[-1]
    other = ApplicationFactory(network=demo.network(2))
    decisions.approve(other, by=demo.user("editor"))
    other.refresh_from_db()
    other_uid = urlsafe_base64_encode(force_bytes(other.person.user.pk))
    page = Client().get(f"/konto/haslo/{other_uid}/{token}/", follow=True)
    assert page.context["validlink"] is False
    other.person.user.refresh_from_db()
    assert not other.person.user.has_usable_password()


# --- retention -------------------------------------------------------------------------------


def test_rejected_applications_are_purged_after_the_retention_period_only(demo, settings):
    settings.APPLICATION_RETENTION_DAYS = 30
    old = timezone.now() - datetime.timedelta(days=31)
    recent = timezone.now() - datetime.timedelta(days=29)
    expired = ApplicationFactory(network=demo.network(1), status="rejected", decided_at=old)
    kept = ApplicationFactory(network=demo.network(1), status="rejected", decided_at=recent)
    approved = ApplicationFactory(network=demo.network(1), status="approved", decided_at=old)
    pending = ApplicationFactory(network=demo.network(1))
    out = io.StringIO()
    call_command("purge_rejected_applications", stdout=out)
    call_command("purge_rejected_applications", stdout=out)
    assert out.getvalue().splitlines() == [
        "Deleted 1 rejected application(s).",
        "Deleted 0 rejected application(s).",
    ]
    remaining = set(Application.objects.values_list("pk", flat=True))
    assert expired.pk not in remaining
    assert {kept.pk, approved.pk, pending.pk} <= remaining


def test_purging_keeps_the_decision_in_the_audit_log_but_not_the_name(demo, settings):
    settings.APPLICATION_RETENTION_DAYS = 30
    application = ApplicationFactory(network=demo.network(1), last_name="Usunięta")
    decisions.reject(application, demo.user("editor"), "No.")
    Application.objects.filter(pk=application.pk).update(
        decided_at=timezone.now() - datetime.timedelta(days=31)
    )
    call_command("purge_rejected_applications", stdout=io.StringIO())
    entry = ModelLogEntry.objects.get(action=decisions.REJECTED, object_id=str(application.pk))
    assert entry.user == demo.user("editor") and "Usunięta" not in entry.label
