"""The library's filters on a phone (issue 13: "the library's eight filters stand above the
results on phones"): the search box stays in view, the filters and the sort order fold into a
disclosure that is closed when the page opens and needs no JavaScript."""

import pytest

from practices.models import PracticeIndexPage

from .pages import soup

FOLDED = ["network", "tag", "voivodeship", "town", "status", "funding", "sort"]


def _library(client, query=""):
    return soup(client.get(PracticeIndexPage.objects.get().url + query))


@pytest.mark.parametrize("username", [None, "member"])
def test_the_filters_fold_into_a_closed_disclosure_and_the_search_box_stays(demo, username):
    document = _library(demo.client_for(username))
    form = document.select_one("main form.filters")
    disclosure = form.select_one("details")
    assert disclosure is not None and not disclosure.has_attr("open")
    assert disclosure.find("summary").get_text(strip=True)
    assert [select["name"] for select in disclosure.select("select")] == FOLDED
    search = form.select_one("input[name=q]")
    assert search.find_parent("details") is None
    assert form.select_one("button[type=submit]").find_parent("details") is None


def test_the_summary_names_the_filters_in_force(demo):
    document = _library(demo.client_for("member"), "?funding=eu")
    summary = document.select_one("main form.filters details summary")
    chosen = [tag.get_text(strip=True) for tag in summary.select(".tag")]
    funding_label = document.select_one("label[for=id_funding]").get_text(strip=True)
    assert chosen == [funding_label]
    selected = document.select_one("select[name=funding] option[selected]")
    assert selected["value"] == "eu"  # the filter works without JavaScript: a plain GET form
