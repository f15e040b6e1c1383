"""A signed-in person's networks at a glance, and what waits for the people who run a network –
the activity room's two panels on the home page (`pages.py`).

Both start from the registry's answer for the request (`registry.home_panels.reader`: roles
from the person's groups, the pages they may open from the access core), which the other rooms'
panels share, and read the features below: the sessions room's minutes to circulate and to
approve, the applications waiting for a decision, and the open feedback requests of the
networks the person runs. Every list is one query whatever the amount of content.

What happened lately in the networks is on each workspace and its activity page (`feed`); the
home page links there rather than repeating a feed that costs a dozen queries.
"""

from dataclasses import dataclass

from django.db.models import Count, F, Window
from django.utils.translation import gettext_lazy as _

from workspaces.applications import home_panels as application_panels
from workspaces.collaboration import rules as discussion_rules
from workspaces.collaboration.models import FeedbackRequest, RequestStatus
from workspaces.registry import home_panels as registry_home
from workspaces.sessions import home_panels as session_panels

ROLE_LABELS = {
    "coordinator": _("coordinator"),
    "member": _("member"),
    "observer": _("observer"),
}
OPEN_REQUESTS = 5


@dataclass(frozen=True)
class Waiting:
    """What waits for someone who runs a network, each list with the first few items."""

    to_circulate: object
    to_approve: object
    applications: list
    requests: list
    more_requests: int = 0

    def __bool__(self):
        return bool(
            self.to_circulate.items or self.to_approve.items or self.applications or self.requests
        )


def role_labels(seat):
    return [ROLE_LABELS[role] for role in seat.roles]


def networks_taken_part_in(user):
    """[(network, roles)] for the live networks where `user` is a member, coordinator (or
    expert) or observer right now, in the programme's order."""
    return [(seat.network, seat.roles) for seat in registry_home.reader_for(user).seats]


def open_requests(reader):
    """The open feedback requests of the networks `reader` runs – answers wanted soonest
    first – and how many more there are. Those who run a network read and moderate its
    discussions, hidden ones included (`collaboration.rules`)."""
    run = [seat.network.pk for seat in reader.run_seats]
    if not run:
        return [], 0
    requests = (
        FeedbackRequest.objects.filter(status=RequestStatus.OPEN, thread__network__in=run)
        .filter(discussion_rules.shown(run, via="thread__"))
        .select_related("thread", "project__town")
        .annotate(total=Window(Count("pk")))
        .order_by(F("deadline").asc(nulls_last=True), "-thread__created_at", "-pk")
    )
    found = list(requests[:OPEN_REQUESTS])
    for asked in found:
        asked.network = reader.seat_of(asked.thread.network_id).network
    return found, (found[0].total - len(found)) if found else 0


def waiting_for(reader):
    """What waits for `reader` in the networks they run; None for those who run none."""
    if not reader.run_seats:
        return None
    sessions = session_panels.sessions_of(reader)
    requests, more_requests = open_requests(reader)
    return Waiting(
        to_circulate=sessions[session_panels.TO_CIRCULATE],
        to_approve=sessions[session_panels.TO_APPROVE],
        applications=application_panels.pending_by_network(reader),
        requests=requests,
        more_requests=more_requests,
    )
