"""Facts for the demo: the eight networks (SPEC §1) and real Polish towns.

Town populations are rounded; programme statuses follow the Local Development Programme
where the brief names them (grant winners, non-winners) and are illustrative elsewhere.
"""

from .models import ProgrammeStatus as S
from .models import Voivodeship as V

NETWORKS = [
    # number, Polish name, English name, slug, Polish theme, English theme
    (1, "MIASTO CYFROWE", "DIGITAL CITIES AND TOWNS", "miasto-cyfrowe",
     "Cyfryzacja", "Digitalisation"),
    (2, "ZASOBY MIEJSKIE", "URBAN RESOURCES", "zasoby-miejskie",
     "Finanse samorządowe i finansowanie rozwoju",
     "Local government finance and development funding"),
    (3, "MIASTO OBYWATELI", "CIVIC CITIES AND TOWNS", "miasto-obywateli",
     "Partycypacja, konsultacje i współpraca", "Participation, consultations and cooperation"),
    (4, "MIASTO DOSTĘPNE I SPRAWIEDLIWE", "ACCESSIBLE AND FAIR CITIES AND TOWNS",
     "miasto-dostepne-i-sprawiedliwe", "Polityka społeczna i senioralna",
     "Social and senior citizen policies"),
    (5, "MIASTO PRZEDSIĘBIORCZE", "ENTREPRENEURIAL CITIES AND TOWNS", "miasto-przedsiebiorcze",
     "Przedsiębiorczość lokalna i turystyka", "Local entrepreneurship and tourism"),
    (6, "MIASTO ZIELONE", "GREEN CITIES AND TOWNS", "miasto-zielone",
     "Klimat i środowisko", "Climate and environment"),
    (7, "KAPITAŁ LUDZKI", "URBAN HUMAN RESOURCES / STAFFING", "kapital-ludzki",
     "Zarządzanie zasobami ludzkimi", "Human resources management"),
    (8, "PRZYWÓDZTWO = WIZJA + ODPOWIEDZIALNOŚĆ", "LEADERSHIP = VISION + ACCOUNTABILITY",
     "przywodztwo", "Sieć liderów: burmistrzowie, prezydenci i ich zastępcy",
     "Leaders: mayors, city presidents and their deputies"),
]  # fmt: skip
LEADERS_NETWORK_NUMBER = 8

TOWNS = [
    # name, voivodeship, population, programme status
    ("Cieszyn", V.SLASKIE, 33_500, S.GRANT_WINNER),
    ("Hajnówka", V.PODLASKIE, 20_000, S.GRANT_WINNER),
    ("Jarocin", V.WIELKOPOLSKIE, 25_500, S.GRANT_WINNER),
    ("Krosno", V.PODKARPACKIE, 45_500, S.GRANT_WINNER),
    ("Łomża", V.PODLASKIE, 61_500, S.GRANT_WINNER),
    ("Przemyśl", V.PODKARPACKIE, 57_000, S.GRANT_WINNER),
    ("Tarnów", V.MALOPOLSKIE, 105_000, S.GRANT_WINNER),
    ("Zabrze", V.SLASKIE, 169_000, S.GRANT_WINNER),
    ("Żary", V.LUBUSKIE, 37_000, S.GRANT_WINNER),
    ("Bartoszyce", V.WARMINSKO_MAZURSKIE, 22_500, S.GRANT_WINNER),
    ("Chełm", V.LUBELSKIE, 60_500, S.GRANT_WINNER),
    ("Ciechanów", V.MAZOWIECKIE, 43_000, S.GRANT_WINNER),
    ("Nowa Sól", V.LUBUSKIE, 38_000, S.FINALIST),
    ("Skarżysko-Kamienna", V.SWIETOKRZYSKIE, 44_000, S.FINALIST),
    ("Starachowice", V.SWIETOKRZYSKIE, 47_000, S.FINALIST),
    ("Tomaszów Mazowiecki", V.LODZKIE, 61_000, S.FINALIST),
    ("Zduńska Wola", V.LODZKIE, 41_000, S.FINALIST),
    ("Grudziądz", V.KUJAWSKO_POMORSKIE, 92_000, S.FINALIST),
    ("Nysa", V.OPOLSKIE, 43_000, S.FINALIST),
    ("Legnica", V.DOLNOSLASKIE, 97_000, S.OTHER),
    ("Rumia", V.POMORSKIE, 49_000, S.OTHER),
    ("Świdwin", V.ZACHODNIOPOMORSKIE, 15_000, S.OTHER),
    ("Sokołów Podlaski", V.MAZOWIECKIE, 18_500, S.OTHER),
    ("Kłodzko", V.DOLNOSLASKIE, 26_000, S.OTHER),
    ("Kędzierzyn-Koźle", V.OPOLSKIE, 58_500, S.OTHER),
    ("Włocławek", V.KUJAWSKO_POMORSKIE, 105_000, S.OTHER),
    ("Lębork", V.POMORSKIE, 34_500, S.OBSERVER),
    ("Gorlice", V.MALOPOLSKIE, 27_000, S.OBSERVER),
    ("Białogard", V.ZACHODNIOPOMORSKIE, 24_000, S.OBSERVER),
    ("Szczytno", V.WARMINSKO_MAZURSKIE, 22_000, S.OBSERVER),
    ("Działdowo", V.WARMINSKO_MAZURSKIE, 20_500, S.OBSERVER),
]

# Polish surnames in -ski/-cki agree with the person's gender, so names come in two lists.
WOMEN = (["Katarzyna", "Magdalena", "Agnieszka", "Joanna", "Monika", "Małgorzata", "Aleksandra"],
         ["Wiśniewska", "Lewandowska", "Szymańska", "Dąbrowska", "Jankowska", "Grabowska",
          "Michalska", "Kaczmarek", "Pietrzak"])  # fmt: skip
MEN = (["Marcin", "Paweł", "Michał", "Krzysztof", "Andrzej", "Grzegorz", "Jakub"],
       ["Kamiński", "Woźniak", "Kozłowski", "Piotrowski", "Pawłowski", "Górski", "Sikora",
        "Baran", "Kowalczyk"])  # fmt: skip


def demo_names():
    """Endless distinct (first, last) names, alternating women and men."""
    women = ((first, last) for last in WOMEN[1] for first in WOMEN[0])
    men = ((first, last) for last in MEN[1] for first in MEN[0])
    while True:
        yield next(women)
        yield next(men)


def network_goals(polish_theme, english_theme):
    """A short statement of goals, in both languages, written for the demo."""
    polish = (
        f"<p>Sieć łączy miasta, które pracują nad tematem: {polish_theme.lower()}. "
        "Uczestnicy konsultują swoje projekty z innymi samorządami i ekspertami, szybko "
        "otrzymują informację zwrotną i wspólnie wypracowują rozwiązania, które inne miasta "
        "mogą powtórzyć.</p>"
    )
    english = (
        f"<p>The network brings together towns working on {english_theme.lower()}. "
        "Participants consult their projects with other local governments and experts, get "
        "feedback quickly and work out solutions together that other towns can repeat.</p>"
    )
    return polish, english


def leak_check_sentence(kind, number):
    """A distinctive sentence for a private page: seeing it where it does not belong is a leak.

    The code word is one searchable token (no hyphens for a tokenizer to split), so a test
    (or a person) can look for it on any surface.
    """
    code = f"TAJNE{kind.upper()}{number}"
    return (
        f"<p>Zdanie kontrolne {code}: ta treść jest poufna i widoczna tylko dla uprawnionych "
        f"uczestników sieci nr {number}.</p>"
    ), code
