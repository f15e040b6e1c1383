"""What the workspace page and the home page receive from the activity room (see
`home.page_context`)."""

from home.models import HomePage
from home.page_context import Panel, contributes_to
from workspaces.registry.models import WorkspacePage, network_of

from . import feed, overview


@contributes_to(WorkspacePage)
def recent_activity(page, request):
    """The first page of what happened lately in the workspace's network."""
    if not request.user.is_authenticated or page.pk is None:
        return {}
    network = network_of(page)
    if network is None:
        return {}
    latest = feed.events(request.user, [network], 1, request=request)
    return {
        "recent_activity": list(latest.object_list),
        "panels": [Panel(10, "activity/includes/workspace_activity.html")],
    }


@contributes_to(HomePage)
def my_networks(page, request):
    """For a signed-in person: their networks at a glance, and what happened in them."""
    if not request.user.is_authenticated:
        return {}
    mine = overview.my_networks(request.user, request)
    if mine:
        mine["panels"] = [Panel(10, "activity/includes/my_networks.html")]
    return mine
