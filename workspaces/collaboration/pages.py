"""What the workspace page receives from the discussions (see `home.page_context`)."""

from home.page_context import Panel, contributes_to
from workspaces.registry.models import WorkspacePage, network_of

from . import selectors


@contributes_to(WorkspacePage)
def latest_discussions(page, request):
    if not request.user.is_authenticated or page.pk is None:
        return {}
    network = network_of(page)
    latest = selectors.latest_threads(request.user, network)
    if latest is None:
        return {}
    return {
        "latest_threads": latest,
        "panels": [Panel(30, "collaboration/includes/workspace_discussions.html")],
    }
