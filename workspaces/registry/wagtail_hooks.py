"""A warning on the editors' dashboard, access re-derived after a network's pages move, the
audit log's names for the registry's actions and the editors' personal-data pages. (The
registry's lists are in `admin.py`; the project puts them in the admin menu.)"""

from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.admin.ui.components import Component

from workspaces.access import policy as access

from . import personal_data, personal_data_admin, services
from .models import Membership, NetworkPage


def _resync_networks_around(page):
    """After a move or copy, re-derive access for any network the page is in or contains."""
    networks = NetworkPage.objects.ancestor_of(
        page, inclusive=True
    ) | NetworkPage.objects.descendant_of(page)
    for network in networks.distinct():
        services.sync_network_access(network)


@hooks.register("after_move_page")
def resync_after_move(request, page):
    _resync_networks_around(page)


@hooks.register("after_copy_page")
def resync_after_copy(request, page, new_page):
    _resync_networks_around(new_page)


class MembershipsNotQualifyingPanel(Component):
    """On the editors' dashboard: seats of the leaders network that no longer meet its rule
    (the person's position changed), with a link to the filtered membership list."""

    name = "memberships_not_qualifying"
    template_name = "registry/admin/memberships_not_qualifying_panel.html"
    order = 50

    def __init__(self, count):
        self.count = count

    def get_context_data(self, parent_context):
        url = reverse("registry_membership_modeladmin_index")
        return {"count": self.count, "url": f"{url}?qualifies=no&ended_on__isnull=True"}


@hooks.register("construct_homepage_panels")
def warn_editors_of_memberships_not_qualifying(request, panels):
    if not access.is_editor(request.user):
        return
    count = Membership.objects.not_qualifying().filter(ended_on__isnull=True).count()
    if count:
        panels.append(MembershipsNotQualifyingPanel(count))


@hooks.register("register_log_actions")
def register_registry_actions(actions):
    actions.register_action(
        services.MEMBERSHIP_ADDED, _("Add to a network"), _("Added to the network")
    )
    actions.register_action(
        services.SUBSCRIPTION_ADDED, _("Subscribe as an observer"), _("Subscribed as an observer")
    )
    actions.register_action(services.PERIOD_ENDED, _("End"), _("Ended, kept as history"))
    actions.register_action(
        personal_data.PERSONAL_DATA_EXPORTED,
        _("Export personal data"),
        _("Personal data exported"),
    )
    actions.register_action(personal_data.PSEUDONYMISED, _("Pseudonymise"), _("Pseudonymised"))


@hooks.register("register_admin_urls")
def register_personal_data_urls():
    base = "registry/personal-data/<int:person_id>/"
    return [
        path(base, personal_data_admin.PersonalDataView.as_view(), name="registry_personal_data"),
        path(
            f"{base}export/",
            personal_data_admin.ExportView.as_view(),
            name="registry_personal_data_export",
        ),
        path(
            f"{base}pseudonymise/",
            personal_data_admin.PseudonymiseView.as_view(),
            name="registry_personal_data_pseudonymise",
        ),
    ]
