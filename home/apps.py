from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class HomeConfig(AppConfig):
    name = "home"
    verbose_name = _("Site")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from django.contrib.auth.signals import user_logged_in

        from workspaces.access.restrictions import inherited, register_audience

        from . import edit_links, lockouts, page_cache  # noqa: F401 - edit_links: every page's edit link
        from .models import ContentPage, HomePage

        user_logged_in.connect(lockouts.on_signed_in, dispatch_uid="home.lockouts.on_signed_in")
        page_cache.watch_for_changes()
        # Public pages; an editor may still restrict one in Wagtail's privacy dialog.
        register_audience(HomePage, inherited)
        register_audience(ContentPage, inherited)
