"""What pages' templates receive from the sessions (see `home.page_context`): a session's
minutes, a workspace's calendar, and on a network's public landing how many sessions it held."""

from home.page_context import Panel, contributes_to
from workspaces.registry.models import NetworkPage, WorkspacePage, network_of

from . import minutes, planner, rules
from .models import SessionPage


@contributes_to(SessionPage)
def minutes_of_the_session(page, request):
    return minutes.session_context(request.user, page)


@contributes_to(WorkspacePage)
def session_calendar(page, request):
    calendar = planner.session_calendar(request.user, page, network_of(page))
    return {**calendar, "panels": [Panel(20, "sessions/includes/workspace_sessions.html")]}


@contributes_to(NetworkPage)
def sessions_held(page, request):
    return {"sessions_held": rules.public_session_count(page)}
