"""Who takes part in a network, shaped for its pages; every query is bounded in count.

Public pages show towns and coordinators (the landing); only the workspace, which Wagtail
already restricts to members, shows the people.
"""

from django.core.cache import cache
from django.db.models import Count, Q
from django.utils import timezone

from home.collation import polish_sort_key
from workspaces.access import generations
from workspaces.access import policy as access

from .models import (
    RUNNING_ROLES,
    Membership,
    MembershipRole,
    Municipality,
    NetworkPage,
    NetworkSectionPage,
    in_force_q,
)


def member_towns(network):
    """Towns with at least one member in force in the network, in Polish alphabetical order."""
    towns = Municipality.objects.filter(
        Q(memberships__network=network)
        & Q(memberships__role=MembershipRole.MEMBER)
        & in_force_q("memberships__")
    ).distinct()
    return sorted(towns, key=lambda town: polish_sort_key(town.name))


def coordinators(network):
    return (
        Membership.objects.in_force()
        .filter(network=network, role__in=RUNNING_ROLES)
        .select_related("person__user", "municipality")
        .order_by("person__user__last_name")
    )


def network_cards(user):
    """Live networks that `user` may see, each with its count of member towns."""
    towns_active = Q(memberships__role=MembershipRole.MEMBER) & in_force_q("memberships__")
    networks = access.visible_pages(user, NetworkPage.objects.live())
    return networks.annotate(
        town_count=Count("memberships__municipality", filter=towns_active, distinct=True)
    ).order_by("number", "path")


def network_landing(user, network):
    """What the public landing shows, plus the private sections `user` may open.

    A network previewed in the admin before its first save has no towns or coordinators yet.
    """
    saved = network.pk is not None
    sections = access.visible_pages(
        user,
        network.get_children().live().type(NetworkSectionPage),
    ).specific()
    return {
        "member_towns": member_towns(network) if saved else [],
        "coordinators": coordinators(network) if saved else Membership.objects.none(),
        "sections": sections,
        "roles": access.roles_in(user, network),
    }


# The stamp of who takes part where: memberships, people, towns and names (`signals`).
ROSTER_STAMP = "roster"


def workspace_roster(network):
    """Memberships in force in the network grouped by town, for the members' roster.

    People without a town (the Association's coordinators and experts) come first. The same
    for every member on every visit, so kept in the cache per network and day (memberships end
    at midnight) under the roster's stamp, which any change of a membership, person, town or
    name replaces: it shows on the next request.
    """
    if network.pk is None:
        return {"roster": _roster(network), "network": network}
    stamp = generations.current(ROSTER_STAMP)
    key = f"roster:{network.pk}:{timezone.localdate().isoformat()}:{stamp}"
    roster = cache.get(key)
    if roster is None:
        roster = _roster(network)
        cache.set(key, roster, generations.VALUE_TIMEOUT)
    return {"roster": roster, "network": network}


def _roster(network):
    memberships = (
        Membership.objects.in_force()
        .filter(network=network)
        .select_related("person__user", "municipality")
    )
    towns = {}
    for membership in memberships:
        towns.setdefault(membership.municipality, []).append(membership)
    for people in towns.values():
        people.sort(key=lambda m: polish_sort_key(m.person.user.last_name))
    roster = sorted(
        towns.items(),
        key=lambda item: (item[0] is not None, polish_sort_key(item[0].name if item[0] else "")),
    )
    return roster
