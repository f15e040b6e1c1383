"""The outbox: every e-mail of the site, in the recipient's language, retried while mail is
down. Each feature registers its kinds of e-mail (`register_kind`) when it starts: what the
e-mail says and whether it is still due when it goes. The outbox knows no feature.

An event only writes the outbox (one `Notification` row per recipient), inside its own
transaction; a background task sends them after it commits. A failed send stays pending and is
retried – by the task itself when the task backend can defer, and by
`manage.py deliver_notifications` – so a mail outage never makes publishing, circulating or
moderating fail. Whether the e-mail is still due is checked again when it goes – someone who
has left the network in between, for instance, cancels it – and each attempt is claimed first,
so two senders never mail twice.
"""

import datetime
import logging
import threading
from contextlib import contextmanager

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.mail import EmailMultiAlternatives
from django.db import transaction
from django.db.models import F
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext as _

from wagtail.models import Page

from django_tasks import task

from home import environment
from workspaces.access import policy

from . import html, links, preferences
from .kinds import registered_kind
from .models import Cadence, Notification

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


def readers_among(page, **who):
    """Active users picked by `who`, with an address, whom the access module lets open `page`."""
    candidates = get_user_model().objects.filter(is_active=True, **who).exclude(email="").distinct()
    return [user for user in candidates if policy.can_view_page(user, page)]


def _queue(notifications):
    """Write the outbox rows and have them sent once the transaction commits."""
    if getattr(_state, "suppressed", False):
        return 0
    rows = Notification.objects.bulk_create(notifications)
    if any(row.cadence == Cadence.IMMEDIATE for row in rows):
        transaction.on_commit(lambda: deliver_notifications.enqueue())
    return len(rows)


def queue(kind, target, recipients, event=""):
    """Owe each of `recipients` an e-mail of `kind` about `target` (a page or a record);
    `event` tells apart several e-mails of one kind about one target (see `Notification`).
    A kind with a scope follows each recipient's choice for it: never (nothing is written),
    immediately, or in the next daily or weekly digest."""
    registered = registered_kind(kind)
    if registered is None:
        raise LookupError(f"No kind of e-mail is registered as {kind!r}.")
    if isinstance(target, Page):
        target = target.specific  # the page type's own relation finds its e-mails
    recipients = list(recipients)
    scope = registered.scope(target) if registered.scope else None
    if scope is None:
        chosen = dict.fromkeys((user.pk for user in recipients), Cadence.IMMEDIATE)
    else:
        chosen = preferences.cadences([user.pk for user in recipients], scope)
    return _queue(
        Notification(
            kind=kind, target=target, recipient=user, event=event, scope=scope,
            cadence=chosen[user.pk],
        )
        for user in recipients
        if chosen[user.pk] != Cadence.NONE
    )  # fmt: skip


def still_readable(notification, page):
    """For e-mails about a page: it is live and the recipient may still open it."""
    return page.live and policy.can_view_page(notification.recipient, page)


def _message(notification, kind, target, contexts, in_digest=False):
    """(subject, body) in the recipient's language. What depends on the target alone is worked
    out once per target, event and language (`contexts`), not once per recipient. `in_digest`
    tells the templates that the digest greets the reader once, so an item does not greet
    again."""
    user = notification.recipient
    language = _language_of(user)
    with translation.override(language):
        # Per language too: links in the context carry it (/en/… for English readers).
        key = (language, kind.name, notification.target_type_id, target.pk, notification.event)
        if key not in contexts:
            contexts[key] = kind.context(target, notification.event)
        context = {**contexts[key], "user": user, "in_digest": in_digest}
        return render_email(kind.template, context)


def render_email(template, context):
    """(subject on one line, body) from `<template>_subject.txt` and `<template>.txt`, rendered
    in the active language – every e-mail of the site is written this way."""
    subject = render_to_string(f"{template}_subject.txt", context)
    body = render_to_string(f"{template}.txt", context)
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
        Notification.objects.filter(status=Notification.PENDING, cadence=Cadence.IMMEDIATE)
        .select_related("recipient__person")
        .order_by("pk")
    )
    targets, contexts = {}, {}  # one lookup per target, not per e-mail
    for notification in pending:
        kind, target = registered_kind(notification.kind), _target_of(notification, targets)
        if kind is None or target is None or not _still_due(notification, kind, target):
            if kind is None:  # what no feature registered is not sent
                logger.warning("Notification %s: no kind %r", notification.pk, notification.kind)
            notification.status = Notification.CANCELLED
            notification.save(update_fields=["status"])
            continue
        if not _claim(notification):
            continue  # another sender (the task, or the command) has it
        notification.attempts += 1
        try:
            subject, body = _message(notification, kind, target, contexts)
            _send(notification, subject, body)
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
    waiting = Notification.objects.filter(status=Notification.PENDING, cadence=Cadence.IMMEDIATE)
    return sent, waiting.count()


def site_url(path):
    """An absolute address on the site's real address, for e-mails (`links.absolute_url`)."""
    return links.absolute_url(path)


def page_url(page):
    """A page's absolute address on the site's real address, for e-mails."""
    return links.page_url(page)


def _unsubscribe_url(notification):
    token = preferences.unsubscribe_token(
        notification.recipient_id, notification.scope_type_id, notification.scope_id
    )
    return site_url(reverse("unsubscribe", args=[token]))


def _send(notification, subject, body, unsubscribe_from=None):
    """One e-mail, plain text with the same words in HTML; with a scope, a one-click
    unsubscribe link in the body and the headers."""
    headers = {}
    language = _language_of(notification.recipient)
    scoped = unsubscribe_from or (notification if notification.scope_id else None)
    if scoped is not None:
        link = _unsubscribe_url(scoped)
        with translation.override(language):
            body = f"{body.rstrip()}\n\n-- \n{_('Stop these e-mails')}: {link}\n"
        headers = {
            "List-Unsubscribe": f"<{link}>",
            "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
        }
    message = EmailMultiAlternatives(
        subject, body, None, [notification.recipient.email], headers=headers
    )
    message.attach_alternative(html.from_text(subject, body, language), "text/html")
    message.send()


def _language_of(user):
    person = getattr(user, "person", None)
    return person.language if person else settings.LANGUAGE_CODE


def send_digests(cadence):
    """One e-mail per person with everything pending for `cadence` (daily or weekly), each
    item checked again as it goes; returns how many e-mails went. Running it twice sends
    nothing twice: items are claimed before they are sent and marked sent after."""
    if not environment.mail_is_delivered():
        logger.error("Digests not sent: %s delivers nothing.", settings.EMAIL_BACKEND)
        return 0
    pending = (
        Notification.objects.filter(status=Notification.PENDING, cadence=cadence)
        .select_related("recipient__person")
        .order_by("recipient_id", "created_at", "pk")
    )
    by_recipient = {}
    for notification in pending:
        by_recipient.setdefault(notification.recipient_id, []).append(notification)
    targets, contexts, sent = {}, {}, 0
    for notifications in by_recipient.values():
        items = []
        for notification in notifications:
            kind, target = registered_kind(notification.kind), _target_of(notification, targets)
            if kind is None or target is None or not _still_due(notification, kind, target):
                notification.status = Notification.CANCELLED
                notification.save(update_fields=["status"])
            elif _claim(notification):
                notification.attempts += 1
                message = _message(notification, kind, target, contexts, in_digest=True)
                items.append((notification, message))
        if items:
            sent += _send_digest(cadence, items)
    return sent


def _send_digest(cadence, items):
    first = items[0][0]
    user = first.recipient
    rows = [notification for notification, _message_ in items]
    with translation.override(_language_of(user)):
        subject, body = render_email(
            "notifications/emails/digest",
            {"user": user, "cadence": Cadence(cadence).label, "items": [m for _n, m in items]},
        )
    scoped = next((row for row in rows if row.scope_id), None)
    ids = [row.pk for row in rows]
    try:
        _send(first, subject, body, unsubscribe_from=scoped)
    except Exception as error:  # noqa: BLE001 - a mail failure leaves the items pending
        logger.warning("Digest for user %s failed: %s", user.pk, error)
        Notification.objects.filter(pk__in=ids).update(last_error=str(error)[:1000])
        return 0
    Notification.objects.filter(pk__in=ids).update(
        status=Notification.SENT, sent_at=timezone.now(), last_error=""
    )
    return 1


def _target_of(notification, targets):
    """What the e-mail is about, looked up once per target (`targets` remembers them)."""
    key = (notification.target_type_id, notification.target_id)
    if key not in targets:
        targets[key] = notification.target
    return targets[key]


def _still_due(notification, kind, target):
    """Should this e-mail still go? The recipient is active and has an address, and the kind's
    own condition holds (the page still readable for them, the minutes still open, …)."""
    user = notification.recipient
    return bool(user.is_active and user.email) and kind.is_due(notification, target)


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
