"""The accessibility statement (home/accessibility_statement.py): public, in Polish and English,
with every part the Act of 4 April 2019 requires."""

import pytest

from tests.design.pages import soup
from tests.polish import english

STATEMENT_URL = "/deklaracja-dostepnosci/"

# The parts the law asks for, as the Polish page names them.
REQUIRED_SECTIONS = [
    "Stan dostępności cyfrowej",
    "Treści niedostępne",
    "Przygotowanie deklaracji dostępności",
    "Informacje zwrotne i dane kontaktowe",
    "Procedura wnioskowo-skargowa",
    "Postępowanie przed Rzecznikiem Praw Obywatelskich",
    "Dostępność architektoniczna",
    "Aplikacje mobilne",
]


@pytest.mark.parametrize("reader", [None, "member"])
def test_everyone_reads_the_statement(demo, reader):
    page = soup(demo.client_for(reader).get(STATEMENT_URL))
    assert page.find("h1").get_text() == "Deklaracja dostępności"
    headings = [h.get_text() for h in page.find("main").find_all(["h2", "h3"])]
    assert [section for section in REQUIRED_SECTIONS if section not in headings] == []


def test_the_statement_gives_the_facts_the_law_requires(demo):
    text = soup(demo.client_for(None).get(STATEMENT_URL)).find("main").get_text(" ")
    assert "Związek Miast Polskich" in text  # the entity
    assert "Data publikacji strony internetowej: 2022-03-01" in text
    assert "Data ostatniej istotnej aktualizacji:" in text
    assert "częściowo zgodna" in text  # the status, honestly partial
    assert "Data sporządzenia deklaracji:" in text and "samooceny" in text
    assert "7 dni" in text and "2 miesięcy" in text  # the request procedure's deadlines


def test_placeholders_are_marked_not_invented(demo):
    text = soup(demo.client_for(None).get(STATEMENT_URL)).find("main").get_text(" ")
    assert "[numer do uzupełnienia przez Związek]" in text  # no made-up phone number
    assert "[Opis do uzupełnienia przez Związek" in text


def test_english_readers_get_the_english_statement(demo):
    client = demo.client_for(None)
    response = client.get(english(STATEMENT_URL))
    page = soup(response)
    assert page.find("h1").get_text() == "Accessibility statement"
    assert "partially compliant" in page.find("main").get_text()


def test_the_statement_stays_out_of_the_main_navigation(demo):
    nav = soup(demo.client_for(None).get("/")).find("nav", class_="main-nav")
    assert STATEMENT_URL not in [a["href"] for a in nav.find_all("a")]
