from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class PracticesConfig(AppConfig):
    """The library of good practices: members-only until an editor promotes one (SPEC §4)."""

    name = "practices"
    verbose_name = _("Good practices")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from django.db.models.signals import post_migrate

        from workspaces.access.promotion import register_promotable
        from workspaces.access.restrictions import inherited, register_audience
        from workspaces.notifications.kinds import register_kind

        from . import home_panels, pages, rules, signals, submissions  # noqa: F401 - page contexts
        from .models import PracticeIndexPage, PracticePage

        register_audience(PracticeIndexPage, inherited)
        register_audience(PracticePage, rules.library_audience)
        register_promotable(PracticePage)
        register_kind(submissions.DECISION_KIND)
        post_migrate.connect(signals.derive_after_migrate, dispatch_uid="practices.after_migrate")
