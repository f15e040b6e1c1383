"""The e-mail sessions send through the outbox: circulated minutes, to the session's attendees
who may still open it, so that they propose amendments."""

from django.utils.translation import gettext_lazy as _

from workspaces.notifications import outbox
from workspaces.notifications.kinds import Kind
from workspaces.registry.models import network_of

from .models import MinutesStatus

MINUTES_CIRCULATED = "minutes_circulated"


def network_page_context(name):
    """The context of an e-mail about a page of a network: the page as `name`, its network and
    its address."""

    def context(page, event):
        return {name: page, "network": network_of(page), "url": page.full_url}

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
)


def attendees_to_tell(session):
    """The session's attendees who may still open it."""
    return outbox.readers_among(session, person__attendance__session=session)


def queue_minutes_circulated(session):
    """Tell the attendees that the session's minutes await their amendments."""
    return outbox.queue(MINUTES_CIRCULATED, session, attendees_to_tell(session))
