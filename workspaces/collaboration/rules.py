"""Who may read, write and moderate a network's discussions.

Reading follows the network's workspace: whoever the access core lets open the workspace page
(members, coordinators and experts of the network, and editors) reads its discussions, and no
one else – not its observers, not other networks. Writing is for those who take part (members,
coordinators, editors); moderating (pin, close, hide) for those who run the network.
"""

from workspaces.access import policy as access
from workspaces.registry.models import WorkspacePage

WRITING_ROLES = {"member", "coordinator", "editor"}


def workspace_of(network):
    return WorkspacePage.objects.child_of(network).live().first()


def may_read(user, network):
    workspace = workspace_of(network)
    return workspace is not None and access.can_view_page(user, workspace)


def may_write(user, network):
    return bool(access.roles_in(user, network) & WRITING_ROLES) and may_read(user, network)


def may_moderate(user, network):
    return access.can_manage_network(user, network) and may_read(user, network)


def may_see_thread(user, thread, moderator=None):
    """A hidden thread is seen by moderators only; `moderator` saves asking twice."""
    if not may_read(user, thread.network):
        return False
    if thread.is_hidden:
        return may_moderate(user, thread.network) if moderator is None else moderator
    return True
