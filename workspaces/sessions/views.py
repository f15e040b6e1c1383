"""Members' actions on sessions: minutes, planning, the calendar. Each view parses input, calls
one service, and redirects."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import Http404, HttpResponse
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from django.views.decorators.http import require_POST

from home.feedback import error_text
from workspaces.access import policy as access
from workspaces.registry.models import WorkspacePage, network_of

from . import ical, minutes, planner
from .forms import AmendmentForm, ApproveMinutesForm, PlanSessionsForm
from .models import SessionPage


def _apply(request, session, action, success_message):
    try:
        action(session, request.user)
    except (PermissionDenied, ValidationError) as error:
        messages.error(request, error_text(error))
    else:
        messages.success(request, success_message)
    return redirect(session.url)


@login_required
@require_POST
def circulate_minutes(request, session_id):
    session = access.visible_page_or_404(request.user, SessionPage, session_id)
    return _apply(request, session, minutes.circulate_minutes, _("Minutes sent to attendees."))


@login_required
def approve_minutes(request, session_id):
    """Approval locks the minutes for good, so it is confirmed first: the session page's form
    carries a required checkbox; without it (or on a GET) this page asks again, saying why."""
    session = access.visible_page_or_404(request.user, SessionPage, session_id)
    if not access.can_manage_network(request.user, network_of(session)):
        raise PermissionDenied
    form = ApproveMinutesForm(request.POST if request.method == "POST" else None)
    if request.method == "POST" and form.is_valid():
        return _apply(
            request,
            session,
            minutes.approve_minutes,
            _("The minutes are approved and locked. Only an editor can revise them now."),
        )
    return TemplateResponse(
        request,
        "sessions/approve_minutes.html",
        {**minutes.approval_context(session), "form": form},
    )


@login_required
@require_POST
def propose_amendment(request, session_id):
    session = access.visible_page_or_404(request.user, SessionPage, session_id)
    form = AmendmentForm(request.POST)
    if form.is_valid():
        try:
            minutes.propose_amendment(session, request.user, form.cleaned_data["text"])
        except PermissionDenied as error:
            messages.error(request, str(error))
        else:
            messages.success(request, _("Your amendment has been added."))
    else:
        messages.error(request, error_text(form))
    return redirect(session.url)


@login_required
def plan_sessions(request, workspace_id):
    workspace = access.visible_page_or_404(request.user, WorkspacePage, workspace_id)
    network = workspace.get_parent().specific
    if not access.can_manage_network(request.user, network):
        raise PermissionDenied
    form = PlanSessionsForm(
        request.POST or None,
        initial={"first_date": planner.next_first_date(workspace)},
        network=network,
    )
    if request.method == "POST" and form.is_valid():
        planned = planner.plan_sessions(workspace, request.user, **form.cleaned_data)
        count = len(planned)
        message = ngettext("Planned %(count)d session.", "Planned %(count)d sessions.", count)
        messages.success(request, message % {"count": count})
        return redirect(workspace.url)
    return TemplateResponse(
        request,
        "sessions/plan_sessions.html",
        {"form": form, "workspace": workspace, "network": network},
    )


@login_required
def calendar_settings(request):
    if request.method == "POST":
        ical.revoke(request.user)
        messages.success(
            request, _("A new calendar address was created; the old one no longer works.")
        )
        return redirect("calendar_settings")
    token = ical.token_for(request.user)
    feed_url = request.build_absolute_uri(f"/kalendarz/{token.token}.ics")
    return TemplateResponse(request, "sessions/calendar_settings.html", {"feed_url": feed_url})


def calendar_feed(request, token):
    user = ical.owner_of(token)
    if user is None:
        raise Http404
    response = HttpResponse(ical.feed(user, request), content_type="text/calendar; charset=utf-8")
    response["Content-Disposition"] = 'inline; filename="empiriae.ics"'
    response["Cache-Control"] = "private, no-store"
    return response
