"""Send the e-mails still owed (run every few minutes): the retry path when mail was down."""

from django.core.management.base import BaseCommand
from django.utils.translation import gettext as _

from workspaces import notifications


class Command(BaseCommand):
    help = "Send pending notification e-mails; failed ones stay pending for the next run."

    def handle(self, *args, **options):
        sent, pending = notifications.send_pending()
        self.stdout.write(
            _("Sent: %(sent)d, still pending: %(pending)d.") % {"sent": sent, "pending": pending}
        )
