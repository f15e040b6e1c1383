"""Send the e-mails still owed (run every few minutes): the retry path when mail was down.

Outside development and the tests it refuses an e-mail backend that delivers nothing (the
console, a file, memory): the rows would be marked sent and the e-mails lost.
"""

from django.core.management.base import BaseCommand
from django.utils.translation import gettext as _

from home import environment
from workspaces.notifications import outbox


class Command(BaseCommand):
    help = "Send pending notification e-mails; failed ones stay pending for the next run."

    def handle(self, *args, **options):
        environment.require_delivered_mail()
        sent, pending = outbox.send_pending()
        self.stdout.write(
            _("Sent: %(sent)d, still pending: %(pending)d.") % {"sent": sent, "pending": pending}
        )
