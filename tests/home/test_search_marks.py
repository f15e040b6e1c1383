"""Search results show why they were found: the query's words marked in titles and excerpts,
in the forms the text uses, and never anything unescaped."""

from django.utils.html import strip_tags

import pytest

from home.templatetags.search_marks import excerpt, marked
from practices.models import PracticePage

pytestmark = pytest.mark.django_db


def test_a_base_form_marks_the_inflected_forms_in_a_title():
    assert marked("Termomodernizacja szkół", "szkoła") == "Termomodernizacja <mark>szkół</mark>"


def test_a_query_without_polish_letters_marks_the_word_with_them():
    assert marked("Wizyta w urzędzie", "urzad") == "Wizyta w <mark>urzędzie</mark>"


def test_text_is_escaped_around_the_marks():
    assert marked("<b>szkoła</b>", "szkoła") == "&lt;b&gt;<mark>szkoła</mark>&lt;/b&gt;"


def test_the_excerpt_is_cut_around_the_first_match():
    text = "<p>" + "wstęp " * 40 + "ocieplono dwie szkoły podstawowe" + " dalej" * 60 + "</p>"
    cut = excerpt(text, "szkoła")
    assert "<mark>szkoły</mark>" in cut
    assert cut.startswith("… ") and cut.endswith(" …")
    assert cut.count("wstęp") < 40 and cut.count("dalej") < 60


def test_without_a_match_the_excerpt_is_the_beginning():
    assert excerpt("<p>Krótki opis bez trafienia.</p>", "rower") == "Krótki opis bez trafienia."


def test_the_site_search_marks_what_it_found(client, demo):
    response = client.get("/szukaj/", {"q": "mieszkancow"})
    html = response.content.decode()
    assert response.status_code == 200
    assert "<mark>mieszkańców</mark>" in html or "<mark>Mieszkańców</mark>" in html


def test_a_misspelt_search_suggests_the_word_that_exists(client, demo):
    """ "rewitalizcja" finds nothing; the site offers the word a title the visitor may open
    spells ("rewitalizacji"), and following it finds results."""
    response = client.get("/szukaj/", {"q": "rewitalizcja"})
    assert response.context["results"].paginator.count == 0
    suggested = response.context["suggestions"]
    assert suggested and all(word.startswith("rewitalizac") for word in suggested)
    followed = client.get("/szukaj/", {"q": response.context["suggestions"][0]})
    assert followed.context["results"].paginator.count > 0


def test_suggestions_never_come_from_pages_the_reader_may_not_open(client, demo):
    """ "robocxa" is one letter from "robocza" – a word only of the workspaces' titles
    ("Przestrzeń robocza"), which members open and visitors do not: only the member is
    offered it."""
    typo = "robocxa"
    visitor = client.get("/szukaj/", {"q": typo})
    assert visitor.context["results"].paginator.count == 0
    assert visitor.context["suggestions"] == []
    member = demo.client_for("member").get("/szukaj/", {"q": typo})
    assert member.context["suggestions"] == ["robocza"]


def test_the_library_offers_the_whole_site_when_it_finds_nothing(demo):
    member = demo.client_for("member")
    html = member.get("/dobre-praktyki/", {"q": "rewitalizcja"}).content.decode()
    assert "/szukaj/?q=rewitalizcja" in html
    assert "?q=rewitalizacji" in html


def test_an_excerpt_reads_as_text(demo):
    """Rich-text fields come from the search index as lists of parts; the excerpt shows their
    words, never a list's brackets and quotes."""
    practice = PracticePage.objects.live().first()
    text = practice.search_text()
    assert "['" not in text and "']" not in text
    assert strip_tags(practice.situation).split()[0] in text
