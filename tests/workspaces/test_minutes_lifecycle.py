"""Minutes: draft → circulated (attendees amend) → approved and locked; each step audited."""

from django.core.exceptions import PermissionDenied, ValidationError
from django.urls import reverse
from django.utils import translation

from wagtail.models import PageLogEntry

import pytest

from workspaces.access import policy as access
from workspaces.sessions import minutes
from workspaces.sessions.models import MinutesAmendment, MinutesStatus, SessionPage


def _session(demo, status, network=1):
    """A session of network `network` (DIGITAL CITIES by default) whose minutes are in
    `status`."""
    for session in SessionPage.objects.child_of(demo.workspace(network)).order_by("number"):
        if minutes.minutes_record(session).status == status:
            return session
    raise AssertionError(f"the demo has no {status} minutes")


def test_coordinator_circulates_then_approves(demo):
    coordinator = demo.user("coordinator")
    session = _session(demo, MinutesStatus.DRAFT)
    minutes.circulate_minutes(session, coordinator)
    assert minutes.minutes_record(session).status == MinutesStatus.CIRCULATED
    minutes.approve_minutes(session, coordinator)
    record = minutes.minutes_record(session)
    assert record.status == MinutesStatus.APPROVED
    assert record.approved_by == coordinator
    actions = list(PageLogEntry.objects.filter(page=session).values_list("action", flat=True))
    assert minutes.CIRCULATED_ACTION in actions
    assert minutes.APPROVED_ACTION in actions


def test_steps_cannot_be_skipped(demo):
    coordinator = demo.user("coordinator")
    with pytest.raises(ValidationError):
        minutes.approve_minutes(_session(demo, MinutesStatus.DRAFT), coordinator)
    with pytest.raises(ValidationError):
        minutes.circulate_minutes(_session(demo, MinutesStatus.APPROVED), coordinator)


def test_empty_minutes_cannot_be_circulated(demo):
    session = _session(demo, MinutesStatus.DRAFT)
    session.minutes = "<p> </p>"
    session.save()
    with pytest.raises(ValidationError):
        minutes.circulate_minutes(session, demo.user("coordinator"))
    assert minutes.minutes_record(session).status == MinutesStatus.DRAFT


@pytest.mark.parametrize("username", ["member", "observer", "mayor"])
def test_only_coordinators_and_editors_run_the_minutes(demo, username):
    session = _session(demo, MinutesStatus.DRAFT)
    with pytest.raises(PermissionDenied):
        minutes.circulate_minutes(session, demo.user(username))
    assert minutes.minutes_record(session).status == MinutesStatus.DRAFT


@pytest.mark.parametrize("network", [1, 3, 8])
def test_editor_may_run_any_networks_minutes(demo, network):
    editor = demo.user("editor")
    session = _session(demo, MinutesStatus.DRAFT, network)
    assert access.roles_in(editor, demo.network(network)) == {"editor"}  # no seat in it

    minutes.circulate_minutes(session, editor)
    assert minutes.minutes_record(session).status == MinutesStatus.CIRCULATED
    minutes.approve_minutes(session, editor)

    record = minutes.minutes_record(session)
    assert record.status == MinutesStatus.APPROVED
    assert record.approved_by == editor
    logged = PageLogEntry.objects.filter(page=session, user=editor).values_list("action", flat=True)
    assert {minutes.CIRCULATED_ACTION, minutes.APPROVED_ACTION} <= set(logged)


def test_attendee_posts_an_amendment_to_circulated_minutes(demo):
    session = _session(demo, MinutesStatus.CIRCULATED)
    attendee = session.attendance.first().person.user
    client = demo.client_for(attendee.username)
    response = client.post(
        reverse("propose_amendment", args=[session.pk]), {"text": "Dopisać termin."}
    )
    assert response.status_code == 302
    assert session.amendments.filter(author=attendee, text="Dopisać termin.").exists()


def test_non_attendee_member_cannot_amend(demo):
    session = _session(demo, MinutesStatus.CIRCULATED)
    outsider = demo.user("coordinator")  # a member of the network who did not attend
    assert not session.attendance.filter(person__user=outsider).exists()
    before = MinutesAmendment.objects.count()
    with pytest.raises(PermissionDenied):
        minutes.propose_amendment(session, outsider, "Poprawka")
    assert MinutesAmendment.objects.count() == before


def test_empty_amendment_is_refused_with_a_message(demo):
    session = _session(demo, MinutesStatus.CIRCULATED)
    attendee = session.attendance.first().person.user
    before = MinutesAmendment.objects.count()
    response = demo.client_for(attendee.username).post(
        reverse("propose_amendment", args=[session.pk]), {"text": "   "}, follow=True
    )
    assert MinutesAmendment.objects.count() == before
    assert "poprawk" in response.content.decode().lower()


def test_no_amendments_once_approved(demo):
    session = _session(demo, MinutesStatus.APPROVED)
    attendee = session.attendance.first().person.user
    with pytest.raises(PermissionDenied):
        minutes.propose_amendment(session, attendee, "Za późno")


def test_approved_minutes_are_locked_for_the_coordinator_not_for_editors(demo):
    session = _session(demo, MinutesStatus.APPROVED)
    assert not session.permissions_for_user(demo.user("coordinator")).can_edit()
    assert not session.permissions_for_user(demo.user("coordinator")).can_publish()
    assert session.permissions_for_user(demo.user("editor")).can_edit()
    draft = _session(demo, MinutesStatus.DRAFT)
    assert draft.permissions_for_user(demo.user("coordinator")).can_edit()


def test_admin_refuses_the_coordinator_an_edit_of_approved_minutes(demo):
    session = _session(demo, MinutesStatus.APPROVED)
    response = demo.client_for("coordinator").get(f"/admin/pages/{session.pk}/edit/")
    assert response.status_code in (302, 403)


def test_editor_revision_after_approval_is_in_the_audit_log(demo):
    session = _session(demo, MinutesStatus.APPROVED)
    minutes.record_revision_after_approval(session, demo.user("editor"))
    assert PageLogEntry.objects.filter(
        page=session, action=minutes.REVISED_AFTER_APPROVAL_ACTION
    ).exists()


def _status_tag(status):
    """The minutes' status as the page shows it: a tag with the status's name (in Polish, the
    site's language)."""
    with translation.override("pl"):
        return f">{MinutesStatus(status).label}</span>"


def test_each_step_is_visible_on_the_page(demo):
    client = demo.client_for("coordinator")
    draft = _session(demo, MinutesStatus.DRAFT)
    html = client.get(draft.url).content.decode()
    assert _status_tag(MinutesStatus.DRAFT) in html
    assert reverse("circulate_minutes", args=[draft.pk]) in html
    client.post(reverse("circulate_minutes", args=[draft.pk]))
    html = client.get(draft.url).content.decode()
    assert _status_tag(MinutesStatus.CIRCULATED) in html
    assert reverse("approve_minutes", args=[draft.pk]) in html
    member_html = demo.client_for("member").get(draft.url).content.decode()
    assert reverse("approve_minutes", args=[draft.pk]) not in member_html
