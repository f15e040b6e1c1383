from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ProjectConfig(AppConfig):
    """The project itself: what wires the rooms together (the admin's registry menu, the whole
    demo, the site benchmark). Nothing below imports it."""

    name = "cms"
    verbose_name = _("EMPIRIAE")

    def ready(self):
        from . import checks  # noqa: F401 - the deployment checks register themselves
