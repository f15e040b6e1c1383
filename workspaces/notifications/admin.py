"""The outbox in the admin, for editors: what was sent, what waits, what failed and why."""

from workspaces.access.admin import GuardedModelAdmin

from .models import Notification


class NotificationAdmin(GuardedModelAdmin):
    model = Notification
    menu_icon = "mail"
    list_display = ("kind", "page", "recipient", "status", "attempts", "sent_at")
    list_select_related = ("page", "recipient")
    list_filter = ("kind", "status")
    search_fields = ("recipient__email", "page__title")
    inspect_view_enabled = True
