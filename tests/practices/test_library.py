"""Finding practices: every filter, combined, with counts, search, sorting and paging."""

from django.test import RequestFactory

import pytest

from practices import library
from practices.models import PracticePage
from workspaces.registry.models import Municipality


@pytest.fixture
def member(demo):
    return demo.user("member")


def _found(user, **data):
    results, searched = library.find(user, data)
    ids = [getattr(item, "pk", item) for item in results]
    by_id = PracticePage.objects.in_bulk(ids)
    return [by_id[pk] for pk in ids], searched


def test_members_see_the_whole_library(member):
    results, _matched = _found(member)
    assert len(results) == PracticePage.objects.live().count()


@pytest.mark.parametrize(
    "name,lookup",
    [
        ("network", lambda p: p.networks.first().pk),
        ("tag", lambda p: p.tags.first().slug),
        ("voivodeship", lambda p: p.town.voivodeship),
        ("town", lambda p: p.town_id),
        ("status", lambda p: p.town.programme_status),
        ("funding", lambda p: p.funding_source),
    ],
)
def test_each_filter_keeps_exactly_the_matching_practices(member, name, lookup):
    sample = PracticePage.objects.live().first()
    value = lookup(sample)
    results, _matched = _found(member, **{name: value})
    assert sample in results
    expected = {p.pk for p in PracticePage.objects.live() if _matches(p, name, value)}
    assert {p.pk for p in results} == expected


def _matches(practice, name, value):
    return {
        "network": lambda: practice.networks.filter(pk=value).exists(),
        "tag": lambda: practice.tags.filter(slug=value).exists(),
        "voivodeship": lambda: practice.town.voivodeship == value,
        "town": lambda: practice.town_id == value,
        "status": lambda: practice.town.programme_status == value,
        "funding": lambda: practice.funding_source == value,
    }[name]()


def test_filters_combine(member):
    sample = PracticePage.objects.live().last()
    results, _matched = _found(
        member, funding=sample.funding_source, voivodeship=sample.town.voivodeship
    )
    assert sample in results
    assert all(
        p.funding_source == sample.funding_source and p.town.voivodeship == sample.town.voivodeship
        for p in results
    )


def test_counts_per_filter_value_add_up_to_the_results(member):
    results, searched = _found(member)
    counts = library.facets(searched, {})
    for name in ("funding", "voivodeship", "town", "status"):
        assert sum(option.count for option in counts[name].options) == len(results), name
    for option in counts["network"].options:
        assert option.count == len(_found(member, network=int(option.value))[0])


def test_each_filters_counts_ignore_its_own_choice(member):
    """Choosing a funding source keeps the other sources on offer, counted under the other
    filters; the other filters' counts follow the choice."""
    chosen = PracticePage.objects.live().first().funding_source
    data = {"funding": chosen}
    results, searched = _found(member, **data)
    counts = library.facets(searched, data)
    assert len(counts["funding"].options) > 1
    assert counts["funding"].count_of(chosen) == len(results)
    assert counts["funding"].selected == chosen
    assert sum(option.count for option in counts["voivodeship"].options) == len(results)


def test_full_text_search_finds_words_in_the_solution(member):
    results, _matched = _found(member, q="inkubator")
    assert results and all("nkubator" in (p.title + p.solution) for p in results)


def test_search_combines_with_filters_and_sorting(member):
    town = Municipality.objects.filter(practices__isnull=False).first()
    results, _matched = _found(member, q="miasto", town=town.pk, sort="title")
    assert results and all(p.town_id == town.pk for p in results)
    assert [p.title for p in results] == sorted(p.title for p in results)


def test_sorting_by_title(member):
    results, _matched = _found(member, sort="title")
    titles = [p.title for p in results]
    assert titles == sorted(titles)


def test_paging_keeps_the_filters_in_the_url(demo):
    index = PracticePage.objects.first().get_parent()
    html = demo.client_for("member").get(index.url, {"funding": "own"}).content.decode()
    total = PracticePage.objects.live().filter(funding_source="own").count()
    assert total > library.PER_PAGE  # the demo has enough for a second page
    assert "funding=own&amp;page=2" in html


def test_unknown_filter_values_show_nothing_rather_than_fail(demo):
    index = PracticePage.objects.first().get_parent()
    response = demo.client_for("member").get(index.url, {"network": "abc", "page": "999"})
    assert response.status_code == 200
    page_obj = response.context["page_obj"]
    assert page_obj.paginator.count == PracticePage.objects.live().count()  # filter dropped
    assert page_obj.number == page_obj.paginator.num_pages  # no page 999: the last one
    html = response.content.decode()
    assert response.context["practices"]
    for practice in response.context["practices"]:
        assert f'href="{practice.url}"' in html


def test_search_counts_follow_the_search(member):
    results, searched = _found(member, q="inkubator")
    counts = library.facets(searched, {"q": "inkubator"})
    assert sum(option.count for option in counts["funding"].options) == len(results)


def test_tag_page_lists_every_practice_with_the_tag(demo):
    practice = PracticePage.objects.live().first()
    tag = practice.tags.first()
    request = RequestFactory().get("/")
    request.user = demo.user("member")
    context = library.browse(request, practice.get_parent(), tag=tag.slug)
    assert context["page_obj"].paginator.count == PracticePage.objects.filter(tags=tag).count()
    assert context["active_tag"] == tag


def test_a_chosen_tag_stays_on_offer_beyond_the_most_used(member):
    """Only the most used tags are offered; the one chosen is kept, or the form would
    silently drop the reader's choice."""
    from taggit.models import Tag

    _results, searched = _found(member)
    least_used = (
        Tag.objects.filter(practices_practicetag_items__isnull=False)
        .annotate(n=library.Count("practices_practicetag_items"))
        .order_by("n", "name")[0]
    )
    ids = searched.values("id")
    offered = library._tag_options(ids, least_used.slug, limit=1)
    assert [slug for slug, _name, _n in offered] == [offered[0][0], least_used.slug]
    assert offered[-1][2] == least_used.n
    assert [slug for slug, _name, _n in library._tag_options(ids, None, limit=1)] == [offered[0][0]]
