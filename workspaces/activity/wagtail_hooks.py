"""The per-network report in the admin: its URLs and its menu entry, which coordinators see
too (their own network's report is theirs to read)."""

from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.admin.menu import MenuItem

from workspaces.registry.scope import reads_registry

from . import report_views


@hooks.register("register_admin_urls")
def report_admin_urls():
    return [
        path("raporty/sieci/", report_views.report_index, name="activity_report_index"),
        path(
            "raporty/sieci/<int:network_id>/",
            report_views.network_report,
            name="activity_network_report",
        ),
        path(
            "raporty/sieci/<int:network_id>/raport.<str:file_format>",
            report_views.network_report_export,
            name="activity_network_report_export",
        ),
    ]


class NetworkReportMenuItem(MenuItem):
    """Shown to whoever reads some network's registry: editors, and coordinators and experts."""

    def is_shown(self, request):
        return reads_registry(request.user)


@hooks.register("register_admin_menu_item")
def network_report_menu_item():
    return NetworkReportMenuItem(
        _("Network reports"), reverse("activity_report_index"), icon_name="table", order=312
    )
