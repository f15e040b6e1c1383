"""Finding practices: filters, full-text search, sorting, paging and counts per filter value.

Everything starts from `access.visible_pages`, so a visitor's lists, counts and searches hold
promoted practices only. Each filter narrows by page id, a filter Wagtail's search backend
accepts, so any combination can still be searched. The number of queries is fixed: one per
facet, plus the results and the page of practices shown.
"""

from django.core.paginator import Paginator
from django.db.models import Count

from taggit.models import Tag

from workspaces import access
from workspaces.models import Municipality, NetworkPage, Promotion

from .forms import LibraryFilterForm
from .models import FundingSource, PracticePage

PER_PAGE = 12
SORT_ORDER = {"newest": ("-first_published_at", "-id"), "title": ("title", "id")}


def visible_practices(user, index=None):
    practices = PracticePage.objects.live()
    if index is not None:
        practices = practices.child_of(index)
    return access.visible_pages(user, practices)


def _ids(**lookup):
    return PracticePage.objects.filter(**lookup).values("id")


FILTERS = ("network", "tag", "voivodeship", "town", "status", "funding")


def apply_filters(practices, data, skip=None):
    """Narrow `practices` by the form's filters (all combine), leaving out `skip` if given."""
    lookups = {
        "network": lambda v: _ids(networks=v),
        "tag": lambda v: _ids(tags__slug=v),
        "voivodeship": lambda v: _ids(town__voivodeship=v),
        "town": lambda v: _ids(town_id=v),
        "status": lambda v: _ids(town__programme_status=v),
        "funding": lambda v: _ids(funding_source=v),
    }
    for name in FILTERS:
        if name != skip and data.get(name):
            practices = practices.filter(id__in=lookups[name](data[name]))
    return practices


def find(user, data, index=None):
    """(results to page through, the searched practices before filtering).

    Without a query the results are a queryset ordered in the database. With one, the search
    backend ranks the visible practices once; the filters then apply to those ids, so that
    the same searched set also feeds the counts of every filter.
    """
    visible = visible_practices(user, index)
    query = (data.get("q") or "").strip()
    sort = data.get("sort") or ("relevance" if query else "newest")
    order = SORT_ORDER.get(sort, SORT_ORDER["newest"])
    if not query:
        return apply_filters(visible, data).order_by(*order), visible
    if sort == "relevance":
        ranked = [practice.pk for practice in visible.search(query)]
    else:
        ranked = [p.pk for p in visible.order_by(*order).search(query, order_by_relevance=False)]
    searched = PracticePage.objects.filter(id__in=ranked)
    kept = set(apply_filters(searched, data).values_list("id", flat=True))
    return [pk for pk in ranked if pk in kept], searched


def facets(searched, data):
    """Counts per value of every filter. Each filter's counts apply all the other filters but
    not its own, so a reader always sees the alternatives to what they chose."""

    def without(name):
        return apply_filters(searched, data, skip=name).values("id")

    through = PracticePage.networks.through
    network_counts = dict(
        through.objects.filter(practicepage_id__in=without("network"))
        .values_list("networkpage_id")
        .annotate(n=Count("id"))
    )
    networks = [
        (network, network_counts[network.pk])
        for network in NetworkPage.objects.filter(pk__in=network_counts).order_by("number")
    ]
    tags = list(
        Tag.objects.filter(practices_practicetag_items__content_object__in=without("tag"))
        .annotate(n=Count("practices_practicetag_items"))
        .order_by("-n", "name")[:30]
    )
    towns = (
        Municipality.objects.filter(practices__in=without("town"))
        .annotate(n=Count("practices"))
        .order_by("name")
    )
    return {
        "networks": networks,
        "tags": tags,
        "voivodeships": _value_counts(without("voivodeship"), "town__voivodeship"),
        "towns": list(towns),
        "statuses": _value_counts(without("status"), "town__programme_status"),
        "funding": _value_counts(without("funding"), "funding_source"),
    }


def _value_counts(ids, field):
    practices = PracticePage.objects.filter(id__in=ids)
    return list(practices.order_by().values_list(field).annotate(n=Count("id")).order_by(field))


def _page_of_practices(page_obj):
    """The practices on one page, with what the list shows, in a fixed number of queries."""
    ids = [getattr(item, "pk", item) for item in page_obj.object_list]
    loaded = (
        PracticePage.objects.filter(pk__in=ids)
        .select_related("town")
        .prefetch_related("tags")
        .defer_streamfields()
    )
    by_id = {practice.pk: practice for practice in loaded}
    return [by_id[pk] for pk in ids if pk in by_id]


def browse(request, index, tag=None):
    """Everything the library index shows, for this reader and these URL parameters."""
    form = LibraryFilterForm(request.GET)
    data = dict(form.cleaned_data) if form.is_valid() else {}
    if tag:
        data["tag"] = tag
    results, searched = find(request.user, data, index)
    page_obj = Paginator(results, PER_PAGE).get_page(request.GET.get("page"))
    query_without_page = request.GET.copy()
    query_without_page.pop("page", None)
    return {
        "form": form,
        "filters": data,
        "page_obj": page_obj,
        "practices": _page_of_practices(page_obj),
        "facets": facets(searched, data),
        "active_tag": Tag.objects.filter(slug=tag).first() if tag else None,
        "query_string": query_without_page.urlencode(),
        "funding_labels": dict(FundingSource.choices),
        "is_member_view": access.can_read_library(request.user),
    }


def practice_context(user, practice):
    from . import transfers
    from .forms import TransferForm

    promoted = Promotion.objects.filter(page_id=practice.pk).exists()
    members = access.can_read_library(user)
    return {
        "transfers": practice.transfers.select_related("town").order_by("town__name")
        if members
        else None,
        "adopted_count": transfers.adopted_count(practice),
        "transfer_form": TransferForm() if transfers.may_record(user) else None,
        "index": practice.get_parent(),
        "can_see_contact": access.can_read_library(user),
        "is_promoted": promoted,
        "show_images": promoted,
        "can_promote": access.is_editor(user),
        "practice_networks": practice.networks.live().order_by("number"),
        "practice_tags": practice.tags.all(),
    }
