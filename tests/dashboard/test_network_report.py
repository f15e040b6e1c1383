"""The Association's per-network report (issue 11, point 4): its figures are those of the rows
recorded – worked out here from the rows this test made, in a network of its own – on screen
and in the CSV and XLSX downloads (written injection-safe); a coordinator reads their own
network's report and no other, whatever the URL; the cost does not grow with the data."""

import csv
import io
import re
from collections import Counter
from statistics import mean

from django.contrib.auth.models import Group
from django.urls import reverse
from django.utils import formats, translation
from django.utils.html import escape

import pytest
from openpyxl import load_workbook

from practices.models import PracticeIndexPage, TransferStage
from tests.factories.outcomes import OutcomeIndexPageFactory
from tests.factories.practices import PracticePageFactory, TransferFactory
from tests.factories.registry import (
    MunicipalityFactory,
    NetworkPageFactory,
    UserFactory,
    WorkspacePageFactory,
)
from workspaces.access.groups import EDITOR_GROUP_NAMES
from workspaces.activity import report as reports
from workspaces.registry.models import Membership, NetworkIndexPage

from .conftest import Builder

INJECTION = '=HYPERLINK("http://example.org/x","kliknij")'


class FreshNetwork(Builder):
    """A network of its own, so that every row in its report is one this test made."""

    def __init__(self, demo):
        super().__init__(demo)
        self.network = NetworkPageFactory(parent=NetworkIndexPage.objects.get())
        self.workspace = WorkspacePageFactory(parent=self.network)
        self.outcome_index = OutcomeIndexPageFactory(parent=self.network)

    def network_of(self, number):
        return self.network

    def workspace_of(self, number):
        return self.workspace

    def outcome_index_of(self, number):
        return self.outcome_index


@pytest.fixture
def fresh(demo):
    return FreshNetwork(demo)


def _record(fresh, scale=1):
    """Sessions held and one coming, their attendance, outcomes and evaluations, practices and
    transfers of the network's towns, and rows that must stay out of the report."""
    made = {"held": [], "attendance": [], "scores": {}, "practices": [], "transfers": []}
    suffix = fresh.network.pk
    town_a = fresh.member_town("ours", f"Alfowo {suffix}-{scale}")
    town_b = fresh.member_town("ours", f"Betowo {suffix}-{scale}")
    outsider = MunicipalityFactory(name=f"Obcowo {suffix}-{scale}")
    for i in range(scale):
        for days, attendees in ((-200 - i, [town_a, town_a, town_b]), (-100 - i, [town_b])):
            session = fresh.session("ours", days_from_now=days)
            made["held"].append(session)
            for town in attendees:
                fresh.attend(session, town)
                made["attendance"].append((town.name, session.pk))
        fresh.attend(fresh.session("ours", days_from_now=30 + i), town_a)  # not held yet

        rated = fresh.outcome("ours", f"Rezultat raportu {i}")
        made["scores"][rated.title] = [(5, 4), (3, 2), (4, 4)]
        for usefulness, transferability in made["scores"][rated.title]:
            fresh.evaluation(rated, usefulness, transferability)
        unrated = fresh.outcome("ours", f"Rezultat bez ocen {i}")
        made["scores"][unrated.title] = []

        own = fresh.practice(town_a, f"Praktyka Alfowa {i}")
        made["practices"].append(own)
        fresh.practice(town_a, f"Szkic Alfowa {i}", live=False)  # not published: not reported
        foreign = fresh.practice(outsider, f"Praktyka Obcowa {i}")  # not a network town's
        made["transfers"] += [
            fresh.transfer(own, town_b, TransferStage.IMPLEMENTED),
            fresh.transfer(own, MunicipalityFactory(), TransferStage.INTERESTED),
            fresh.transfer(foreign, town_b, TransferStage.ADAPTING),
        ]
        fresh.transfer(foreign, MunicipalityFactory(), TransferStage.ABANDONED)  # not ours
    made["towns"] = (town_a, town_b)
    made["injected"] = fresh.practice(town_b, INJECTION)
    made["practices"].append(made["injected"])
    return made


def _expected_summary(made):
    scores = [pair for pairs in made["scores"].values() for pair in pairs]
    stages = Counter(transfer.stage for transfer in made["transfers"])
    return {
        "sessions": len(made["held"]),
        "attendances": len(made["attendance"]),
        "outcomes": len(made["scores"]),
        "evaluations": len(scores),
        "usefulness": mean(u for u, _t in scores),
        "transferability": mean(t for _u, t in scores),
        "practices": len(made["practices"]),
        "stages": {stage: stages[stage] for stage in TransferStage.values},
    }


def test_the_report_holds_the_figures_of_the_rows_recorded(fresh):
    made = _record(fresh)
    report = reports.network_report(fresh.network, fresh.demo.user("editor"))
    expected = _expected_summary(made)

    assert [s.pk for s in report.sessions] == [s.pk for s in made["held"]]
    assert report.attendances == expected["attendances"]
    assert report.evaluations == expected["evaluations"]
    assert report.average_usefulness == pytest.approx(expected["usefulness"])
    assert report.average_transferability == pytest.approx(expected["transferability"])

    per_town = Counter(name for name, _session in made["attendance"])
    sessions_per_town = {
        name: len({s for n, s in made["attendance"] if n == name}) for name in per_town
    }
    assert {row.town: (row.attendances, row.sessions) for row in report.attendance} == {
        name: (per_town[name], sessions_per_town[name]) for name in per_town
    }
    for row in report.outcomes:
        scores = made["scores"][row.outcome.title]
        assert row.evaluations == len(scores)
        if scores:
            assert row.usefulness == pytest.approx(mean(u for u, _t in scores))
            assert row.transferability == pytest.approx(mean(t for _u, t in scores))
        else:
            assert row.usefulness is None
    assert {row.outcome.title for row in report.outcomes} == set(made["scores"])
    assert {p.pk for p in report.practices} == {p.pk for p in made["practices"]}
    assert {t.pk for t in report.transfers} == {t.pk for t in made["transfers"]}
    assert dict(report.transfers_by_stage) == {
        TransferStage(stage).label: n for stage, n in expected["stages"].items()
    }


def _editor():
    editor = UserFactory()
    editor.groups.add(Group.objects.get(name=EDITOR_GROUP_NAMES[0]))
    return editor


def _client(demo, user):
    client = demo.client_for(None)
    client.force_login(user)
    return client


def test_the_report_page_shows_the_figures(demo, fresh):
    made = _record(fresh)
    url = reverse("activity_network_report", args=[fresh.network.pk])
    response = _client(demo, _editor()).get(url)
    assert response.status_code == 200
    page = response.content.decode()
    expected = _expected_summary(made)
    with translation.override(response["Content-Language"]):
        shown = {
            label: re.search(
                rf"<th scope=\"row\">{re.escape(escape(translation.gettext(label)))}</th>"
                r"<td>([^<]*)</td>",
                page,
            ).group(1)
            for label in ("Sessions held", "Attendances", "Evaluations", "Average usefulness")
        }
        usefulness = formats.number_format(expected["usefulness"], 2)
    assert int(shown["Sessions held"]) == expected["sessions"]
    assert int(shown["Attendances"]) == expected["attendances"]
    assert int(shown["Evaluations"]) == expected["evaluations"]
    assert shown["Average usefulness"] == usefulness
    for town in made["towns"]:
        assert town.name in page
    assert escape(made["practices"][0].title) in page


def _summary_of(rows, response):
    """{English label: value} from the summary at the top of the sheet (it ends at the first
    gap); the sheet is written in the language the response was made in."""
    written = {}
    for row in rows:
        if not row or not row[0]:
            break
        written[row[0]] = row[1]
    with translation.override(response["Content-Language"]):
        return {label: written.get(translation.gettext(label)) for label in SUMMARY_LABELS}


SUMMARY_LABELS = (
    "Sessions held",
    "Attendances",
    "Evaluations",
    "Average usefulness",
    "Average transferability",
    "Practices of the network's towns",
)


def _csv_rows(response):
    text = response.content.decode("utf-8-sig")
    return list(csv.reader(io.StringIO(text)))


def _xlsx_rows(response):
    sheet = load_workbook(io.BytesIO(response.content)).active
    return [[cell.value for cell in row] for row in sheet.iter_rows()], sheet


def test_the_downloads_hold_the_same_figures_and_no_formula(demo, fresh):
    made = _record(fresh)
    expected = _expected_summary(made)
    client = _client(demo, _editor())
    export = "activity_network_report_export"

    csv_response = client.get(reverse(export, args=[fresh.network.pk, "csv"]))
    assert csv_response.status_code == 200
    assert csv_response["Content-Type"].startswith("text/csv")
    rows = _csv_rows(csv_response)
    summary = _summary_of(rows, csv_response)
    assert int(summary["Sessions held"]) == expected["sessions"]
    assert int(summary["Attendances"]) == expected["attendances"]
    assert int(summary["Evaluations"]) == expected["evaluations"]
    assert float(summary["Average usefulness"]) == pytest.approx(expected["usefulness"], abs=0.01)
    cells = [cell for row in rows for cell in row]
    assert "'" + INJECTION in cells
    assert INJECTION not in cells

    xlsx_response = client.get(reverse(export, args=[fresh.network.pk, "xlsx"]))
    assert xlsx_response.status_code == 200
    rows, sheet = _xlsx_rows(xlsx_response)
    summary = _summary_of(rows, xlsx_response)
    assert summary["Sessions held"] == expected["sessions"]
    assert summary["Practices of the network's towns"] == expected["practices"]
    assert summary["Average transferability"] == pytest.approx(
        expected["transferability"], abs=0.01
    )
    injected = [c for row in sheet.iter_rows() for c in row if c.value == "'" + INJECTION]
    assert injected and all(c.data_type == "s" for c in injected)
    assert not [c for row in sheet.iter_rows() for c in row if c.data_type == "f"]


def test_a_coordinator_reads_their_own_networks_report_and_no_other(demo):
    client = demo.client_for("coordinator")
    ours, theirs = demo.network(1), demo.network(2)
    assert client.get(reverse("activity_network_report", args=[ours.pk])).status_code == 200
    assert client.get(reverse("activity_network_report", args=[theirs.pk])).status_code == 404
    for file_format in ("csv", "xlsx"):
        url = reverse("activity_network_report_export", args=[theirs.pk, file_format])
        assert client.get(url).status_code == 404
    index = client.get(reverse("activity_report_index")).content.decode()
    assert reverse("activity_network_report", args=[ours.pk]) in index
    assert reverse("activity_network_report", args=[theirs.pk]) not in index


def test_an_editor_reads_any_networks_report(demo):
    client = demo.client_for("editor")
    for number in (1, 2, 8):
        url = reverse("activity_network_report", args=[demo.network(number).pk])
        assert client.get(url).status_code == 200


@pytest.mark.parametrize("username", ["member", "observer", None])
def test_members_observers_and_visitors_get_no_report(demo, username):
    client = demo.client_for(username)
    url = reverse("activity_network_report", args=[demo.network(1).pk])
    assert client.get(url).status_code in (302, 403, 404)
    export = reverse("activity_network_report_export", args=[demo.network(1).pk, "csv"])
    response = client.get(export)
    assert response.status_code in (302, 403, 404)
    assert not response.get("Content-Type", "").startswith("text/csv")


def test_the_menu_offers_the_reports_to_coordinators_not_members(demo):
    url = reverse("activity_report_index")
    assert url in demo.client_for("coordinator").get("/admin/").content.decode()
    assert demo.client_for("editor").get(url).status_code == 200


REPORT_BUDGET = 30


@pytest.mark.parametrize("scale", [1, 10])
def test_the_report_costs_the_same_at_ten_times_the_data(
    demo, fresh, django_assert_max_num_queries, scale
):
    _record(fresh, scale)
    client = _client(demo, _editor())
    client.get(reverse("activity_network_report", args=[fresh.network.pk]))
    for name, args in (
        ("activity_network_report", [fresh.network.pk]),
        ("activity_network_report_export", [fresh.network.pk, "xlsx"]),
    ):
        with django_assert_max_num_queries(REPORT_BUDGET):
            assert client.get(reverse(name, args=args)).status_code == 200


def test_an_unknown_format_is_not_found(demo):
    url = reverse("activity_network_report_export", args=[demo.network(1).pk, "pdf"])
    assert demo.client_for("editor").get(url).status_code == 404


def test_sessions_not_yet_held_are_not_counted(fresh):
    fresh.session("ours", days_from_now=1)
    fresh.session("ours", days_from_now=-1)
    assert len(reports.network_report(fresh.network, fresh.demo.user("editor")).sessions) == 1


def test_a_practice_not_yet_published_stays_unnamed_to_a_coordinator(demo):
    """A transfer recorded on a practice still in draft: the editor's report names it, the
    network's coordinator's report (page and download) does not (access.admin_pages)."""
    network = demo.network(1)
    seat = Membership.objects.filter(network=network, role="member").exclude(municipality=None)
    town = seat.first().municipality
    draft = PracticePageFactory(
        parent=PracticeIndexPage.objects.get(),
        title="Szkic praktyki TAJNYSZKICRAPORTU",
        town=town,
        live=False,
    )
    TransferFactory(practice=draft, town=MunicipalityFactory())
    url = reverse("activity_network_report", args=[network.pk])
    export = reverse("activity_network_report_export", args=[network.pk, "csv"])
    editor, coordinator = demo.client_for("editor"), demo.client_for("coordinator")
    assert "TAJNYSZKICRAPORTU" in editor.get(url).content.decode()
    assert "TAJNYSZKICRAPORTU" not in coordinator.get(url).content.decode()
    assert "TAJNYSZKICRAPORTU" not in coordinator.get(export).content.decode()
