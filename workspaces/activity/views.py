"""The full activity page of a network's workspace."""

from django.contrib.auth.decorators import login_required
from django.template.response import TemplateResponse

from workspaces.access import policy as access
from workspaces.registry.models import WorkspacePage, network_of

from . import feed


@login_required
def workspace_activity(request, workspace_id):
    """Everything that happened in the network that the reader may see, newest first, a page
    at a time; "not found" for anyone who may not open the workspace."""
    workspace = access.visible_page_or_404(request.user, WorkspacePage, workspace_id)
    network = network_of(workspace)
    events = feed.events(request.user, [network], request.GET.get("page"), request=request)
    context = {
        "workspace": workspace,
        "network": network,
        "events": events,
        "has_older": events.has_next() and events.number < feed.MAX_PAGE,
    }
    return TemplateResponse(request, "activity/activity.html", context)
