"""The groups the access contract names (SPEC §4): the Association's editors, and the three
groups every network owns, named after the network's page id.

Names are derived from the page id rather than stored on the page: a page's revisions would
otherwise carry stale group references, and publishing an old revision would detach them.
"""

from django.contrib.auth.models import Group, Permission

from wagtail.models import GroupPagePermission, Page

MEMBERS = "members"
COORDINATORS = "coordinators"
OBSERVERS = "observers"
NETWORK_GROUP_KINDS = (MEMBERS, COORDINATORS, OBSERVERS)

_LABELS = {MEMBERS: "członkowie", COORDINATORS: "koordynatorzy", OBSERVERS: "obserwatorzy"}


def network_group_names(network):
    """{kind: group name} for a network; the names are data, written once, in Polish."""
    return {kind: f"Sieć (id {network.pk}): {_LABELS[kind]}" for kind in NETWORK_GROUP_KINDS}


def network_groups(network):
    """{kind: Group}, creating any that are missing."""
    names = network_group_names(network)
    existing = {group.name: group for group in Group.objects.filter(name__in=names.values())}
    groups = {}
    for kind, name in names.items():
        groups[kind] = existing.get(name) or Group.objects.create(name=name)
    return groups


# Association staff. Wagtail creates these two groups; both are part of every restriction,
# so editors read the private site as well as edit it in the admin.
EDITOR_GROUP_NAMES = ("Editors", "Moderators")
# Wagtail's default Editors group may not publish; the Association's editors do everything.
EDITOR_PAGE_PERMISSIONS = (
    "add_page",
    "change_page",
    "publish_page",
    "lock_page",
    "unlock_page",
    "bulk_delete_page",
)


def editor_groups():
    return Group.objects.filter(name__in=EDITOR_GROUP_NAMES)


def grant_editors(app_label, model_permissions):
    """Give the Editors group, for each model of `app_label`, the actions listed
    (`{"membership": ("add", "change", "view")}`), and every page permission at the root.
    Rooms call it after every migrate for their own models."""
    editors, _created = Group.objects.get_or_create(name=EDITOR_GROUP_NAMES[0])
    codenames = [
        f"{action}_{model}" for model, actions in model_permissions.items() for action in actions
    ]
    permissions = Permission.objects.filter(
        content_type__app_label=app_label, codename__in=codenames
    )
    editors.permissions.add(*permissions)
    root = Page.get_first_root_node()
    if root is None:
        return
    for permission in Permission.objects.filter(
        content_type__app_label="wagtailcore", codename__in=EDITOR_PAGE_PERMISSIONS
    ):
        GroupPagePermission.objects.get_or_create(group=editors, page=root, permission=permission)
