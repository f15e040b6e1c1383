"""Who may see what (SPEC §4): the one place that decides.

Page serving, listings, search, the sitemap and — as they arrive — feeds, calendars,
documents and e-mails all ask this module. Nothing else in the code filters privacy.

The decision is Wagtail's own: a page is visible when the user passes every view restriction
on the page and its ancestors (restrictions stack as AND down the tree). Restrictions on a
network's sections name the network's groups, and those groups are kept in step with
memberships and subscriptions by the registry (`workspaces.registry.services`); so
withdrawing a membership changes what this module answers on the very next request. Nothing
is cached between requests.
"""

from django.contrib.auth.models import AnonymousUser
from django.db.models import Q
from django.http import Http404
from django.shortcuts import get_object_or_404

from wagtail.models import CollectionViewRestriction, PageViewRestriction
from wagtail.permission_policies.pages import PagePermissionPolicy

from .groups import COORDINATORS, EDITOR_GROUP_NAMES, MEMBERS, OBSERVERS, network_group_names

page_permission_policy = PagePermissionPolicy()


def is_signed_in(user):
    return user is not None and user.is_authenticated and user.is_active


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
    step = page.steplen
    return [page.path[:end] for end in range(step, len(page.path) + 1, step)]


def can_view_page(user, page):
    """May `user` open `page`? One query, whatever the depth of the page."""
    if is_signed_in(user) and user.is_superuser:
        return True
    paths = _ancestor_or_self_paths(page)
    return not failed_restrictions(user).filter(page__path__in=paths).exists()


# A reader who fails at most this many restrictions (a member: other networks' workspaces and
# outcomes) has those pages excluded by id, written into each query, so counting and searching
# the library do not re-evaluate thousands of restrictions per query. Beyond it (a visitor, facing
# every members-only practice) the exclusion stays a subquery.
INLINE_EXCLUSIONS_UP_TO = 500


def visible_pages(user, pages):
    """Narrow a page queryset to what `user` may open.

    Restricted leaf pages are excluded by id; restricted pages with children also exclude their
    subtree by path prefix. Both are filters Wagtail's database search backend accepts, so the
    result can be searched: `visible_pages(user, qs).search(query)`. The cost is one query for
    the failed restrictions plus the caller's own, however much content there is.
    """
    if is_signed_in(user) and user.is_superuser:
        return pages
    hidden_ids, subtree_roots = _hidden_by(failed_restrictions(user))
    pages = pages.exclude(id__in=hidden_ids)
    if subtree_roots:
        in_a_hidden_subtree = Q()
        for path in subtree_roots:
            in_a_hidden_subtree |= Q(path__startswith=path)
        pages = pages.exclude(in_a_hidden_subtree)
    return pages


def _hidden_by(failed):
    """(ids of the restricted pages, paths of those with children) – the ids as a list when
    few, else as a subquery. Sections come first, so one query brings all of them even when
    the leaves are too many to list."""
    rows = failed.order_by("-page__numchild").values_list("page_id", "page__path", "page__numchild")
    first = list(rows[: INLINE_EXCLUSIONS_UP_TO + 1])
    subtree_roots = {path for _page_id, path, numchild in first if numchild}
    if len(first) <= INLINE_EXCLUSIONS_UP_TO:
        return [page_id for page_id, _path, _numchild in first], subtree_roots
    if first[-1][2]:  # more sections than fetched: ask for all of them
        sections = failed.filter(page__numchild__gt=0)
        subtree_roots = set(sections.values_list("page__path", flat=True))
    return failed.values("page_id"), subtree_roots


def can_view_document(user, document):
    """May `user` download `document`? Its collection and the collection's ancestors decide,
    as pages' ancestors do (a network's materials sit in its private collection)."""
    if is_signed_in(user) and user.is_superuser:
        return True
    paths = _ancestor_or_self_paths(document.collection)
    failed = failed_restrictions(user, CollectionViewRestriction)
    return not failed.filter(collection__path__in=paths).exists()


def visible_documents(user, documents):
    """Narrow a document queryset to what `user` may download: documents in a collection whose
    restrictions (or an ancestor's) the user fails are left out. One query for the failed
    restrictions plus the caller's own."""
    if is_signed_in(user) and user.is_superuser:
        return documents
    failed = failed_restrictions(user, CollectionViewRestriction)
    hidden = Q()
    for path in failed.values_list("collection__path", flat=True):
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


def is_editor(user):
    if not is_signed_in(user):
        return False
    return user.is_superuser or user.groups.filter(name__in=EDITOR_GROUP_NAMES).exists()


def roles_in(user, network):
    """The roles `user` holds in `network` right now, read from the groups that enforce them.

    Returns a set drawn from {"member", "coordinator", "observer", "editor"}.
    """
    if not is_signed_in(user):
        return set()
    names = network_group_names(network)
    held = set(
        user.groups.filter(name__in=[*names.values(), *EDITOR_GROUP_NAMES]).values_list(
            "name", flat=True
        )
    )
    role_of_group = {MEMBERS: "member", COORDINATORS: "coordinator", OBSERVERS: "observer"}
    roles = {role for kind, role in role_of_group.items() if names[kind] in held}
    if user.is_superuser or held & set(EDITOR_GROUP_NAMES):
        roles.add("editor")
    return roles


def can_manage_network(user, network):
    """Coordinators and experts of the network, and editors, run it: plan sessions, circulate
    and approve minutes (SPEC §2)."""
    return bool(roles_in(user, network) & {"coordinator", "editor"})
