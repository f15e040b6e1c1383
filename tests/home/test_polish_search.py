"""Search understands Polish as people type it (issue 12): every inflected form of a word, with
or without Polish letters, finds the practices written with any other form of it – on SQLite
and on PostgreSQL alike (CI runs this file on both).

The practices below were written for this test; each query names the practices that a reader
typing it wants, and the whole set's recall and precision are asserted, as well as each query's
own recall, so that a regression names its word."""

import pytest

from home import polish
from practices.models import PracticePage
from tests.factories.practices import PracticeIndexPageFactory, PracticePageFactory
from tests.factories.registry import MunicipalityFactory
from workspaces.access import policy as access
from workspaces.registry.services import participants_group

pytestmark = pytest.mark.django_db

PRACTICES = {
    "schools": (
        "Termomodernizacja szkół podstawowych",
        "Miasto ociepliło dwie szkoły podstawowe i wymieniło okna w szkole muzycznej.",
        "Żyrardów",
    ),
    "station": (
        "Nowe życie dworca kolejowego",
        "Zabytkowy dworzec kolejowy zamieniono w centrum przesiadkowe; przy dworcu stanął "
        "parking dla pasażerów.",
        "Kutno",
    ),
    "queues": (
        "Wizyty bez czekania",
        "Mieszkańcy rezerwują wizyty w urzędzie przez internet, więc kolejki zniknęły.",
        "Łomża",
    ),
    "payments": (
        "Płatności bezgotówkowe",
        "Opłaty lokalne w urzędzie miasta można uiścić kartą lub telefonem; płatność trwa minutę.",
        "Sieradz",
    ),
    "gardens": (
        "Ogrody społeczne na osiedlach",
        "Mieszkańcy uprawiają warzywa w ogrodach społecznych; w każdym ogrodzie działa lider.",
        "Olecko",
    ),
    "seniors": (
        "Klub seniora w bibliotece",
        "Starsi mieszkańcy spotykają się w bibliotece miejskiej; klub prowadzą wolontariusze.",
        "Pisz",
    ),
    "bikes": (
        "Miejski rower dla dojeżdżających",
        "Stacje rowerów miejskich stoją przy przystankach autobusowych.",
        "Gniezno",
    ),
    "budget": (
        "Budżet obywatelski dla młodzieży",
        "Młodzi mieszkańcy zgłaszają projekty do budżetu obywatelskiego i głosują na nie.",
        "Mława",
    ),
    "cycle_path": (
        "Bezpieczna trasa nad rzeką",
        "Gmina zbudowała drogę rowerową wzdłuż rzeki, oświetloną i odśnieżaną zimą.",
        "Opoczno",
    ),
    "lights": (
        "Zgłaszanie awarii oświetlenia",
        "Zepsute latarnie zgłasza się aplikacją, a ekipa naprawia je w dwa dni.",
        "Krosno",
    ),
    "paperless": (
        "Cyfrowy obieg pism",
        "Urzędnicy podpisują dokumenty elektronicznie, a archiwum zajmuje jeden serwer.",
        "Świdwin",
    ),
    "rainwater": (
        "Retencja wody deszczowej",
        "Zbiorniki zbierają deszczówkę z dachów budynków miejskich do podlewania zieleni.",
        "Wągrowiec",
    ),
}

RESIDENTS = {"queues", "gardens", "seniors", "budget"}
# What a reader typing the query wants: cases, numbers, adjectives, phrases, no diacritics,
# towns. Each query's expected practices follow from the texts above, read by a person.
RECALL_SET = [
    ("szkoła", {"schools"}),
    ("szkoły", {"schools"}),
    ("szkół", {"schools"}),
    ("szkole", {"schools"}),
    ("szkola", {"schools"}),
    ("szkolach", {"schools"}),
    ("szkołach", {"schools"}),
    ("dworzec", {"station"}),
    ("dworca", {"station"}),
    ("dworcu", {"station"}),
    ("dworzec kolejowy", {"station"}),
    ("dworca kolejowego", {"station"}),
    ("kolejowym dworcu", {"station"}),
    ("urząd", {"queues", "payments"}),
    ("urzędu", {"queues", "payments"}),
    ("urzad", {"queues", "payments"}),
    ("urzedzie", {"queues", "payments"}),
    ("kolejka", {"queues"}),
    ("kolejki", {"queues"}),
    ("kolejek", {"queues"}),
    ("płatność", {"payments"}),
    ("płatności", {"payments"}),
    ("platnosc", {"payments"}),
    ("platnosci", {"payments"}),
    ("ogród", {"gardens"}),
    ("ogrodów", {"gardens"}),
    ("ogrodow", {"gardens"}),
    ("ogrod", {"gardens"}),
    ("ogrody społeczne", {"gardens"}),
    ("spoleczny ogrod", {"gardens"}),
    ("senior", {"seniors"}),
    ("seniorów", {"seniors"}),
    ("biblioteka", {"seniors"}),
    ("bibliotece miejskiej", {"seniors"}),
    ("rower", {"bikes"}),
    ("rowerów", {"bikes"}),
    ("rowery miejskie", {"bikes"}),
    ("droga rowerowa", {"cycle_path"}),
    ("drogi rowerowe", {"cycle_path"}),
    ("budżet obywatelski", {"budget"}),
    ("budzet obywatelski", {"budget"}),
    ("budżetu obywatelskiego", {"budget"}),
    ("młodzież", {"budget"}),
    ("mlodziezy", {"budget"}),
    ("mieszkaniec", RESIDENTS),
    ("mieszkańcom", RESIDENTS),
    ("mieszkancow", RESIDENTS),
    ("Krosno", {"lights"}),
    ("Krośnie", {"lights"}),
    ("krosna", {"lights"}),
    ("Świdwin", {"paperless"}),
    ("swidwin", {"paperless"}),
    ("Świdwinie", {"paperless"}),
    ("urzędnik", {"paperless"}),
    ("dokument", {"paperless"}),
    ("woda deszczowa", {"rainwater"}),
    ("wody", {"rainwater"}),
    ("deszczówka", {"rainwater"}),
    ("latarnia", {"lights"}),
    ("latarni", {"lights"}),
]
MIN_RECALL = 1.0
MIN_PRECISION = 0.9


@pytest.fixture
def written():
    """The practices, by key: published in a fresh library, each in its own town."""
    library = PracticeIndexPageFactory(parent=PracticePage.get_first_root_node())
    pages = {}
    for key, (title, text, town) in PRACTICES.items():
        pages[key] = PracticePageFactory(
            parent=library,
            title=title,
            title_en="",
            situation=f"<p>{text}</p>",
            town=MunicipalityFactory(name=town),
        )
    return pages


def _found(pages, query, user):
    mine = PracticePage.objects.live().filter(pk__in=[page.pk for page in pages.values()])
    keys_by_pk = {page.pk: key for key, page in pages.items()}
    return [keys_by_pk[page.pk] for page in access.visible_pages(user, mine).search(query)]


def test_the_recall_set_is_big_enough_and_covers_each_practice():
    assert len(RECALL_SET) >= 40
    wanted = set().union(*(expected for _query, expected in RECALL_SET))
    assert wanted == set(PRACTICES)


def test_every_form_finds_what_its_base_word_describes(written, django_user_model):
    """Recall and precision over the whole set, and each query's misses by name."""
    reader = django_user_model.objects.create_user("reader", password="x")
    participants_group().user_set.add(reader)  # the library is for the networks' participants
    relevant_found = returned = expected_total = 0
    misses, extras = {}, {}
    for query, expected in RECALL_SET:
        found = set(_found(written, query, reader))
        relevant_found += len(found & expected)
        returned += len(found)
        expected_total += len(expected)
        if expected - found:
            misses[query] = expected - found
        if found - expected:
            extras[query] = found - expected
    recall = relevant_found / expected_total
    precision = relevant_found / returned if returned else 0.0
    print(f"recall {recall:.3f} precision {precision:.3f} over {len(RECALL_SET)} queries")  # -s
    assert recall >= MIN_RECALL, misses
    assert precision >= MIN_PRECISION, extras


def test_the_exact_title_ranks_first(written):
    """Two practices speak of the civic budget for the young; typing one's title puts that
    one first."""
    library = written["budget"].get_parent()
    PracticePageFactory(
        parent=library,
        title="Spotkania z mieszkańcami",
        situation="<p>Na spotkaniach rozmawiamy też o tym, jak młodzież może skorzystać z "
        "budżetu obywatelskiego.</p>",
        town=MunicipalityFactory(name="Kalisz"),
    )
    results = list(PracticePage.objects.live().search("Budżet obywatelski dla młodzieży"))
    assert results[0].pk == written["budget"].pk


def test_the_form_as_typed_ranks_above_another_form(written):
    """ "urzędzie" finds both practices about the town hall; the one that says "urzędzie"
    comes before one that says only "urzędem"."""
    library = written["queues"].get_parent()
    other = PracticePageFactory(
        parent=library,
        title="Rada seniorów",
        situation="<p>Rada współpracuje z urzędem.</p>",
        town=MunicipalityFactory(name="Turek"),
    )
    mine = [written["queues"].pk, other.pk]
    results = [page.pk for page in PracticePage.objects.filter(pk__in=mine).search("urzędzie")]
    assert results == [written["queues"].pk, other.pk]


def test_a_word_the_dictionary_does_not_know_is_its_own_key():
    """Names, acronyms and typos still match themselves (folded)."""
    assert polish.alternatives("Xyzzyq") == ["xyzzyq"]


def test_ambiguous_forms_keep_every_lemma():
    assert {"droga", "drogi"} <= set(polish.alternatives("drogi"))


def test_restoring_polish_letters_is_bounded():
    """A long word typed without diacritics is not expanded into millions of spellings."""
    assert polish.restored_lemmas("konstantynopolitanczykowianeczka") == frozenset()
