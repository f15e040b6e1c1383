"""Whose registry a reader sees in the admin: every network's for editors, their own network's
for its coordinators and experts (SPEC §4, last row), none for anyone else."""

from django.db.models import Q

from workspaces.access import policy
from workspaces.access.groups import COORDINATORS, network_group_names

from .models import NetworkPage


def registry_networks(user):
    """The networks whose registry – memberships, observer subscriptions, evaluations – `user`
    reads in the admin: every network for editors, their own for coordinators and experts
    (SPEC §4, last row), none for anyone else."""
    networks = NetworkPage.objects.all()
    if not policy.is_signed_in(user):
        return networks.none()
    if policy.is_editor(user):
        return networks
    held = set(user.groups.values_list("name", flat=True))
    run = [n.pk for n in networks if network_group_names(n)[COORDINATORS] in held]
    return networks.filter(pk__in=run)


def _registry_scope(user):
    """(reads every network, paths of the networks read) – remembered on the user object, which
    lives for one request: an admin list asks once per row, and a change of role still takes
    effect on the next request."""
    scope = getattr(user, "_empiriae_registry_scope", None)
    if scope is None:
        everything = policy.is_editor(user)
        paths = [] if everything else list(registry_networks(user).values_list("path", flat=True))
        scope = (everything, paths)
        if policy.is_signed_in(user):
            user._empiriae_registry_scope = scope
    return scope


def registry_records(user, records, page_field):
    """Narrow registry records to the networks `user` may read. `page_field` leads from a
    record to a page in its network: the network itself for memberships, the outcome for
    evaluations."""
    everything, paths = _registry_scope(user)
    if everything:
        return records
    in_scope = Q(pk__in=[])
    for path in paths:
        in_scope |= Q(**{f"{page_field}__path__startswith": path})
    return records.filter(in_scope)


def reads_registry(user):
    """Does the admin show `user` any network's registry at all?"""
    everything, paths = _registry_scope(user)
    return everything or bool(paths)


def may_read_registry_record(user, page):
    """The same decision for one record, given the page its `page_field` leads to."""
    everything, paths = _registry_scope(user)
    return everything or any(page.path.startswith(path) for path in paths)
