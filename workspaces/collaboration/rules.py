"""Who may read, write and moderate a network's discussions.

Reading follows the network's workspace: whoever the access core lets open the workspace page
(members, coordinators and experts of the network, and editors) reads its discussions, and no
one else – not its observers, not other networks. Writing is for those who take part (members,
coordinators, editors); moderating (pin, close, hide) for those who run the network.
"""

from django.core.cache import cache
from django.db.models import Q

from workspaces.access import generations
from workspaces.access import policy as access
from workspaces.registry.models import WorkspacePage

WRITING_ROLES = {"member", "coordinator", "editor"}


def workspace_of(network):
    """The network's live workspace, or None. Asked by every part of a page that shows
    discussions, so kept in the cache under the page tree's stamp (`access.generations`)."""
    if network.pk is None:
        return None
    key = f"workspace-of:{network.pk}:{generations.current(generations.PAGES)}"
    found = cache.get(key)
    if found is None:
        found = (WorkspacePage.objects.child_of(network).live().first(),)
        cache.set(key, found, generations.VALUE_TIMEOUT)
    return found[0]


def may_read(user, network):
    workspace = workspace_of(network)
    return workspace is not None and access.can_view_page(user, workspace)


def may_write(user, network):
    return bool(access.roles_in(user, network) & WRITING_ROLES) and may_read(user, network)


def may_moderate(user, network):
    return access.can_manage_network(user, network) and may_read(user, network)


def shown(moderated_networks=(), via=""):
    """The one rule for hidden discussions, as a filter: a thread a coordinator hid is shown only
    in the networks the reader moderates. `via` leads to the thread ("" for threads, "thread__"
    for posts, requests and documents)."""
    moderated = [getattr(network, "pk", network) for network in moderated_networks]
    return Q(**{f"{via}is_hidden": False}) | Q(**{f"{via}network__in": moderated})


def thread_shown(thread, moderator):
    """`shown` for one thread already loaded, when the caller knows whether the reader moderates."""
    return moderator or not thread.is_hidden


def may_see_thread(user, thread, moderator=None):
    """A hidden thread is seen by moderators only; `moderator` saves asking twice."""
    if not may_read(user, thread.network):
        return False
    if moderator is None and thread.is_hidden:
        moderator = may_moderate(user, thread.network)
    return thread_shown(thread, moderator)
