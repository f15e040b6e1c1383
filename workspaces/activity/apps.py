"""What happened lately in a network, and a signed-in person's own networks at a glance."""

from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ActivityConfig(AppConfig):
    """Reads the rooms below it (sessions, outcomes, discussions, practices) and adds nothing
    of its own to the database: the workspace's recent activity, the home page's "my networks"
    and the full activity page."""

    name = "workspaces.activity"
    label = "activity"
    verbose_name = _("Activity")

    def ready(self):
        from . import pages  # noqa: F401 - the workspace's and the home page's panels
