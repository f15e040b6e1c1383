"""The outcome page's edit form in the admin."""

from workspaces.access.admin_forms import AccessCheckedPageForm
from workspaces.registry.models import network_of
from workspaces.sessions.models import SessionPage


class OutcomePageForm(AccessCheckedPageForm):
    """Offer only the sessions of the outcome's own network."""

    def __init__(self, *args, parent_page=None, **kwargs):
        super().__init__(*args, parent_page=parent_page, **kwargs)
        anchor = self.instance if self.instance.pk else parent_page
        network = network_of(anchor) if anchor else None
        sessions = (
            SessionPage.objects.descendant_of(network) if network else SessionPage.objects.none()
        )
        self.fields["sessions"].queryset = sessions.order_by("starts_at")
