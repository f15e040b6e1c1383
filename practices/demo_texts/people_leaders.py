"""Demo practices of KAPITAŁ LUDZKI (7) and PRZYWÓDZTWO = WIZJA + ODPOWIEDZIALNOŚĆ (8)."""

from ..models import FundingSource as F
from .base import DemoPractice as P

PRACTICES = [
    # KAPITAŁ LUDZKI: human resources management
    P(
        7, "Skarżysko-Kamienna", "Ścieżki kariery dla pracowników urzędu",
        ("kadry", "rozwój kompetencji", "zarządzanie"), F.OWN_BUDGET, 90_000,
        ((2021, 1), (2022, 12)),
        "W ciągu dwóch lat z Urzędu Miasta Skarżyska-Kamiennej odeszło 19% pracowników. Z "
        "rozmów z odchodzącymi wynikało, że nie widzieli szans na awans ani rozwój, a podwyżki "
        "zależały głównie od stażu pracy.",
        "Urząd opisał ścieżki kariery dla czterech grup stanowisk, od podinspektora do "
        "głównego specjalisty, z wymaganiami kompetencyjnymi na każdym szczeblu. Co roku każdy "
        "pracownik omawia z przełożonym plan rozwoju, a urząd finansuje szkolenia i studia "
        "podyplomowe z nim zgodne. O awansie decyduje spełnienie wymagań, a nie tylko lata "
        "pracy.",
        "Po dwóch latach rotacja spadła do 8%, a 37 osób awansowało zgodnie ze ścieżką. Trzy "
        "stanowiska kierownicze objęli pracownicy urzędu zamiast kandydatów z zewnątrz.",
        "Ścieżki trzeba tworzyć razem z kierownikami wydziałów, bo to oni prowadzą rozmowy "
        "rozwojowe. Bez pieniędzy na podwyżki przy awansach system traci wiarygodność już po "
        "pierwszym roku.",
        promoted=True,
    ),
    P(
        7, "Rumia", "Płatne staże dla studentów w urzędzie miasta",
        ("kadry", "młodzież", "rekrutacja"), F.OWN_BUDGET, 150_000,
        ((2021, 6), (2023, 9)),
        "Urzędowi Miasta Rumi trudno było pozyskać młodych specjalistów, zwłaszcza w "
        "planowaniu przestrzennym, inwestycjach i informatyce. Absolwenci trójmiejskich uczelni "
        "wybierali pracę w Gdańsku i Gdyni.",
        "Miasto podpisało z dwiema trójmiejskimi uczelniami porozumienia o płatnych "
        "trzymiesięcznych stażach. Stażyści pracują przy konkretnym projekcie pod opieką "
        "mentora z urzędu, a najlepsi dostają propozycję zatrudnienia. Staże są ogłaszane w "
        "uczelnianych biurach karier i w mediach społecznościowych miasta.",
        "W trzech edycjach staż odbyło 24 studentów, z których 9 zatrudniono w urzędzie. Dwie "
        "prace magisterskie powstały na podstawie projektów przygotowanych podczas stażu.",
        "Staż musi być płatny i mieć konkretne zadanie – inaczej studenci traktują go jak "
        "obowiązek z programu studiów. Mentorzy potrzebują czasu na opiekę nad stażystami, co "
        "trzeba uwzględnić w ich obowiązkach.",
    ),
    P(
        7, "Kędzierzyn-Koźle", "Program wdrożenia nowego pracownika z opiekunem",
        ("kadry", "wdrożenie pracowników", "zarządzanie"), F.OWN_BUDGET, 40_000,
        ((2022, 1), (2023, 1)),
        "Nowi pracownicy Urzędu Miasta Kędzierzyn-Koźle dostawali pierwszego dnia klucze, "
        "login i stos przepisów. Co trzecia osoba odchodziła przed końcem pierwszego roku, a "
        "przełożeni nie mieli czasu, żeby wprowadzać nowych ludzi.",
        "Urząd wprowadził trzymiesięczny program wdrożenia: każdy nowy pracownik ma opiekuna "
        "spoza grona przełożonych, listę zadań na pierwsze tygodnie i rozmowy podsumowujące po "
        "miesiącu i po trzech miesiącach. Opiekunowie przechodzą szkolenie i na czas opieki "
        "dostają dodatek do wynagrodzenia. Powstał też przewodnik po urzędzie i krótki kurs "
        "e-learningowy.",
        "Odsetek osób odchodzących w pierwszym roku pracy spadł z 33% do 12%. W ankiecie 94% "
        "nowych pracowników oceniło program jako pomocny, a przełożeni zauważają, że nowe osoby "
        "szybciej zaczynają samodzielnie prowadzić sprawy.",
        "Opiekunem nie powinien być przełożony – przed kolegą łatwiej przyznać się do "
        "niewiedzy. Dodatek dla opiekuna jest niewielki, ale pokazuje, że to zadanie traktujemy "
        "poważnie.",
    ),
    P(
        7, "Zabrze", "Akademia kompetencji: pracownicy urzędu szkolą kolegów",
        ("kadry", "rozwój kompetencji", "szkolenia"), F.EU_FUNDS, 260_000,
        ((2021, 9), (2023, 8)),
        "Budżet szkoleniowy Urzędu Miejskiego w Zabrzu pozwalał wysłać na zewnętrzny kurs "
        "najwyżej co piątego pracownika w roku. Tymczasem w urzędzie pracowali eksperci, którzy "
        "mogliby uczyć innych, ale ich wiedza nie wychodziła poza wydziały.",
        "Urząd utworzył wewnętrzną akademię: 28 pracowników ukończyło kurs trenerski "
        "sfinansowany ze środków unijnych i prowadzi szkolenia dla kolegów z urzędu i "
        "jednostek miasta – z prawa administracyjnego, obsługi systemów, prostego języka czy "
        "rozmowy z trudnym klientem. Zajęcia trwają od dwóch do czterech godzin, a program "
        "ustala się co pół roku na podstawie zgłoszonych potrzeb.",
        "W dwa lata akademia przeprowadziła 164 szkolenia, w których wzięło udział 1 380 osób. "
        "Godzina szkolenia kosztuje około 70% mniej niż na kursach zewnętrznych, a trenerzy "
        "wewnętrzni dostają dodatek za prowadzenie zajęć.",
        "Trenerzy potrzebują wsparcia metodycznego i czasu na przygotowanie zajęć w godzinach "
        "pracy. Ocena każdego szkolenia przez uczestników pomaga utrzymać jakość.",
    ),
    P(
        7, "Krosno", "Elastyczny czas pracy i praca hybrydowa w urzędzie",
        ("kadry", "praca zdalna", "zarządzanie"), F.OWN_BUDGET, 130_000,
        ((2022, 6), (2023, 6)),
        "Po pandemii część pracowników Urzędu Miasta Krosna pytała o możliwość dalszej pracy "
        "zdalnej, a urząd przegrywał walkę o specjalistów z firmami, które ją oferowały. "
        "Kierownicy obawiali się jednak, że urząd będzie gorzej dostępny dla mieszkańców.",
        "Urząd wprowadził regulamin pracy hybrydowej – do dwóch dni zdalnych w tygodniu na "
        "stanowiskach bez bezpośredniej obsługi interesantów – oraz ruchomy początek pracy "
        "między 7:00 a 9:00. Sala obsługi mieszkańców jest czynna w poniedziałki do 17:00. "
        "Kierownicy co kwartał sprawdzają, czy sprawy są załatwiane w terminie.",
        "Z pracy hybrydowej korzysta 41% pracowników. Odsetek osób zadowolonych z pracy wzrósł w "
        "badaniu satysfakcji z 58% do 79%, a terminowość załatwiania spraw się nie pogorszyła. Na "
        "ogłoszenia o pracę odpowiada średnio dwa razy więcej kandydatów.",
        "Jasne zasady, kto i kiedy może pracować zdalnie, chronią przed poczuciem "
        "niesprawiedliwości. Największym kosztem jest bezpieczny sprzęt i dostęp do systemów "
        "spoza urzędu.",
    ),
    P(
        7, "Tomaszów Mazowiecki", "Wartościowanie stanowisk i przejrzysta siatka płac",
        ("kadry", "wynagrodzenia", "zarządzanie"), F.OWN_BUDGET, 75_000,
        ((2022, 2), (2023, 12)),
        "Wynagrodzenia w Urzędzie Miasta w Tomaszowie Mazowieckim przez lata zależały od "
        "indywidualnych negocjacji. Osoby na podobnych stanowiskach zarabiały bardzo różnie, co "
        "budziło poczucie niesprawiedliwości i konflikty.",
        "Zespół z udziałem pracowników i związków zawodowych przeprowadził wartościowanie "
        "wszystkich 186 stanowisk według jednolitych kryteriów: wymaganej wiedzy, "
        "odpowiedzialności, złożoności zadań i warunków pracy. Na tej podstawie powstała siatka "
        "płac z przedziałami dla każdej kategorii, zapisana w regulaminie wynagradzania.",
        "W ciągu dwóch lat wynagrodzenia 54 osób podniesiono do dolnej granicy przedziału. "
        "Liczba skarg dotyczących płac spadła z kilkunastu do dwóch rocznie, a w ogłoszeniach "
        "o pracę urząd podaje teraz widełki wynagrodzenia.",
        "Wartościowanie trzeba przeprowadzić z udziałem pracowników, inaczej nikt nie uzna "
        "wyników. Zmiany warto rozłożyć w czasie i zabezpieczyć na nie pieniądze w budżecie "
        "miasta.",
    ),
    P(
        7, "Świdwin", "Roczne rozmowy rozwojowe z pracownikami",
        ("kadry", "rozwój kompetencji", "zarządzanie"), F.OWN_BUDGET, 8_000,
        ((2023, 1), (2023, 12)),
        "Oceny okresowe w Urzędzie Miasta Świdwin były formalnością: wszyscy dostawali ocenę "
        "pozytywną, a arkusze trafiały do akt. Pracownicy nie wiedzieli, czego oczekują od nich "
        "przełożeni, a kierownicy nie znali planów zawodowych swoich zespołów.",
        "Oprócz ocen wymaganych przepisami urząd wprowadził coroczne rozmowy rozwojowe: "
        "godzinną rozmowę pracownika z przełożonym według prostego scenariusza – co się "
        "udało, co przeszkadza, czego chcę się nauczyć. Kierownicy przeszli szkolenie z "
        "prowadzenia takich rozmów, a wnioski z nich trafiają do planu szkoleń urzędu.",
        "W pierwszym roku odbyło się 58 rozmów. Na ich podstawie przygotowano plan szkoleń, "
        "zmieniono podział zadań w dwóch referatach i przeniesiono trzy osoby na stanowiska "
        "zgodne z ich zainteresowaniami. W ankiecie 84% pracowników uznało rozmowy za "
        "przydatne.",
        "Rozmowy rozwojowej nie można łączyć z decyzją o premii – wtedy pracownicy mówią "
        "otwarcie. W małym urzędzie wystarczy jeden dzień szkolenia dla kierowników i jedna "
        "strona scenariusza.",
    ),
    P(
        7, "Włocławek", "Szkoła liderów dla kierowników wydziałów",
        ("kadry", "przywództwo", "rozwój kompetencji"), F.EU_FUNDS, 320_000,
        ((2021, 10), (2022, 6)),
        "W ciągu trzech lat zmieniła się połowa kierowników wydziałów Urzędu Miasta Włocławek. "
        "Nowi kierownicy byli zwykle najlepszymi specjalistami w swoich zespołach, ale nikt nie "
        "przygotował ich do zarządzania ludźmi.",
        "Miasto zorganizowało dziewięciomiesięczną szkołę liderów dofinansowaną ze środków "
        "unijnych: osiem dwudniowych zjazdów – od planowania pracy i delegowania, przez trudne "
        "rozmowy, po zarządzanie projektem – oraz indywidualny coaching. Każdy uczestnik "
        "przeprowadził w swoim wydziale projekt usprawniający pracę.",
        "Szkołę ukończyło 22 kierowników, którzy wdrożyli 22 usprawnienia, m.in. skrócenie "
        "czasu wydawania zaświadczeń z siedmiu do trzech dni. W badaniu zaangażowania ocena "
        "pracy przełożonych wzrosła z 3,2 do 4,0 w skali pięciostopniowej.",
        "Projekty wdrażane w trakcie szkoły sprawiają, że wiedza od razu zamienia się w "
        "praktykę. Warto zaprosić do udziału także zastępców prezydenta, żeby kierownicy "
        "widzieli, że zmiany mają poparcie.",
    ),
    # PRZYWÓDZTWO = WIZJA + ODPOWIEDZIALNOŚĆ: mayors, city presidents and their deputies
    P(
        8, "Jarocin", "Dyżury burmistrza na osiedlach i w sołectwach",
        ("przywództwo", "komunikacja", "partycypacja"), F.OWN_BUDGET, None,
        ((2022, 3), (2024, 2)),
        "Na spotkania z burmistrzem w jarocińskim ratuszu przychodzili głównie ci sami "
        "mieszkańcy, a z osiedli oddalonych od centrum i z sołectw gminy docierały prawie "
        "wyłącznie pisemne skargi. Burmistrz chciał usłyszeć również tych, którzy do urzędu "
        "nie przychodzą.",
        "Raz w miesiącu burmistrz pełni dwugodzinny dyżur na innym osiedlu lub w innym "
        "sołectwie – w szkole, świetlicy albo bibliotece. Towarzyszą mu kierownicy wydziałów "
        "odpowiedzialnych za sprawy danego miejsca. Każda sprawa trafia do rejestru z terminem "
        "odpowiedzi, a po roku podsumowanie dyżurów ukazuje się na stronie miasta.",
        "W ciągu dwóch lat odbyły się 24 dyżury, na które przyszło ponad 900 osób. Z 412 "
        "zarejestrowanych spraw 71% załatwiono w ciągu trzech miesięcy, a kilkanaście zgłoszeń "
        "trafiło do budżetu jako nowe zadania, m.in. oświetlenie przejść dla pieszych.",
        "Sednem jest rejestr spraw z terminami – bez niego dyżury stają się zwykłymi "
        "spotkaniami. Dzięki obecności kierowników wiele spraw udaje się wyjaśnić na miejscu.",
        promoted=True,
    ),
    P(
        8, "Cieszyn", "Reorganizacja urzędu przygotowana z pracownikami",
        ("przywództwo", "zarządzanie", "reorganizacja"), F.OWN_BUDGET, 45_000,
        ((2021, 1), (2022, 6)),
        "Struktura Urzędu Miejskiego w Cieszynie rozrastała się latami: 17 wydziałów i "
        "referatów, niektóre dwuosobowe, część zadań się dublowała, a za inne nikt nie "
        "odpowiadał. Wcześniejsza próba reorganizacji skończyła się protestem pracowników.",
        "Burmistrz powierzył przygotowanie zmian zespołowi kierowników i pracowników różnych "
        "szczebli. Przez pół roku zespół opisał zadania urzędu, zaproponował nową strukturę i "
        "harmonogram zmian rozłożony na rok. Każdą zmianę ogłaszano z miesięcznym "
        "wyprzedzeniem, a osoby przenoszone do innych komórek rozmawiały wcześniej z przyszłym "
        "przełożonym.",
        "Komórek organizacyjnych jest teraz 11, a w ankiecie po roku 68% pracowników oceniło "
        "zmiany pozytywnie. Nikt nie odszedł z urzędu z powodu reorganizacji, a obieg "
        "dokumentów między wydziałami skrócił się o jedną trzecią, co odczuli także mieszkańcy "
        "miasta załatwiający sprawy w kilku wydziałach.",
        "Pracownicy akceptują zmiany, jeśli współtworzą ich projekt i z wyprzedzeniem wiedzą, "
        "co ich czeka. Reorganizacji nie warto zaczynać w pierwszych miesiącach kadencji, zanim "
        "dobrze pozna się urząd.",
    ),
    P(
        8, "Kędzierzyn-Koźle", "Jawny podział zadań między prezydentem a zastępcami",
        ("przywództwo", "zarządzanie"), F.OWN_BUDGET, None,
        ((2022, 1), (2022, 6)),
        "W Kędzierzynie-Koźlu zbyt wiele spraw – od dużych inwestycji po drobne skargi – "
        "trafiało wprost do prezydenta miasta. Podział zadań z zastępcami był zwyczajowy, a "
        "mieszkańcy nie wiedzieli, kto odpowiada za ich sprawę.",
        "Prezydent podzielił zarządzanie miastem na trzy piony: inwestycji i infrastruktury, "
        "spraw społecznych oraz finansów i strategii. Podział wpisano do regulaminu "
        "organizacyjnego i opublikowano na stronie miasta razem z listą spraw każdego pionu. "
        "Raz w tygodniu odbywa się godzinne spotkanie kierownictwa, a pełnomocnicy do "
        "konkretnych projektów działają tylko do czasu ich zakończenia.",
        "Spraw przekazywanych do decyzji prezydenta jest o około 40% mniej. Pełnomocnik do "
        "spraw rewitalizacji zakończył pracę razem z programem, nie zostawiając po sobie stałego "
        "stanowiska, a zastępcy sami prowadzą rozmowy z radami osiedli.",
        "Zastępcy muszą mieć prawo do samodzielnych decyzji w swoich pionach – inaczej podział "
        "istnieje tylko na papierze. Raz na pół roku warto policzyć, ile spraw mimo wszystko "
        "wraca na biurko prezydenta.",
    ),
    P(
        8, "Żary", "Wspólna komunikacja autobusowa z gminami ościennymi",
        ("przywództwo", "transport publiczny", "współpraca międzygminna"), F.NATIONAL,
        1_900_000, ((2022, 9), (2024, 8)),
        "Po likwidacji prywatnych linii autobusowych mieszkańcy wsi wokół Żar stracili dojazd "
        "do szkół, przychodni i pracy w mieście. Gminy ościenne nie miały ani pieniędzy, ani "
        "doświadczenia, żeby samodzielnie organizować przewozy.",
        "Burmistrz Żar zaproponował wójtom sąsiednich gmin porozumienie międzygminne: miasto "
        "organizuje przewozy na sześciu liniach podmiejskich, a gminy współfinansują je "
        "proporcjonalnie do liczby wozokilometrów na swoim terenie. Linie otrzymują dopłatę z "
        "rządowego Funduszu rozwoju przewozów autobusowych o charakterze użyteczności "
        "publicznej, a rozkłady jazdy dopasowano do lekcji w szkołach i zmian w największych "
        "zakładach pracy.",
        "Liniami podmiejskimi jeździ około 1 200 pasażerów dziennie. Dopłata z funduszu "
        "pokrywa ponad połowę deficytu przewozów, a po roku do porozumienia przystąpiła "
        "czwarta gmina.",
        "Porozumienie wymaga zaufania między wójtami a burmistrzem – pomogły regularne "
        "spotkania i przejrzyste rozliczenia udostępniane wszystkim gminom. Rozkład jazdy warto "
        "konsultować ze szkołami i pracodawcami, bo to ich uczniowie i pracownicy są "
        "największą grupą pasażerów.",
    ),
]  # fmt: skip
