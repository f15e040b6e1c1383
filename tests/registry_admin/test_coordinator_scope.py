"""The coordinator of network 1 sees and acts on network 1's rows only: in every view, in
every download, and when typing another network's addresses (SPEC §4, last row)."""

import pytest

from workspaces.outcomes.models import Evaluation
from workspaces.registry.models import Membership, Municipality, ObserverSubscription, Person

from .helpers import REFUSED, action_url, csv_rows, export, listed, xlsx_rows

pytestmark = pytest.mark.django_db


def _theirs(demo, model):
    """A row of network 2's, open (not ended), for `model`."""
    network = demo.network(2)
    if model == "evaluation":
        return Evaluation.objects.exclude(outcome__path__startswith=demo.network(1).path).first()
    records = Membership if model == "membership" else ObserverSubscription
    return (
        records.objects.filter(network__number__gte=2, ended_on=None)
        .order_by("network__number")
        .first()
        or records.objects.filter(network=network).first()
    )


def _ours_count(demo, model):
    path = demo.network(1).path
    if model == "evaluation":
        return Evaluation.objects.filter(outcome__path__startswith=path).count()
    records = Membership if model == "membership" else ObserverSubscription
    return records.objects.filter(network__path__startswith=path).count()


@pytest.mark.parametrize("model", ["membership", "observersubscription", "evaluation"])
@pytest.mark.parametrize("action", ["inspect", "edit", "delete", "history"])
def test_another_networks_row_is_refused_by_url(demo, coordinator, model, action):
    theirs = _theirs(demo, model)
    assert theirs is not None
    response = coordinator.get(action_url(model, action, theirs.pk))
    assert response.status_code in REFUSED
    assert str(theirs) not in response.content.decode()


@pytest.mark.parametrize("model", ["membership", "observersubscription"])
def test_another_networks_row_cannot_be_ended_by_url(demo, coordinator, model):
    theirs = _theirs(demo, model)
    assert coordinator.get(action_url(model, "end", theirs.pk)).status_code in REFUSED
    assert coordinator.post(action_url(model, "end", theirs.pk)).status_code in REFUSED
    theirs.refresh_from_db()
    assert theirs.ended_on is None


@pytest.mark.parametrize("model", ["membership", "evaluation"])
def test_own_networks_row_opens(demo, coordinator, model):
    path = demo.network(1).path
    if model == "evaluation":
        ours = Evaluation.objects.filter(outcome__path__startswith=path).first()
    else:
        ours = Membership.objects.filter(network=demo.network(1)).first()
    assert coordinator.get(action_url(model, "inspect", ours.pk)).status_code == 200
    assert coordinator.get(action_url(model, "history", ours.pk)).status_code == 200
    # Reading is not editing: coordinators hold no model permission.
    assert coordinator.get(action_url(model, "edit", ours.pk)).status_code in REFUSED
    assert coordinator.get(action_url(model, "delete", ours.pk)).status_code in REFUSED


@pytest.mark.parametrize("model", ["membership", "observersubscription", "evaluation"])
@pytest.mark.parametrize("file_format", ["csv", "xlsx"])
def test_downloads_hold_only_their_networks_rows(demo, coordinator, model, file_format):
    response = export(coordinator, model, file_format)
    assert response.status_code == 200
    rows = csv_rows(response) if file_format == "csv" else xlsx_rows(response)[0]
    assert len(rows) - 1 == _ours_count(demo, model) == len(listed(coordinator, model))


@pytest.mark.parametrize("model", ["membership", "observersubscription"])
def test_filtering_by_another_network_gives_nothing(demo, coordinator, model):
    query = f"?network__page_ptr__exact={demo.network(2).pk}"
    assert listed(coordinator, model, query) == []
    assert len(csv_rows(export(coordinator, model, "csv", query))) == 1  # the headings only


def test_filtering_evaluations_by_another_network_gives_nothing(demo, coordinator):
    query = f"?network={demo.network(2).pk}"
    assert listed(coordinator, "evaluation", query) == []
    assert len(csv_rows(export(coordinator, "evaluation", "csv", query))) == 1


def test_network_filter_offers_only_their_network(demo, coordinator):
    html = coordinator.get("/admin/registry/membership/").content.decode()
    assert f"network__page_ptr__exact={demo.network(1).pk}" in html
    assert f"network__page_ptr__exact={demo.network(2).pk}" not in html
    html = coordinator.get("/admin/outcomes/evaluation/").content.decode()
    assert f"network={demo.network(1).pk}" in html
    assert f"network={demo.network(2).pk}" not in html


@pytest.mark.parametrize("model", ["municipality", "person"])
def test_towns_and_people_are_the_associations_records(demo, coordinator, model):
    """Not in SPEC §4's coordinator column: no list, no download, no record, by any URL."""
    records = Municipality if model == "municipality" else Person
    one = records.objects.first()
    for url in (
        f"/admin/registry/{model}/",
        f"/admin/registry/{model}/?export=csv",
        f"/admin/registry/{model}/?export=xlsx",
        action_url(model, "edit", one.pk),
        action_url(model, "history", one.pk),
    ):
        response = coordinator.get(url)
        assert response.status_code in REFUSED, url
        assert "text/csv" not in response.get("Content-Type", "")
