"""The registry in the admin: towns, people, memberships and subscriptions.

`NetworkRegistryAdmin` is for records that belong to a network: editors see them all, a
network's coordinators and experts only their network's (SPEC §4, last row). The registry's
scope (`scope.py`) decides, not a Django model permission – such a permission would also open
Wagtail's site-history report on every network's records. Towns and people are the
Association's own records: only editors, who hold the model permissions, list them.

Memberships and subscriptions are never deleted: whoever may read one ends it ("End", a
confirmation, then `services.end_period`), and it stays as history.
"""

from django.contrib import messages
from django.contrib.admin import SimpleListFilter
from django.contrib.admin import display as admin_display
from django.contrib.admin.utils import quote
from django.core.exceptions import ValidationError
from django.db.models import Q
from django.shortcuts import redirect
from django.urls import re_path
from django.utils import timezone
from django.utils.functional import cached_property
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from wagtail_modeladmin.helpers import ButtonHelper, PermissionHelper
from wagtail_modeladmin.views import InstanceSpecificView

from workspaces.access.admin import GuardedModelAdmin

from . import scope, services
from .admin_export import SafeExportAdminMixin
from .models import Membership, Municipality, NetworkPage, ObserverSubscription, Person
from .models.records import Voivodeship, active_q
from .personal_data_admin import PersonalDataButtonHelper


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

    def user_can_end_obj(self, user, obj):
        """Ending is how a network is run: its coordinators end their network's seats as
        editors end anyone's (SPEC §4, last row). Only a period still open can end."""
        return getattr(obj, "ended_on", False) is None and self._in_scope(user, obj)


class NetworkFilter(SimpleListFilter):
    """The networks the reader may read, and no other, even when that is one (Django's own
    filter hides itself then and ignores its parameter); another network's id in the address
    gives an empty list. Records reach their network through `registry_page_field`: the
    network itself, or a page below it (an evaluation's outcome)."""

    title = _("network")
    parameter_name = "network"

    def __init__(self, request, params, model, model_admin):
        self.page_field = getattr(model_admin, "registry_page_field", "network")
        super().__init__(request, params, model, model_admin)

    def lookups(self, request, model_admin):
        networks = readable_networks(request.user).order_by("number")
        return [(str(network.pk), network.title) for network in networks]

    def queryset(self, request, queryset):
        if self.value() is None:
            return queryset
        networks = readable_networks(request.user)
        network = networks.filter(pk=self.value()).first() if self.value().isdigit() else None
        if network is None:
            return queryset.none()
        return queryset.filter(**{f"{self.page_field}__path__startswith": network.path})


def readable_networks(user):
    """`scope.registry_networks`, from the scope the request has already worked out."""
    return scope.registry_records(user, NetworkPage.objects.all(), "page_ptr")


class NetworkFieldFilter(NetworkFilter):
    """The same, for records with a `network` field, under the address Django's filter on
    that field uses (links and bookmarks keep working)."""

    parameter_name = "network__page_ptr__exact"


class PeriodStatusFilter(SimpleListFilter):
    """Current, ended or not yet begun, on today's date (`active_q` says what "current" is)."""

    title = _("status")
    parameter_name = "status"

    def lookups(self, request, model_admin):
        return [
            ("active", _("Current")),
            ("ended", _("Ended")),
            ("upcoming", _("Not yet begun")),
        ]

    def queryset(self, request, queryset):
        today = timezone.localdate()
        if self.value() == "active":
            return queryset.filter(active_q(on=today))
        if self.value() == "ended":
            return queryset.filter(ended_on__lte=today)
        if self.value() == "upcoming":
            return queryset.filter(started_on__gt=today)
        return queryset


class FollowerVoivodeshipFilter(SimpleListFilter):
    """A subscription's voivodeship: its town's, or the town of the person who follows."""

    title = _("voivodeship")
    parameter_name = "voivodeship"

    def lookups(self, request, model_admin):
        return Voivodeship.choices

    def queryset(self, request, queryset):
        if self.value() not in Voivodeship.values:
            return queryset
        return queryset.filter(
            Q(municipality__voivodeship=self.value())
            | Q(person__municipality__voivodeship=self.value())
        )


class EndPeriodView(InstanceSpecificView):
    """Ending a membership or subscription: a confirmation, then the end date set to today by
    the registry's service, which logs who ended it. Never a deletion: the row is history."""

    page_title = _("End")

    def check_action_permitted(self, user):
        return self.permission_helper.user_can_end_obj(user, self.instance)

    def get_template_names(self):
        return ["registry/admin/end_period.html"]

    @cached_property
    def end_url(self):
        return self.url_helper.get_action_url("end", self.pk_quoted)

    def get_context_data(self, **kwargs):
        context = {"instance": self.instance, "end_url": self.end_url}
        context.update(kwargs)
        return super().get_context_data(**context)

    def post(self, request, *args, **kwargs):
        try:
            services.end_period(self.instance, by=request.user)
        except ValidationError as error:
            messages.error(request, " ".join(error.messages))
            return redirect(self.end_url)
        messages.success(
            request,
            gettext("“%(record)s” has ended; it is kept as history.") % {"record": self.instance},
        )
        return redirect(self.index_url)


class EndButtonHelper(ButtonHelper):
    """The record's buttons, with "End" wherever the reader may end it."""

    def end_button(self, pk, classnames_add=None):
        return {
            "url": self.url_helper.get_action_url("end", quote(pk)),
            "label": _("End"),
            "classname": self.finalise_classname(["button-secondary", *(classnames_add or [])]),
            "title": _("End this %(object)s, keeping it as history")
            % {"object": self.verbose_name},
        }

    def get_buttons_for_obj(self, obj, exclude=None, classnames_add=None, **kwargs):
        buttons = super().get_buttons_for_obj(obj, exclude, classnames_add, **kwargs)
        if "end" not in (exclude or []) and self.permission_helper.user_can_end_obj(
            self.request.user, obj
        ):
            buttons.append(self.end_button(obj.pk, classnames_add))
        return buttons


class NetworkRegistryAdmin(SafeExportAdminMixin, GuardedModelAdmin):
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


class PeriodAdmin(NetworkRegistryAdmin):
    """Memberships and subscriptions: they end, never go."""

    button_helper_class = EndButtonHelper

    def end_view(self, request, instance_pk):
        return EndPeriodView.as_view(model_admin=self, instance_pk=instance_pk)(request)

    def get_admin_urls_for_registration(self):
        return (
            *super().get_admin_urls_for_registration(),
            re_path(
                self.url_helper.get_action_url_pattern("end"),
                self.end_view,
                name=self.url_helper.get_action_url_name("end"),
            ),
        )


class MunicipalityAdmin(SafeExportAdminMixin, GuardedModelAdmin):
    model = Municipality
    menu_icon = "site"
    list_display = ("name", "voivodeship", "population", "programme_status")
    list_filter = ("voivodeship", "programme_status")
    search_fields = ("name",)


class PersonAdmin(SafeExportAdminMixin, GuardedModelAdmin):
    model = Person
    button_helper_class = PersonalDataButtonHelper  # "Personal data" for editors
    list_select_related = ("user", "municipality")
    menu_icon = "user"
    list_display = ("name", "email", "municipality", "position")
    list_filter = ("position", "municipality__voivodeship")
    search_fields = (
        "user__first_name",
        "user__last_name",
        "user__username",
        "user__email",
        "municipality__name",
    )

    @admin_display(description=_("name"), ordering="user__last_name")
    def name(self, person):
        return str(person)

    @admin_display(description=_("e-mail"), ordering="user__email")
    def email(self, person):
        return person.user.email


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


# Person names in the two period lists, searched and sorted the same way.
PERSON_SEARCH = ("person__user__first_name", "person__user__last_name", "person__user__email")


class MembershipAdmin(PeriodAdmin):
    model = Membership
    list_select_related = ("person__user", "network", "municipality")
    menu_icon = "group"
    list_display = (
        "person",
        "network",
        "role",
        "municipality",
        "voivodeship",
        "started_on",
        "ended_on",
        "qualification",
    )
    list_filter = (
        NetworkFieldFilter,
        "role",
        PeriodStatusFilter,
        "municipality__voivodeship",
        "started_on",
        "ended_on",
        QualifiesFilter,
    )
    search_fields = (*PERSON_SEARCH, "municipality__name")

    @admin_display(description=_("voivodeship"), ordering="municipality__voivodeship")
    def voivodeship(self, membership):
        town = membership.municipality
        return town.get_voivodeship_display() if town else ""

    @admin_display(description=_("qualifies for the network"))
    def qualification(self, membership):
        if membership.qualifies:
            return ""
        return _("Does not qualify – position: %(position)s") % {
            "position": membership.person.get_position_display()
        }


class ObserverSubscriptionAdmin(PeriodAdmin):
    model = ObserverSubscription
    list_select_related = ("network", "person__user", "municipality")
    menu_icon = "view"
    list_display = ("network", "person", "municipality", "started_on", "ended_on")
    list_filter = (
        NetworkFieldFilter,
        PeriodStatusFilter,
        FollowerVoivodeshipFilter,
        "started_on",
        "ended_on",
    )
    search_fields = (*PERSON_SEARCH, "municipality__name", "person__municipality__name")


# The "Networks registry" menu gathers these with the outbox and the evaluations; the project
# assembles it (cms/wagtail_hooks.py), since the rooms below the registry cannot know it.
REGISTRY_ADMINS = (MunicipalityAdmin, PersonAdmin, MembershipAdmin, ObserverSubscriptionAdmin)
