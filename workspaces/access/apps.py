from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class AccessConfig(AppConfig):
    """The access core: who may see what (SPEC §4). It knows no feature; the other rooms
    register their page types' audiences with it when they start."""

    name = "workspaces.access"
    label = "access"
    verbose_name = _("Access")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from . import generations, signals  # noqa: F401 - connect the handlers
