"""The outbox: every e-mail of the site, in the recipient's language, retried while mail is
down. Each feature registers its kinds of e-mail (`register_kind`); the networks' own are:

- observers first (SPEC §1): when an outcome is first published, the network's observers and
  members – exactly the people the access module lets read it, drawn from the network's
  member, coordinator and observer groups;
- when a session's minutes are circulated, its attendees who may still open the session, so
  that they propose amendments.

(The practice library registers the editors' decision on a submitted practice.)

The event only writes the outbox (one `Notification` row per recipient), inside its own
transaction; a background task sends them after it commits. A failed send stays pending and is
retried – by the task itself when the task backend can defer, and by
`manage.py deliver_notifications` – so a mail outage never makes publishing, circulating or
moderating fail. Whether the e-mail is still due is checked again when it goes – someone who
has left the network in between, or minutes approved meanwhile, cancel it – and each attempt
is claimed first, so two senders never mail twice.
"""

import datetime
import logging
import threading
from collections.abc import Callable
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.mail import send_mail
from django.db import transaction
from django.db.models import F
from django.template.loader import render_to_string
from django.utils import timezone, translation
from django.utils.translation import gettext_lazy as _

from django_tasks import task

from home import environment

from . import access
from .groups import network_groups
from .models import Notification, OutcomePage, network_of

logger = logging.getLogger(__name__)
MAX_ATTEMPTS = 5
_state = threading.local()


@dataclass(frozen=True)
class Kind:
    """A kind of e-mail the outbox sends.

    `template` names two templates, `<template>_subject.txt` and `<template>.txt`, rendered in
    the recipient's language with `user` and what `context(page, event)` returns. `is_due`
    (notification, page) answers, when the e-mail is about to go, whether it still should; the
    recipient's being active and having an address is checked for every kind.
    """

    name: str
    label: Any  # a lazy translation, shown in the admin
    template: str
    is_due: Callable
    context: Callable


_KINDS = {}


def register_kind(kind):
    """Called by a feature at start-up (its AppConfig.ready) for each e-mail it sends."""
    _KINDS[kind.name] = kind
    return kind


def kind_choices():
    return [(kind.name, kind.label) for kind in _KINDS.values()]


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


def queue(kind, page, recipients, event=""):
    """Owe each of `recipients` an e-mail of `kind` about `page`; `event` tells apart several
    e-mails of one kind about one page (see `Notification`)."""
    if kind not in _KINDS:
        raise LookupError(f"No kind of e-mail is registered as {kind!r}.")
    return _queue(
        Notification(kind=kind, page=page, recipient=user, event=event) for user in recipients
    )


def queue_minutes_circulated(session):
    """Tell the attendees that the session's minutes await their amendments."""
    return queue(Notification.MINUTES_CIRCULATED, session, attendees_to_tell(session))


def queue_first_publication(outcome):
    """Write the outbox for an outcome's first publication; later publications add nothing."""
    if Notification.objects.filter(kind=Notification.OUTCOME_PUBLISHED, page=outcome).exists():
        return 0
    return queue(Notification.OUTCOME_PUBLISHED, outcome, recipients(outcome))


def _readable(notification, page):
    """The page is live and the recipient may still open it."""
    return page.live and access.can_view_page(notification.recipient, page)


def _minutes_still_open(notification, page):
    from .minutes import minutes_record
    from .models import MinutesStatus

    if not _readable(notification, page):
        return False
    return minutes_record(page).status == MinutesStatus.CIRCULATED


def _network_page_context(name):
    def context(page, event):
        return {name: page, "network": network_of(page), "url": page.full_url}

    return context


register_kind(
    Kind(
        name=Notification.OUTCOME_PUBLISHED,
        label=_("New outcome"),
        template="workspaces/emails/outcome_published",
        is_due=_readable,
        context=_network_page_context("outcome"),
    )
)
register_kind(
    Kind(
        name=Notification.MINUTES_CIRCULATED,
        label=_("Minutes circulated for amendments"),
        template="workspaces/emails/minutes_circulated",
        is_due=_minutes_still_open,
        context=_network_page_context("session"),
    )
)


def _message(notification, kind, page, contexts):
    """(subject, body) in the recipient's language. What depends on the page alone is worked
    out once per page and event (`contexts`), not once per recipient."""
    user = notification.recipient
    person = getattr(user, "person", None)
    language = person.language if person else settings.LANGUAGE_CODE
    with translation.override(language):
        key = (kind.name, page.pk, notification.event)
        if key not in contexts:
            contexts[key] = kind.context(page, notification.event)
        context = {**contexts[key], "user": user}
        subject = render_to_string(f"{kind.template}_subject.txt", context)
        body = render_to_string(f"{kind.template}.txt", context)
    return " ".join(subject.split()), body


def send_pending():
    """Try every pending notification once; returns (sent, still pending).

    With an e-mail backend that delivers nothing, outside development and the tests, nothing
    is tried: the rows wait for a real mail server rather than being marked sent and lost.
    """
    if not environment.mail_is_delivered():
        logger.error("Notifications not sent: %s delivers nothing.", settings.EMAIL_BACKEND)
        return 0, Notification.objects.filter(status=Notification.PENDING).count()
    sent = 0
    pending = (
        Notification.objects.filter(status=Notification.PENDING)
        .select_related("recipient__person", "page")
        .order_by("pk")
    )
    pages, contexts = {}, {}  # one lookup per page, not per e-mail
    for notification in pending:
        kind = _KINDS.get(notification.kind)
        if notification.page_id not in pages:
            pages[notification.page_id] = notification.page.specific
        page = pages[notification.page_id]
        if kind is None or not _still_due(notification, kind, page):
            if kind is None:  # what no feature registered is not sent
                logger.warning("Notification %s: no kind %r", notification.pk, notification.kind)
            notification.status = Notification.CANCELLED
            notification.save(update_fields=["status"])
            continue
        if not _claim(notification):
            continue  # another sender (the task, or the command) has it
        notification.attempts += 1
        try:
            subject, body = _message(notification, kind, page, contexts)
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


def _still_due(notification, kind, page):
    """Should this e-mail still go? The recipient is active and has an address, and the kind's
    own condition holds (the page still readable for them, the minutes still open, …)."""
    user = notification.recipient
    return bool(user.is_active and user.email) and kind.is_due(notification, page)


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
