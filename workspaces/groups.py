"""The three Django groups every network owns, named after the network's page id.

Names are derived from the page id rather than stored on the page: a page's revisions would
otherwise carry stale group references, and publishing an old revision would detach them.
"""

from django.contrib.auth.models import Group

MEMBERS = "members"
COORDINATORS = "coordinators"
OBSERVERS = "observers"
NETWORK_GROUP_KINDS = (MEMBERS, COORDINATORS, OBSERVERS)

_LABELS = {MEMBERS: "członkowie", COORDINATORS: "koordynatorzy", OBSERVERS: "obserwatorzy"}


def network_group_names(network):
    """{kind: group name} for a network; the names are data, written once, in Polish."""
    return {kind: f"Sieć (id {network.pk}): {_LABELS[kind]}" for kind in NETWORK_GROUP_KINDS}


def network_groups(network):
    """{kind: Group}, creating any that are missing."""
    names = network_group_names(network)
    existing = {group.name: group for group in Group.objects.filter(name__in=names.values())}
    groups = {}
    for kind, name in names.items():
        groups[kind] = existing.get(name) or Group.objects.create(name=name)
    return groups


# Readers of the members' practice library: everyone with an active seat in any network.
LIBRARY_READERS_GROUP_NAME = "Biblioteka praktyk: uczestnicy sieci (auto)"


def library_readers_group():
    group, _created = Group.objects.get_or_create(name=LIBRARY_READERS_GROUP_NAME)
    return group
