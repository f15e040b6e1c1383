from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class PracticesConfig(AppConfig):
    name = "practices"
    verbose_name = _("Good practices")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from workspaces import notifications

        from . import signals, submissions  # noqa: F401

        notifications.register_kind(submissions.DECISION_KIND)
