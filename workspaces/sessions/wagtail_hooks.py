"""Sessions in the Wagtail admin: the minutes' steps in the audit log, and a new revision of
approved minutes recorded as such."""

from django.utils.translation import gettext_lazy as _

from wagtail import hooks

from . import minutes
from .models import SessionPage


@hooks.register("register_log_actions")
def register_minutes_actions(actions):
    actions.register_action(
        minutes.CIRCULATED_ACTION, _("Circulate minutes"), _("Minutes circulated to attendees")
    )
    actions.register_action(minutes.APPROVED_ACTION, _("Approve minutes"), _("Minutes approved"))
    actions.register_action(
        minutes.REVISED_AFTER_APPROVAL_ACTION,
        _("Revise approved minutes"),
        _("New revision of approved minutes published by an editor"),
    )


@hooks.register("after_publish_page")
def record_revision_of_approved_minutes(request, page):
    if isinstance(page.specific, SessionPage):
        minutes.record_revision_after_approval(page.specific, request.user)
