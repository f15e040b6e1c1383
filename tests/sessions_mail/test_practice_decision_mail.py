"""An editor's decision on a submitted practice reaches its author in one e-mail – ours, in
their language, in plain text that is not HTML-escaped – and not a second one from Wagtail."""

import weakref

from django.core import mail
from django.test import override_settings
from django.urls import reverse

from wagtail.models import WorkflowState
from wagtail.signals import workflow_approved, workflow_rejected

import pytest

from practices import signals, submissions
from tests.polish import pl

TITLE = 'Rower "miejski" & <mapa> stacji'


def _submit(demo, title=TITLE):
    member = demo.user("member")
    practice, _revision = submissions.submit(
        member,
        {
            "title": title,
            "town": member.person.municipality,
            "networks": [demo.network(1)],
            "tags": ["mobilność"],
            "situation": "Mieszkańcy nie mieli jak dojechać do dworca.",
            "solution": "Sieć stacji rowerów miejskich przy przystankach.",
            "results": "Dwa tysiące wypożyczeń w pierwszym miesiącu.",
            "funding_source": "own",
            "budget_pln": None,
            "from_ldp_grant": False,
            "period_start": None,
            "period_end": None,
            "transferability": "Wystarczy umowa z operatorem.",
            "contact_name": "",
            "contact_email": "",
            "contact_phone": "",
        },
    )
    return practice, WorkflowState.objects.get(object_id=str(practice.pk))


def _decide(demo, capture, approve=True):
    practice, state = _submit(demo)
    mail.outbox.clear()
    with capture(execute=True):
        task = state.current_task_state
        if approve:
            task.approve(user=demo.user("editor"))
        else:
            task.reject(user=demo.user("editor"), comment='Proszę dodać "liczby" <koszty>.')
    practice.refresh_from_db()
    return practice


def _to_author(demo):
    return [m for m in mail.outbox if demo.user("member").email in m.to]


@pytest.mark.parametrize("approve", [True, False])
def test_the_author_gets_exactly_one_email_per_decision(
    demo, django_capture_on_commit_callbacks, approve
):
    _decide(demo, django_capture_on_commit_callbacks, approve)
    to_member = _to_author(demo)
    assert len(to_member) == 1, [m.subject for m in to_member]


@override_settings(WAGTAILADMIN_BASE_URL="http://127.0.0.1:8000")
def test_the_approval_email_is_plain_text_not_escaped_html(
    demo, django_capture_on_commit_callbacks
):
    practice = _decide(demo, django_capture_on_commit_callbacks)
    (message,) = _to_author(demo)
    assert TITLE in message.subject and TITLE in message.body
    for escaped in ("&quot;", "&lt;", "&gt;", "&amp;", "&#x27;"):
        assert escaped not in message.body and escaped not in message.subject
    assert message.body.split("\n")[0] == pl("Hello,")
    assert f"http://127.0.0.1:8000{reverse('my_practices')}" in message.body
    assert f"http://127.0.0.1:8000{practice.url}" in message.body
    (html_part, mimetype), *_ = message.alternatives
    assert mimetype == "text/html"
    assert "Rower &quot;miejski&quot; &amp; &lt;mapa&gt; stacji" in html_part


def test_the_request_for_changes_quotes_the_comment_unescaped(
    demo, django_capture_on_commit_callbacks
):
    practice = _decide(demo, django_capture_on_commit_callbacks, approve=False)
    (message,) = _to_author(demo)
    assert 'Proszę dodać "liczby" <koszty>.' in message.body
    assert practice.url is None or practice.url not in message.body  # a draft: no link to it


def _receiver(signal, uid):
    for (key_uid, _sender), ref, *_async in signal.receivers:
        if key_uid == uid:
            return ref() if isinstance(ref, weakref.ReferenceType) else ref
    return None


def test_wagtails_own_notifiers_are_replaced_by_ones_that_skip_practices():
    """Wagtail still mails the submitter of any other moderated page; for practices the
    outbox does, so Wagtail's notifiers under their own ids are ours."""
    approval = _receiver(workflow_approved, "workflow_state_approved_email_notification")
    rejection = _receiver(workflow_rejected, "workflow_state_rejected_email_notification")
    assert isinstance(approval, signals.ApprovalNotifier)
    assert isinstance(rejection, signals.RejectionNotifier)
