"""Thin: the editors' decision on a submitted practice is mailed to its author – once; a changed
tag leaves the library's kept answers behind; after every migrate, the library's document
collection exists and editors may read and change transfers."""

from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver

from wagtail.admin.mail import (
    WorkflowStateApprovalEmailNotifier,
    WorkflowStateRejectionEmailNotifier,
)
from wagtail.models import WorkflowState
from wagtail.signals import workflow_approved, workflow_rejected

from taggit.models import Tag

from workspaces.access import generations
from workspaces.access.groups import grant_editors

from . import collection, library, submissions
from .models import PracticePage, PracticeTag


def _is_practice(state):
    return isinstance(state.content_object.specific, PracticePage)


def _tell_submitter(state):
    """Write the decision e-mail into the outbox, in the decision's own transaction: mail
    being down cannot undo the decision, and the e-mail goes (or is retried) once it commits."""
    if _is_practice(state):
        submissions.queue_decision(state)


@receiver(post_save, sender=Tag)
@receiver(post_delete, sender=Tag)
@receiver(post_save, sender=PracticeTag)
@receiver(post_delete, sender=PracticeTag)
def library_tags_changed(sender, **kwargs):
    """A tag renamed or removed, or a practice tagged anew, changes the library's lists and
    counts kept in the cache (`library.answer`); pages, towns and access have stamps of their
    own."""
    generations.bump(library.LIBRARY_STAMP)


@receiver(workflow_approved)
def practice_approved(sender, instance, **kwargs):
    _tell_submitter(instance)


@receiver(workflow_rejected)
def practice_needs_changes(sender, instance, **kwargs):
    _tell_submitter(instance)


# --- one e-mail per decision ---------------------------------------------------------------
# Wagtail e-mails the submitter on every approval and rejection too (English-only templates,
# sent at once, not retried, links from the Site record). For practices our outbox already
# does – in the author's language, with a retry – so the author would get two e-mails for one
# event. Wagtail's notifiers are replaced by ones that leave practices alone and mail about
# any other moderated page exactly as before. They take Wagtail's own `dispatch_uid`s: this
# app is ready before `wagtail.admin` (INSTALLED_APPS), so when Wagtail later connects its
# notifiers under the same ids, the signal keeps ours (a dispatch_uid is connected once).


class NotPracticesMixin:
    def can_handle(self, instance, **kwargs):
        return super().can_handle(instance, **kwargs) and not _is_practice(instance)


class ApprovalNotifier(NotPracticesMixin, WorkflowStateApprovalEmailNotifier):
    """Wagtail's e-mail to the submitter of an approved page, except for practices."""


class RejectionNotifier(NotPracticesMixin, WorkflowStateRejectionEmailNotifier):
    """Wagtail's e-mail to the submitter of a page sent back for changes, except practices."""


WAGTAIL_NOTIFIERS = (
    (workflow_approved, ApprovalNotifier(), "workflow_state_approved_email_notification"),
    (workflow_rejected, RejectionNotifier(), "workflow_state_rejected_email_notification"),
)


def replace_wagtail_notifiers():
    """Put our notifiers in place of Wagtail's (whether or not Wagtail has connected its own
    yet); idempotent."""
    for signal, notifier, uid in WAGTAIL_NOTIFIERS:
        signal.disconnect(sender=WorkflowState, dispatch_uid=uid)
        signal.connect(notifier, sender=WorkflowState, dispatch_uid=uid)


replace_wagtail_notifiers()


def derive_after_migrate(sender, **kwargs):
    grant_editors("practices", {"transfer": ("view", "change")})
    collection.ensure_after_migrate()
