"""The e-mail outcomes send through the outbox: observers first (SPEC §1) – when an outcome is
first published, the network's observers and members, exactly the people the access core lets
read it."""

from django.utils.translation import gettext_lazy as _

from workspaces.access.groups import network_groups
from workspaces.notifications import outbox
from workspaces.notifications.kinds import Kind
from workspaces.notifications.models import Notification
from workspaces.registry.models import network_of
from workspaces.sessions.emails import network_page_context

OUTCOME_PUBLISHED = "outcome_published"

OUTCOME_PUBLISHED_KIND = Kind(
    name=OUTCOME_PUBLISHED,
    label=_("New outcome"),
    template="outcomes/emails/outcome_published",
    is_due=outbox.still_readable,
    context=network_page_context("outcome"),
)


def recipients(outcome):
    """Of the network's members, coordinators and observers, those who may read the outcome."""
    group_ids = [group.pk for group in network_groups(network_of(outcome)).values()]
    return outbox.readers_among(outcome, groups__in=group_ids)


def queue_first_publication(outcome):
    """Write the outbox for an outcome's first publication; later publications add nothing."""
    if Notification.objects.about(outcome).filter(kind=OUTCOME_PUBLISHED).exists():
        return 0
    return outbox.queue(OUTCOME_PUBLISHED, outcome, recipients(outcome))
