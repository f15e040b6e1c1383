"""What the site's pages receive from the applications room (see `home.page_context`): the
form on "How to join" and on each network's landing, and a signed-in person's applications
on the home page."""

from home.models import HomePage
from home.page_context import Panel, contributes_to
from workspaces.registry.models import NetworkPage

from . import rules, status, views
from .models import JoinPage

FORM_PANEL = "applications/includes/application_form.html"


def _form_panel(request, network=None):
    return {
        "application_form": views.blank_form(request.user, network),
        "privacy_url": views.PRIVACY_NOTICE_PATH,
        "panels": [Panel(30, FORM_PANEL)],
    }


@contributes_to(JoinPage)
def join_form(page, request):
    """The page's introduction explains membership and observer status; the form does not
    repeat it."""
    return {**_form_panel(request), "application_form_explained": True}


@contributes_to(NetworkPage)
def network_form(page, request):
    """Everyone but those who already hold a role in the network may apply to it here."""
    if not rules.may_apply(request.user, page):
        return {}
    return _form_panel(request, network=page)


@contributes_to(HomePage)
def my_applications(page, request):
    """A signed-in person's applications and their status, if they filed any."""
    if not request.user.is_authenticated:
        return {}
    applications = list(status.applications_of(user=request.user))
    if not applications:
        return {}
    return {
        "my_applications": applications,
        "join_page": JoinPage.objects.live().first(),
        "panels": [Panel(5, "applications/includes/my_applications.html")],
    }
