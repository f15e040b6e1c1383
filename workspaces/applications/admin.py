"""Applications in the admin: editors see and decide on every network's, a network's
coordinators and experts on their own network's only – in the list, the inspect and history
pages, the decisions and the bulk decision alike (the registry's scope, then `rules`).

Nobody edits an application: it is decided, through `decisions.py`, which writes the registry's
records and the audit log."""

from django.contrib import messages
from django.contrib.admin import SimpleListFilter
from django.contrib.admin import display as admin_display
from django.core.exceptions import PermissionDenied, ValidationError
from django.db.models import Q
from django.http import Http404
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.urls import path, re_path, reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_POST

from wagtail_modeladmin.views import InspectView

from workspaces.registry import scope
from workspaces.registry.admin import NetworkRegistryAdmin, NetworkRegistryPermissionHelper
from workspaces.registry.models import Voivodeship

from . import decisions, rules
from .models import Application


class ApplicationPermissionHelper(NetworkRegistryPermissionHelper):
    def user_can_create(self, user):
        return False

    def user_can_edit_obj(self, user, obj):
        return False


class VoivodeshipFilter(SimpleListFilter):
    """The town's voivodeship, whether the town is in the registry or new."""

    title = gettext_lazy("voivodeship")
    parameter_name = "voivodeship"

    def lookups(self, request, model_admin):
        return Voivodeship.choices

    def queryset(self, request, queryset):
        if not self.value():
            return queryset
        return queryset.filter(
            Q(municipality__voivodeship=self.value()) | Q(voivodeship=self.value())
        )


class NetworkChoicesFilter(SimpleListFilter):
    """The networks whose applications the reader may read, and no other."""

    title = gettext_lazy("network")
    parameter_name = "network"

    def lookups(self, request, model_admin):
        networks = scope.registry_networks(request.user).order_by("number")
        return [(str(network.pk), network.title) for network in networks]

    def queryset(self, request, queryset):
        if not self.value():
            return queryset
        if not self.value().isdigit():
            return queryset.none()
        return queryset.filter(network_id=int(self.value()))


def in_scope(user):
    """The applications `user` may read in the admin."""
    return scope.registry_records(user, Application.objects.all(), "network")


def _one_in_scope(user, pk):
    application = in_scope(user).select_related("network").filter(pk=pk).first()
    if application is None:
        raise Http404
    return application


class DecisionInspectView(InspectView):
    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        application = self.instance
        context["may_decide"] = application.is_pending and rules.may_decide(
            self.request.user, application
        )
        context["approve_url"] = reverse("applications_approve", args=[application.pk])
        context["reject_url"] = reverse("applications_reject", args=[application.pk])
        return context


class ApplicationAdmin(NetworkRegistryAdmin):
    model = Application
    menu_icon = "form"
    menu_label = gettext_lazy("Applications")
    list_select_related = ("network", "municipality")
    list_display = (
        "full_name",
        "town",
        "network",
        "kind",
        "position",
        "status",
        "created_at",
    )
    list_filter = (
        NetworkChoicesFilter,
        "kind",
        "status",
        VoivodeshipFilter,
        "created_at",
    )
    search_fields = ("first_name", "last_name", "email", "town_name", "municipality__name")
    ordering = ("-created_at",)
    inspect_view_class = DecisionInspectView
    inspect_view_fields = (
        "network",
        "kind",
        "municipality",
        "town_name",
        "voivodeship",
        "first_name",
        "last_name",
        "email",
        "position",
        "motivation",
        "language",
        "created_at",
        "status",
        "decided_by",
        "decided_at",
        "rejection_reason",
    )
    index_template_name = "applications/admin/index.html"
    inspect_template_name = "applications/admin/inspect.html"

    def get_permission_helper_class(self):
        return ApplicationPermissionHelper

    @admin_display(description=gettext_lazy("applicant"), ordering="last_name")
    def full_name(self, application):
        return application.full_name

    @admin_display(description=gettext_lazy("town"), ordering="municipality__name")
    def town(self, application):
        return application.town

    def get_admin_urls_for_registration(self):
        return (
            *super().get_admin_urls_for_registration(),
            re_path(r"^applications/application/(?P<pk>\d+)/approve/$", approve_view,
                    name="applications_approve"),
            re_path(r"^applications/application/(?P<pk>\d+)/reject/$", reject_view,
                    name="applications_reject"),
            path("applications/application/decide/", decide_view, name="applications_decide"),
        )  # fmt: skip


def _inspect_url(application):
    return reverse("applications_application_modeladmin_inspect", args=[application.pk])


def _decide(request, application, decide):
    """Run one decision and say how it went; returns whether it was taken."""
    try:
        decide(application)
    except PermissionDenied:
        raise
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
        return False
    return True


@require_POST
def approve_view(request, pk):
    application = _one_in_scope(request.user, pk)
    if _decide(request, application, lambda a: decisions.approve(a, by=request.user)):
        messages.success(request, _("The application was approved; the applicant was told."))
    return redirect(_inspect_url(application))


@require_POST
def reject_view(request, pk):
    application = _one_in_scope(request.user, pk)
    reason = request.POST.get("reason", "")
    if _decide(request, application, lambda a: decisions.reject(a, request.user, reason)):
        messages.success(request, _("The application was rejected; the applicant was told why."))
    return redirect(_inspect_url(application))


def _selected(request):
    """The pending applications chosen on the decide page; a row outside the reader's scope
    (another network's, by a typed id) is not found."""
    ids = request.POST.getlist("applications")
    if not ids or not all(pk.isdigit() for pk in ids):
        return []
    chosen = list(in_scope(request.user).pending().select_related("network").filter(pk__in=ids))
    if len(chosen) != len(set(ids)):
        raise Http404
    return chosen


def decide_view(request):
    """The pending applications the reader may decide on, with checkboxes: approve or reject
    (with one reason for all) the chosen ones."""
    if not scope.reads_registry(request.user):
        raise PermissionDenied
    if request.method == "POST":
        return _decide_selected(request)
    pending = in_scope(request.user).pending().select_related("network", "municipality")
    return TemplateResponse(
        request,
        "applications/admin/decide.html",
        {"applications": pending.order_by("created_at", "pk"), "reason": ""},
    )


def _decide_selected(request):
    chosen = _selected(request)
    action, reason = request.POST.get("action"), request.POST.get("reason", "")
    if not chosen or action not in ("approve", "reject"):
        messages.error(request, _("Choose applications, then approve or reject them."))
        return redirect("applications_decide")
    if action == "reject" and not reason.strip():
        messages.error(request, _("Write the reason: the applicants receive it by e-mail."))
        return redirect("applications_decide")
    done = 0
    for application in chosen:
        if action == "approve":
            done += _decide(request, application, lambda a: decisions.approve(a, request.user))
        else:
            done += _decide(
                request, application, lambda a: decisions.reject(a, request.user, reason)
            )
    messages.success(request, _("Applications decided: %(count)s.") % {"count": done})
    return redirect("applications_decide")
