"""Members' and editors' actions on the library; each parses input and calls one service."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import Http404
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from home import spreadsheets
from home.feedback import error_text
from workspaces.access import policy as access

from . import export, library, rules, submissions, transfers
from .forms import LibraryFilterForm, PracticeSubmissionForm, TransferForm
from .models import PracticePage, TransferStage


@login_required
@require_POST
def record_transfer(request, practice_id):
    practice = access.visible_page_or_404(request.user, PracticePage, practice_id)
    form = TransferForm(request.POST)
    if not form.is_valid():
        messages.error(request, error_text(form))
        return redirect(practice.url)
    try:
        transfers.record(practice, request.user, **form.cleaned_data)
    except (PermissionDenied, ValidationError) as error:
        messages.error(request, error_text(error))
    else:
        messages.success(request, _("Your town's transfer has been recorded."))
    return redirect(practice.url)


def _require_editor(request):
    if not access.is_editor(request.user):
        raise PermissionDenied


def transfers_report(request):
    _require_editor(request)
    return TemplateResponse(
        request,
        "practices/admin/transfers_report.html",
        {"rows": transfers.report_by_network(), "stages": TransferStage.labels},
    )


def export_library(request, file_format):
    """The library as CSV or XLSX, filtered like the index (editors only)."""
    _require_editor(request)
    if file_format not in ("csv", "xlsx"):
        raise Http404
    rows = export.rows(request.user, library.valid_filters(LibraryFilterForm(request.GET)))
    if file_format == "csv":
        return spreadsheets.csv_response(rows, "dobre-praktyki.csv")
    return spreadsheets.xlsx_response(rows, "dobre-praktyki.xlsx", _("Good practices"))


@login_required
def submit_practice(request):
    """The submission form; on any error it comes back filled in, and nothing is stored."""
    if not rules.can_read_library(request.user):
        raise PermissionDenied
    person = getattr(request.user, "person", None)
    initial = {"town": person.municipality_id} if person else {}
    form = PracticeSubmissionForm(request.POST or None, initial=initial, user=request.user)
    if request.method == "POST" and form.is_valid():
        submissions.submit(request.user, form.cleaned_data)
        messages.success(request, _("Thank you – your practice has been sent to the editors."))
        return redirect("my_practices")
    return TemplateResponse(request, "practices/submit.html", {"form": form})


@login_required
def my_practices(request):
    return TemplateResponse(
        request,
        "practices/my_practices.html",
        {"submissions": submissions.submissions_of(request.user)},
    )
