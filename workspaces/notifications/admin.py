"""The outbox in the admin, for editors: what was sent, what waits, what failed and why."""

from workspaces.access.admin import GuardedModelAdmin

from .models import Notification


class NotificationAdmin(GuardedModelAdmin):
    model = Notification
    menu_icon = "mail"
    list_display = ("kind", "target", "recipient", "status", "attempts", "sent_at")
    list_select_related = ("recipient",)
    list_filter = ("kind", "status")
    search_fields = ("recipient__email",)
    inspect_view_enabled = True

    def get_queryset(self, request):
        # One query per kind of target for the whole list, not one per row.
        return super().get_queryset(request).prefetch_related("target")
