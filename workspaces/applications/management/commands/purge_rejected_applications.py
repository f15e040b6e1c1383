"""Delete rejected applications once the retention period has passed (daily, by cron)."""

import datetime

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.core.management.base import BaseCommand
from django.db.models import Case, Value, When
from django.utils import timezone

from wagtail.models import ModelLogEntry

from workspaces.applications.models import Application, ApplicationStatus


def purge(now=None):
    """Rejected applications decided more than APPLICATION_RETENTION_DAYS ago are deleted;
    returns how many. Running it again deletes nothing more."""
    days = getattr(settings, "APPLICATION_RETENTION_DAYS", 180)
    cutoff = (now or timezone.now()) - datetime.timedelta(days=days)
    expired = Application.objects.filter(status=ApplicationStatus.REJECTED, decided_at__lt=cutoff)
    ids = list(expired.values_list("pk", flat=True))
    _forget_names_in_the_log(ids)
    expired.delete()
    return len(ids)


def _forget_names_in_the_log(ids):
    """The audit log keeps that a decision was taken, not whose application it was: each
    entry's label (the applicant's name) goes with the application."""
    ModelLogEntry.objects.filter(
        content_type=ContentType.objects.get_for_model(Application),
        object_id__in=[str(pk) for pk in ids],
    ).update(label=Case(*[When(object_id=str(pk), then=Value(f"#{pk}")) for pk in ids]))


class Command(BaseCommand):
    help = "Delete rejected applications decided more than APPLICATION_RETENTION_DAYS ago."

    def handle(self, *args, **options):
        count = purge()
        self.stdout.write(f"Deleted {count} rejected application(s).")
