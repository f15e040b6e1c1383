from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ApplicationsConfig(AppConfig):
    """Towns apply to join a network or to follow it as observers; the Association decides."""

    name = "workspaces.applications"
    label = "applications"
    verbose_name = _("Applications")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from django.db.models.signals import post_migrate

        from workspaces.access.restrictions import open_to_everyone, register_audience
        from workspaces.notifications.kinds import register_kind

        from . import emails, pages, personal_data, signals  # noqa: F401 - contexts, registrations
        from .models import JoinPage

        register_audience(JoinPage, open_to_everyone)
        for kind in emails.KINDS:
            register_kind(kind)
        personal_data.register()
        post_migrate.connect(
            signals.grant_editors_after_migrate, dispatch_uid="applications.after_migrate"
        )
