"""Sessions in the Wagtail admin: the minutes' steps in the audit log, a new revision of
approved minutes recorded as such, and two dashboard panels for the people who run networks –
the next sessions, and minutes circulated but not yet approved."""

from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.admin.ui.components import Component

from workspaces.access import policy as access
from workspaces.registry.scope import registry_networks

from . import minutes
from .models import MinutesStatus, SessionPage

NEXT_SESSIONS = 8
MINUTES_SHOWN = 8


@hooks.register("register_log_actions")
def register_minutes_actions(actions):
    actions.register_action(
        minutes.CIRCULATED_ACTION, _("Circulate minutes"), _("Minutes circulated to attendees")
    )
    actions.register_action(minutes.APPROVED_ACTION, _("Approve minutes"), _("Minutes approved"))
    actions.register_action(
        minutes.REVISED_AFTER_APPROVAL_ACTION,
        _("Revise approved minutes"),
        _("New revision of approved minutes published by an editor"),
    )


@hooks.register("after_publish_page")
def record_revision_of_approved_minutes(request, page):
    if isinstance(page.specific, SessionPage):
        minutes.record_revision_after_approval(page.specific, request.user)


def sessions_run_by(user):
    """(sessions of the networks `user` runs – every network for editors, their own for
    coordinators and experts – as the admin may name them to `user`, {network path: network}).
    Anyone else runs none, so the panels stay away from members and observers."""
    networks = {network.path: network for network in registry_networks(user)}
    if not networks:
        return SessionPage.objects.none(), networks
    in_networks = Q()
    for path in networks:
        in_networks |= Q(path__startswith=path)
    sessions = SessionPage.objects.live().filter(in_networks)
    return access.admin_pages(user, sessions).defer_streamfields(), networks


def _with_networks(sessions, networks):
    """Each session with the network it belongs to, found from its path (no query)."""
    length = len(next(iter(networks)))
    return [(session, networks[session.path[:length]]) for session in sessions]


class NextSessionsPanel(Component):
    """The coming sessions of the networks the viewer runs, soonest first."""

    name = "next_sessions"
    template_name = "sessions/admin/next_sessions_panel.html"
    order = 110

    def __init__(self, rows):
        self.rows = rows

    def get_context_data(self, parent_context):
        return {"rows": self.rows}


class MinutesAwaitingApprovalPanel(Component):
    """Minutes circulated to attendees and waiting for the network's coordinator to approve."""

    name = "minutes_awaiting_approval"
    template_name = "sessions/admin/minutes_awaiting_approval_panel.html"
    order = 120

    def __init__(self, rows, count):
        self.rows = rows
        self.count = count

    def get_context_data(self, parent_context):
        # The request lets `pageurl` find the site's root once for every row.
        request = parent_context.get("request") if parent_context else None
        return {"rows": self.rows, "count": self.count, "request": request}


def next_sessions(sessions, networks):
    upcoming = sessions.filter(ends_at__gte=timezone.now()).select_related("host_town")
    return _with_networks(upcoming.order_by("starts_at")[:NEXT_SESSIONS], networks)


def minutes_awaiting_approval(sessions, networks):
    """(the first few sessions whose minutes wait, longest waiting first; how many wait)."""
    waiting = sessions.filter(minutes_record__status=MinutesStatus.CIRCULATED)
    first = waiting.select_related("minutes_record").order_by("minutes_record__circulated_at")
    return _with_networks(first[:MINUTES_SHOWN], networks), waiting.count()


@hooks.register("construct_homepage_panels")
def add_session_panels(request, panels):
    sessions, networks = sessions_run_by(request.user)
    if not networks:
        return
    upcoming = next_sessions(sessions, networks)
    if upcoming:
        panels.append(NextSessionsPanel(upcoming))
    waiting, count = minutes_awaiting_approval(sessions, networks)
    if waiting:
        panels.append(MinutesAwaitingApprovalPanel(waiting, count))
