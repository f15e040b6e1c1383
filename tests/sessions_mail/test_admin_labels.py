"""Every column and field of the outbox and sessions in the admin has a translated name: a
lazy translation, so the Polish admin never shows "Updated at", "Recipient" or "Attempts"."""

from django.utils.functional import Promise

import pytest

from workspaces.notifications.admin import NotificationAdmin
from workspaces.notifications.models import DeliveryPreference, Notification
from workspaces.sessions.models import (
    CalendarToken,
    Minutes,
    MinutesAmendment,
    SessionAttendance,
    SessionPage,
)

# Keys Django and Wagtail name themselves (primary keys, the page link, ordering).
UNNAMED = {"id", "page_ptr", "sort_order"}


def _own_fields(model):
    return [
        field
        for field in model._meta.get_fields(include_parents=False)
        if field.concrete and field.model is model and field.name not in UNNAMED
    ]


@pytest.mark.parametrize(
    "model",
    [Notification, DeliveryPreference, SessionPage, Minutes, SessionAttendance,
     MinutesAmendment, CalendarToken],
)  # fmt: skip
def test_every_field_has_a_translated_name(model):
    untranslated = [f.name for f in _own_fields(model) if not isinstance(f.verbose_name, Promise)]
    assert untranslated == []


def test_the_outbox_list_names_its_target_column_in_translation():
    label = NotificationAdmin.subject_of.short_description
    assert isinstance(label, Promise)
    assert "target" not in NotificationAdmin.list_display


def test_the_outbox_list_opens_for_editors(demo):
    response = demo.client_for("editor").get("/admin/notifications/notification/")
    assert response.status_code == 200
    assert "Target" not in response.content.decode()
