"""Downloads of a registry list: exactly its rows and columns, and never a live formula."""

import pytest

from tests.factories.registry import MembershipFactory, MunicipalityFactory, PersonFactory
from workspaces.registry.models import Municipality

from .helpers import column_headings, csv_rows, export, list_url, listed, xlsx_rows

pytestmark = pytest.mark.django_db

# What a spreadsheet would run (OWASP's examples), as towns' names someone typed.
FORMULAS = ["=cmd|' /C calc'!A0", "+1+cmd|' /C calc'!A0", "-2+3", "@SUM(1+1)*cmd|' /C calc'!A0"]


def test_the_list_offers_both_downloads_of_what_it_shows(editor):
    html = editor.get(list_url("membership") + "?role__exact=member&q=a").content.decode()
    assert "export=xlsx" in html and "export=csv" in html
    assert "role__exact=member" in html.split("export=csv")[0].rsplit('href="', 1)[-1]


@pytest.mark.parametrize("file_format", ["csv", "xlsx"])
def test_membership_download_has_the_lists_rows_and_columns(demo, editor, file_format):
    query = f"?network__page_ptr__exact={demo.network(2).pk}&status=active&o=-5"
    shown = listed(editor, "membership", query)
    response = export(editor, "membership", file_format, query)
    assert response.status_code == 200
    rows = csv_rows(response) if file_format == "csv" else xlsx_rows(response)[0]
    assert rows[0] == column_headings(editor, "membership", query)
    assert len(rows[0]) == 8  # person, network, role, town, voivodeship, from, until, qualifies
    assert len(rows) - 1 == len(shown) > 1
    assert [row[0] for row in rows[1:]] == [str(m.person) for m in shown]  # same order
    assert {row[1] for row in rows[1:]} == {str(demo.network(2))}


def test_download_follows_the_search(demo, editor):
    ours = MembershipFactory(network=demo.network(2), person=PersonFactory())
    surname = ours.person.user.last_name
    rows = csv_rows(export(editor, "membership", "csv", f"?q={surname}"))
    assert len(rows) == 2 and rows[1][0] == str(ours.person)


def test_download_writes_dates_as_dates_in_xlsx(demo, editor):
    query = f"?network__page_ptr__exact={demo.network(2).pk}"
    rows, _sheet = xlsx_rows(export(editor, "membership", "xlsx", query))
    first = listed(editor, "membership", query)[0]
    assert rows[1][5].date() == first.started_on


@pytest.mark.parametrize("file_format", ["csv", "xlsx"])
def test_formulas_typed_into_the_registry_arrive_as_text(editor, file_format):
    for index, formula in enumerate(FORMULAS):
        MunicipalityFactory(name=formula, population=index + 1)
    response = export(editor, "municipality", file_format, "?o=2")  # by population
    if file_format == "csv":
        rows = csv_rows(response)
    else:
        rows, sheet = xlsx_rows(response)
        for row in sheet.iter_rows():
            assert all(cell.data_type != "f" for cell in row)
    assert rows[0] == column_headings(editor, "municipality") and len(rows[0]) == 4
    names = [row[0] for row in rows[1:]]
    assert len(names) == Municipality.objects.count()
    for formula in FORMULAS:
        assert "'" + formula in names
    assert not [name for name in names if name and name[0] in "=+-@"]
    small = [row for row in rows[1:] if row[0] == "'" + FORMULAS[0]][0]
    assert small[2] in ("1", 1)  # numbers stay numbers


def test_evaluation_download_has_the_lists_rows(demo, editor):
    network = demo.network(1)
    shown = listed(editor, "evaluation", f"?network={network.pk}")
    rows = csv_rows(export(editor, "evaluation", "csv", f"?network={network.pk}"))
    assert rows[0] == column_headings(editor, "evaluation") and len(rows[0]) == 5
    assert [row[0] for row in rows[1:]] == [str(e.outcome) for e in shown] and shown
