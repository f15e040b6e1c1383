"""The "Pending applications" panel on the admin's dashboard, and the audit log's labels for
what happens to applications. (The list is in `admin.py`; the project puts it in the menu.)"""

from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.admin.ui.components import Component

from workspaces.registry import scope

from . import decisions, submissions
from .admin import in_scope

SHOWN_ON_DASHBOARD = 5


class PendingApplicationsPanel(Component):
    """What waits for the reader's decision: only their networks' applications (all for
    editors), in two queries however many there are."""

    name = "pending_applications"
    template_name = "applications/admin/pending_panel.html"
    order = 40

    def __init__(self, applications, count):
        self.applications, self.count = applications, count

    def get_context_data(self, parent_context):
        return {"applications": self.applications, "count": self.count}


@hooks.register("construct_homepage_panels")
def show_pending_applications(request, panels):
    if not scope.reads_registry(request.user):
        return
    pending = in_scope(request.user).pending()
    count = pending.count()
    latest = list(pending.select_related("network", "municipality")[:SHOWN_ON_DASHBOARD])
    panels.append(PendingApplicationsPanel(latest, count))


@hooks.register("register_log_actions")
def register_application_actions(actions):
    actions.register_action(submissions.SUBMITTED, _("Apply"), _("Application filed"))
    actions.register_action(decisions.APPROVED, _("Approve"), _("Application approved"))
    actions.register_action(decisions.REJECTED, _("Reject"), _("Application rejected"))
