"""wagtail-modeladmin, closed where it is open by default, and admin menu entries for editors.

Every list in the admin built on `GuardedModelAdmin` takes only the filters it shows: out of
the box, modeladmin applies any other query parameter as a database lookup, so a reader could
walk from the rows they may see to others (`?person__memberships__network=…`) or read a
password hash a character at a time (`?recipient__password__startswith=…`). And a record's
history page is only shown to someone who may inspect or edit that record: out of the box it
checks nothing.

Its menu label is the model's plural name with a capital first letter, still translated per
request: out of the box it is `verbose_name_plural.title()`, which capitalises every word
("Obserwacje Sieci") and turns the lazy translation into a string in whatever language the
first request that built the menu spoke.
"""

from django.contrib.admin.exceptions import DisallowedModelAdminLookup
from django.core.exceptions import PermissionDenied
from django.utils.text import capfirst
from django.utils.translation import gettext_noop

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

    def get_menu_label(self):
        return self.menu_label or capfirst(self.opts.verbose_name_plural)


# wagtail-modeladmin's own sentences around a model's name ("Add %(object)s"), so that the
# project's Polish catalogue, which Django reads before any package's, words them: its Polish
# puts the name in the nominative after a verb that needs another case ("Dodaj osoba",
# "Edytuj ten osoba"). Our wording puts the name after a colon, right in any case.
MODELADMIN_WORDING = (
    gettext_noop("Add %(object)s"),
    gettext_noop("Add a new %(object)s"),
    gettext_noop("Inspect this %(object)s"),
    gettext_noop("Edit this %(object)s"),
    gettext_noop("Delete this %(object)s"),
    gettext_noop("Back to %(model_name)s list"),
    gettext_noop("Create new %(object)s"),
    gettext_noop("Editing %(object)s"),
    gettext_noop("Inspecting %(object)s"),
    gettext_noop("Confirm deletion of %(object)s"),
    gettext_noop("%(model_name)s '%(object)s' created."),
    gettext_noop("%(model_name)s '%(object)s' updated."),
    gettext_noop("%(model_name)s '%(object)s' deleted."),
    gettext_noop("%(model_name)s could not be deleted"),
    gettext_noop("The %(object)s could not be created due to errors."),
    gettext_noop("The %(object)s could not be saved due to errors."),
)


class EditorsOnlyMenuItem(MenuItem):
    """An admin menu entry for Association staff only (reports, exports, sign-in locks)."""

    def is_shown(self, request):
        return policy.is_editor(request.user)
