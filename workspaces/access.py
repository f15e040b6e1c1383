"""Who may see what (SPEC §4): the one place that decides.

Page serving, listings, search, the sitemap and — as they arrive — feeds, calendars,
documents and e-mails all ask this module. Nothing else in the code filters privacy.

The decision is Wagtail's own: a page is visible when the user passes every view restriction
on the page and its ancestors (restrictions stack as AND down the tree). Restrictions on a
network's sections name the network's groups, and those groups are kept in step with
memberships and subscriptions by `workspaces.services`; so withdrawing a membership changes
what this module answers on the very next request. Nothing is cached between requests.
"""

from django.contrib.auth.models import Group
from django.db.models import Q

from wagtail.models import CollectionViewRestriction, PageViewRestriction
from wagtail.permission_policies.pages import PagePermissionPolicy

# Association staff. Wagtail creates these two groups; both are part of every restriction,
# so editors read the private site as well as edit it in the admin.
EDITOR_GROUP_NAMES = ("Editors", "Moderators")
page_permission_policy = PagePermissionPolicy()


def _is_signed_in(user):
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
    if not _is_signed_in(user):
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
    if _is_signed_in(user) and user.is_superuser:
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
    if _is_signed_in(user) and user.is_superuser:
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
    if _is_signed_in(user) and user.is_superuser:
        return True
    paths = _ancestor_or_self_paths(document.collection)
    failed = failed_restrictions(user, CollectionViewRestriction)
    return not failed.filter(collection__path__in=paths).exists()


def visible_documents(user, documents):
    """Narrow a document queryset to what `user` may download: documents in a collection whose
    restrictions (or an ancestor's) the user fails are left out. One query for the failed
    restrictions plus the caller's own."""
    if _is_signed_in(user) and user.is_superuser:
        return documents
    failed = failed_restrictions(user, CollectionViewRestriction)
    hidden = Q()
    for path in failed.values_list("collection__path", flat=True):
        hidden |= Q(collection__path__startswith=path)
    return documents.exclude(hidden) if hidden else documents


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
    from django.contrib.auth.models import AnonymousUser

    return visible_pages(AnonymousUser(), pages)


def editor_groups():
    return Group.objects.filter(name__in=EDITOR_GROUP_NAMES)


def is_editor(user):
    if not _is_signed_in(user):
        return False
    return user.is_superuser or user.groups.filter(name__in=EDITOR_GROUP_NAMES).exists()


def roles_in(user, network):
    """The roles `user` holds in `network` right now, read from the groups that enforce them.

    Returns a set drawn from {"member", "coordinator", "observer", "editor"}.
    """
    from .groups import COORDINATORS, MEMBERS, OBSERVERS, network_group_names

    if not _is_signed_in(user):
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


def may_amend_minutes(user, session, minutes_status):
    """Attendees of a session may propose amendments while its minutes are circulated."""
    from .models import MinutesStatus

    if minutes_status != MinutesStatus.CIRCULATED or not _is_signed_in(user):
        return False
    return can_view_page(user, session) and session.attendance.filter(person__user=user).exists()


def may_evaluate(user, outcome):
    """The observers of the outcome's network evaluate it (SPEC §4: observers "read +
    evaluate"; members "read"; coordinators and editors read the results). Someone who also
    holds another role in the network evaluates as its observer."""
    from .models import network_of

    return "observer" in roles_in(user, network_of(outcome))


def public_session_count(network):
    """The one fact about a network's sessions that visitors may know: how many were held."""
    from django.utils import timezone

    from .models import SessionPage

    sessions = SessionPage.objects.descendant_of(network).live()
    return sessions.filter(ends_at__lt=timezone.now()).count()


def registry_networks(user):
    """The networks whose registry – memberships, observer subscriptions, evaluations – `user`
    reads in the admin: every network for editors, their own for coordinators and experts
    (SPEC §4, last row), none for anyone else."""
    from .groups import COORDINATORS, network_group_names
    from .models import NetworkPage

    networks = NetworkPage.objects.all()
    if not _is_signed_in(user):
        return networks.none()
    if is_editor(user):
        return networks
    held = set(user.groups.values_list("name", flat=True))
    run = [n.pk for n in networks if network_group_names(n)[COORDINATORS] in held]
    return networks.filter(pk__in=run)


def _registry_scope(user):
    """(reads every network, paths of the networks read) – remembered on the user object, which
    lives for one request: an admin list asks once per row, and a change of role still takes
    effect on the next request."""
    scope = getattr(user, "_empiriae_registry_scope", None)
    if scope is None:
        everything = is_editor(user)
        paths = [] if everything else list(registry_networks(user).values_list("path", flat=True))
        scope = (everything, paths)
        if _is_signed_in(user):
            user._empiriae_registry_scope = scope
    return scope


def registry_records(user, records, page_field):
    """Narrow registry records to the networks `user` may read. `page_field` leads from a
    record to a page in its network: the network itself for memberships, the outcome for
    evaluations."""
    everything, paths = _registry_scope(user)
    if everything:
        return records
    in_scope = Q(pk__in=[])
    for path in paths:
        in_scope |= Q(**{f"{page_field}__path__startswith": path})
    return records.filter(in_scope)


def reads_registry(user):
    """Does the admin show `user` any network's registry at all?"""
    everything, paths = _registry_scope(user)
    return everything or bool(paths)


def may_read_registry_record(user, page):
    """The same decision for one record, given the page its `page_field` leads to."""
    everything, paths = _registry_scope(user)
    return everything or any(page.path.startswith(path) for path in paths)


def can_read_library(user):
    """Members of any network (and editors) read the whole practice library, contacts too."""
    from .groups import LIBRARY_READERS_GROUP_NAME

    if not _is_signed_in(user):
        return False
    if user.is_superuser:
        return True
    names = [LIBRARY_READERS_GROUP_NAME, *EDITOR_GROUP_NAMES]
    return user.groups.filter(name__in=names).exists()


def submission_towns(user):
    """The towns `user` may submit a practice for: for a network member, the towns they
    represent – their own and that of each membership in force; for a network's coordinators
    and experts (who represent no town) also the member towns of the networks they run; for
    editors, any town; for anyone else (observers, visitors), none."""
    from .models import Membership, Municipality, Person
    from .models.registry import RUNNING_ROLES

    towns = Municipality.objects.all()
    if is_editor(user):
        return towns
    if not can_read_library(user):
        return towns.none()
    own = Person.objects.filter(user_id=user.pk).values("municipality_id")
    seats = Membership.objects.in_force()
    represented = seats.filter(person__user_id=user.pk)
    run = represented.filter(role__in=RUNNING_ROLES).values("network_id")
    of_networks_run = seats.filter(network_id__in=run)
    return towns.filter(
        Q(pk__in=own)
        | Q(pk__in=represented.values("municipality_id"))
        | Q(pk__in=of_networks_run.values("municipality_id"))
    )


def adoption_of(user, practice):
    """(adopting towns, how many) – what `user` learns of the towns adopting `practice`.

    Library readers get the transfers themselves (towns, stages, what changed) and no count;
    anyone else – a visitor of a promoted practice – only how many towns are adopting it,
    abandoned attempts left out.
    """
    from practices.models import Transfer, TransferStage

    # A practice previewed in the admin before its first save has no transfers to ask for.
    transfers = practice.transfers.all() if practice.pk is not None else Transfer.objects.none()
    if can_read_library(user):
        return transfers.select_related("town").order_by("town__name"), None
    return None, transfers.exclude(stage=TransferStage.ABANDONED).count()


def library_audience(page):
    """The groups that read a non-promoted practice: all network members, and editors."""
    from .groups import library_readers_group

    return {library_readers_group().pk}
