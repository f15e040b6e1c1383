"""The outbox in the admin, for editors: what was sent, what waits, what failed and why.

Every column has a translated name: the fields' verbose names, and for the generic target (which
has none) a method with its own label, so the Polish admin shows no English headings.
"""

from django.contrib.admin import display
from django.utils.translation import gettext_lazy as _

from workspaces.access.admin import GuardedModelAdmin

from .models import Notification


class NotificationAdmin(GuardedModelAdmin):
    model = Notification
    menu_icon = "mail"
    list_display = ("kind", "subject_of", "recipient", "status", "attempts", "sent_at")
    list_select_related = ("recipient",)
    list_filter = ("kind", "status")
    search_fields = ("recipient__email",)
    inspect_view_enabled = True
    inspect_view_fields_exclude = ("target_id", "scope_id")

    def get_queryset(self, request):
        # One query per kind of target for the whole list, not one per row.
        return super().get_queryset(request).prefetch_related("target")

    @display(description=_("about"))
    def subject_of(self, notification):
        """What the e-mail is about (the page or record), by its own name."""
        return notification.target
