"""Who the signed-in reader is in the programme, asked once per request for the home page's
panels (`home.page_context`): their town, the networks they take part in with their roles, the
workspaces they may open and – as a subquery – every page they may open.

Each room's panel on the home page (next sessions, minutes, outcomes to evaluate, practices,
what waits for a coordinator) starts from this one answer, so the page pays for it once: the
reader's groups and the live networks (two queries); for someone who takes part in a network,
the pages they may open (`access.visible_pages`, asked once and then used as a subquery) and
their workspaces (two more); their person record only when a panel names their town.
"""

from dataclasses import dataclass, field
from functools import cached_property, reduce
from operator import or_

from django.db.models import Q

from wagtail.models import Page

from workspaces.access import policy as access

from .models import NetworkPage, Person, WorkspacePage

REQUEST_ATTRIBUTE = "_empiriae_home_reader"


@dataclass(frozen=True)
class Seat:
    """One network the reader takes part in, their roles there, and its workspace if they may
    open it (members, coordinators and experts; not observers)."""

    network: NetworkPage
    roles: tuple
    workspace: WorkspacePage | None = None

    @property
    def runs(self):
        """Coordinators and experts run their network (`access.can_manage_network`)."""
        return "coordinator" in self.roles

    @property
    def observes(self):
        return "observer" in self.roles


@dataclass
class Reader:
    """The answer for one request. `visible` is a subquery of the ids of the live pages the
    reader may open; rooms filter with it instead of asking the access core again. `memo` keeps
    what a room computed for one panel when another panel needs it too."""

    user: object
    seats: tuple = ()
    memo: dict = field(default_factory=dict)

    @cached_property
    def visible(self):
        """Asked of the access core only when a panel needs it (one query)."""
        if not access.is_signed_in(self.user):
            return Page.objects.none().values("pk")
        return access.visible_pages(self.user, Page.objects.live()).values("pk")

    @cached_property
    def person(self):
        people = Person.objects.select_related("municipality")
        return people.filter(user_id=self.user.pk).first()

    @property
    def town(self):
        return self.person.municipality if self.person else None

    @property
    def workspace_seats(self):
        """Seats whose workspace – sessions, minutes, discussions – the reader may open."""
        return [seat for seat in self.seats if seat.workspace is not None]

    @property
    def run_seats(self):
        return [seat for seat in self.workspace_seats if seat.runs]

    @property
    def observed_seats(self):
        return [seat for seat in self.seats if seat.observes]

    def under(self, seats, prefix=""):
        """Pages under these seats' networks, by tree path (matches nothing for no seats)."""
        paths = [seat.network.path for seat in seats]
        if not paths:
            return Q(pk__in=[])
        return reduce(or_, (Q(**{f"{prefix}path__startswith": path}) for path in paths))

    def seat_at(self, path):
        """The seat whose network holds the page at `path` (no query)."""
        return next((seat for seat in self.seats if path.startswith(seat.network.path)), None)

    def seat_of(self, network_id):
        return next((seat for seat in self.seats if seat.network.pk == network_id), None)


def reader(request):
    """The request's reader, worked out on first use; None for visitors."""
    if not access.is_signed_in(request.user):
        return None
    found = getattr(request, REQUEST_ATTRIBUTE, None)
    if found is None:
        found = reader_for(request.user)
        setattr(request, REQUEST_ATTRIBUTE, found)
    return found


def reader_for(user):
    """The answer for `user`, asked afresh (`reader` keeps it for the request)."""
    if not access.is_signed_in(user):
        return Reader(user)
    networks = list(NetworkPage.objects.live().order_by("number", "path"))
    roles_by_network = access.roles_in_networks(user, networks)
    taking_part = []
    for network in networks:
        # Editors read every network; a seat is a role held in the network itself.
        roles = tuple(sorted(roles_by_network[network.pk] - {"editor"}))
        if roles:
            taking_part.append((network, roles))
    reader = Reader(user)
    if not taking_part:
        return reader
    networks = [network for network, _roles in taking_part]
    paths = reduce(or_, (Q(path__startswith=network.path) for network in networks))
    workspaces = list(WorkspacePage.objects.live().filter(paths, pk__in=reader.visible))
    reader.seats = tuple(
        Seat(network, roles, _child_of(network, workspaces)) for network, roles in taking_part
    )
    return reader


def _child_of(network, pages):
    return next((page for page in pages if page.path.startswith(network.path)), None)
