"""Finding practices: filters, full-text search, sorting, paging and counts per filter value.

Everything starts from `access.visible_pages`, so a visitor's lists, counts and searches hold
promoted practices only. Each filter narrows by page id, a filter Wagtail's search backend
accepts, so any combination can still be searched. The number of queries is fixed: one per
facet, plus the results and the page of practices shown.
"""

import hashlib
from dataclasses import dataclass

from django.core.cache import cache
from django.core.paginator import Paginator
from django.db.models import Count, QuerySet
from django.utils import translation

from taggit.models import Tag

from home import suggestions
from home.collation import polish_sort_key
from home.forms import TOWNS_STAMP
from home.previews import related_ids
from workspaces.access import generations
from workspaces.access import policy as access
from workspaces.access.models import is_promoted
from workspaces.registry.models import NetworkPage

from . import rules, transfers
from .forms import LibraryFilterForm, TransferForm
from .models import PracticePage

PER_PAGE = 12
SORT_ORDER = {"newest": ("-first_published_at", "-id"), "title": ("title", "id")}


def visible_practices(user, index=None):
    practices = PracticePage.objects.live()
    if index is not None:
        practices = practices.child_of(index)
    return access.visible_pages(user, practices)


# Each filter of the form and the practice field it narrows by.
FILTER_FIELDS = {
    "network": "networks",
    "tag": "tags__slug",
    "voivodeship": "town__voivodeship",
    "town": "town_id",
    "status": "town__programme_status",
    "funding": "funding_source",
}
FILTERS = tuple(FILTER_FIELDS)


def apply_filters(practices, data, skip=None):
    """Narrow `practices` by the form's filters (all combine), leaving out `skip` if given.
    Each narrows by page id, which the search backend accepts as a filter."""
    for name, field in FILTER_FIELDS.items():
        if name != skip and data.get(name):
            matching = PracticePage.objects.filter(**{field: data[name]}).values("id")
            practices = practices.filter(id__in=matching)
    return practices


def find(user, data, index=None):
    """(results to page through, the practices the filter counts are taken from).

    Filters narrow the visible practices first; a query then searches what is left, so the
    search backend ranks and pages in the database and only the practices shown are loaded.
    The counts start from every visible practice that matches the query.
    """
    visible = visible_practices(user, index)
    query = (data.get("q") or "").strip()
    sort = data.get("sort") or ("relevance" if query else "newest")
    order = SORT_ORDER.get(sort, SORT_ORDER["newest"])
    filtered = apply_filters(visible, data)
    if not query:
        return filtered.only("id").order_by(*order), visible
    few = _few_matching_ids(visible, query)
    if few is None:
        searched = visible.search(query, order_by_relevance=False).get_queryset()
    else:
        # Ranking and paging then start from these few pages, not from every visible one.
        searched = PracticePage.objects.filter(id__in=few)
        filtered = filtered.filter(id__in=few)
    listed = _as_listed(filtered)
    if sort == "relevance":
        return listed.search(query), searched
    return listed.order_by(*order).search(query, order_by_relevance=False), searched


# Up to this many matches, the ids a query matches are read once and every count narrows by
# them; with more, the counts keep the full-text match as a subquery (a list that long costs
# more to send than the match costs to repeat).
MATCHES_READ_ONCE = 2_000


def _few_matching_ids(visible, query):
    """The ids of the visible practices that match `query`, or None when there are more than
    MATCHES_READ_ONCE. The match is the dearest part of every count and of the ranking: asked
    once here, the rest narrows by these ids."""
    searched = visible.search(query, order_by_relevance=False).get_queryset()
    ids = list(searched.order_by().values_list("id", flat=True)[: MATCHES_READ_ONCE + 1])
    return ids if len(ids) <= MATCHES_READ_ONCE else None


@dataclass(frozen=True)
class Option:
    value: str
    label: str
    count: int


@dataclass(frozen=True)
class Facet:
    """One filter of the form with its values, each counted ("Mazowieckie (12)")."""

    name: str
    label: str
    options: list
    selected: str

    def count_of(self, value):
        return next((o.count for o in self.options if o.value == str(value)), 0)


# Filters that a practice's own row decides (its town, and its funding): one grouped query
# counts them all, and each one's counts skip its own choice in Python.
ROW_FILTERS = {
    "town": "town_id",
    "voivodeship": "town__voivodeship",
    "status": "town__programme_status",
    "funding": "funding_source",
}


def facets(searched, data):
    """Counts per value of every filter, as the form shows them. Each filter's counts apply all
    the other filters but not its own, so a reader always sees the alternatives to what they
    chose."""

    def without(name):
        return apply_filters(searched, data, skip=name).values("id")

    fields = LibraryFilterForm.base_fields
    options = {
        "network": _network_options(without("network")),
        "tag": _tag_options(without("tag"), data.get("tag")),
        **_row_options(searched, data),
    }
    return {
        name: Facet(
            name=name,
            label=str(fields[name].label),
            options=[Option(str(v), f"{label} ({n})", n) for v, label, n in options[name]],
            selected=str(data.get(name) or ""),
        )
        for name in FILTERS
    }


def _network_options(ids):
    networks = (
        NetworkPage.objects.filter(practices__in=ids)
        .annotate(n=Count("practices"))
        .only("number", "title", "title_en")
        .order_by("number")
    )
    return [(n.pk, f"{n.number}. {n.display_title}", n.n) for n in networks]


def _tag_options(ids, selected_slug, limit=30):
    """The most used tags; the chosen one stays on offer even when it is not among them."""
    tags = Tag.objects.filter(practices_practicetag_items__content_object__in=ids)
    counted = tags.annotate(n=Count("practices_practicetag_items")).order_by("-n", "name")
    top = list(counted.values_list("slug", "name", "n")[:limit])
    if selected_slug and selected_slug not in {slug for slug, _name, _n in top}:
        top += list(counted.filter(slug=selected_slug).values_list("slug", "name", "n"))
    return top


def _row_options(searched, data):
    """The town, voivodeship, programme status and funding counts, from one query of the
    practices grouped by those four values (the network and tag filters applied)."""
    others = {name: value for name, value in data.items() if name not in ROW_FILTERS}
    groups = (
        apply_filters(searched, others)
        .order_by()
        .values_list("town__name", *ROW_FILTERS.values())
        .annotate(n=Count("id"))
    )
    chosen = {name: str(data[name]) for name in ROW_FILTERS if data.get(name)}
    counts = {name: {} for name in ROW_FILTERS}
    town_names = {}
    for town_name, *values, n in groups:
        row = dict(zip(ROW_FILTERS, values, strict=True))
        town_names[row["town"]] = town_name
        for name, value in row.items():
            if _passes_other_choices(row, chosen, skip=name):
                counts[name][value] = counts[name].get(value, 0) + n
    options = {
        name: _choice_options(counts[name], name) for name in ("voivodeship", "status", "funding")
    }
    towns = [(pk, town_names[pk], n) for pk, n in counts["town"].items()]
    options["town"] = sorted(towns, key=lambda town: polish_sort_key(town[1]))
    return options


def _passes_other_choices(row, chosen, skip):
    return all(str(row[name]) == value for name, value in chosen.items() if name != skip)


def _choice_options(counts, name):
    """Counts of a filter whose values are the form's choices, labelled as the form labels them
    and in the form's order."""
    labels = dict(LibraryFilterForm.base_fields[name].choices)
    return [(value, labels.get(value, value), counts[value]) for value in sorted(counts)]


def ids_of(results):
    """The ids of `find`'s results, as a subquery when they are still a queryset."""
    if isinstance(results, QuerySet):
        return results.values("pk")
    return [practice.pk for practice in results]


def _as_listed(practices):
    """Practices loaded with what the list shows (town, tags), without the long texts."""
    return practices.select_related("town").prefetch_related("tags").defer_streamfields()


def _page_of_practices(page_obj):
    """The practices on one page, ready to show, in a fixed number of queries. A search loads
    its page of results itself (`find`); a list without a query is paged by id first – sorting
    only ids is three times faster at 10,000 practices than sorting whole rows – and the
    page's practices are loaded after."""
    if not isinstance(page_obj.object_list, QuerySet):
        return list(page_obj.object_list)
    ids = [item.pk for item in page_obj.object_list]
    by_id = _as_listed(PracticePage.objects.filter(pk__in=ids)).in_bulk()
    return [by_id[pk] for pk in ids if pk in by_id]


def valid_filters(form):
    """The filters of `form` that are valid; a bad one (an id no network could have, say, from
    a hand-edited URL) is dropped, and the library is shown without it."""
    form.is_valid()
    return dict(form.cleaned_data)


# Working out a page of the library – ranking every match, counting every filter's values –
# grows with the library (most of a second for a word in most of 10,000 practices); the answer
# depends only on what the reader may see, the filters, the page and the language. So it is
# kept per visibility class (`access.visibility_class`: visitors, or everyone in the same
# groups), under stamps that any change to a page (practices, networks, promotions, the search
# index), a town or a tag replaces. What is kept is ids and counts, never a decision about
# someone else: a reader only ever gets the answer worked out for their own class.
LIBRARY_STAMP = "library"


@dataclass(frozen=True)
class Answer:
    """One page of the library, as ids: how many practices there are, which page this is (a
    page past the end shows the last one), its practices' ids in order, and the counts."""

    count: int
    number: int
    ids: tuple
    facets: dict


def answer(user, data, index, page):
    """(the answer for this reader, filters and page; its practices, loaded to be shown)."""
    key = _answer_key(user, data, index, page)
    kept = cache.get(key)
    if kept is not None:
        return kept, _listed_by_id(kept.ids)
    results, searched = find(user, data, index)
    page_obj = Paginator(results, PER_PAGE).get_page(page)
    practices = _page_of_practices(page_obj)
    worked_out = Answer(
        count=page_obj.paginator.count,
        number=page_obj.number,
        ids=tuple(practice.pk for practice in practices),
        facets=facets(searched, data),
    )
    cache.set(key, worked_out, generations.VALUE_TIMEOUT)
    return worked_out, practices


def _answer_key(user, data, index, page):
    wanted = sorted((name, str(value)) for name, value in data.items() if value not in (None, ""))
    digest = hashlib.sha256(repr((wanted, str(page))).encode()).hexdigest()[:24]
    language = translation.get_language()
    stamps = generations.current(TOWNS_STAMP, LIBRARY_STAMP)
    return f"library:{index.pk}:{access.visibility_class(user)}:{language}:{digest}:{stamps}"


def _listed_by_id(ids):
    by_id = _as_listed(PracticePage.objects.filter(pk__in=ids)).in_bulk()
    return [by_id[pk] for pk in ids if pk in by_id]


class _Counted:
    """What a paginator needs of results it will not read: their number (the page's practices
    are loaded by id)."""

    def __init__(self, count):
        self.count = count

    def __len__(self):
        return self.count

    def __getitem__(self, index):
        return []


def browse(request, index, tag=None):
    """Everything the library index shows, for this reader and these URL parameters."""
    form = LibraryFilterForm(request.GET)
    data = valid_filters(form)
    if tag:
        data["tag"] = tag
    found, practices = answer(request.user, data, index, request.GET.get("page"))
    page_obj = Paginator(_Counted(found.count), PER_PAGE).page(found.number)
    query = (data.get("q") or "").strip()
    found_nothing = bool(query) and found.count == 0
    query_without_page = request.GET.copy()
    query_without_page.pop("page", None)
    return {
        "form": form,
        "filters": data,
        "page_obj": page_obj,
        "practices": practices,
        "facets": found.facets,
        "active_tag": Tag.objects.filter(slug=tag).first() if tag else None,
        "query_string": query_without_page.urlencode(),
        "is_member_view": rules.can_read_library(request.user),
        "suggestions": (
            suggestions.suggest(query, visible_practices(request.user, index))
            if found_nothing
            else []
        ),
    }


def practice_context(user, practice):
    """What the practice page shows. A practice previewed in the admin before its first save
    has no adopting towns and is not promoted; no one records a transfer or promotes it yet."""
    saved = practice.pk is not None
    promoted = saved and is_promoted(practice)
    adopting_towns, adopted_count = rules.adoption_of(user, practice)
    networks = NetworkPage.objects.live().filter(pk__in=related_ids(practice.networks))
    return {
        "transfers": adopting_towns,
        "adopted_count": adopted_count,
        "transfer_form": TransferForm() if saved and transfers.may_record(user) else None,
        "index": practice.get_parent(),
        "can_see_contact": adopting_towns is not None,
        "is_promoted": promoted,
        "show_images": promoted,
        "can_promote": saved and access.is_editor(user),
        "practice_networks": networks.order_by("number"),
        "practice_tags": practice.tags.all(),
    }
