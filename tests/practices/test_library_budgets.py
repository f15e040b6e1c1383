"""Query budgets for the library (SPEC §6): the same for 60 practices as for 600, whatever the
combination of filters."""

import pytest

from practices.models import PracticePage
from workspaces.access.models import Promotion

# What is measured → (kind of URL, most queries allowed). Measured on the demo; the fixed cost
# is routing, the access check, one query per facet, the count, the results and their tags.
# Each page pays one query per page type in the main menu; "Jak dołączyć" made it four.
# Breadcrumbs cost one more: the page's ancestors (home/breadcrumbs.py).
BUDGETS = {
    "index": ("", 31),
    "index_network": ("network", 31),
    "index_tag": ("tag", 31),
    "index_voivodeship": ("voivodeship", 31),
    "index_town": ("town", 31),
    "index_status": ("status", 31),
    "index_funding": ("funding", 31),
    "index_all_filters": ("all", 31),
    # A search ranks in the database: on SQLite two queries score the matches, one keeps those
    # the reader may see (home/sqlite_search.py).
    "index_search": ("search", 33),
    "index_search_all_filters": ("search_all", 33),
    "tag_page": ("tag_page", 32),
    "practice": ("practice", 32),
    # Members-only: Wagtail's own serve check reads the restriction's groups (two queries).
    "practice_members_only": ("practice_members_only", 33),
    "feed": ("feed", 6),
}


def _grow_tenfold(index, sample):
    """Nine more practices for each existing one, tagged and in a network like the sample."""
    count = PracticePage.objects.count() * 9
    network = sample.networks.first()
    tags = list(sample.tags.values_list("name", flat=True))
    for i in range(count):
        practice = PracticePage(
            title=f"Praktyka skalowana {i}",
            slug=f"praktyka-skalowana-{i}",
            town=sample.town,
            situation="<p>Sytuacja</p>",
            solution="<p>Rozwiązanie dla miasta</p>",
            results="<p>Wyniki</p>",
            transferability="<p>Warunki</p>",
            funding_source=sample.funding_source,
        )
        index.add_child(instance=practice)
        practice.tags.set(tags)
        practice.networks.set([network])
        practice.save()
    _grow_transfers_tenfold(sample)


def _grow_transfers_tenfold(sample):
    """Thirty more towns adopting the measured practice."""
    from practices.models import Transfer
    from workspaces.registry.models import Municipality

    towns = Municipality.objects.bulk_create(
        Municipality(name=f"Miasto przenoszące {i}", voivodeship="opolskie") for i in range(30)
    )
    Transfer.objects.bulk_create(
        Transfer(practice=sample, town=town, stage="implemented", changes="Zmiany")
        for town in towns
    )


def _url(kind, sample):
    index_url = sample.get_parent().url
    filters = {
        "network": f"network={sample.networks.first().pk}",
        "tag": f"tag={sample.tags.first().slug}",
        "voivodeship": f"voivodeship={sample.town.voivodeship}",
        "town": f"town={sample.town_id}",
        "status": f"status={sample.town.programme_status}",
        "funding": f"funding={sample.funding_source}",
    }
    if kind in filters:
        return f"{index_url}?{filters[kind]}"
    if kind == "all":
        return f"{index_url}?{'&'.join(filters.values())}&sort=title&page=2"
    if kind == "search":
        return f"{index_url}?q=miasta&funding={sample.funding_source}"
    if kind == "search_all":
        return f"{index_url}?q=miasta&{'&'.join(filters.values())}&sort=title"
    if kind == "tag_page":
        return f"{index_url}tag/{sample.tags.first().slug}/"
    if kind == "practice":
        return sample.url
    if kind == "practice_members_only":
        promoted = Promotion.objects.values("page_id")
        return PracticePage.objects.live().exclude(pk__in=promoted).order_by("pk").first().url
    if kind == "feed":
        return "/kanal/praktyki.rss"
    return index_url


@pytest.mark.parametrize("scale", [1, 10])
def test_library_queries_stay_within_budget(demo, django_assert_max_num_queries, scale):
    sample = PracticePage.objects.live().order_by("pk").first()
    if scale == 10:
        _grow_tenfold(sample.get_parent(), sample)
    client = demo.client_for("member")
    for name, (kind, budget) in BUDGETS.items():
        url = _url(kind, sample)
        client.get(url)
        with django_assert_max_num_queries(budget, info=name):
            response = client.get(url)
        assert response.status_code == 200, name
