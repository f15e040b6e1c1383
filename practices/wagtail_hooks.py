"""The library in the Wagtail admin: one menu item, "Good practices", with the transfers (their
list and report) and the library's export; and two dashboard panels – practices waiting for
moderation (for the editors, who moderate), and transfers by stage (editors: every network's;
coordinators: their own's)."""

from django.contrib.admin import DateFieldListFilter
from django.db.models import Count
from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.admin.ui.components import Component
from wagtail.models import WorkflowState
from wagtail_modeladmin.options import ModelAdminGroup, modeladmin_register

from workspaces.access import policy as access
from workspaces.access.admin import EditorsOnlyMenuItem, GuardedModelAdmin
from workspaces.registry.admin_export import SafeExportAdminMixin
from workspaces.registry.scope import registry_networks

from . import views
from .models import PracticePage, Transfer, TransferStage

PRACTICES_SHOWN = 8


@hooks.register("register_admin_urls")
def library_admin_urls():
    return [
        path("praktyki/transfery/", views.transfers_report, name="practices_transfers_report"),
        path(
            "praktyki/eksport.<str:file_format>",
            views.export_library,
            name="practices_export",
        ),
    ]


def transfers_report_menu_item():
    return EditorsOnlyMenuItem(
        _("Transfers report"),
        reverse("practices_transfers_report"),
        name="transfers-report",
        icon_name="resubmit",
        order=2,
    )


def export_menu_item():
    return EditorsOnlyMenuItem(
        _("Export practices (XLSX)"),
        reverse("practices_export", args=["xlsx"]),
        name="practices-export",
        icon_name="download",
        order=3,
    )


class TransferAdmin(SafeExportAdminMixin, GuardedModelAdmin):
    model = Transfer
    menu_label = _("Transfers")
    menu_icon = "resubmit"
    list_display = (
        "practice", "town", "stage", "interested_on", "adapting_on", "implemented_on",
        "abandoned_on", "updated_at",
    )  # fmt: skip
    list_select_related = ("practice", "town")
    list_filter = (
        "stage",
        "practice__networks",
        ("interested_on", DateFieldListFilter),
        ("implemented_on", DateFieldListFilter),
        ("updated_at", DateFieldListFilter),
    )
    search_fields = ("practice__title", "town__name", "changes")
    ordering = ("-updated_at",)


class LibraryAdminGroup(ModelAdminGroup):
    """The library's entries in the admin menu, under one item: the transfers' list, their
    report and the library's export. Side by side at the top level their names were too long
    for the sidebar and were cut off; in a submenu they wrap."""

    menu_label = _("Good practices")
    menu_icon = "clipboard-list"
    menu_order = 309
    items = (TransferAdmin,)

    def get_submenu_items(self):
        return [*super().get_submenu_items(), transfers_report_menu_item(), export_menu_item()]


modeladmin_register(LibraryAdminGroup)


# --- the dashboard -------------------------------------------------------------------------


def awaiting_moderation():
    """(the first practices in moderation, longest waiting first; how many there are)."""
    waiting = PracticePage.objects.filter(
        _specific_workflow_states__status=WorkflowState.STATUS_IN_PROGRESS
    )
    first = waiting.select_related("town").defer_streamfields()
    return list(first.order_by("latest_revision_created_at")[:PRACTICES_SHOWN]), waiting.count()


class PracticesAwaitingModerationPanel(Component):
    """Submitted practices waiting for the editors' decision in the moderation workflow."""

    name = "practices_awaiting_moderation"
    template_name = "practices/admin/awaiting_moderation_panel.html"
    order = 140

    def __init__(self, practices, count):
        self.practices = practices
        self.count = count

    def get_context_data(self, parent_context):
        return {"practices": self.practices, "count": self.count}


def transfers_by_stage(user):
    """For each network whose transfers `user` follows (the practices of the networks they run;
    every network for editors): how many transfers stand at each stage. Two queries."""
    networks = list(registry_networks(user).order_by("number"))
    if not networks:
        return []
    counts = (
        Transfer.objects.filter(practice__networks__in=networks)
        .values("practice__networks", "stage")
        .annotate(n=Count("pk"))
        .order_by()
    )
    table = {}
    for row in counts:
        stages = table.setdefault(row["practice__networks"], dict.fromkeys(TransferStage.values, 0))
        stages[row["stage"]] = row["n"]
    return [
        (network, [table[network.pk][stage] for stage in TransferStage.values])
        for network in networks
        if network.pk in table
    ]


class TransfersByStagePanel(Component):
    name = "transfers_by_stage"
    template_name = "practices/admin/transfers_by_stage_panel.html"
    order = 150

    def __init__(self, rows, link_to_list):
        self.rows = rows
        self.link_to_list = link_to_list

    def get_context_data(self, parent_context):
        url = reverse("practices_transfer_modeladmin_index") if self.link_to_list else None
        return {"rows": self.rows, "stages": TransferStage.labels, "list_url": url}


@hooks.register("construct_homepage_panels")
def add_library_panels(request, panels):
    editor = access.is_editor(request.user)
    if editor:
        practices, count = awaiting_moderation()
        if practices:
            panels.append(PracticesAwaitingModerationPanel(practices, count))
    rows = transfers_by_stage(request.user)
    if rows:
        panels.append(TransfersByStagePanel(rows, link_to_list=editor))
