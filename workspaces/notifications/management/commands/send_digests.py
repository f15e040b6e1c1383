"""Send the daily or weekly digests (for cron: daily at 7:00, weekly on Mondays).

Safe to run twice: what was sent is marked, and each item is claimed before it goes."""

from django.core.management.base import BaseCommand
from django.utils.translation import gettext as _

from home import environment
from workspaces.notifications import outbox
from workspaces.notifications.models import Cadence


class Command(BaseCommand):
    help = "Send the pending daily or weekly digest e-mails."

    def add_arguments(self, parser):
        parser.add_argument("cadence", choices=[Cadence.DAILY, Cadence.WEEKLY])

    def handle(self, *args, cadence, **options):
        environment.require_delivered_mail()
        sent = outbox.send_digests(cadence)
        self.stdout.write(_("Digests sent: %(sent)d.") % {"sent": sent})
