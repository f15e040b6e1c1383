"""Wagtail integration: page serving asks the access module; the registry lives in the admin."""

from django.conf import settings
from django.contrib.auth.views import redirect_to_login
from django.http import Http404
from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail_modeladmin.options import ModelAdmin, ModelAdminGroup, modeladmin_register

from . import access, services
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


class MunicipalityAdmin(ModelAdmin):
    model = Municipality
    menu_icon = "site"
    list_display = ("name", "voivodeship", "population", "programme_status")
    list_filter = ("voivodeship", "programme_status")
    search_fields = ("name",)


class PersonAdmin(ModelAdmin):
    model = Person
    menu_icon = "user"
    list_display = ("__str__", "municipality", "position")
    list_filter = ("position", "municipality__voivodeship")
    search_fields = ("user__first_name", "user__last_name", "user__username", "municipality__name")


class NetworkRegistryAdmin(ModelAdmin):
    """Records that belong to a network: editors see all of them, a network's coordinators
    only their network's (SPEC §4, last row). The access module decides which."""

    registry_page_field = "network"  # from a record to a page in its network

    def get_queryset(self, request):
        records = super().get_queryset(request)
        return access.registry_records(request.user, records, self.registry_page_field)

    def get_permission_helper_class(self):
        page_field = self.registry_page_field

        class InScopePermissionHelper(super().get_permission_helper_class()):
            """Object views (inspect, edit, delete) too, not only the list: their URLs hold
            any record's id."""

            def _in_scope(self, user, record):
                return access.may_read_registry_record(user, getattr(record, page_field))

            def user_can_inspect_obj(self, user, obj):
                return super().user_can_inspect_obj(user, obj) and self._in_scope(user, obj)

            def user_can_edit_obj(self, user, obj):
                return super().user_can_edit_obj(user, obj) and self._in_scope(user, obj)

            def user_can_delete_obj(self, user, obj):
                return super().user_can_delete_obj(user, obj) and self._in_scope(user, obj)

        return InScopePermissionHelper


class MembershipAdmin(NetworkRegistryAdmin):
    model = Membership
    menu_icon = "group"
    list_display = ("person", "network", "role", "municipality", "started_on", "ended_on")
    list_filter = ("network", "role", "ended_on")
    search_fields = ("person__user__last_name", "municipality__name")


class ObserverSubscriptionAdmin(NetworkRegistryAdmin):
    model = ObserverSubscription
    menu_icon = "view"
    list_display = ("network", "person", "municipality", "started_on", "ended_on")
    list_filter = ("network",)


class EvaluationAdmin(NetworkRegistryAdmin):
    model = Evaluation
    registry_page_field = "outcome"
    menu_icon = "pick"
    list_display = ("outcome", "evaluator", "usefulness", "transferability", "updated_at")
    list_filter = ("usefulness", "transferability")
    search_fields = ("outcome__title", "evaluator__last_name", "comment")
    inspect_view_enabled = True


class NotificationAdmin(ModelAdmin):
    model = Notification
    menu_icon = "mail"
    list_display = ("kind", "page", "recipient", "status", "attempts", "sent_at")
    list_filter = ("kind", "status")
    search_fields = ("recipient__email", "outcome__title", "session__title")
    inspect_view_enabled = True


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
