"""Mail off the request (issue 14 §4): with production's task backend, publishing only writes
the outbox and queues a task row; the worker (`manage.py db_worker`) sends the e-mails, and
when the mail server fails it queues a retry for later instead of losing them."""

import datetime
import signal
from contextlib import contextmanager
from unittest import mock

from django.core import mail
from django.core.management import call_command
from django.test import override_settings
from django.utils import timezone

import pytest
from django_tasks_db.models import DBTaskResult

from workspaces.notifications.models import Notification
from workspaces.outcomes.emails import OUTCOME_PUBLISHED
from workspaces.outcomes.models import OutcomePage

DATABASE_TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}
DELIVER = "workspaces.notifications.outbox.deliver_notifications"
MAIL_IS_DOWN = "tests.production.test_tasks.MailServerDown"


class MailServerDown:
    """An e-mail backend whose server refuses every connection."""

    def __init__(self, *args, **kwargs):
        pass

    def send_messages(self, messages):
        raise ConnectionRefusedError("mail server down")


@pytest.fixture
def database_tasks():
    with override_settings(TASKS=DATABASE_TASKS):
        yield


@contextmanager
def _signals_kept():
    """The worker installs its own SIGINT/SIGTERM handlers; give pytest its own back."""
    saved = {number: signal.getsignal(number) for number in (signal.SIGINT, signal.SIGTERM)}
    try:
        yield
    finally:
        for number, handler in saved.items():
            signal.signal(number, handler)


def run_worker_once():
    """`manage.py db_worker --batch`: run every task that is due, then stop. Between tasks
    the worker closes stale database connections – which would close the test's transaction
    here, so that one step is left out."""
    with (
        _signals_kept(),
        mock.patch("django_tasks_db.management.commands.db_worker.close_old_connections"),
    ):
        call_command("db_worker", batch=True, startup_delay=False, reload=False, verbosity=0)


def _publish_outcome(demo, django_capture_on_commit_callbacks):
    """A new outcome of network 3: its observers and members are owed an e-mail."""
    index, editor = demo.outcome_index(3), demo.user("editor")
    outcome = OutcomePage(title="Wnioski z kolejki", slug="wnioski-z-kolejki", summary="<p>W.</p>")
    with django_capture_on_commit_callbacks(execute=True):
        index.add_child(instance=outcome)
        outcome.save_revision(user=editor).publish(user=editor)
    return outcome


def _owed(outcome):
    return Notification.objects.filter(kind=OUTCOME_PUBLISHED, target_id=outcome.pk)


def _queued():
    return DBTaskResult.objects.filter(task_path=DELIVER)


def test_publishing_queues_a_task_and_sends_nothing(
    demo, database_tasks, django_capture_on_commit_callbacks
):
    before = _queued().count()
    outcome = _publish_outcome(demo, django_capture_on_commit_callbacks)
    assert mail.outbox == []
    assert _owed(outcome).exists()
    assert not _owed(outcome).exclude(status=Notification.PENDING).exists()
    assert _queued().ready().count() == before + 1


def test_the_worker_sends_the_mail(demo, database_tasks, django_capture_on_commit_callbacks):
    outcome = _publish_outcome(demo, django_capture_on_commit_callbacks)
    run_worker_once()
    owed = _owed(outcome)
    assert {m.to[0] for m in mail.outbox} == set(owed.values_list("recipient__email", flat=True))
    assert all(outcome.url in message.body for message in mail.outbox)
    assert not owed.exclude(status=Notification.SENT).exists()
    assert not _queued().ready().exists()
    assert _queued().successful().exists()


def test_a_failed_send_is_retried_by_a_deferred_task(
    demo, database_tasks, django_capture_on_commit_callbacks, settings
):
    outcome = _publish_outcome(demo, django_capture_on_commit_callbacks)
    working_backend, settings.EMAIL_BACKEND = settings.EMAIL_BACKEND, MAIL_IS_DOWN
    run_worker_once()
    owed = _owed(outcome)
    assert mail.outbox == []
    assert not owed.exclude(status=Notification.PENDING).exists()  # kept, not lost
    assert set(owed.values_list("attempts", flat=True)) == {1}
    retry = _queued().get(status="READY")
    assert retry.run_after > timezone.now() + datetime.timedelta(minutes=4)

    run_worker_once()  # not due yet: nothing is tried again
    assert set(owed.values_list("attempts", flat=True)) == {1}

    settings.EMAIL_BACKEND = working_backend
    _queued().filter(pk=retry.pk).update(run_after=timezone.now())  # five minutes later
    run_worker_once()
    assert len(mail.outbox) == owed.count() > 0
    assert not owed.exclude(status=Notification.SENT).exists()


def test_development_and_tests_still_send_at_once(demo, django_capture_on_commit_callbacks):
    before = _queued().count()
    outcome = _publish_outcome(demo, django_capture_on_commit_callbacks)
    assert len(mail.outbox) == _owed(outcome).count() > 0
    assert _queued().count() == before
