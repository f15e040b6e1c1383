"""Grow the demo's networks to benchmark size: more networks, each with its workspace, a
coordinator, members and observers (`manage.py bench`, docs/performance.md).

The demo has eight networks; the benchmark asks what a page costs with eighty. New networks
are real pages made the way an editor makes them – `add_child` under the network index, then
the same access sync that saving a network runs – and people join them through the same
services the registry's admin uses, so groups, restrictions and collections are the real
thing. The demo `member` and `observer` accounts take part in every fourth new network, so
their pages (navigation, "my networks", calendars) carry the weight of many networks too.
"""

import itertools

from django.contrib.auth import get_user_model
from django.db import transaction

from home.demo import ensure_child

from . import services
from .demo import PROGRAMME_START, demo_membership, demo_person
from .demo_data import NETWORKS, demo_names
from .models import (
    MembershipRole,
    Municipality,
    NetworkIndexPage,
    NetworkPage,
    ObserverSubscription,
    Position,
    WorkspacePage,
)

# New members per grown network: enough for a roster that pages through, few enough to keep
# growing quick. Each is a new person from one of the (grown) towns.
MEMBERS_PER_NETWORK = 6
# The demo's member and observer take part in every this-many-th new network.
DEMO_ACCOUNTS_EVERY = 4


def grow_networks(total, progress=None):
    """Add numbered networks until there are `total`; returns the networks added.

    Idempotent: networks are found by their slug, so a second run adds only what is missing.
    Towns should be grown first (`practices.scale.grow_towns`): new members come from them.
    """
    index = NetworkIndexPage.objects.get()
    start = NetworkPage.objects.count()
    added = []
    for number in range(start + 1, total + 1):
        with transaction.atomic():
            network = add_network(index, number)
            staff_network(network, number)
            services.sync_network_access(network)
        added.append(network)
        if progress:
            progress(number, total)
    return added


def add_network(index, number):
    """Network `number` under the network index, with its workspace (the outcome index is the
    outcomes room's to add), themed like one of the demo's seven themed networks."""
    _number, name_pl, name_en, _slug, theme_pl, theme_en = NETWORKS[(number - 1) % 7]
    network = ensure_child(
        index,
        NetworkPage,
        f"siec-{number}",
        number=number,
        title=f"{name_pl} {number}",
        title_en=f"{name_en} {number}",
        theme=theme_pl,
        theme_en=theme_en,
        goals=f"<p>Sieć nr {number}: wymiana doświadczeń miast.</p>",
        goals_en=f"<p>Network no. {number}: towns exchanging experience.</p>",
    )
    ensure_child(
        network,
        WorkspacePage,
        "przestrzen-robocza",
        title="Przestrzeń robocza",
        title_en="Workspace",
        intro="<p>Miejsce pracy uczestników sieci: skład, spotkania, dokumenty.</p>",
        intro_en="<p>Where the network's participants work together.</p>",
    )
    return network


def staff_network(network, number):
    """A coordinator, new members from the grown towns, and (every fourth network) the demo
    member and observer – each seated through the registry's services."""
    User = get_user_model()
    coordinator = _person(f"scale-coordinator-{number}", None, Position.EXPERT)
    _seat(coordinator, network, MembershipRole.COORDINATOR)
    towns = _towns_for(number)
    for position, town in enumerate(towns):
        _seat(_person(f"scale-{number}-{position + 1}", town, Position.STAFF), network)
    if number % DEMO_ACCOUNTS_EVERY == 0:
        _seat(User.objects.get(username="member").person, network)
        observer = User.objects.get(username="observer").person
        if not ObserverSubscription.objects.filter(network=network, person=observer).exists():
            services.subscribe_observer(network, person=observer, started_on=PROGRAMME_START)


def _towns_for(number):
    """MEMBERS_PER_NETWORK towns, a different slice of the towns for each network."""
    towns = Municipality.objects.order_by("pk")
    count = towns.count()
    offset = (number * MEMBERS_PER_NETWORK) % max(count, 1)
    picked = list(towns[offset : offset + MEMBERS_PER_NETWORK])
    return list(itertools.islice(itertools.chain(picked, towns), MEMBERS_PER_NETWORK))


# Names for the new people, from the demo's lists (they repeat at this size; usernames do not).
_NAMES = itertools.cycle(list(itertools.islice(demo_names(), 120)))


def _person(username, town, position):
    first, last = next(_NAMES)
    return demo_person(username, first, last, town, position)


def _seat(person, network, role=MembershipRole.MEMBER):
    demo_membership(person, network, role)
