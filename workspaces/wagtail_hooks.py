"""Wagtail integration: page serving asks the access module; the registry lives in the admin."""

from django.conf import settings
from django.contrib.admin import SimpleListFilter
from django.contrib.admin import display as admin_display
from django.contrib.auth.views import redirect_to_login
from django.http import Http404
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.admin.ui.components import Component
from wagtail_modeladmin.options import ModelAdminGroup, modeladmin_register

from . import access, services
from .admin_views import NetworkRegistryAdmin, RegistryModelAdmin
from .models import (
    Evaluation,
    Membership,
    Municipality,
    NetworkPage,
    Notification,
    ObserverSubscription,
    Person,
)


def _refuse(request):
    """Visitors are asked to sign in; signed-in readers without the right see "not found"."""
    if not request.user.is_authenticated:
        return redirect_to_login(request.get_full_path(), settings.WAGTAIL_FRONTEND_LOGIN_URL)
    raise Http404


@hooks.register("before_serve_document")
def enforce_access_contract_on_documents(document, request):
    if not access.can_view_document(request.user, document):
        return _refuse(request)
    return None


@hooks.register("register_log_actions")
def register_minutes_actions(actions):
    from . import minutes, promotion

    actions.register_action(
        promotion.PROMOTED_ACTION, _("Promote to the public"), _("Promoted to the public")
    )
    actions.register_action(
        promotion.WITHDRAWN_ACTION, _("Withdraw from the public"), _("Withdrawn from the public")
    )
    actions.register_action(
        minutes.CIRCULATED_ACTION, _("Circulate minutes"), _("Minutes circulated to attendees")
    )
    actions.register_action(minutes.APPROVED_ACTION, _("Approve minutes"), _("Minutes approved"))
    actions.register_action(
        minutes.REVISED_AFTER_APPROVAL_ACTION,
        _("Revise approved minutes"),
        _("New revision of approved minutes published by an editor"),
    )


@hooks.register("after_publish_page")
def record_revision_of_approved_minutes(request, page):
    from . import minutes
    from .models import SessionPage

    if isinstance(page.specific, SessionPage):
        minutes.record_revision_after_approval(page.specific, request.user)


@hooks.register("before_serve_page")
def enforce_access_contract(page, request, serve_args, serve_kwargs):
    """Refuse a page the reader may not see: sign-in for visitors, "not found" for the rest.

    A signed-in reader without the right gets a 404 rather than a 403 so that the response
    does not confirm what exists behind the restriction (SPEC §4: "not served").
    """
    if access.can_view_page(request.user, page):
        return None
    return _refuse(request)


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


class MunicipalityAdmin(RegistryModelAdmin):
    model = Municipality
    menu_icon = "site"
    list_display = ("name", "voivodeship", "population", "programme_status")
    list_filter = ("voivodeship", "programme_status")
    search_fields = ("name",)


class PersonAdmin(RegistryModelAdmin):
    model = Person
    list_select_related = ("user", "municipality")
    menu_icon = "user"
    list_display = ("__str__", "municipality", "position")
    list_filter = ("position", "municipality__voivodeship")
    search_fields = ("user__first_name", "user__last_name", "user__username", "municipality__name")


class QualifiesFilter(SimpleListFilter):
    """Memberships of the leaders network whose person is no longer a mayor, president or
    deputy stay on record but grant nothing (`Membership.objects.in_force`); editors find
    them here to end them or correct the position."""

    title = _("qualifies for the network")
    parameter_name = "qualifies"

    def lookups(self, request, model_admin):
        return [("yes", _("Yes")), ("no", _("No"))]

    def queryset(self, request, queryset):
        if self.value() == "yes":
            return queryset.qualifying()
        if self.value() == "no":
            return queryset.not_qualifying()
        return queryset


class MembershipAdmin(NetworkRegistryAdmin):
    model = Membership
    list_select_related = ("person__user", "network", "municipality")
    menu_icon = "group"
    list_display = (
        "person",
        "network",
        "role",
        "municipality",
        "started_on",
        "ended_on",
        "qualification",
    )
    list_filter = ("network", "role", "ended_on", QualifiesFilter)
    search_fields = ("person__user__last_name", "municipality__name")

    @admin_display(description=_("qualifies for the network"))
    def qualification(self, membership):
        if membership.qualifies:
            return ""
        return _("Does not qualify – position: %(position)s") % {
            "position": membership.person.get_position_display()
        }


class ObserverSubscriptionAdmin(NetworkRegistryAdmin):
    model = ObserverSubscription
    list_select_related = ("network", "person__user", "municipality")
    menu_icon = "view"
    list_display = ("network", "person", "municipality", "started_on", "ended_on")
    list_filter = ("network",)


class EvaluationAdmin(NetworkRegistryAdmin):
    model = Evaluation
    registry_page_field = "outcome"
    list_select_related = ("outcome", "evaluator")
    menu_icon = "pick"
    list_display = ("outcome", "evaluator", "usefulness", "transferability", "updated_at")
    list_filter = ("usefulness", "transferability")
    search_fields = ("outcome__title", "evaluator__last_name", "comment")
    inspect_view_enabled = True


class NotificationAdmin(RegistryModelAdmin):
    model = Notification
    menu_icon = "mail"
    list_display = ("kind", "page", "recipient", "status", "attempts", "sent_at")
    list_select_related = ("page", "recipient")
    list_filter = ("kind", "status")
    search_fields = ("recipient__email", "page__title")
    inspect_view_enabled = True


class MembershipsNotQualifyingPanel(Component):
    """On the editors' dashboard: seats of the leaders network that no longer meet its rule
    (the person's position changed), with a link to the filtered membership list."""

    name = "memberships_not_qualifying"
    template_name = "workspaces/admin/memberships_not_qualifying_panel.html"
    order = 50

    def __init__(self, count):
        self.count = count

    def get_context_data(self, parent_context):
        url = reverse("workspaces_membership_modeladmin_index")
        return {"count": self.count, "url": f"{url}?qualifies=no&ended_on__isnull=True"}


@hooks.register("construct_homepage_panels")
def warn_editors_of_memberships_not_qualifying(request, panels):
    if not access.is_editor(request.user):
        return
    count = Membership.objects.not_qualifying().filter(ended_on__isnull=True).count()
    if count:
        panels.append(MembershipsNotQualifyingPanel(count))


class RegistryAdminGroup(ModelAdminGroup):
    menu_label = _("Networks registry")
    menu_icon = "group"
    menu_order = 200
    items = (
        MunicipalityAdmin,
        PersonAdmin,
        MembershipAdmin,
        ObserverSubscriptionAdmin,
        EvaluationAdmin,
        NotificationAdmin,
    )


modeladmin_register(RegistryAdminGroup)


@hooks.register("construct_page_chooser_queryset")
def chooser_offers_only_pages_the_reader_may_see(pages, request):
    """The page chooser's listing and search name only what the access module allows."""
    return access.admin_pages(request.user, pages)
