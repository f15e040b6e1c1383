"""Transfers: towns record adopting a practice; stages move forward; visitors see a count."""

import datetime
import io

from django.core.exceptions import PermissionDenied, ValidationError
from django.urls import reverse

import pytest

from practices import transfers
from practices.models import PracticePage, Transfer, TransferStage
from tests.polish import english
from workspaces.access.models import Promotion


def _practice_without_transfers(promoted=False):
    promoted_ids = Promotion.objects.values("page_id")
    practices = PracticePage.objects.live().filter(transfers__isnull=True)
    practices = (
        practices.filter(pk__in=promoted_ids)
        if promoted
        else practices.exclude(pk__in=promoted_ids)
    )
    return practices.order_by("pk").first()


def test_member_records_adoption_stage_by_stage(demo):
    member, practice = demo.user("member"), _practice_without_transfers()
    transfers.record(practice, member, TransferStage.INTERESTED, on=datetime.date(2024, 1, 10))
    transfers.record(
        practice, member, TransferStage.ADAPTING, "Mniejsza skala", on=datetime.date(2024, 3, 1)
    )
    transfer = transfers.record(
        practice, member, TransferStage.IMPLEMENTED, on=datetime.date(2024, 9, 1)
    )
    assert transfer.town == member.person.municipality
    assert (transfer.interested_on, transfer.adapting_on, transfer.implemented_on) == (
        datetime.date(2024, 1, 10), datetime.date(2024, 3, 1), datetime.date(2024, 9, 1),
    )  # fmt: skip
    assert transfer.changes == "Mniejsza skala"
    assert Transfer.objects.filter(practice=practice).count() == 1


def test_stages_only_move_forward_and_abandoning_ends_it(demo):
    member, practice = demo.user("member"), _practice_without_transfers()
    transfers.record(practice, member, TransferStage.ADAPTING)
    with pytest.raises(ValidationError):
        transfers.record(practice, member, TransferStage.INTERESTED)
    transfers.record(practice, member, TransferStage.ABANDONED)
    with pytest.raises(ValidationError):
        transfers.record(practice, member, TransferStage.IMPLEMENTED)
    assert Transfer.objects.get(practice=practice).stage == TransferStage.ABANDONED


@pytest.mark.parametrize("username", ["observer", "coordinator", "demo-former"])
def test_only_members_representing_a_town_record(demo, username):
    """Observers hold no seat; the coordinator represents no town; a former member left."""
    practice = _practice_without_transfers()
    with pytest.raises(PermissionDenied):
        transfers.record(practice, demo.user(username), TransferStage.INTERESTED)
    assert not Transfer.objects.filter(practice=practice).exists()


def test_unknown_stage_is_refused(demo):
    with pytest.raises(ValidationError):
        transfers.record(_practice_without_transfers(), demo.user("member"), "finished")


def test_member_records_from_the_practice_page(demo):
    practice = _practice_without_transfers()
    client = demo.client_for("member")
    response = client.post(
        reverse("record_transfer", args=[practice.pk]), {"stage": "interested", "changes": "Ok"}
    )
    assert response.status_code == 302
    html = client.get(practice.url).content.decode()
    assert demo.user("member").person.municipality.name in html


def test_members_see_the_towns_visitors_only_the_count(demo):
    practice = _practice_without_transfers(promoted=True)
    transfers.record(practice, demo.user("member"), TransferStage.IMPLEMENTED, "Wdrożone")
    transfers.record(practice, demo.user("mayor"), TransferStage.ABANDONED)
    town = demo.user("member").person.municipality.name
    visitor_html = demo.client_for(None).get(english(practice.url)).content.decode()
    assert "1 town is adopting this practice." in visitor_html  # the abandoned one does not count
    assert "Wdrożone" not in visitor_html
    member_html = demo.client_for("member").get(practice.url).content.decode()
    assert town in member_html and "Wdrożone" in member_html


def test_editors_report_counts_transfers_per_network_and_stage(demo):
    rows = {network.number: counts for network, counts in transfers.report_by_network()}
    total = sum(sum(counts) for counts in rows.values())
    assert total == Transfer.objects.filter(practice__networks__isnull=False).count()
    html = demo.client_for("editor").get(reverse("practices_transfers_report")).content.decode()
    assert "MIASTO CYFROWE" in html


def test_report_and_export_are_for_editors_only(demo):
    for url in (reverse("practices_transfers_report"), reverse("practices_export", args=["csv"])):
        assert demo.client_for("coordinator").get(url).status_code in (302, 403)
        assert demo.client_for("member").get(url).status_code in (302, 403)


def test_csv_export_lists_the_filtered_library(demo):
    response = demo.client_for("editor").get(
        reverse("practices_export", args=["csv"]), {"funding": "eu"}
    )
    assert response.status_code == 200
    lines = response.content.decode("utf-8-sig").strip().splitlines()
    expected = PracticePage.objects.live().filter(funding_source="eu").count()
    assert len(lines) == expected + 1  # with the header
    assert "ł" in response.content.decode("utf-8-sig")  # Polish letters survive


def test_xlsx_export_opens_with_every_practice(demo):
    from openpyxl import load_workbook

    response = demo.client_for("editor").get(reverse("practices_export", args=["xlsx"]))
    workbook = load_workbook(io.BytesIO(response.content))
    sheet = workbook.active
    assert sheet.max_row == PracticePage.objects.live().count() + 1
    titles = {row[0] for row in sheet.iter_rows(min_row=2, values_only=True)}
    assert titles == set(PracticePage.objects.live().values_list("title", flat=True))
