from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class SessionsConfig(AppConfig):
    """A network's quarterly sessions: planning, attendance, minutes and the calendar feed.

    Labelled `network_sessions`: Django's own session framework already holds `sessions`."""

    name = "workspaces.sessions"
    label = "network_sessions"
    verbose_name = _("Sessions")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from workspaces.access.restrictions import inherited, register_audience
        from workspaces.notifications.kinds import register_kind

        from . import emails, home_panels, pages, signals  # noqa: F401 - contexts, panels, e-mails
        from .models import SessionPage

        # A session is read by whoever may read its workspace.
        register_audience(SessionPage, inherited)
        register_kind(emails.MINUTES_CIRCULATED_KIND)
        register_kind(emails.SESSION_PLANNED_KIND)
