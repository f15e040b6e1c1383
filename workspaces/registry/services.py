"""Operations that change who belongs where, and the sync that makes Wagtail enforce it.

Memberships and subscriptions are the source of truth. From them this module derives, per
network: the users of its three groups, the group view restrictions on its workspace and
outcome index, and its coordinators' page permissions. Every derivation recomputes the whole
desired state and writes only the difference, so running it twice changes nothing.
"""

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group, Permission
from django.db import transaction
from django.db.models import Q
from django.utils import timezone

from wagtail.log_actions import log
from wagtail.models import Collection, GroupCollectionPermission, GroupPagePermission

from workspaces.access import restrictions
from workspaces.access.groups import COORDINATORS, MEMBERS, OBSERVERS, network_groups

from .models import (
    RUNNING_ROLES,
    Membership,
    MembershipRole,
    NetworkPage,
    ObserverSubscription,
    Period,
    network_of,
)


def network_audience(*kinds):
    """An audience (see `workspaces.access.restrictions`) drawn from the groups of the network
    the page belongs to."""

    def audience(page):
        network = network_of(page)
        if network is None:
            return None
        groups = network_groups(network)
        return {groups[kind].pk for kind in kinds}

    return audience


# What coordinators may do with their own network's pages in the Wagtail admin.
COORDINATOR_PAGE_PERMISSIONS = ("add_page", "change_page", "publish_page")

# Everyone with a seat in force in any network: the readers of the members' practice library.
PARTICIPANTS_GROUP_NAME = "Biblioteka praktyk: uczestnicy sieci (auto)"


def participants_group():
    group, _created = Group.objects.get_or_create(name=PARTICIPANTS_GROUP_NAME)
    return group


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


def sync_network_groups(network):
    """Make the network's groups hold exactly the people its records say, as of today."""
    groups = network_groups(network)
    desired = desired_group_users(network)
    for kind, group in groups.items():
        restrictions.set_group_users(group, desired[kind])
    sync_participants()
    return groups


def sync_participants():
    """Everyone with a seat in force in any network is in the participants' group."""
    desired = Membership.objects.in_force().values_list("person__user_id", flat=True)
    restrictions.set_group_users(participants_group(), desired)


# --- deriving permissions and collections ------------------------------------------------------


def ensure_coordinator_permissions(network):
    """Coordinators edit their own network's subtree in the admin, and nothing else. (They also
    read their network's registry there: the access module grants that, not a permission.)"""
    group = network_groups(network)[COORDINATORS]
    admin_access = Permission.objects.get(
        content_type__app_label="wagtailadmin", codename="access_admin"
    )
    with restrictions.syncing():
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
    name = network_collection_name(network)
    root = Collection.get_first_root_node()
    collection = Collection.objects.child_of(root).filter(name=name).first()
    if collection is None:
        collection = root.add_child(name=name)
    groups = network_groups(network)
    restrictions.restrict_collection(collection, {groups[MEMBERS].pk, groups[COORDINATORS].pk})
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
        restrictions.ensure_subtree_restrictions(network)


def sync_all_networks():
    """Re-derive every network; run daily so that memberships ending on a date take effect."""
    networks = list(NetworkPage.objects.all())
    for network in networks:
        sync_network_access(network)
    return len(networks)


def ensure_network_collections():
    """Each network's restricted document collection, on an empty database too. Without them
    the only place to upload to is the Root collection, which any visitor may download from.
    Run after every migrate; skipped until Wagtail's document permissions exist (they are
    created in the same run, by another app's handler)."""
    if not Permission.objects.filter(
        content_type__app_label="wagtaildocs", codename="choose_document"
    ).exists():
        return
    with transaction.atomic():
        for network in NetworkPage.objects.all():
            ensure_network_collection(network)


# --- operations on memberships ----------------------------------------------------------------

# Audit-log actions (labels registered in wagtail_hooks.py): every change made through these
# services is written to Wagtail's log with who made it; the admin's own views log theirs.
MEMBERSHIP_ADDED = "registry.membership_added"
SUBSCRIPTION_ADDED = "registry.subscription_added"
PERIOD_ENDED = "registry.period_ended"


def add_membership(person, network, role=MembershipRole.MEMBER, started_on=None, by=None):
    """Seat a person in a network; refuses (ValidationError) what SPEC §1–2 forbids. `by` is
    who decided, for the audit log."""
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
        log(membership, MEMBERSHIP_ADDED, user=by)
    return membership


def end_period(record, on=None, by=None):
    """End a membership or subscription, keeping it as history; access goes with the next
    request (saving it re-derives the network's groups)."""
    record.ended_on = on or timezone.localdate()
    with transaction.atomic():
        # Only the dates are checked: a seat that no longer meets the leaders rule is exactly
        # the one an editor ends, and the rule is checked when a seat is added.
        record.clean_fields()
        Period.clean(record)
        record.save(update_fields=["ended_on"])
        log(record, PERIOD_ENDED, user=by)
    return record


def subscribe_observer(network, person=None, municipality=None, started_on=None, by=None):
    subscription = ObserverSubscription(
        network=network,
        person=person,
        municipality=municipality,
        started_on=started_on or timezone.localdate(),
    )
    with transaction.atomic():
        subscription.full_clean()
        subscription.save()
        log(subscription, SUBSCRIPTION_ADDED, user=by)
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
}
