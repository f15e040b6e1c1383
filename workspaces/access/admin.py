"""wagtail-modeladmin, closed where it is open by default, and admin menu entries for editors.

Every list in the admin built on `GuardedModelAdmin` takes only the filters it shows: out of
the box, modeladmin applies any other query parameter as a database lookup, so a reader could
walk from the rows they may see to others (`?person__memberships__network=…`) or read a
password hash a character at a time (`?recipient__password__startswith=…`). And a record's
history page is only shown to someone who may inspect or edit that record: out of the box it
checks nothing.
"""

from django.contrib.admin.exceptions import DisallowedModelAdminLookup
from django.core.exceptions import PermissionDenied

from wagtail.admin.menu import MenuItem
from wagtail_modeladmin.options import ModelAdmin
from wagtail_modeladmin.views import HistoryView, IndexView

from . import policy


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


class GuardedModelAdmin(ModelAdmin):
    index_view_class = ShownFiltersOnlyIndexView
    history_view_class = CheckedHistoryView


class EditorsOnlyMenuItem(MenuItem):
    """An admin menu entry for Association staff only (reports, exports, sign-in locks)."""

    def is_shown(self, request):
        return policy.is_editor(request.user)
