"""Operations that change who belongs where, and the sync that makes Wagtail enforce it.

Memberships and subscriptions are the source of truth. From them this module derives, per
network: the users of its three groups, the group view restrictions on its workspace and
outcome index, and its coordinators' page permissions. Every derivation recomputes the whole
desired state and writes only the difference, so running it twice changes nothing.
"""

import threading
from contextlib import contextmanager

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Permission
from django.db import transaction
from django.db.models import Q
from django.utils import timezone

from wagtail.models import GroupPagePermission, PageViewRestriction

from . import access
from .groups import COORDINATORS, MEMBERS, OBSERVERS, network_groups
from .models import (
    Membership,
    NetworkPage,
    ObserverSubscription,
    OutcomeIndexPage,
    OutcomePage,
    Promotion,
    WorkspacePage,
    network_of,
)
from .models.registry import RUNNING_ROLES, MembershipRole

# Who reads each kind of managed page (SPEC §4), besides the editors: a function from the page
# to the ids of the groups it admits, or to None for a page that must stay open. Other apps
# add their page types with `register_audience` (the practice library does).
_AUDIENCES = {}


def register_audience(page_model, audience):
    _AUDIENCES[page_model] = audience


def managed_page_types():
    return tuple(_AUDIENCES)


def network_audience(*kinds):
    """An audience drawn from the groups of the network the page belongs to."""

    def audience(page):
        network = network_of(page)
        if network is None:
            return None
        groups = network_groups(network)
        return {groups[kind].pk for kind in kinds}

    return audience


def open_page(page):
    return None


# Sessions inherit the workspace's restriction; each outcome has its own, so that it alone can
# be promoted; the outcome index stays open, or it would hide promoted outcomes too.
register_audience(WorkspacePage, network_audience(MEMBERS, COORDINATORS))
register_audience(OutcomePage, network_audience(MEMBERS, COORDINATORS, OBSERVERS))
register_audience(OutcomeIndexPage, open_page)
NETWORK_PAGE_TYPES = (WorkspacePage, OutcomePage, OutcomeIndexPage)
# What coordinators may do with their own network's pages in the Wagtail admin.
COORDINATOR_PAGE_PERMISSIONS = ("add_page", "change_page", "publish_page")

_state = threading.local()


@contextmanager
def _syncing():
    """Mark our own writes so the signal handlers that watch for outside edits ignore them."""
    previous = getattr(_state, "syncing", False)
    _state.syncing = True
    try:
        yield
    finally:
        _state.syncing = previous


def is_syncing():
    return getattr(_state, "syncing", False)


# --- deriving the groups ---------------------------------------------------------------------


def desired_group_users(network, on=None):
    """{kind: set of user ids} that the network's groups should hold today: from the
    memberships in force (a leaders-network member who is no longer a mayor, president or
    deputy holds nothing) and the active subscriptions."""
    memberships = Membership.objects.in_force(on).filter(network=network)
    members = set(
        memberships.filter(role=MembershipRole.MEMBER).values_list("person__user_id", flat=True)
    )
    coordinators = set(
        memberships.filter(role__in=RUNNING_ROLES).values_list("person__user_id", flat=True)
    )
    observers = set()
    if not network.is_leaders_network:
        subscriptions = ObserverSubscription.objects.active(on).filter(network=network)
        User = get_user_model()
        observers = set(
            User.objects.filter(
                Q(person__in=subscriptions.values("person"))
                | Q(person__municipality__in=subscriptions.values("municipality"))
            ).values_list("pk", flat=True)
        )
    return {MEMBERS: members, COORDINATORS: coordinators, OBSERVERS: observers}


def _set_group_users(group, desired):
    current = set(group.user_set.values_list("pk", flat=True))
    if current - desired:
        group.user_set.remove(*(current - desired))
    if desired - current:
        group.user_set.add(*(desired - current))


def sync_network_groups(network):
    """Make the network's groups hold exactly the people its records say, as of today."""
    groups = network_groups(network)
    desired = desired_group_users(network)
    with _syncing():
        for kind, group in groups.items():
            _set_group_users(group, desired[kind])
    sync_library_readers()
    return groups


def sync_library_readers():
    """Everyone with a seat in force in any network reads the members' practice library."""
    from .groups import library_readers_group

    desired = set(Membership.objects.in_force().values_list("person__user_id", flat=True))
    with _syncing():
        _set_group_users(library_readers_group(), desired)


LIBRARY_COLLECTION_NAME = "Biblioteka praktyk: dokumenty"


def ensure_library_collection():
    """Documents of practices live here: readable by library readers and editors only, like a
    practice before promotion (Wagtail's document serve view enforces it)."""
    from wagtail.models import Collection

    from .groups import library_readers_group

    root = Collection.get_first_root_node()
    collection = Collection.objects.child_of(root).filter(name=LIBRARY_COLLECTION_NAME).first()
    if collection is None:
        collection = root.add_child(name=LIBRARY_COLLECTION_NAME)
    _restrict_collection(collection, {library_readers_group().pk})
    return collection


def _restrict_collection(collection, group_ids):
    from wagtail.models import CollectionViewRestriction

    desired_ids = set(group_ids) | set(access.editor_groups().values_list("pk", flat=True))
    restriction, _created = CollectionViewRestriction.objects.get_or_create(
        collection=collection, defaults={"restriction_type": CollectionViewRestriction.GROUPS}
    )
    if restriction.restriction_type != CollectionViewRestriction.GROUPS:
        restriction.restriction_type = CollectionViewRestriction.GROUPS
        restriction.save(update_fields=["restriction_type"])
    if set(restriction.groups.values_list("pk", flat=True)) != desired_ids:
        restriction.groups.set(desired_ids)


# --- deriving restrictions and permissions ----------------------------------------------------


def is_promoted(page):
    return Promotion.objects.filter(page_id=page.pk).exists()


def ensure_page_restriction(page):
    """Give a managed page exactly the restriction the contract asks for: one group
    restriction naming its audience, or none for open and promoted pages."""
    audience = _AUDIENCES.get(type(page), open_page)
    group_ids = None if is_promoted(page) else audience(page)
    with _syncing():
        restrictions = list(PageViewRestriction.objects.filter(page=page).order_by("pk"))
        if group_ids is None:
            for restriction in restrictions:
                restriction.delete()
            return None
        desired_ids = set(group_ids) | set(access.editor_groups().values_list("pk", flat=True))
        for extra in restrictions[1:]:
            extra.delete()
        restriction = restrictions[0] if restrictions else None
        if restriction is None:
            restriction = PageViewRestriction.objects.create(
                page=page, restriction_type=PageViewRestriction.GROUPS
            )
        elif restriction.restriction_type != PageViewRestriction.GROUPS or restriction.password:
            restriction.restriction_type = PageViewRestriction.GROUPS
            restriction.password = ""
            restriction.save(update_fields=["restriction_type", "password"])
        if set(restriction.groups.values_list("pk", flat=True)) != desired_ids:
            restriction.groups.set(desired_ids)
    return restriction


def ensure_coordinator_permissions(network):
    """Coordinators edit their own network's subtree in the admin, and nothing else. (They also
    read their network's registry there: the access module grants that, not a permission.)"""
    group = network_groups(network)[COORDINATORS]
    admin_access = Permission.objects.get(
        content_type__app_label="wagtailadmin", codename="access_admin"
    )
    with _syncing():
        group.permissions.add(admin_access)
        for codename in COORDINATOR_PAGE_PERMISSIONS:
            permission = Permission.objects.get(
                content_type__app_label="wagtailcore", codename=codename
            )
            GroupPagePermission.objects.get_or_create(
                group=group, page=network.page_ptr, permission=permission
            )


def network_collection_name(network):
    return f"Sieć (id {network.pk}): materiały"


def ensure_network_collection(network):
    """The network's private document collection: readable by its members, coordinators and
    editors (Wagtail's document serve view enforces it); coordinators upload and choose in it."""
    from wagtail.models import Collection, GroupCollectionPermission

    name = network_collection_name(network)
    root = Collection.get_first_root_node()
    collection = Collection.objects.child_of(root).filter(name=name).first()
    if collection is None:
        collection = root.add_child(name=name)
    groups = network_groups(network)
    _restrict_collection(collection, {groups[MEMBERS].pk, groups[COORDINATORS].pk})
    for codename in ("add_document", "change_document", "choose_document"):
        GroupCollectionPermission.objects.get_or_create(
            group=groups[COORDINATORS],
            collection=collection,
            permission=Permission.objects.get(
                content_type__app_label="wagtaildocs", codename=codename
            ),
        )
    return collection


def sync_network_access(network):
    """Everything Wagtail needs to enforce SPEC §4 for one network, derived afresh."""
    with transaction.atomic():
        sync_network_groups(network)
        ensure_coordinator_permissions(network)
        ensure_network_collection(network)
        for page_model in NETWORK_PAGE_TYPES:
            for page in page_model.objects.descendant_of(network):
                ensure_page_restriction(page)


def sync_all_networks():
    """Re-derive every network; run daily so that memberships ending on a date take effect."""
    networks = list(NetworkPage.objects.all())
    for network in networks:
        sync_network_access(network)
    ensure_library_collection()
    return len(networks)


def ensure_restricted_collections():
    """Every restricted document collection, on an empty database too: the library's and
    each network's. Without them the only place to upload to is the Root collection, which
    any visitor may download from. Run after every migrate; skipped until Wagtail's document
    permissions exist (they are created in the same run, by another app's handler)."""
    from django.contrib.auth.models import Permission

    if not Permission.objects.filter(
        content_type__app_label="wagtaildocs", codename="choose_document"
    ).exists():
        return
    with transaction.atomic():
        ensure_library_collection()
        for network in NetworkPage.objects.all():
            ensure_network_collection(network)


# --- operations on memberships ----------------------------------------------------------------


def add_membership(person, network, role=MembershipRole.MEMBER, started_on=None):
    """Seat a person in a network; refuses (ValidationError) what SPEC §1–2 forbids."""
    membership = Membership(
        person=person,
        network=network,
        role=role,
        municipality=person.municipality,
        started_on=started_on or timezone.localdate(),
    )
    with transaction.atomic():
        membership.full_clean()
        membership.save()
    return membership


def end_period(record, on=None):
    """End a membership or subscription, keeping it as history; access goes with the next
    request (saving it re-derives the network's groups)."""
    record.ended_on = on or timezone.localdate()
    with transaction.atomic():
        record.full_clean()
        record.save(update_fields=["ended_on"])
    return record


end_membership = end_period
end_subscription = end_period


def subscribe_observer(network, person=None, municipality=None, started_on=None):
    subscription = ObserverSubscription(
        network=network,
        person=person,
        municipality=municipality,
        started_on=started_on or timezone.localdate(),
    )
    with transaction.atomic():
        subscription.full_clean()
        subscription.save()
    return subscription


def networks_touching_person(person):
    """Networks whose groups may change when this person's record changes.

    Any network followed by a whole town is included: the person may just have left that
    town, and the record no longer says which one it was.
    """
    return NetworkPage.objects.filter(
        Q(memberships__person=person)
        | Q(observer_subscriptions__person=person)
        | Q(observer_subscriptions__municipality__isnull=False)
    ).distinct()


# What Association staff (the Editors group) may do with the registry in the admin. No
# deletion of memberships or subscriptions: they end, and stay as history (SPEC §3).
EDITOR_MODEL_PERMISSIONS = {
    "municipality": ("add", "change", "delete", "view"),
    "person": ("add", "change", "view"),
    "membership": ("add", "change", "view"),
    "observersubscription": ("add", "change", "view"),
    "evaluation": ("view",),
    "notification": ("view",),
    "transfer": ("view", "change"),
}


def grant_editor_permissions():
    """Give the Editors group its registry permissions; run after every migrate."""
    from django.contrib.auth.models import Group

    editors, _created = Group.objects.get_or_create(name="Editors")
    codenames = [
        f"{action}_{model}"
        for model, actions in EDITOR_MODEL_PERMISSIONS.items()
        for action in actions
    ]
    permissions = Permission.objects.filter(
        content_type__app_label__in=["workspaces", "practices"], codename__in=codenames
    )
    editors.permissions.add(*permissions)
    _grant_editor_page_permissions(editors)


# Wagtail's default Editors group may not publish; the Association's editors do everything.
EDITOR_PAGE_PERMISSIONS = (
    "add_page",
    "change_page",
    "publish_page",
    "lock_page",
    "unlock_page",
    "bulk_delete_page",
)


def _grant_editor_page_permissions(editors):
    from wagtail.models import Page

    root = Page.get_first_root_node()
    if root is None:
        return
    for permission in Permission.objects.filter(
        content_type__app_label="wagtailcore", codename__in=EDITOR_PAGE_PERMISSIONS
    ):
        GroupPagePermission.objects.get_or_create(group=editors, page=root, permission=permission)
