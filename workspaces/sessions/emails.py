"""The e-mails sessions send through the outbox, each following the recipient's choice for the
network (never, immediately, daily or weekly digest): circulated minutes, to the session's
attendees who may still open it, so that they propose amendments; a newly published session, to
the network's members and coordinators who may open it."""

from django.utils.translation import gettext_lazy as _

from workspaces.access.groups import COORDINATORS, MEMBERS, network_groups
from workspaces.notifications import outbox
from workspaces.notifications.kinds import Kind
from workspaces.notifications.models import Notification
from workspaces.registry.models import network_of

from .models import MinutesStatus

MINUTES_CIRCULATED = "minutes_circulated"
SESSION_PLANNED = "session_planned"


def network_page_context(name):
    """The context of an e-mail about a page of a network: the page as `name`, its network and
    its address on the site's real address (`notifications.links`: `page.full_url` would name
    the Site record's host, `http://localhost/`, which opens nothing)."""

    def context(page, event):
        return {name: page, "network": network_of(page), "url": outbox.page_url(page)}

    return context


def _minutes_still_open(notification, page):
    if not outbox.still_readable(notification, page):
        return False
    return page.minutes_status == MinutesStatus.CIRCULATED


MINUTES_CIRCULATED_KIND = Kind(
    name=MINUTES_CIRCULATED,
    label=_("Minutes circulated for amendments"),
    template="sessions/emails/minutes_circulated",
    is_due=_minutes_still_open,
    context=network_page_context("session"),
    scope=network_of,
)

SESSION_PLANNED_KIND = Kind(
    name=SESSION_PLANNED,
    label=_("New session"),
    template="sessions/emails/session_planned",
    is_due=outbox.still_readable,
    context=network_page_context("session"),
    scope=network_of,
)


def attendees_to_tell(session):
    """The session's attendees who may still open it."""
    return outbox.readers_among(session, person__attendance__session=session)


def queue_minutes_circulated(session):
    """Tell the attendees that the session's minutes await their amendments."""
    return outbox.queue(MINUTES_CIRCULATED, session, attendees_to_tell(session))


def queue_session_planned(session):
    """On a session's first publication, tell the network's members and coordinators."""
    if Notification.objects.about(session).filter(kind=SESSION_PLANNED).exists():
        return 0
    groups = network_groups(network_of(session))
    people = [groups[MEMBERS].pk, groups[COORDINATORS].pk]
    return outbox.queue(SESSION_PLANNED, session, outbox.readers_among(session, groups__in=people))
