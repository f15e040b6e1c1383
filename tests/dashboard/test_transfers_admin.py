"""The transfers list in the admin (issue 11, point 3): filters by network, stage and dates,
search, ordering, and a download of what the list shows, written injection-safe."""

import csv
import datetime
import io

from django.urls import reverse

import pytest

from practices.models import Transfer, TransferStage

from .test_network_report import INJECTION

LIST = "practices_transfer_modeladmin_index"


@pytest.fixture
def transfers(demo, build):
    network_1, network_2 = demo.network(1), demo.network(2)
    first = build.practice(build.member_town(1, "Listowo"), "Lista: praktyka sieci 1", [network_1])
    second = build.practice(build.member_town(2, "Spisowo"), INJECTION, [network_2])
    made = {
        "implemented": build.transfer(first, stage=TransferStage.IMPLEMENTED),
        "interested": build.transfer(second, stage=TransferStage.INTERESTED),
    }
    made["implemented"].implemented_on = datetime.date(2023, 5, 10)
    made["implemented"].save()
    return made


def _rows(response):
    return list(csv.reader(io.StringIO(response.content.decode("utf-8-sig"))))


def _practices_listed(client, **params):
    response = client.get(reverse(LIST), params)
    assert response.status_code == 200
    return response.content.decode()


def test_filters_by_stage_network_and_date(demo, transfers):
    client = demo.client_for("editor")
    implemented, interested = transfers["implemented"], transfers["interested"]

    page = _practices_listed(client, stage__exact=TransferStage.IMPLEMENTED)
    assert implemented.practice.title in page and interested.practice.title not in page

    page = _practices_listed(client, practice__networks__page_ptr__exact=demo.network(2).pk)
    assert interested.town.name in page
    assert implemented.practice.title not in page

    page = _practices_listed(
        client, implemented_on__gte="2023-05-01", implemented_on__lt="2023-06-01"
    )
    assert implemented.practice.title in page and interested.practice.title not in page


def test_search_finds_by_practice_or_town(demo, transfers):
    client = demo.client_for("editor")
    town = transfers["interested"].town.name
    page = _practices_listed(client, q=town)
    assert town in page
    assert transfers["implemented"].practice.title not in page


def test_the_download_holds_the_listed_rows_injection_safe(demo, transfers):
    client = demo.client_for("editor")
    response = client.get(
        reverse(LIST), {"stage__exact": TransferStage.INTERESTED, "export": "csv"}
    )
    assert response.status_code == 200
    cells = [cell for row in _rows(response)[1:] for cell in row]
    assert "'" + INJECTION in cells and INJECTION not in cells
    assert transfers["implemented"].practice.title not in cells
    rows = _rows(response)[1:]
    assert len(rows) == Transfer.objects.filter(stage=TransferStage.INTERESTED).count()


def test_an_unknown_filter_is_refused(demo, transfers):
    response = demo.client_for("editor").get(
        reverse(LIST), {"recorded_by__password__startswith": "m"}
    )
    assert response.status_code == 400


def test_coordinators_and_members_do_not_open_the_list(demo, transfers):
    for username in ("coordinator", "member"):
        response = demo.client_for(username).get(reverse(LIST))
        assert response.status_code in (302, 403)
