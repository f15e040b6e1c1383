"""Circulating minutes e-mails the session's attendees, in their language, through the same
outbox as outcome notifications; no one who may not open the session is written to."""

import datetime

from django.core import mail
from django.core.management import call_command
from django.urls import reverse

import pytest

from workspaces.notifications import links, preferences
from workspaces.notifications import outbox as notifications
from workspaces.notifications.models import Cadence, Notification
from workspaces.registry import services
from workspaces.registry.models import Membership
from workspaces.sessions import minutes, planner
from workspaces.sessions.emails import MINUTES_CIRCULATED, SESSION_PLANNED
from workspaces.sessions.models import MinutesStatus, SessionPage


def _first_draft(demo):
    for session in SessionPage.objects.child_of(demo.workspace(1)).order_by("number"):
        if minutes.minutes_record(session).status == MinutesStatus.DRAFT:
            return session
    raise AssertionError("the demo has no draft minutes in network 1")


@pytest.fixture
def draft_session(demo):
    """A session with draft minutes whose attendees chose to hear at once."""
    session = _first_draft(demo)
    for person in _attendees(session):
        preferences.set_cadence(person.user, demo.network(1), Cadence.IMMEDIATE)
    return session


def _attendees(session):
    return [a.person for a in session.attendance.select_related("person__user")]


def _circulate(demo, session, capture):
    with capture(execute=True):
        response = demo.client_for("coordinator").post(
            reverse("circulate_minutes", args=[session.pk])
        )
    assert response.status_code == 302
    assert minutes.minutes_record(session).status == MinutesStatus.CIRCULATED


def test_the_demo_e_mailed_no_one(demo):
    assert not Notification.objects.filter(kind=MINUTES_CIRCULATED).exists()


def test_each_attendee_is_told_in_their_language(
    demo, draft_session, django_capture_on_commit_callbacks
):
    people = _attendees(draft_session)
    english = people[0]
    english.language = "en"
    english.save()
    mail.outbox.clear()
    _circulate(demo, draft_session, django_capture_on_commit_callbacks)

    told = {message.to[0]: message for message in mail.outbox}
    assert set(told) == {person.user.email for person in people}
    assert told[english.user.email].subject.startswith("[EMPIRIAE] Minutes for your amendments")
    polish = told[people[1].user.email]
    assert "Protokół" in polish.subject or "protokół" in polish.body.lower()
    assert links.page_url(draft_session) in polish.body
    assert all(n.status == Notification.SENT for n in draft_session.notifications.all())


def test_an_attendee_who_has_left_the_network_is_not_told(
    demo, draft_session, django_capture_on_commit_callbacks
):
    leaver = _attendees(draft_session)[0]
    for membership in Membership.objects.filter(person=leaver, network=demo.network(1)):
        services.end_period(membership)
    mail.outbox.clear()
    _circulate(demo, draft_session, django_capture_on_commit_callbacks)
    recipients = {message.to[0] for message in mail.outbox}
    assert recipients and leaver.user.email not in recipients


def test_a_mail_outage_leaves_the_minutes_circulated_and_access_is_checked_again(
    demo, draft_session, django_capture_on_commit_callbacks, monkeypatch
):
    def mail_is_down(*args, **kwargs):
        raise ConnectionRefusedError("SMTP server unreachable")

    monkeypatch.setattr(notifications.EmailMultiAlternatives, "send", mail_is_down)
    _circulate(demo, draft_session, django_capture_on_commit_callbacks)
    pending = draft_session.notifications.filter(status=Notification.PENDING)
    assert pending.count() == len(_attendees(draft_session))

    leaver = _attendees(draft_session)[0]
    for membership in Membership.objects.filter(person=leaver, network=demo.network(1)):
        services.end_period(membership)
    monkeypatch.undo()
    mail.outbox.clear()
    call_command("deliver_notifications")

    statuses = dict(draft_session.notifications.values_list("recipient__username", "status"))
    assert statuses.pop(leaver.user.username) == Notification.CANCELLED
    assert set(statuses.values()) == {Notification.SENT}
    assert leaver.user.email not in {message.to[0] for message in mail.outbox}


def test_minutes_approved_before_the_mail_goes_cancel_it(
    demo, draft_session, django_capture_on_commit_callbacks, monkeypatch
):
    monkeypatch.setattr(notifications.EmailMultiAlternatives, "send", lambda *a, **k: 1 / 0)
    _circulate(demo, draft_session, django_capture_on_commit_callbacks)
    minutes.approve_minutes(draft_session, demo.user("coordinator"))
    monkeypatch.undo()
    mail.outbox.clear()
    call_command("deliver_notifications")
    assert not mail.outbox
    statuses = set(draft_session.notifications.values_list("status", flat=True))
    assert statuses == {Notification.CANCELLED}


def test_two_senders_never_mail_one_row_twice(demo, draft_session):
    minutes.circulate_minutes(draft_session, demo.user("coordinator"))
    row = draft_session.notifications.filter(status=Notification.PENDING).first()
    stale_copy = Notification.objects.get(pk=row.pk)
    assert notifications._claim(row)
    assert not notifications._claim(stale_copy)


def test_by_default_circulated_minutes_wait_for_the_daily_digest(
    demo, django_capture_on_commit_callbacks
):
    session = _first_draft(demo)
    mail.outbox.clear()
    _circulate(demo, session, django_capture_on_commit_callbacks)
    assert mail.outbox == []
    rows = Notification.objects.about(session).filter(kind=MINUTES_CIRCULATED)
    assert rows.exists() and set(rows.values_list("cadence", flat=True)) == {Cadence.DAILY}
    assert notifications.send_digests(Cadence.DAILY) >= rows.count()
    told = {message.to[0] for message in mail.outbox}
    assert told == {person.user.email for person in _attendees(session)}
    assert all(links.page_url(session) in message.body for message in mail.outbox)


def test_a_newly_planned_session_is_owed_to_the_networks_people(demo):
    workspace = demo.workspace(1)
    planned = planner.plan_sessions(
        workspace, demo.user("coordinator"), count=1,
        first_date=planner.next_first_date(workspace), start_time=datetime.time(10),
        duration_hours=4, months_between=3, format="online",
    )  # fmt: skip
    told = set(
        Notification.objects.about(planned[0])
        .filter(kind=SESSION_PLANNED)
        .values_list("recipient__username", flat=True)
    )
    assert {"member", "coordinator"} <= told
    assert not told & {"observer", "mayor", "demo-former"}
