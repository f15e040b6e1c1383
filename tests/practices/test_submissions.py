"""Members submit practices from the site; editors moderate them in a Wagtail workflow."""

from io import StringIO

from django.core import mail
from django.core.mail.backends.base import BaseEmailBackend
from django.core.management import call_command
from django.urls import reverse

from wagtail.models import WorkflowState

import pytest

from practices import submissions
from practices.models import PracticePage
from tests.polish import english
from workspaces.notifications import outbox
from workspaces.notifications.models import Notification


def _valid(demo, **changes):
    data = {
        "title": "Aplikacja do zgłaszania usterek",
        "town": demo.user("member").person.municipality_id,
        "networks": [demo.network(1).pk],
        "tags": "cyfryzacja, zgłoszenia",
        "situation": "Usterki zgłaszano telefonicznie.\n\nCzęść ginęła.",
        "solution": "Aplikacja z mapą zgłoszeń.",
        "results": "Czas naprawy spadł o 40%.",
        "funding_source": "own",
        "budget_pln": "120000",
        "period_start": "2023-01-01",
        "period_end": "2023-12-31",
        "transferability": "Wystarczy jeden informatyk.",
        "contact_name": "Anna Nowak",
        "contact_email": "anna.nowak@example.org",
        "contact_phone": "+48 600 000 000",
    }
    data.update(changes)
    return data


def test_member_submits_a_practice_into_moderation(demo):
    client = demo.client_for("member")
    response = client.post(reverse("submit_practice"), _valid(demo))
    assert response.status_code == 302
    practice = PracticePage.objects.get(title="Aplikacja do zgłaszania usterek")
    assert not practice.live and practice.owner == demo.user("member")
    assert set(practice.tags.names()) == {"cyfryzacja", "zgłoszenia"}
    assert practice.situation == "<p>Usterki zgłaszano telefonicznie.</p><p>Część ginęła.</p>"
    state = WorkflowState.objects.get(object_id=str(practice.pk))
    assert state.status == WorkflowState.STATUS_IN_PROGRESS
    html = client.get(english(reverse("my_practices"))).content.decode()
    assert "Aplikacja do zgłaszania usterek" in html and "In moderation" in html
    assert demo.client_for(None).get(practice.url).status_code in (302, 404)


@pytest.mark.parametrize(
    "field,value",
    [
        ("title", ""),
        ("solution", ""),
        ("networks", []),
        ("contact_email", "nie-adres"),
        ("budget_pln", "-5"),
        ("period_end", "2022-01-01"),
        ("funding_source", "skarb"),
        ("town", "999999"),
    ],
)
def test_bad_input_is_refused_field_by_field_and_nothing_is_stored(demo, field, value):
    before = PracticePage.objects.count()
    states = WorkflowState.objects.count()
    data = _valid(demo, **{field: value})
    response = demo.client_for("member").post(reverse("submit_practice"), data)
    assert response.status_code == 200
    html = response.content.decode()
    assert 'class="error-message"' in html
    kept = "Czas naprawy spadł o 40%." if field != "results" else "Aplikacja z mapą"
    assert kept in html  # what the member wrote is kept
    assert PracticePage.objects.count() == before
    assert WorkflowState.objects.count() == states


def test_errors_are_in_polish(demo):
    response = demo.client_for("member").post(reverse("submit_practice"), _valid(demo, title=""))
    assert "To pole jest wymagane." in response.content.decode()


@pytest.mark.parametrize("username,status", [("observer", 403), (None, 302)])
def test_only_members_submit(demo, username, status):
    assert demo.client_for(username).get(reverse("submit_practice")).status_code == status


def _submitted(demo):
    form_data = _valid(demo)
    demo.client_for("member").post(reverse("submit_practice"), form_data)
    practice = PracticePage.objects.get(title=form_data["title"])
    return practice, WorkflowState.objects.get(object_id=str(practice.pk))


def test_editor_approval_publishes_and_emails_the_submitter(
    demo, django_capture_on_commit_callbacks
):
    practice, state = _submitted(demo)
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        state.current_task_state.approve(user=demo.user("editor"))
    practice.refresh_from_db()
    assert practice.live
    assert demo.client_for("mayor").get(practice.url).status_code == 200  # any member
    assert demo.client_for(None).get(practice.url).status_code == 302  # not promoted
    ours = [m for m in mail.outbox if m.subject.startswith("[EMPIRIE]")]
    assert [m.to for m in ours] == [[demo.user("member").email]]
    assert "opublikowana" in ours[0].subject
    assert outbox.site_url(reverse("my_practices")) in ours[0].body


def test_request_for_changes_emails_the_comment(demo, django_capture_on_commit_callbacks):
    practice, state = _submitted(demo)
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        state.current_task_state.reject(user=demo.user("editor"), comment="Proszę dodać liczby.")
    practice.refresh_from_db()
    assert not practice.live
    ours = [m for m in mail.outbox if m.subject.startswith("[EMPIRIE]")]
    assert [m.to for m in ours] == [[demo.user("member").email]]
    assert "Proszę dodać liczby." in ours[0].body
    statuses = dict(submissions.submissions_of(demo.user("member")))
    assert str(statuses[practice]) == "Poprawki wymagane" or "zmian" in str(statuses[practice])


class MailIsDown(BaseEmailBackend):
    def send_messages(self, email_messages):
        raise ConnectionRefusedError("SMTP server unreachable")


MAIL_IS_DOWN = f"{__name__}.MailIsDown"


def _ours():
    return [m for m in mail.outbox if m.subject.startswith("[EMPIRIE]")]


@pytest.mark.parametrize("decision", ["approve", "reject"])
def test_a_decision_made_while_mail_is_down_is_emailed_once_mail_is_back(
    demo, django_capture_on_commit_callbacks, settings, decision
):
    practice, state = _submitted(demo)
    member, working_backend = demo.user("member"), settings.EMAIL_BACKEND
    mail.outbox.clear()
    settings.EMAIL_BACKEND = MAIL_IS_DOWN
    with django_capture_on_commit_callbacks(execute=True):  # the e-mail is tried, and fails
        decide = getattr(state.current_task_state, decision)
        decide(user=demo.user("editor"), comment="Proszę dodać liczby.")
    practice.refresh_from_db()
    assert practice.live == (decision == "approve")  # the decision stands
    owed = Notification.objects.about(practice).get()
    assert owed.status == Notification.PENDING and owed.recipient == member
    assert owed.attempts == 1 and "unreachable" in owed.last_error

    settings.EMAIL_BACKEND = working_backend
    call_command("deliver_notifications", stdout=StringIO())
    [sent] = _ours()
    assert sent.to == [member.email]
    assert "Proszę dodać liczby." in sent.body
    assert outbox.site_url(reverse("my_practices")) in sent.body
    assert ("opublikowana" in sent.subject) == (decision == "approve")

    call_command("deliver_notifications", stdout=StringIO())
    assert len(_ours()) == 1


def test_each_decision_on_one_practice_is_emailed_once(demo, django_capture_on_commit_callbacks):
    """Changes requested, then approved after the author's corrections: two e-mails, each
    with its own decision, even when both wait in the outbox."""
    practice, state = _submitted(demo)
    editor, member = demo.user("editor"), demo.user("member")
    with django_capture_on_commit_callbacks(execute=False):  # no sender runs until the end
        state.current_task_state.reject(user=editor, comment="Proszę dodać liczby.")
        state.refresh_from_db()
        state.resume(user=member)
        state.refresh_from_db()
        state.current_task_state.approve(user=editor, comment="Dziękujemy, jest świetnie.")
    mail.outbox.clear()
    call_command("deliver_notifications", stdout=StringIO())
    call_command("deliver_notifications", stdout=StringIO())
    first, second = _ours()
    assert "Proszę dodać liczby." in first.body and "opublikowana" not in first.subject
    assert "Dziękujemy, jest świetnie." in second.body and "opublikowana" in second.subject
    assert Notification.objects.about(practice).filter(status=Notification.SENT).count() == 2
