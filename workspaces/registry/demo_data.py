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


# Each network's goals as the Association would state them on its landing page: a sentence
# on what the network is about, then what its members set out to do.
GOALS = {
    1: (
        "Sieć pomaga małym i średnim miastom cyfryzować urzędy i usługi publiczne tak, by "
        "mieszkańcy załatwiali sprawy szybciej, a pracownicy mniej czasu poświęcali na ręczną "
        "pracę.",
        [
            "porównywać doświadczenia z wdrożeń e-usług, elektronicznego obiegu dokumentów i "
            "otwartych danych, zanim miasto wyda pieniądze na system;",
            "wspólnie przygotowywać opisy zamówień i wymagania wobec dostawców;",
            "dbać o cyberbezpieczeństwo urzędów i kompetencje cyfrowe pracowników.",
        ],
        "The network helps small and medium-sized towns digitalise their offices and public "
        "services, so that residents get things done faster and staff spend less time on manual "
        "work.",
        [
            "compare experience of rolling out e-services, electronic document management and "
            "open data before a town spends money on a system;",
            "prepare tender specifications and requirements for suppliers together;",
            "look after town halls' cybersecurity and their staff's digital skills.",
        ],
    ),
    2: (
        "Sieć zajmuje się finansami miasta i pozyskiwaniem pieniędzy na rozwój: od wieloletniej "
        "prognozy finansowej i wkładu własnego, przez łączenie dotacji, pożyczek i środków "
        "prywatnych, po dochody własne i opłaty lokalne.",
        [
            "dzielić się sposobami finansowania inwestycji bez przekraczania granic zadłużenia;",
            "uczyć się od miast, które skutecznie łączą kilka źródeł finansowania jednego "
            "projektu;",
            "pokazywać radnym i mieszkańcom finanse miasta w zrozumiały sposób.",
        ],
        "The network deals with municipal finance and funding for development: from the "
        "long-term financial forecast and own contributions, through combining grants, loans and "
        "private money, to own revenue and local charges.",
        [
            "share ways of financing investment without exceeding debt limits;",
            "learn from towns that combine several sources of funding for one project;",
            "present the town's finances to councillors and residents in a way they understand.",
        ],
    ),
    3: (
        "Sieć łączy miasta, które chcą, by mieszkańcy naprawdę współdecydowali o swoim "
        "otoczeniu. Uczestnicy dzielą się doświadczeniami z konsultacji społecznych, budżetów "
        "obywatelskich, paneli obywatelskich i współpracy z organizacjami pozarządowymi.",
        [
            "docierać do osób, które zwykle nie biorą udziału w konsultacjach: seniorów, "
            "młodzieży i mieszkańców osiedli oddalonych od centrum;",
            "projektować procesy partycypacyjne z jasnymi zasadami i informacją zwrotną dla "
            "uczestników;",
            "budować trwałą współpracę miasta z organizacjami i grupami mieszkańców.",
        ],
        "The network brings together towns that want residents to have a real say in shaping "
        "their surroundings. Members share experience of public consultations, participatory "
        "budgets, citizens' assemblies and cooperation with non-governmental organisations.",
        [
            "reach people who rarely take part in consultations: older residents, young people "
            "and those living far from the centre;",
            "design participatory processes with clear rules and feedback for participants;",
            "build lasting cooperation between the town, organisations and groups of residents.",
        ],
    ),
    4: (
        "Sieć zajmuje się polityką społeczną w starzejących się miastach: usługami dla "
        "seniorów, osób z niepełnosprawnościami i ich opiekunów, mieszkalnictwem wspomaganym "
        "oraz dostępnością przestrzeni i urzędów.",
        [
            "wymieniać się sprawdzonymi usługami społecznymi i sposobami ich finansowania po "
            "zakończeniu dotacji;",
            "planować usługi tak, by starsi mieszkańcy jak najdłużej żyli samodzielnie we "
            "własnym domu;",
            "usuwać bariery w przestrzeni miasta, w transporcie i w obsłudze w urzędzie.",
        ],
        "The network deals with social policy in ageing towns: services for older people, "
        "people with disabilities and their carers, supported housing, and accessible public "
        "spaces and offices.",
        [
            "exchange proven social services and ways of funding them once a grant ends;",
            "plan services so that older residents can live independently at home for as long "
            "as possible;",
            "remove barriers in public space, in transport and at the town hall's counters.",
        ],
    ),
    5: (
        "Sieć pomaga miastom wspierać lokalną przedsiębiorczość i turystykę: przyciągać "
        "inwestorów, zatrzymywać młodych ludzi zakładających firmy, ożywiać centra i "
        "wydłużać pobyt turystów.",
        [
            "dzielić się sposobami obsługi inwestorów i wspierania nowych firm, od inkubatorów "
            "po lokale na preferencyjnych warunkach;",
            "rozwijać ofertę turystyczną razem z lokalnymi przedsiębiorcami;",
            "mierzyć, co działania miasta dają lokalnej gospodarce.",
        ],
        "The network helps towns support local enterprise and tourism: attract investors, keep "
        "young people who start businesses, bring town centres back to life and make visitors "
        "stay longer.",
        [
            "share ways of looking after investors and supporting new businesses, from "
            "incubators to premises on preferential terms;",
            "develop what the town offers visitors together with local businesses;",
            "measure what the town's actions bring to the local economy.",
        ],
    ),
    6: (
        "Sieć zajmuje się przygotowaniem miast na zmiany klimatu i ochroną środowiska: "
        "retencją wody deszczowej, zielenią, efektywnością energetyczną budynków i czystym "
        "powietrzem.",
        [
            "wymieniać się rozwiązaniami, które małe miasta mogą wdrożyć przy ograniczonym "
            "budżecie;",
            "wspólnie przygotowywać projekty adaptacji do zmian klimatu i wnioski o ich "
            "dofinansowanie;",
            "przekonywać mieszkańców do zmian w przestrzeni, takich jak łąki kwietne zamiast "
            "trawników.",
        ],
        "The network prepares towns for climate change and looks after the environment: "
        "rainwater retention, greenery, energy efficiency of buildings and clean air.",
        [
            "exchange solutions that small towns can carry out on a limited budget;",
            "prepare climate adaptation projects and funding applications together;",
            "win residents over to changes in public space, such as wildflower meadows instead "
            "of lawns.",
        ],
    ),
    7: (
        "Sieć zajmuje się zarządzaniem ludźmi w urzędach i jednostkach miejskich: rekrutacją, "
        "wdrażaniem nowych pracowników, rozwojem kompetencji, wynagrodzeniami i organizacją "
        "pracy.",
        [
            "szukać sposobów na przyciągnięcie i zatrzymanie specjalistów, o których samorządy "
            "konkurują z firmami;",
            "dzielić się narzędziami kadrowymi: ścieżkami kariery, rozmowami rozwojowymi i "
            "wartościowaniem stanowisk;",
            "przygotowywać w urzędach kolejne pokolenie kierowników.",
        ],
        "The network deals with managing people in town halls and municipal bodies: "
        "recruitment, onboarding, skills development, pay and the organisation of work.",
        [
            "find ways to attract and keep the specialists local government competes for with "
            "business;",
            "share HR tools: career paths, development conversations and job evaluation;",
            "prepare the next generation of managers in town halls.",
        ],
    ),
    8: (
        "Sieć jest zamkniętym forum burmistrzów, prezydentów miast i ich zastępców. Liderzy "
        "rozmawiają w zaufanym gronie o tym, jak wyznaczać kierunek rozwoju miasta, "
        "podejmować trudne decyzje i rozliczać się z nich przed mieszkańcami.",
        [
            "wymieniać się doświadczeniami z zarządzania urzędem i zespołem kierowniczym;",
            "omawiać strategie rozwoju miast i współpracę z gminami sąsiednimi;",
            "wspierać się w sytuacjach kryzysowych i w trudnych rozmowach z mieszkańcami.",
        ],
        "The network is a closed forum of mayors, city presidents and their deputies. In a "
        "trusted circle, leaders discuss how to set the direction of their town's development, "
        "take difficult decisions and account for them to residents.",
        [
            "share experience of managing the town hall and its leadership team;",
            "discuss towns' development strategies and cooperation with neighbouring "
            "municipalities;",
            "support one another in crises and in difficult conversations with residents.",
        ],
    ),
}


def network_goals(number):
    """Network `number`'s goals as HTML, in Polish and English."""
    intro_pl, goals_pl, intro_en, goals_en = GOALS[number]
    return (
        _goals_html(intro_pl, "Uczestnicy sieci chcą:", goals_pl),
        _goals_html(intro_en, "The network's members want to:", goals_en),
    )


def _goals_html(intro, lead, goals):
    items = "".join(f"<li>{goal}</li>" for goal in goals)
    return f"<p>{intro}</p><p>{lead}</p><ul>{items}</ul>"


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
