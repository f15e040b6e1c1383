from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class RegistryConfig(AppConfig):
    """The networks and who takes part in them: towns, people, memberships, subscriptions."""

    name = "workspaces.registry"
    label = "registry"
    verbose_name = _("Networks registry")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from django.db.models.signals import post_migrate

        from workspaces.access.groups import COORDINATORS, MEMBERS
        from workspaces.access.restrictions import inherited, register_audience

        from . import pages, personal_data, signals  # noqa: F401 - contexts, sync handlers
        from .models import NetworkIndexPage, NetworkPage, WorkspacePage
        from .services import network_audience

        personal_data.register_registry_sources()
        register_audience(NetworkIndexPage, inherited)
        register_audience(NetworkPage, inherited)
        # Sessions inherit the workspace's restriction.
        register_audience(WorkspacePage, network_audience(MEMBERS, COORDINATORS))
        # Every app's post_migrate, not only ours: our permissions are created by auth's
        # handler, which is connected after this one.
        post_migrate.connect(signals.derive_after_migrate, dispatch_uid="registry.after_migrate")
