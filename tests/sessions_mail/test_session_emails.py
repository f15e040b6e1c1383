"""The sessions' e-mails: a neutral greeting (no name forced into the vocative, no
"uczestniczyłeś/uczestniczyłaś"), the session's topic, plain text that is not HTML-escaped, a
matching HTML part, and links on the site's real address."""

import datetime

from django.core import mail
from django.test import override_settings
from django.urls import reverse
from django.utils import translation

import pytest

from tests.polish import pl
from workspaces.notifications import html, outbox, preferences
from workspaces.notifications.models import Cadence
from workspaces.sessions import minutes
from workspaces.sessions.emails import MINUTES_CIRCULATED_KIND, SESSION_PLANNED_KIND
from workspaces.sessions.models import MinutesStatus, SessionPage

GENDERED = ("uczestniczyłeś", "uczestniczyłaś", "Drogi ", "Droga ")


def _draft(demo):
    for session in SessionPage.objects.child_of(demo.workspace(1)).order_by("number"):
        if minutes.minutes_record(session).status == MinutesStatus.DRAFT:
            return session
    raise AssertionError("no draft minutes in network 1")


def _render(kind, session, user, language="pl"):
    with translation.override(language):
        context = {**kind.context(session, ""), "user": user}
        return outbox.render_email(kind.template, context)


@pytest.mark.parametrize("kind", [MINUTES_CIRCULATED_KIND, SESSION_PLANNED_KIND])
def test_greeting_is_neutral_and_names_no_one(demo, kind):
    member = demo.user("member")
    member.first_name, member.last_name = "Anna", "Nowak"
    session = _draft(demo)
    _subject, body = _render(kind, session, member)
    assert body.startswith(pl("Hello,"))
    assert "Anna" not in body and "Nowak" not in body
    assert not any(word in body for word in GENDERED)


@pytest.mark.parametrize("kind", [MINUTES_CIRCULATED_KIND, SESSION_PLANNED_KIND])
def test_subject_and_body_name_the_session_by_its_topic_unescaped(demo, kind):
    session = _draft(demo)
    session.topic = 'Podwórka „zielone” & <niebieskie> "razem"'
    subject, body = _render(kind, session, demo.user("member"))
    assert session.topic in subject and session.topic in body
    assert "&quot;" not in body + subject and "&lt;" not in body + subject
    assert "&amp;" not in body + subject


@override_settings(WAGTAILADMIN_BASE_URL="http://127.0.0.1:8000")
def test_circulated_minutes_reach_attendees_once_each_with_a_link_that_opens(
    demo, django_capture_on_commit_callbacks
):
    session = _draft(demo)
    people = [a.person.user for a in session.attendance.select_related("person__user")]
    for user in people:
        preferences.set_cadence(user, demo.network(1), Cadence.IMMEDIATE)
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        demo.client_for("coordinator").post(reverse("circulate_minutes", args=[session.pk]))
    assert sorted(m.to[0] for m in mail.outbox) == sorted(u.email for u in people)
    message = mail.outbox[0]
    assert f"http://127.0.0.1:8000{session.url}" in message.body
    assert "http://localhost/" not in message.body
    (html_part, mimetype), *_ = message.alternatives
    assert mimetype == "text/html"
    assert f'href="http://127.0.0.1:8000{session.url}"' in html_part
    assert '<html lang="pl">' in html_part


def test_html_part_escapes_what_the_text_says():
    document = html.from_text("Temat", "Dzień dobry,\n\nA <b> & „c”\nhttps://x.pl/?a=1&b=2", "pl")
    assert "&lt;b&gt; &amp; „c”<br>" in document
    assert '<a href="https://x.pl/?a=1&amp;b=2"' in document
    assert document.count("<p ") == 2


def test_session_planned_mail_names_the_date_in_the_readers_language(demo):
    session = _draft(demo)
    session.starts_at = datetime.datetime(2027, 3, 4, 9, 0, tzinfo=datetime.UTC)
    _subject, english = _render(SESSION_PLANNED_KIND, session, demo.user("member"), "en")
    assert english.startswith("Hello,")
    assert "2027" in english


def test_a_digest_greets_once_not_once_per_item(demo, django_capture_on_commit_callbacks):
    session = _draft(demo)
    people = [a.person.user for a in session.attendance.select_related("person__user")]
    for user in people:
        preferences.set_cadence(user, demo.network(1), Cadence.DAILY)
    with django_capture_on_commit_callbacks(execute=True):
        minutes.circulate_minutes(session, demo.user("coordinator"))
    mail.outbox.clear()
    assert outbox.send_digests(Cadence.DAILY) >= 1
    digest = next(m for m in mail.outbox if m.to == [people[0].email])
    assert digest.body.count(pl("Hello,")) == 1
    assert session.topic in digest.body
