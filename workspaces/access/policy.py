"""Who may see what (SPEC §4): the one place that decides.

Page serving, listings, search, the sitemap and — as they arrive — feeds, calendars,
documents and e-mails all ask this module. Nothing else in the code filters privacy.

The decision is Wagtail's own: a page is visible when the user passes every view restriction
on the page and its ancestors (restrictions stack as AND down the tree). Restrictions on a
network's sections name the network's groups, and those groups are kept in step with
memberships and subscriptions by the registry (`workspaces.registry.services`); so
withdrawing a membership changes what this module answers on the very next request.

What a reader fails and which groups they hold is kept in Django's cache between requests,
keyed by the stamps of the page tree and of the reader's groups (`generations`): a restriction,
page or membership changed replaces a stamp, so the next request asks the database afresh.
"""

import hashlib
from functools import reduce
from operator import or_

from django.contrib.auth.models import AnonymousUser
from django.core.cache import cache
from django.db.models import Q
from django.http import Http404
from django.shortcuts import get_object_or_404

from wagtail.models import CollectionViewRestriction, Page, PageViewRestriction
from wagtail.permission_policies.pages import PagePermissionPolicy

from . import generations
from .groups import COORDINATORS, EDITOR_GROUP_NAMES, MEMBERS, OBSERVERS, network_group_names

page_permission_policy = PagePermissionPolicy()


def is_signed_in(user):
    return user is not None and user.is_authenticated and user.is_active


def visibility_class(user):
    """A name that readers share exactly when `visible_pages` and `visible_documents` answer
    them alike – visitors; superusers; signed-in people in the same groups – with the page
    tree's stamp, so that a changed restriction makes it a new name. Listings that are costly
    to compute (the library's searches and counts) may keep one answer per class: it holds
    for everyone in it, and for no one else."""
    stamp = generations.current(generations.PAGES)
    if not is_signed_in(user):
        return f"visitor.{stamp}"
    if user.is_superuser:
        return f"all.{stamp}"
    groups = ",".join(map(str, _remembered(user, "group-ids", lambda: _sorted_group_ids(user))))
    return f"groups-{hashlib.sha256(groups.encode()).hexdigest()[:16]}.{stamp}"


def _sorted_group_ids(user):
    return sorted(
        user.groups.through.objects.filter(user_id=user.pk).values_list("group_id", flat=True)
    )


def _group_ids_of(user):
    """A subquery (not a list) so that callers spend no extra query on the user's groups."""
    return user.groups.through.objects.filter(user_id=user.pk).values("group_id")


def failed_restrictions(user, restriction_model=PageViewRestriction):
    """The view restrictions (of pages, or of document collections) that `user` does not pass.

    Shared-password restrictions are switched off in settings; should one exist anyway it is
    treated as failed, because it would grant access outside the membership records.
    """
    restrictions = restriction_model.objects.all()
    if not is_signed_in(user):
        return restrictions
    if user.is_superuser:
        return restrictions.none()
    # Two plain exclusions rather than one OR across the groups join: PostgreSQL then hashes
    # the restrictions naming the user's groups once instead of probing the join per row.
    passed_by_group = restriction_model.objects.filter(
        restriction_type=restriction_model.GROUPS, groups__in=_group_ids_of(user)
    )
    return restrictions.exclude(restriction_type=restriction_model.LOGIN).exclude(
        pk__in=passed_by_group.values("pk")
    )


def _ancestor_or_self_paths(page):
    return _prefixes(page.path)


def _remembered(user, what, compute):
    """`compute()` for this reader, kept in the cache under the stamps it depends on."""
    key = f"access:{what}:{generations.reader_stamps(user)}"
    value = cache.get(key)
    if value is None:
        value = compute()
        cache.set(key, value, generations.VALUE_TIMEOUT)
    return value


TOO_MANY = "too many"


def _failed_pages(user):
    """(page id, path, number of children) of every restriction `user` fails, sections first –
    or None when there are more than INLINE_EXCLUSIONS_UP_TO (a visitor facing every
    members-only practice), which callers then leave to the database. One query, then kept."""

    def compute():
        rows = failed_restrictions(user).order_by("-page__numchild", "page_id")
        rows = rows.values_list("page_id", "page__path", "page__numchild")
        first = list(rows[: INLINE_EXCLUSIONS_UP_TO + 1])
        return first if len(first) <= INLINE_EXCLUSIONS_UP_TO else TOO_MANY

    found = _remembered(user, "failed-pages", compute)
    return None if found == TOO_MANY else found


def can_view_page(user, page):
    """May `user` open `page`? At most one query, whatever the depth of the page (none once
    the reader's answers are kept)."""
    if is_signed_in(user) and user.is_superuser:
        return True
    paths = _ancestor_or_self_paths(page)
    failed = _failed_pages(user)
    if failed is not None:
        wanted = set(paths)
        return not any(path in wanted for _page_id, path, _numchild in failed)
    return _remembered(
        user,
        f"may-open:{page.path}",
        lambda: not failed_restrictions(user).filter(page__path__in=paths).exists(),
    )


# A reader who fails at most this many restrictions (a member: other networks' workspaces and
# outcomes) has those pages excluded by id, written into each query, so counting and searching
# the library do not re-evaluate thousands of restrictions per query. Beyond it (a visitor, facing
# every members-only practice) the exclusion stays a subquery.
INLINE_EXCLUSIONS_UP_TO = 500


def visible_pages(user, pages, within=None):
    """Narrow a page queryset to what `user` may open.

    Restricted leaf pages are excluded by id; restricted pages with children also exclude their
    subtree by path prefix. Both are filters Wagtail's database search backend accepts, so the
    result can be searched: `visible_pages(user, qs).search(query)`. The cost is the caller's
    own query, plus one for the failed restrictions when they are not kept in the cache yet,
    however much content there is.

    `within` – tree paths the caller's `pages` all lie under (a network's, say) – leaves out
    the restrictions of other parts of the tree, which cannot hide any of them: a member of one
    network in twenty fails sixty networks' restrictions, and sixty path exclusions cost more to
    build and to check than the query they guard.
    """
    if within is not None:
        pages = pages.filter(_under_any(within, "path"))
    if is_signed_in(user) and user.is_superuser:
        return pages
    failed = _failed_pages(user)
    if failed is not None:
        if within is not None:
            failed = [row for row in failed if _may_hide_within(row[1], within)]
        hidden_ids = [page_id for page_id, _path, _numchild in failed]
        subtree_roots = {path for _page_id, path, numchild in failed if numchild}
    else:
        hidden_ids, subtree_roots = _hidden_by_many(user, within)
    pages = pages.exclude(id__in=hidden_ids)
    if subtree_roots:
        in_a_hidden_subtree = Q()
        for path in subtree_roots:
            in_a_hidden_subtree |= Q(path__startswith=path)
        pages = pages.exclude(in_a_hidden_subtree)
    return pages


def _under_any(paths, field):
    if not paths:
        return Q(pk__in=[])
    return reduce(or_, (Q(**{f"{field}__startswith": path}) for path in paths))


def _may_hide_within(restricted_path, within):
    """Can a restriction at `restricted_path` hide a page under one of the `within` paths? Only
    if it sits under that path, or above it."""
    return any(
        restricted_path.startswith(path) or path.startswith(restricted_path) for path in within
    )


def _may_hide_within_q(within):
    """`_may_hide_within` for the database, when the failed restrictions are too many to keep."""
    above = {prefix for path in within for prefix in _prefixes(path)}
    return _under_any(within, "page__path") | Q(page__path__in=above)


def _prefixes(path, step=Page.steplen):
    return [path[:end] for end in range(step, len(path) + 1, step)]


def _hidden_by_many(user, within):
    """For a reader who fails more restrictions than are worth listing (a visitor, facing every
    members-only practice): the restricted pages as a subquery, and the paths of those with
    children – few, sections such as workspaces – kept like the reader's other answers, so the
    exclusion costs no query of its own however large the library grows."""
    failed = failed_restrictions(user)
    sections = _remembered(
        user,
        "failed-sections",
        lambda: list(failed.filter(page__numchild__gt=0).values_list("page__path", flat=True)),
    )
    if within is not None:
        failed = failed.filter(_may_hide_within_q(within))
        sections = [path for path in sections if _may_hide_within(path, within)]
    return failed.values("page_id"), set(sections)


def can_view_document(user, document):
    """May `user` download `document`? Its collection and the collection's ancestors decide,
    as pages' ancestors do (a network's materials sit in its private collection)."""
    if is_signed_in(user) and user.is_superuser:
        return True
    paths = set(_ancestor_or_self_paths(document.collection))
    return not any(path in paths for path in _failed_collection_paths(user))


def _failed_collection_paths(user):
    """The paths of the collections whose restrictions `user` fails (few: one per network's
    materials). One query, then kept like the pages' restrictions."""
    failed = failed_restrictions(user, CollectionViewRestriction)
    return _remembered(
        user, "failed-collections", lambda: list(failed.values_list("collection__path", flat=True))
    )


def visible_documents(user, documents):
    """Narrow a document queryset to what `user` may download: documents in a collection whose
    restrictions (or an ancestor's) the user fails are left out. One query for the failed
    restrictions plus the caller's own."""
    if is_signed_in(user) and user.is_superuser:
        return documents
    hidden = Q()
    for path in _failed_collection_paths(user):
        hidden |= Q(collection__path__startswith=path)
    return documents.exclude(hidden) if hidden else documents


def visible_page_or_404(user, model, page_id):
    """The live page of `model` with this id, if `user` may open it; "not found" otherwise –
    for views that act on a page named in their URL."""
    page = get_object_or_404(model.objects.live(), pk=page_id)
    if not can_view_page(user, page):
        raise Http404
    return page


def admin_pages(user, pages):
    """Narrow a page queryset to what the Wagtail admin may show `user` by title.

    Editors see every page. Anyone else with admin access – a network's coordinators – sees
    only pages they may open on the site, and of those only live ones or ones in the part of
    the tree they edit: another network's workspace and anybody's unpublished draft stay
    unnamed in choosers, bulk actions and reports (SPEC §4: "not linked with a revealing
    title" – the admin included).
    """
    if is_editor(user):
        return pages
    editable = page_permission_policy.instances_user_has_any_permission_for(
        user, ["add", "change", "publish"]
    )
    return visible_pages(user, pages).filter(Q(live=True) | Q(pk__in=editable.values("pk")))


def may_show_in_admin(user, page):
    return admin_pages(user, type(page).objects.filter(pk=page.pk)).exists()


def public_pages(pages):
    """What anyone may read: used where there is no reader, such as the sitemap."""
    return visible_pages(AnonymousUser(), pages)


def group_names(user):
    """The names of the groups `user` belongs to (kept like the restrictions they fail)."""
    if not is_signed_in(user):
        return frozenset()
    return _remembered(
        user, "groups", lambda: frozenset(user.groups.values_list("name", flat=True))
    )


def is_editor(user):
    if not is_signed_in(user):
        return False
    return user.is_superuser or bool(group_names(user) & set(EDITOR_GROUP_NAMES))


ROLE_OF_GROUP = {MEMBERS: "member", COORDINATORS: "coordinator", OBSERVERS: "observer"}


def roles_in(user, network):
    """The roles `user` holds in `network` right now, read from the groups that enforce them.

    Returns a set drawn from {"member", "coordinator", "observer", "editor"}.
    """
    return roles_in_networks(user, [network]).get(network.pk, set())


def roles_in_networks(user, networks):
    """{network id: roles} for each of `networks`, as `roles_in` names them – one look at the
    reader's groups for all of them (the personal home page asks about every network)."""
    if not is_signed_in(user):
        return {network.pk: set() for network in networks}
    held = group_names(user)
    editor = user.is_superuser or bool(held & set(EDITOR_GROUP_NAMES))
    answer = {}
    for network in networks:
        names = network_group_names(network)
        roles = {role for kind, role in ROLE_OF_GROUP.items() if names[kind] in held}
        if editor:
            roles.add("editor")
        answer[network.pk] = roles
    return answer


def can_manage_network(user, network):
    """Coordinators and experts of the network, and editors, run it: plan sessions, circulate
    and approve minutes (SPEC §2)."""
    return bool(roles_in(user, network) & {"coordinator", "editor"})
