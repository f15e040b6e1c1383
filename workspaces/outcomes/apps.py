from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class OutcomesConfig(AppConfig):
    """What networks agree: outcome pages, the observers' evaluations, their promotion."""

    name = "workspaces.outcomes"
    label = "outcomes"
    verbose_name = _("Outcomes")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from django.db.models.signals import post_migrate

        from workspaces.access.groups import COORDINATORS, MEMBERS, OBSERVERS
        from workspaces.access.promotion import register_promotable
        from workspaces.access.restrictions import open_to_everyone, register_audience
        from workspaces.notifications.kinds import register_kind
        from workspaces.registry.services import network_audience

        # Page contexts, publication e-mail, the audit log's name for an evaluation.
        from . import emails, evaluations, home_panels, pages, personal_data, signals  # noqa: F401
        from .models import OutcomeIndexPage, OutcomePage

        # Each outcome has its own restriction, so that it alone can be promoted; the index
        # stays open, or it would hide promoted outcomes too.
        register_audience(OutcomePage, network_audience(MEMBERS, COORDINATORS, OBSERVERS))
        register_audience(OutcomeIndexPage, open_to_everyone)
        register_promotable(OutcomePage)
        personal_data.register()
        register_kind(emails.OUTCOME_PUBLISHED_KIND)
        post_migrate.connect(signals.grant_editors, dispatch_uid="outcomes.grant_editors")
