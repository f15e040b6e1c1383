from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CollaborationConfig(AppConfig):
    """Members working together in their network on the site: discussions."""

    name = "workspaces.collaboration"
    label = "collaboration"
    verbose_name = _("Collaboration")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from workspaces.notifications.kinds import register_kind

        from . import emails, pages, personal_data, search  # noqa: F401 - the discussions panel

        for kind in emails.KINDS:
            register_kind(kind)
        personal_data.register()
        search.connect()
