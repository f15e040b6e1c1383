"""What the network pages' templates receive from the registry (see `home.page_context`)."""

from home.models import HomePage
from home.page_context import Panel, contributes_to

from . import roster
from .models import NetworkIndexPage, NetworkPage, WorkspacePage, network_of


@contributes_to(HomePage, NetworkIndexPage)
def network_cards(page, request):
    return {"networks": roster.network_cards(request.user)}


@contributes_to(NetworkPage)
def network_landing(page, request):
    return roster.network_landing(request.user, page)


@contributes_to(WorkspacePage)
def workspace_roster(page, request):
    listed = roster.workspace_roster(network_of(page))
    return {**listed, "panels": [Panel(40, "registry/includes/workspace_roster.html")]}
