"""Practices join the access contract: members-only until promoted (SPEC §4)."""

from django.db.models.signals import post_save
from django.dispatch import receiver

from wagtail.signals import workflow_approved, workflow_rejected

from workspaces import access, promotion, services

from .models import PracticePage

services.register_audience(PracticePage, access.library_audience)
promotion.register_promotable(PracticePage)


@receiver(post_save, sender=PracticePage)
def restrict_saved_practice(sender, instance, **kwargs):
    if not kwargs.get("raw"):
        services.ensure_page_restriction(instance)


def _tell_submitter(state):
    """Write the decision e-mail into the outbox, in the decision's own transaction: mail
    being down cannot undo the decision, and the e-mail goes (or is retried) once it commits."""
    from . import submissions

    if isinstance(state.content_object.specific, PracticePage):
        submissions.queue_decision(state)


@receiver(workflow_approved)
def practice_approved(sender, instance, **kwargs):
    _tell_submitter(instance)


@receiver(workflow_rejected)
def practice_needs_changes(sender, instance, **kwargs):
    _tell_submitter(instance)
