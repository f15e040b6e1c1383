from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ProjectConfig(AppConfig):
    """The project itself: what wires the rooms together (the admin's registry menu, the whole
    demo, the site benchmark). Nothing below imports it."""

    name = "cms"
    verbose_name = _("EMPIRIAE")

    def ready(self):
        from home import page_cache
        from workspaces.access import generations

        from . import checks  # noqa: F401 - the deployment checks register themselves
        from .cache import redis_recovered

        def forget_what_the_outage_hid(**kwargs):
            """Stamps and the page cache's generation replaced while Redis was down were lost:
            replace them now, so no page or access answer from before the outage is served."""
            generations.reset()
            page_cache.purge()

        redis_recovered.connect(forget_what_the_outage_hid, weak=False)
