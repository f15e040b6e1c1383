"""Version stamps for what member pages keep in Django's cache between requests.

Navigation, breadcrumbs, the route to a page and the access core's own answers are the same on
most requests, so they are kept in the cache (docs/performance.md, "What member pages keep").
Rather than hunting down the keys a change makes stale, every cached value is keyed by stamps
that a change replaces:

- `PAGES`: the page tree, the document collections and their view restrictions – bumped when
  a page is saved, published, unpublished, moved or deleted, and when a collection, a
  restriction or the groups it names change;
- `user_stamp(pk)`: one person's groups – bumped when they join or leave a group, so a
  membership granted or withdrawn shows on their very next request;
- `GROUPS`: every person's groups at once – bumped when a group is emptied or deleted, where the
  people affected are not named by the signal;
- `EPOCH`: part of every key – replaced by `reset()` after a cache outage or bulk writes, which
  leaves everything behind at once (rooms add stamps of their own, such as the roster's).

A stamp is a fresh random token, not a counter: if the cache evicts or loses a stamp, the next
one cannot coincide with an older value still keyed somewhere. Stamps are bumped when the write
happens and again when its transaction commits, so a value computed from the old data by a
request running in between is never kept under the new stamp. The cache must be shared by every
process that serves pages (Redis in production); with per-process local memory (development,
tests) a single process must serve.
"""

import uuid

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.cache import cache
from django.db import transaction
from django.db.models.signals import m2m_changed, post_delete, post_save
from django.dispatch import receiver

from wagtail.models import Collection, CollectionViewRestriction, Page, PageViewRestriction, Site
from wagtail.signals import page_published, page_unpublished, post_page_move

PAGES = "pages"
GROUPS = "groups"
EPOCH = "epoch"
_PREFIX = "stamp:"
# Stamps live as long as the cache lets them; the values keyed by them expire on their own.
VALUE_TIMEOUT = 60 * 60


def user_stamp(user_pk):
    return f"user:{user_pk}"


def current(*names):
    """The stamps `names`, in order, as one string for a cache key (one cache read). The
    `EPOCH` stamp comes first in every answer, so that `reset` leaves everything behind."""
    keys = [_PREFIX + name for name in (EPOCH, *names)]
    # A copy: django-redis answers a failed call with one shared empty dict, not to be filled.
    found = dict(cache.get_many(keys))
    missing = {key: _fresh() for key in keys if key not in found}
    if missing:
        cache.set_many(missing, timeout=None)
        found.update(missing)
    return ".".join(str(found[key]) for key in keys)


def reader_stamps(user):
    """The stamps a value shown to `user` depends on: the page tree, and their groups.

    Signed-in readers are told apart by their id and the account flags that widen or end access
    (superuser, active); visitors share one stamp.
    """
    if user is None or not user.is_authenticated:
        return f"anon.{current(PAGES)}"
    flags = f"{int(user.is_superuser)}{int(user.is_active)}"
    return f"u{user.pk}.{flags}.{current(PAGES, GROUPS, user_stamp(user.pk))}"


def bump(*names):
    """Leave behind every value keyed by these stamps – now, and once more at commit."""
    _replace(names)
    transaction.on_commit(lambda: _replace(names))


def reset():
    """Leave behind every value kept under any stamp, whatever its names: for tests, whose
    writes are rolled back without a commit that would move the stamps back; after a cache
    outage, during which replaced stamps were lost; after bulk writes that send no signals."""
    _replace((EPOCH,))


def _replace(names):
    cache.set_many({_PREFIX + name: _fresh() for name in names}, timeout=None)


def _fresh():
    return uuid.uuid4().hex[:12]


# What bumps the stamps. Collections and their restrictions count as the page tree's: they
# decide which documents a reader may download, as restrictions decide pages.
WATCHED = (Page, PageViewRestriction, Site, Collection, CollectionViewRestriction)


@receiver(post_save)
@receiver(post_delete)
def page_or_site_changed(sender, instance, **kwargs):
    if isinstance(instance, WATCHED):
        bump(PAGES)
    elif isinstance(instance, get_user_model().groups.through):
        # A membership row written or deleted one by one (a queryset's delete sends this too).
        bump(user_stamp(instance.user_id))


@receiver(page_published)
@receiver(page_unpublished)
@receiver(post_page_move)
def page_tree_changed(sender, **kwargs):
    bump(PAGES)


@receiver(m2m_changed, sender=PageViewRestriction.groups.through)
@receiver(m2m_changed, sender=CollectionViewRestriction.groups.through)
def restriction_groups_changed(sender, action, **kwargs):
    if action.startswith("post_"):
        bump(PAGES)


@receiver(m2m_changed, sender=get_user_model().groups.through)
def group_membership_changed(sender, instance, action, reverse, pk_set, **kwargs):
    """`user.groups.add(...)` names the user; `group.user_set.add(...)` names the users in
    `pk_set`; clearing a group's members names no one, so every reader's stamp moves."""
    if not action.startswith("post_"):
        return
    if not reverse:
        bump(user_stamp(instance.pk))
    elif pk_set:
        bump(*(user_stamp(pk) for pk in pk_set))
    else:
        bump(GROUPS)


@receiver(post_delete, sender=Group)
def group_deleted(sender, **kwargs):
    bump(GROUPS, PAGES)
