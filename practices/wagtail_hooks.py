"""The library in the Wagtail admin: transfers, their report, and the export."""

from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail_modeladmin.options import modeladmin_register

from workspaces.access.admin import EditorsOnlyMenuItem, GuardedModelAdmin

from . import views
from .models import Transfer


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


@hooks.register("register_admin_menu_item")
def transfers_report_menu_item():
    return EditorsOnlyMenuItem(
        _("Transfers report"),
        reverse("practices_transfers_report"),
        icon_name="resubmit",
        order=310,
    )


@hooks.register("register_admin_menu_item")
def export_menu_item():
    return EditorsOnlyMenuItem(
        _("Export practices (XLSX)"),
        reverse("practices_export", args=["xlsx"]),
        icon_name="download",
        order=311,
    )


class TransferAdmin(GuardedModelAdmin):
    model = Transfer
    menu_icon = "resubmit"
    menu_order = 309
    list_display = ("practice", "town", "stage", "implemented_on", "updated_at")
    list_filter = ("stage", "practice__networks")
    search_fields = ("practice__title", "town__name", "changes")


modeladmin_register(TransferAdmin)
