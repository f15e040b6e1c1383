"""wagtail-modeladmin, closed where it is open by default.

Every registry list in the admin (`RegistryModelAdmin`) takes only the filters it shows: out of
the box, modeladmin applies any other query parameter as a database lookup, so a reader could
walk from the rows they may see to others (`?person__memberships__network=…`) or read a
password hash a character at a time (`?recipient__password__startswith=…`). And a record's
history page is only shown to someone who may inspect or edit that record: out of the box it
checks nothing.

`NetworkRegistryAdmin` is for records that belong to a network: editors see them all, a
network's coordinators and experts only their network's (SPEC §4, last row). The access
module decides, not a Django model permission – such a permission would also open Wagtail's
site-history report on every network's records.
"""

from django.contrib.admin.exceptions import DisallowedModelAdminLookup
from django.core.exceptions import PermissionDenied

from wagtail.admin.menu import MenuItem
from wagtail_modeladmin.helpers import PermissionHelper
from wagtail_modeladmin.options import ModelAdmin
from wagtail_modeladmin.views import HistoryView, IndexView

from . import access


class ShownFiltersOnlyIndexView(IndexView):
    def get_filters(self, request):
        filter_specs, has_filters, unknown_lookups, use_distinct = super().get_filters(request)
        if unknown_lookups:
            names = ", ".join(sorted(unknown_lookups))
            raise DisallowedModelAdminLookup(f"Filtering by {names} is not allowed")  # 400
        return filter_specs, has_filters, unknown_lookups, use_distinct


class CheckedHistoryView(HistoryView):
    def dispatch(self, request, *args, **kwargs):
        helper = self.permission_helper
        user = request.user
        if not (
            helper.user_can_inspect_obj(user, self.instance)
            or helper.user_can_edit_obj(user, self.instance)
        ):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)


class RegistryModelAdmin(ModelAdmin):
    index_view_class = ShownFiltersOnlyIndexView
    history_view_class = CheckedHistoryView


class NetworkRegistryPermissionHelper(PermissionHelper):
    """Lists and inspection by the access module; changes still need the editors' permissions,
    and only within what the reader may see."""

    page_field = "network"  # from a record to a page in its network

    def _in_scope(self, user, record):
        return access.may_read_registry_record(user, getattr(record, self.page_field))

    def user_can_list(self, user):
        return access.reads_registry(user)

    def user_can_inspect_obj(self, user, obj):
        return self.inspect_view_enabled and self._in_scope(user, obj)

    def user_can_edit_obj(self, user, obj):
        return super().user_can_edit_obj(user, obj) and self._in_scope(user, obj)

    def user_can_delete_obj(self, user, obj):
        return super().user_can_delete_obj(user, obj) and self._in_scope(user, obj)


class NetworkRegistryAdmin(RegistryModelAdmin):
    registry_page_field = "network"
    inspect_view_enabled = True  # what a coordinator opens: they may not edit

    def get_queryset(self, request):
        records = super().get_queryset(request)
        return access.registry_records(request.user, records, self.registry_page_field)

    def get_permission_helper_class(self):
        return type(
            "NetworkRegistryPermissionHelper",
            (NetworkRegistryPermissionHelper,),
            {"page_field": self.registry_page_field},
        )


class EditorsOnlyMenuItem(MenuItem):
    """An admin menu entry for Association staff only (reports, exports, sign-in locks)."""

    def is_shown(self, request):
        return access.is_editor(request.user)
