"""The registry in the admin: towns, people, memberships and subscriptions.

`NetworkRegistryAdmin` is for records that belong to a network: editors see them all, a
network's coordinators and experts only their network's (SPEC §4, last row). The registry's
scope (`scope.py`) decides, not a Django model permission – such a permission would also open
Wagtail's site-history report on every network's records.
"""

from django.contrib.admin import SimpleListFilter
from django.contrib.admin import display as admin_display
from django.utils.translation import gettext_lazy as _

from wagtail_modeladmin.helpers import PermissionHelper

from workspaces.access.admin import GuardedModelAdmin

from . import scope
from .models import Membership, Municipality, ObserverSubscription, Person


class NetworkRegistryPermissionHelper(PermissionHelper):
    """Lists and inspection by the access module; changes still need the editors' permissions,
    and only within what the reader may see."""

    page_field = "network"  # from a record to a page in its network

    def _in_scope(self, user, record):
        return scope.may_read_registry_record(user, getattr(record, self.page_field))

    def user_can_list(self, user):
        return scope.reads_registry(user)

    def user_can_inspect_obj(self, user, obj):
        return self.inspect_view_enabled and self._in_scope(user, obj)

    def user_can_edit_obj(self, user, obj):
        return super().user_can_edit_obj(user, obj) and self._in_scope(user, obj)

    def user_can_delete_obj(self, user, obj):
        return super().user_can_delete_obj(user, obj) and self._in_scope(user, obj)


class NetworkRegistryAdmin(GuardedModelAdmin):
    registry_page_field = "network"
    inspect_view_enabled = True  # what a coordinator opens: they may not edit

    def get_queryset(self, request):
        records = super().get_queryset(request)
        return scope.registry_records(request.user, records, self.registry_page_field)

    def get_permission_helper_class(self):
        return type(
            "NetworkRegistryPermissionHelper",
            (NetworkRegistryPermissionHelper,),
            {"page_field": self.registry_page_field},
        )


class MunicipalityAdmin(GuardedModelAdmin):
    model = Municipality
    menu_icon = "site"
    list_display = ("name", "voivodeship", "population", "programme_status")
    list_filter = ("voivodeship", "programme_status")
    search_fields = ("name",)


class PersonAdmin(GuardedModelAdmin):
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


# The "Networks registry" menu gathers these with the outbox and the evaluations; the project
# assembles it (cms/wagtail_hooks.py), since the rooms below the registry cannot know it.
REGISTRY_ADMINS = (MunicipalityAdmin, PersonAdmin, MembershipAdmin, ObserverSubscriptionAdmin)
