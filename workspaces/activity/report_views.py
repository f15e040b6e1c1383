"""The per-network report in the Wagtail admin, on screen and as CSV or XLSX. Whose report a
reader may open is the registry's scope: every network's for editors, their own for
coordinators and experts; any other network is "not found", whatever the URL says."""

from django.core.exceptions import PermissionDenied
from django.http import Http404
from django.shortcuts import get_object_or_404
from django.template.response import TemplateResponse
from django.utils.text import slugify
from django.utils.translation import gettext as _

from home import spreadsheets
from workspaces.registry.scope import registry_networks

from . import report as reports

FORMATS = ("csv", "xlsx")


def _readable_network(user, network_id):
    return get_object_or_404(registry_networks(user), pk=network_id)


def report_index(request):
    """The networks whose report the reader may open (a coordinator: their own)."""
    networks = registry_networks(request.user).order_by("number")
    if not networks:
        raise PermissionDenied
    return TemplateResponse(request, "activity/admin/report_index.html", {"networks": networks})


def network_report(request, network_id):
    network = _readable_network(request.user, network_id)
    return TemplateResponse(
        request,
        "activity/admin/network_report.html",
        {"report": reports.network_report(network, request.user), "formats": FORMATS},
    )


def network_report_export(request, network_id, file_format):
    if file_format not in FORMATS:
        raise Http404
    network = _readable_network(request.user, network_id)
    rows = reports.report_rows(reports.network_report(network, request.user))
    filename = f"raport-{slugify(network.slug) or network.pk}.{file_format}"
    if file_format == "csv":
        return spreadsheets.csv_response(rows, filename)
    return spreadsheets.xlsx_response(rows, filename, _("Network report"))
