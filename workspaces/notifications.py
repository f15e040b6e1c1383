"""The networks' e-mails, each in the recipient's language and linking to the page:

- observers first (SPEC §1): when an outcome is first published, the network's observers and
  members – exactly the people the access module lets read it, drawn from the network's
  member, coordinator and observer groups;
- when a session's minutes are circulated, its attendees who may still open the session, so
  that they propose amendments.

The event only writes the outbox (one `Notification` row per recipient); a background task
sends them after the transaction commits. A failed send stays pending and is retried – by the
task itself when the task backend can defer, and by `manage.py deliver_notifications` – so a
mail outage never makes publishing or circulating fail. Whether the e-mail is still due is
checked again when it goes – someone who has left the network in between, or minutes approved
meanwhile, cancel it – and each attempt is claimed first, so two senders never mail twice.
"""

import datetime
import logging
import threading
from contextlib import contextmanager

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.mail import send_mail
from django.db import transaction
from django.db.models import F
from django.template.loader import render_to_string
from django.utils import timezone, translation

from django_tasks import task

from . import access
from .groups import network_groups
from .models import Notification, OutcomePage, network_of

logger = logging.getLogger(__name__)
MAX_ATTEMPTS = 5
_state = threading.local()


@contextmanager
def suppressed():
    """For loading demo data: publish without e-mailing anyone."""
    _state.suppressed = True
    try:
        yield
    finally:
        _state.suppressed = False


def _readers_among(page, **who):
    """Active users picked by `who`, with an address, whom the access module lets open `page`."""
    candidates = get_user_model().objects.filter(is_active=True, **who).exclude(email="").distinct()
    return [user for user in candidates if access.can_view_page(user, page)]


def recipients(outcome):
    """Of the network's members, coordinators and observers, those who may read the outcome."""
    group_ids = [group.pk for group in network_groups(network_of(outcome)).values()]
    return _readers_among(outcome, groups__in=group_ids)


def attendees_to_tell(session):
    """The session's attendees who may still open it."""
    return _readers_among(session, person__attendance__session=session)


def _queue(notifications):
    """Write the outbox rows and have them sent once the transaction commits."""
    if getattr(_state, "suppressed", False):
        return 0
    rows = Notification.objects.bulk_create(notifications)
    if rows:
        transaction.on_commit(lambda: deliver_notifications.enqueue())
    return len(rows)


def queue_minutes_circulated(session):
    """Tell the attendees that the session's minutes await their amendments."""
    return _queue(
        Notification(kind=Notification.MINUTES_CIRCULATED, session=session, recipient=user)
        for user in attendees_to_tell(session)
    )


def queue_first_publication(outcome):
    """Write the outbox for an outcome's first publication; later publications add nothing."""
    if Notification.objects.filter(outcome=outcome).exists():
        return 0
    return _queue(Notification(outcome=outcome, recipient=user) for user in recipients(outcome))


TEMPLATES = {
    Notification.OUTCOME_PUBLISHED: "workspaces/emails/outcome_published",
    Notification.MINUTES_CIRCULATED: "workspaces/emails/minutes_circulated",
}


def _message(notification, network):
    user = notification.recipient
    person = getattr(user, "person", None)
    language = person.language if person else settings.LANGUAGE_CODE
    template = TEMPLATES[notification.kind]
    with translation.override(language):
        context = {
            "user": user,
            "outcome": notification.outcome,
            "session": notification.session,
            "network": network,
            "url": notification.page.full_url,
        }
        subject = render_to_string(f"{template}_subject.txt", context)
        body = render_to_string(f"{template}.txt", context)
    return " ".join(subject.split()), body


def send_pending():
    """Try every pending notification once; returns (sent, still pending)."""
    sent = 0
    pending = Notification.objects.filter(status=Notification.PENDING).select_related(
        "recipient__person", "outcome", "session"
    )
    networks = {}  # one lookup per page, not per e-mail
    for notification in pending:
        page = notification.page
        if not _still_due(notification):
            notification.status = Notification.CANCELLED
            notification.save(update_fields=["status"])
            continue
        if not _claim(notification):
            continue  # another sender (the task, or the command) has it
        notification.attempts += 1
        if page.pk not in networks:
            networks[page.pk] = network_of(page)
        try:
            subject, body = _message(notification, networks[page.pk])
            send_mail(subject, body, None, [notification.recipient.email])
        except Exception as error:  # noqa: BLE001 - any mail failure must leave the row pending
            logger.warning("Notification %s failed: %s", notification.pk, error)
            notification.last_error = str(error)[:1000]
            if notification.attempts >= MAX_ATTEMPTS:
                notification.status = Notification.FAILED
        else:
            notification.status = Notification.SENT
            notification.sent_at = timezone.now()
            notification.last_error = ""
            sent += 1
        notification.save(update_fields=["attempts", "status", "last_error", "sent_at"])
    return sent, Notification.objects.filter(status=Notification.PENDING).count()


def _still_due(notification):
    """Should this e-mail still go? The page is live, the recipient active, with an address
    and still allowed to open it; minutes are still open for amendments."""
    from .minutes import minutes_record
    from .models import MinutesStatus

    user, page = notification.recipient, notification.page
    if not (page.live and user.is_active and user.email and access.can_view_page(user, page)):
        return False
    if notification.kind == Notification.MINUTES_CIRCULATED:
        return minutes_record(page).status == MinutesStatus.CIRCULATED
    return True


def _claim(notification):
    """Count this attempt only if no one else has since: two senders never mail one row twice."""
    claimed = Notification.objects.filter(
        pk=notification.pk, status=Notification.PENDING, attempts=notification.attempts
    ).update(attempts=F("attempts") + 1)
    return claimed == 1


@task()
def deliver_notifications():
    sent, pending = send_pending()
    if pending:
        _schedule_retry()
    return sent


def _schedule_retry():
    """Try again in a few minutes where the task backend can wait; otherwise the periodic
    `deliver_notifications` command picks the rows up."""
    backend = deliver_notifications.get_backend()
    if backend.supports_defer:
        later = timezone.now() + datetime.timedelta(minutes=5)
        deliver_notifications.using(run_after=later).enqueue()


def on_outcome_published(outcome):
    if isinstance(outcome, OutcomePage):
        queue_first_publication(outcome)
