"""Re-derive every network's groups, restrictions and coordinator permissions.

Saving a membership syncs at once; this daily run catches what only time changes: memberships
and subscriptions whose start or end date has arrived.
"""

from django.core.management.base import BaseCommand
from django.utils.translation import gettext as _

from workspaces.registry import services


class Command(BaseCommand):
    help = "Re-derive access for every network from memberships and subscriptions."

    def handle(self, *args, **options):
        count = services.sync_all_networks()
        self.stdout.write(
            self.style.SUCCESS(_("Synchronised %(count)d networks.") % {"count": count})
        )
