"""Search results show why they were found: the query's words marked in titles and excerpts,
in the forms the text uses, and never anything unescaped."""

import pytest

from home.templatetags.search_marks import excerpt, marked

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
