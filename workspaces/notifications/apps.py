from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class NotificationsConfig(AppConfig):
    """The outbox every feature sends its e-mails through."""

    name = "workspaces.notifications"
    label = "notifications"
    verbose_name = _("Notifications")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from django.db.models.signals import post_migrate

        from . import checks, signals  # noqa: F401 - checks register themselves

        post_migrate.connect(signals.grant_editors, dispatch_uid="notifications.grant_editors")
