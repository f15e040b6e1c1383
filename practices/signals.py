"""Practices join the access contract: members-only until promoted (SPEC §4)."""

from django.db import transaction
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


def _tell_submitter(state, approved):
    from . import submissions

    if isinstance(state.content_object.specific, PracticePage):
        transaction.on_commit(lambda: submissions.send_decision.enqueue(state.pk, approved))


@receiver(workflow_approved)
def practice_approved(sender, instance, **kwargs):
    _tell_submitter(instance, approved=True)


@receiver(workflow_rejected)
def practice_needs_changes(sender, instance, **kwargs):
    _tell_submitter(instance, approved=False)
