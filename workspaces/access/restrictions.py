"""The restrictions Wagtail enforces, derived from rules the features register.

Each page type says who reads it (its *audience*) when its room starts (`AppConfig.ready`):
open to everyone, inheriting whatever its ancestors demand, or a set of groups. A page type
nobody registered is readable by editors only – a new kind of page is private until someone
decides otherwise, never public by accident. The groups themselves are filled by the registry
from memberships (`set_group_users`); this module knows no feature and no record.

Every derivation recomputes the desired state and writes only the difference, so running it
twice changes nothing; writes made here are marked (`is_syncing`) so that the handlers that
watch for outside edits of restrictions ignore them.
"""

import threading
from contextlib import contextmanager

from wagtail.models import CollectionViewRestriction, Page, PageViewRestriction

from .groups import editor_groups
from .models import is_promoted

# --- audiences ---------------------------------------------------------------------------------


def open_to_everyone(page):
    """Audience of a page that must stay open: a restriction put on it by hand is removed."""
    return None


def inherited(page):
    """Marker audience: no restriction of the page's own; its ancestors' apply, and editors may
    add one in Wagtail's privacy dialog."""
    raise AssertionError("an inherited audience is never asked for its groups")


def editors_only(page):
    """What an unregistered page type gets: a restriction naming no group but the editors."""
    return set()


_AUDIENCES = {Page: inherited}  # the tree's root holds nothing of its own to hide


def register_audience(page_model, audience):
    """Called by a room at start-up for each page type it defines: `audience(page)` returns the
    ids of the groups that read the page (editors are always added), or None for an open page;
    `inherited` leaves the page to its ancestors."""
    _AUDIENCES[page_model] = audience


def audience_of(page_model):
    return _AUDIENCES.get(page_model, editors_only)


def manages(page):
    """Does the access core keep this page's own restriction in step with its audience?"""
    return audience_of(type(page)) is not inherited


# --- writing restrictions ------------------------------------------------------------------------

_state = threading.local()


@contextmanager
def syncing():
    """Mark our own writes so the signal handlers that watch for outside edits ignore them."""
    previous = getattr(_state, "syncing", False)
    _state.syncing = True
    try:
        yield
    finally:
        _state.syncing = previous


def is_syncing():
    return getattr(_state, "syncing", False)


def ensure_page_restriction(page):
    """Give a page exactly the restriction its audience asks for: one group restriction naming
    the audience and the editors, or none for open and promoted pages. Pages that inherit are
    left alone."""
    audience = audience_of(type(page))
    if audience is inherited:
        return None
    group_ids = None if is_promoted(page) else audience(page)
    with syncing():
        restrictions = list(PageViewRestriction.objects.filter(page=page).order_by("pk"))
        if group_ids is None:
            for restriction in restrictions:
                restriction.delete()
            return None
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
        _name_groups(restriction, group_ids)
    return restriction


def ensure_subtree_restrictions(root):
    """Re-derive the restriction of every managed page at or under `root`."""
    pages = Page.objects.descendant_of(root, inclusive=True).specific(defer=True)
    for page in pages:
        if manages(page):
            ensure_page_restriction(page)


def restrict_collection(collection, group_ids):
    """Documents in `collection` (and its children) are for these groups and the editors."""
    with syncing():
        restriction, _created = CollectionViewRestriction.objects.get_or_create(
            collection=collection, defaults={"restriction_type": CollectionViewRestriction.GROUPS}
        )
        if restriction.restriction_type != CollectionViewRestriction.GROUPS:
            restriction.restriction_type = CollectionViewRestriction.GROUPS
            restriction.save(update_fields=["restriction_type"])
        _name_groups(restriction, group_ids)
    return restriction


def _name_groups(restriction, group_ids):
    desired = set(group_ids) | set(editor_groups().values_list("pk", flat=True))
    if set(restriction.groups.values_list("pk", flat=True)) != desired:
        restriction.groups.set(desired)


def set_group_users(group, user_ids):
    """Make `group` hold exactly these users, writing only the difference."""
    desired = set(user_ids)
    with syncing():
        current = set(group.user_set.values_list("pk", flat=True))
        if current - desired:
            group.user_set.remove(*(current - desired))
        if desired - current:
            group.user_set.add(*(desired - current))
