"""Thin: an outcome's first publication tells its readers (observers first)."""

from django.dispatch import receiver

from wagtail.signals import page_published

from workspaces.access import groups

from . import emails
from .models import OutcomePage


@receiver(page_published, sender=OutcomePage)
def tell_observers_first(sender, instance, **kwargs):
    emails.queue_first_publication(instance)


def grant_editors(sender, **kwargs):
    """After every migrate: editors read every evaluation in the admin."""
    groups.grant_editors("outcomes", {"evaluation": ("view",)})
