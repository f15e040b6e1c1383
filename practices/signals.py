"""Thin: the editors' decision on a submitted practice is mailed to its author; after every
migrate, the library's document collection exists and editors may read and change transfers."""

from django.dispatch import receiver

from wagtail.signals import workflow_approved, workflow_rejected

from workspaces.access.groups import grant_editors

from . import collection, submissions
from .models import PracticePage


def _tell_submitter(state):
    """Write the decision e-mail into the outbox, in the decision's own transaction: mail
    being down cannot undo the decision, and the e-mail goes (or is retried) once it commits."""
    if isinstance(state.content_object.specific, PracticePage):
        submissions.queue_decision(state)


@receiver(workflow_approved)
def practice_approved(sender, instance, **kwargs):
    _tell_submitter(instance)


@receiver(workflow_rejected)
def practice_needs_changes(sender, instance, **kwargs):
    _tell_submitter(instance)


def derive_after_migrate(sender, **kwargs):
    grant_editors("practices", {"transfer": ("view", "change")})
    collection.ensure_after_migrate()
