from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class WorkspacesConfig(AppConfig):
    name = "workspaces"
    verbose_name = _("Networks and workspaces")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from django.db.models.signals import post_migrate

        from . import notifications, signals  # noqa: F401 - the outbox registers its kinds

        # Every app's post_migrate, not only ours: our permissions are created by auth's handler,
        # which is connected after this one.
        post_migrate.connect(signals.derive_after_migrate)
