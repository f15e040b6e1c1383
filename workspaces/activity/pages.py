"""What the workspace page and the home page receive from the activity room (see
`home.page_context`)."""

from home.models import HomePage
from home.page_context import Panel, contributes_to
from workspaces.registry import home_panels as registry_home
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
    """For a signed-in person who takes part in a network: their networks, their roles and
    town, with the way into each workspace and its activity."""
    reader = registry_home.reader(request)
    if reader is None or not reader.seats:
        return {}
    return {
        "my_networks": [(seat, overview.role_labels(seat)) for seat in reader.seats],
        "my_town": reader.town,
        "panels": [Panel(10, "activity/includes/my_networks.html")],
    }


@contributes_to(HomePage)
def waiting_for_me(page, request):
    """For the people who run a network: minutes, applications and feedback requests that
    wait for them, each with a link to where it is done."""
    reader = registry_home.reader(request)
    if reader is None:
        return {}
    waiting = overview.waiting_for(reader)
    if waiting is None:
        return {}
    return {"waiting": waiting, "panels": [Panel(15, "activity/includes/home_waiting.html")]}
