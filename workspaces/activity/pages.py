"""What the workspace page and the home page receive from the activity room (see
`home.page_context`)."""

from home.models import HomePage
from home.page_context import contributes_to
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
    return {"activity_panel": True, "recent_activity": list(latest.object_list)}


@contributes_to(HomePage)
def my_networks(page, request):
    """For a signed-in person: their networks at a glance, and what happened in them."""
    if not request.user.is_authenticated:
        return {}
    return overview.my_networks(request.user, request)
