"""`@Anna Nowak` in a post tells Anna – if she takes part in the network. A name of anyone else
matches nobody, so a mention reveals nothing about who exists outside the network, and there
is no list of names to pick from."""

import re

from django.contrib.auth import get_user_model

from workspaces.access.groups import COORDINATORS, MEMBERS, network_groups


def participants(network):
    """The network's members, coordinators and experts (active accounts)."""
    groups = network_groups(network)
    return (
        get_user_model()
        .objects.filter(is_active=True, groups__in=[groups[MEMBERS].pk, groups[COORDINATORS].pk])
        .distinct()
    )


def mentioned_in(text, network):
    """The network's participants whose full name follows an `@` in `text`."""
    if "@" not in (text or ""):
        return []
    found = []
    for user in participants(network):
        name = user.get_full_name().strip()
        if name and re.search(rf"@{re.escape(name)}(?!\w)", text, flags=re.IGNORECASE):
            found.append(user)
    return found
