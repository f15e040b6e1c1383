"""Demo practices of MIASTO OBYWATELI (3) and MIASTO DOSTĘPNE I SPRAWIEDLIWE (4)."""

from ..models import FundingSource as F
from .base import DemoPractice as P

PRACTICES = [
    # MIASTO OBYWATELI: participation, consultations and cooperation
    P(
        3, "Zduńska Wola", "Mobilne punkty głosowania w budżecie obywatelskim",
        ("partycypacja", "budżet obywatelski", "seniorzy"), F.OWN_BUDGET, 6_000,
        ((2022, 4), (2022, 10)),
        "W budżecie obywatelskim Zduńskiej Woli głosowano głównie przez internet, a papierowe "
        "karty można było oddać tylko w urzędzie. Wśród mieszkańców po 65. roku życia "
        "frekwencja nie przekraczała 3%.",
        "Miasto zmieniło regulamin i uruchomiło mobilne punkty głosowania: dwa dni na "
        "targowisku, jeden przy kościele po niedzielnej mszy, jeden w przychodni i po jednym w "
        "każdej bibliotece. W każdym punkcie dyżurowały dwie osoby z urzędu z wydrukowaną listą "
        "projektów ze zdjęciami i instrukcją głosowania napisaną dużą czcionką.",
        "Frekwencja seniorów wzrosła prawie trzykrotnie, do 8,4%, a łączna frekwencja – z 9% do "
        "13%. W punktach mobilnych oddano 1 870 głosów, czyli co piąty głos całej edycji.",
        "Punkty stawiajcie tam, gdzie seniorzy i tak bywają, w godzinach, w których tam są. "
        "Koszt to głównie czas pracowników – dyżury wpisaliśmy do grafiku jako zwykłą pracę, z "
        "odbiorem godzin za weekendy.",
        promoted=True,
    ),
    P(
        3, "Bartoszyce", "Panel obywatelski o zieleni w centrum miasta",
        ("partycypacja", "panel obywatelski", "zieleń"), F.LOCAL_DEVELOPMENT_PROGRAMME, 140_000,
        ((2022, 5), (2022, 12)),
        "Plan wycinki drzew przy przebudowie głównej ulicy Bartoszyc wywołał protesty i petycję "
        "podpisaną przez ponad tysiąc osób. Władze miasta uznały, że o zieleni w centrum nie da "
        "się zdecydować bez szerszej rozmowy z mieszkańcami.",
        "W ramach projektu finansowanego z Programu „Rozwój Lokalny” miasto zorganizowało "
        "panel obywatelski: 40 osób wylosowanych spośród mieszkańców, z zachowaniem proporcji "
        "wieku, płci i osiedli, obradowało przez trzy soboty. Paneliści wysłuchali dendrologa, "
        "projektanta dróg i przedstawicieli przedsiębiorców, a burmistrz zobowiązał się "
        "wdrożyć rekomendacje poparte przez co najmniej 80% panelistów.",
        "Panel przyjął 11 rekomendacji, w tym zachowanie 27 z 35 drzew przeznaczonych do wycinki "
        "i posadzenie 60 nowych. Projekt przebudowy zmieniono w ciągu trzech miesięcy, a 87% "
        "uczestników zadeklarowało w ankiecie, że weźmie udział w kolejnym panelu.",
        "Najważniejsze są jasne zasady przed startem: co burmistrz zobowiązuje się wdrożyć i "
        "gdzie są granice decyzji, np. budżet i terminy dotacji. Losowanie i moderację warto "
        "powierzyć zewnętrznemu zespołowi, żeby nikt nie podważał bezstronności panelu.",
        promoted=True,
    ),
    P(
        3, "Kłodzko", "Młodzieżowy budżet obywatelski",
        ("partycypacja", "młodzież", "budżet obywatelski"), F.OWN_BUDGET, 150_000,
        ((2022, 9), (2023, 9)),
        "W budżecie obywatelskim Kłodzka projekty zgłaszali głównie dorośli, a młodzi ludzie "
        "rzadko głosowali. Młodzieżowa rada miasta zwracała uwagę, że brakuje miejsc dla "
        "nastolatków, ale jej postulaty nie trafiały do budżetu.",
        "Miasto wydzieliło pulę 150 tysięcy złotych, o której decydują mieszkańcy w wieku od 13 "
        "do 19 lat. Projekty zgłaszają zespoły uczniów z opiekunem, a w szkołach średnich i w "
        "starszych klasach szkół podstawowych odbywają się warsztaty z przygotowania projektu i "
        "kosztorysu. Głosowanie trwa tydzień, w szkołach i przez internet.",
        "W pierwszej edycji zgłoszono 23 projekty, a zagłosowało 1 640 młodych osób, czyli 41% "
        "uprawnionych. Zbudowano skatepark z zadaszoną strefą spotkań i stacje naprawy rowerów "
        "przy dwóch szkołach.",
        "Warsztaty w szkołach są konieczne – bez nich projekty nie mieszczą się w kosztach. "
        "Dobrze, gdy młodzieżowa rada miasta współtworzy regulamin, bo wtedy to młodzi "
        "zachęcają rówieśników do głosowania.",
    ),
    P(
        3, "Rumia", "Spacery badawcze w konsultacjach planu ogólnego",
        ("partycypacja", "konsultacje społeczne", "planowanie przestrzenne"), F.OWN_BUDGET,
        28_000, ((2023, 9), (2024, 6)),
        "Rumia przystąpiła do sporządzania planu ogólnego. W poprzednich konsultacjach "
        "dokumentów planistycznych brało udział kilkanaście osób, głównie właścicieli działek "
        "zainteresowanych zmianą przeznaczenia terenu.",
        "Urbaniści z urzędu poprowadzili w każdej z sześciu dzielnic spacer badawczy – "
        "dwugodzinną trasę, na której mieszkańcy pokazywali miejsca wymagające zmian, a uwagi "
        "nanoszono na mapę w tablecie. Po spacerach odbyły się warsztaty przy makietach, a "
        "uwagi można było zgłaszać także na mapie internetowej na stronie miasta.",
        "W spacerach i warsztatach wzięło udział 380 osób, a na mapie zgłoszono 612 uwag – "
        "dziesięć razy więcej niż w poprzednich konsultacjach. Do projektu planu wpisano m.in. "
        "zachowanie korytarza przewietrzania wzdłuż doliny Zagórskiej Strugi.",
        "Spacer musi prowadzić osoba, która zna projekt planu i potrafi odpowiedzieć na trudne "
        "pytania. Trasę dobrze jest ustalić z radą dzielnicy, a raport ze spacerów opublikować w "
        "ciągu miesiąca, żeby mieszkańcy zobaczyli, co stało się z ich uwagami.",
    ),
    P(
        3, "Krosno", "Inicjatywa lokalna: mieszkańcy współfinansują remonty podwórek",
        ("partycypacja", "inicjatywa lokalna", "przestrzeń publiczna"), F.OWN_BUDGET, 420_000,
        ((2021, 4), (2023, 4)),
        "W Krośnie wiele podwórek między blokami i kamienicami należy do miasta, ale ich remont "
        "nigdy nie trafiał na listę priorytetów inwestycyjnych. Mieszkańcy deklarowali "
        "gotowość do pomocy, jednak nie było zasad, na jakich miasto mogłoby z niej skorzystać.",
        "Rada miasta przyjęła uchwałę o inicjatywie lokalnej: grupa mieszkańców składa wniosek "
        "o remont podwórka i deklaruje wkład – pracę, materiały albo pieniądze – a miasto "
        "pokrywa resztę kosztów. Wnioski ocenia komisja według jawnych kryteriów, wśród których "
        "są liczba zaangażowanych osób i wysokość wkładu.",
        "W ciągu dwóch lat odnowiono 9 podwórek. Mieszkańcy przepracowali łącznie około 2 300 "
        "godzin, a ich wkład wyniósł średnio 28% wartości prac. Na trzech podwórkach sami "
        "założyli ogródki i dbają o nie.",
        "Warunkiem powodzenia jest koordynator w urzędzie, który pomaga grupom napisać wniosek. "
        "Wkład pracy trzeba z góry wyceniać według jasnej stawki, inaczej pojawiają się spory.",
    ),
    P(
        3, "Sokołów Podlaski", "Stały punkt konsultacyjny w bibliotece miejskiej",
        ("partycypacja", "konsultacje społeczne", "biblioteka"), F.OWN_BUDGET, 12_000,
        ((2022, 2), (2023, 2)),
        "Konsultacje społeczne w Sokołowie Podlaskim odbywały się głównie jako spotkania w "
        "ratuszu w godzinach pracy urzędu. Przychodziło na nie kilka osób, zwykle tych samych.",
        "Miasto urządziło w bibliotece stały punkt konsultacyjny: tablicę z projektami, które "
        "akurat są konsultowane, skrzynkę na uwagi i tablet z formularzem. W każdy czwartek po "
        "południu dyżuruje tam pracownik urzędu, który odpowiada na pytania. Informacje o "
        "konsultacjach trafiają też do ogłoszeń parafialnych i lokalnego tygodnika.",
        "W pierwszym roku przez punkt przeszło ponad 500 osób, a liczba uwag zgłoszonych w "
        "konsultacjach programu opieki nad zabytkami wzrosła z 4 do 57. Biblioteka zapisała też "
        "więcej nowych czytelników.",
        "Bibliotekarze są najlepszymi sojusznikami – znają mieszkańców i potrafią zachęcić ich "
        "do udziału. Dyżur musi odbywać się o stałej porze, po godzinach pracy większości "
        "mieszkańców.",
    ),
    P(
        3, "Starachowice", "Mikrogranty dla organizacji pozarządowych w trybie uproszczonym",
        ("partycypacja", "organizacje pozarządowe", "współpraca"), F.OWN_BUDGET, 200_000,
        ((2021, 3), (2023, 2)),
        "Małe stowarzyszenia w Starachowicach rzadko startowały w otwartych konkursach ofert "
        "miasta: procedura trwała kilka miesięcy, a dokumentacja odstraszała organizacje "
        "prowadzone przez wolontariuszy.",
        "Miasto wydzieliło pulę na mikrogranty do 10 tysięcy złotych przyznawane w trybie "
        "pozakonkursowym (art. 19a ustawy o działalności pożytku publicznego i o "
        "wolontariacie). Urząd przygotował wzór oferty z przykładami i prowadzi dyżury "
        "konsultacyjne, a decyzja zapada w ciągu trzech tygodni od złożenia oferty.",
        "W dwa lata przyznano 47 mikrograntów, z czego 19 trafiło do organizacji, które "
        "wcześniej nie dostały od miasta żadnej dotacji. W działaniach wzięło udział ponad 4 "
        "tysiące mieszkańców.",
        "Tryb uproszczony wymaga jasnych zasad oceny, żeby nie budził podejrzeń o uznaniowość – "
        "u nas oferty ocenia dwuosobowy zespół według karty opublikowanej na stronie. Co roku "
        "warto też pytać organizacje, co utrudnia im rozliczenie.",
    ),
    P(
        3, "Ciechanów", "Centrum organizacji pozarządowych w dawnym budynku szkoły",
        ("organizacje pozarządowe", "współpraca", "partycypacja"),
        F.LOCAL_DEVELOPMENT_PROGRAMME, 1_450_000, ((2022, 3), (2023, 10)),
        "Organizacje pozarządowe w Ciechanowie nie miały gdzie się spotykać: korzystały z "
        "prywatnych mieszkań albo wynajmowały sale. Tymczasem od kilku lat stał pusty budynek "
        "po zlikwidowanej szkole podstawowej.",
        "W ramach projektu finansowanego z Programu „Rozwój Lokalny” miasto wyremontowało "
        "parter budynku i urządziło w nim centrum organizacji: salę spotkań na 60 osób, pokoje "
        "do pracy, magazyn i kuchnię. Centrum prowadzi operator wybrany w konkursie spośród "
        "organizacji, a sale rezerwuje się bezpłatnie przez internet.",
        "Z centrum korzysta 38 organizacji, a w pierwszym roku odbyło się w nim ponad 900 "
        "spotkań i wydarzeń. Operator doradza też przy pisaniu wniosków – organizacje z "
        "Ciechanowa pozyskały dzięki temu 1,2 mln zł z zewnętrznych źródeł.",
        "Operator z sektora pozarządowego lepiej niż urząd rozumie potrzeby organizacji. "
        "Regulamin korzystania z sal warto napisać razem z organizacjami, zanim centrum ruszy.",
    ),
    # MIASTO DOSTĘPNE I SPRAWIEDLIWE: social and senior citizen policies
    P(
        4, "Kłodzko", "Dzienny dom Senior+ w dawnej przychodni",
        ("seniorzy", "usługi społeczne"), F.NATIONAL, 1_180_000,
        ((2020, 6), (2021, 11)),
        "W Kłodzku co czwarty mieszkaniec ma ponad 65 lat, a wiele starszych osób mieszka "
        "samotnie w kamienicach w centrum. Miejski ośrodek pomocy społecznej nie miał miejsca, "
        "w którym mógłby zapewnić seniorom opiekę w ciągu dnia.",
        "Ze środków rządowego programu „Senior+” i budżetu miasta zaadaptowano budynek dawnej "
        "przychodni na dzienny dom dla 30 osób. Dom jest czynny w dni robocze przez osiem "
        "godzin; uczestnicy dostają ciepły posiłek, mają zajęcia ruchowe i terapię zajęciową, a "
        "opiekunowie pomagają im załatwiać sprawy urzędowe. Do domu dowozi bus z windą.",
        "Wszystkie miejsca są zajęte, a na liście oczekujących jest 14 osób. W ankiecie wśród "
        "rodzin 26 z 30 odpowiedzi wskazywało, że dzięki domowi opiekunowie mogli nadal "
        "pracować zawodowo. W ciągu roku liczba wezwań pogotowia do uczestników spadła o jedną "
        "trzecią.",
        "Program „Senior+” finansuje głównie utworzenie placówki – koszty jej utrzymania trzeba "
        "z góry zaplanować w budżecie miasta, u nas to około 620 tysięcy złotych rocznie. Dowóz "
        "jest równie ważny jak sama placówka.",
        promoted=True,
    ),
    P(
        4, "Łomża", "Mieszkania wspomagane dla osób z niepełnosprawnością intelektualną",
        ("mieszkalnictwo", "usługi społeczne", "niepełnosprawność"),
        F.LOCAL_DEVELOPMENT_PROGRAMME, 780_000, ((2022, 4), (2023, 9)),
        "W Łomży kilkanaście dorosłych osób z niepełnosprawnością intelektualną mieszkało z "
        "rodzicami w wieku 70–80 lat. Rodziny bały się, co się stanie, gdy zabraknie opiekunów, "
        "a jedyną alternatywą był dom pomocy społecznej poza miastem.",
        "W ramach projektu finansowanego z Programu „Rozwój Lokalny” miasto wyremontowało dwa "
        "lokale komunalne i urządziło w nich mieszkania treningowe dla ośmiu osób. Lokatorzy "
        "uczą się gotować, robić zakupy i gospodarować pieniędzmi pod okiem asystentów z "
        "miejskiego ośrodka pomocy społecznej, którzy są na miejscu od kilku do kilkunastu "
        "godzin dziennie.",
        "Po roku pięć z ośmiu osób samodzielnie robi zakupy i płaci rachunki, a dwie podjęły "
        "pracę w zakładzie aktywności zawodowej. Żadna z nich nie musiała zamieszkać w domu "
        "pomocy społecznej.",
        "Najwięcej czasu zajęło przekonanie rodziców, że ich dorosłe dzieci poradzą sobie bez "
        "nich – pomogły wizyty w takich mieszkaniach w innym mieście. Lokal na parterze, blisko "
        "sklepów i przystanku, jest ważniejszy niż wysoki standard wykończenia.",
    ),
    P(
        4, "Kędzierzyn-Koźle", "Transport „od drzwi do drzwi” dla osób z ograniczoną mobilnością",
        ("niepełnosprawność", "transport", "usługi społeczne"), F.EU_FUNDS, 510_000,
        ((2021, 1), (2022, 12)),
        "Osiedla Kędzierzyna-Koźla są od siebie oddalone o kilka kilometrów, a przychodnie "
        "specjalistyczne i urzędy skupione są w dwóch dzielnicach. Osoby poruszające się na "
        "wózku lub o kulach "
        "często rezygnowały z wizyt u lekarza, bo nie miały jak dojechać.",
        "Miasto kupiło bus przystosowany do przewozu osób na wózkach i uruchomiło usługę "
        "transportu „od drzwi do drzwi”, dofinansowaną ze środków unijnych. Przejazd zamawia się "
        "telefonicznie dzień wcześniej, a kierowca z asystentem pomagają wyjść z domu i wsiąść "
        "do pojazdu. Przejazd kosztuje tyle, co bilet komunikacji miejskiej.",
        "W ciągu roku wykonano 2 960 przejazdów dla 214 osób, najczęściej do przychodni i na "
        "rehabilitację. 70% przejazdów przypadło na osoby, które wcześniej nie korzystały z "
        "żadnej formy transportu publicznego.",
        "Dyspozytor powinien pracować w ośrodku pomocy społecznej, który zna uczestników, a nie "
        "w firmie przewozowej. Po zakończeniu dofinansowania usługę utrzymujemy z budżetu "
        "miasta – trzeba to zaplanować od początku.",
    ),
    P(
        4, "Tarnów", "Opaski bezpieczeństwa dla samotnych seniorów",
        ("seniorzy", "bezpieczeństwo", "usługi społeczne"), F.NATIONAL, 290_000,
        ((2022, 1), (2023, 12)),
        "W Tarnowie mieszka ponad 2 tysiące samotnych osób po 75. roku życia. Pracownicy "
        "socjalni nieraz trafiali na sytuacje, w których senior po upadku godzinami czekał na "
        "pomoc, bo nie mógł dosięgnąć telefonu.",
        "Miasto przystąpiło do rządowego programu „Korpus Wsparcia Seniorów” i rozdało opaski "
        "bezpieczeństwa z przyciskiem alarmowym, czujnikiem upadku i lokalizatorem. Sygnał "
        "trafia do całodobowego centrum, które łączy się z seniorem, powiadamia rodzinę lub "
        "wzywa pogotowie. Opaski zakładają i objaśniają wolontariusze z klubów seniora.",
        "Z opasek korzysta 410 osób. W pierwszym roku centrum obsłużyło 96 alarmów, w tym 31 "
        "upadków, po których pomoc docierała średnio w 14 minut. Podczas wizyt wolontariusze "
        "skierowali 58 osób do innych form wsparcia ośrodka pomocy społecznej.",
        "Samo urządzenie to za mało – ważne, kto przyjdzie je założyć i wytłumaczyć, jak działa. "
        "Trzeba też zaplanować, co dalej po zakończeniu programu rządowego; u nas część kosztów "
        "przejął budżet miasta.",
        promoted=True,
    ),
    P(
        4, "Świdwin", "Dostępny urząd: pętla indukcyjna, tłumacz online i tekst łatwy do czytania",
        ("dostępność", "niepełnosprawność", "obsługa mieszkańców"), F.OWN_BUDGET, 48_000,
        ((2021, 9), (2022, 9)),
        "Przegląd dostępności Urzędu Miasta Świdwin przeprowadzony w 2021 roku pokazał, że osoby "
        "niesłyszące nie mogą załatwić sprawy bez pomocy rodziny, a najważniejsze informacje na "
        "stronie internetowej są napisane językiem zrozumiałym tylko dla prawników.",
        "Urząd zainstalował pętle indukcyjne w sali obsługi i w sali obrad, uruchomił "
        "połączenia z tłumaczem polskiego języka migowego przez internet i przeszkolił "
        "pracowników z obsługi osób z różnymi niepełnosprawnościami. Dziesięć najczęściej "
        "czytanych informacji przepisano na tekst łatwy do czytania, a plan budynku jest "
        "dostępny także w wersji dotykowej.",
        "W ciągu roku z tłumacza online skorzystano 67 razy, a liczba wniosków o zapewnienie "
        "dostępności spadła z 12 do 3. W corocznym przeglądzie rada osób z "
        "niepełnosprawnościami oceniła urząd na 4,5 w skali od 1 do 5 (wcześniej 2,1).",
        "Większość zmian jest tania – najdroższe były pętle indukcyjne, około 14 tysięcy "
        "złotych. Najlepszymi konsultantami okazali się sami mieszkańcy z "
        "niepełnosprawnościami, których zaprosiliśmy do przetestowania urzędu.",
        promoted=True,
    ),
    P(
        4, "Przemyśl", "Asystent osobisty osoby z niepełnosprawnością",
        ("niepełnosprawność", "usługi społeczne"), F.NATIONAL, 1_020_000,
        ((2023, 1), (2023, 12)),
        "Wiele dorosłych osób z niepełnosprawnościami w Przemyślu mogłoby się uczyć lub "
        "pracować, ale potrzebowało pomocy w dojazdach i codziennych czynnościach. Opiekowali "
        "się nimi zwykle rodzice, którzy sami się starzeli.",
        "Miejski ośrodek pomocy społecznej co roku przystępuje do rządowego programu „Asystent "
        "osobisty osoby z niepełnosprawnością”, finansowanego z Funduszu Solidarnościowego. "
        "Asystenci, zatrudniani na umowy zlecenia po szkoleniu, pomagają w dojazdach do pracy i "
        "szkoły, w zakupach i w załatwianiu spraw, a uczestnik współdecyduje o wyborze "
        "asystenta.",
        "W 2023 roku z usługi skorzystały 42 osoby, które otrzymały łącznie 18 400 godzin "
        "wsparcia. Sześć z nich podjęło pracę, a dwie rozpoczęły studia. Budżet miasta pokrył "
        "tylko koszty obsługi programu.",
        "Najtrudniej znaleźć asystentów – pomogła współpraca z uczelnią i możliwość zatrudnienia "
        "członka rodziny, który nie mieszka z uczestnikiem. Rozliczenie programu jest "
        "pracochłonne, więc w ośrodku trzeba wyznaczyć do tego jedną osobę.",
    ),
    P(
        4, "Nowa Sól", "Sąsiedzki wolontariat dla seniorów",
        ("seniorzy", "wolontariat", "usługi społeczne"), F.OWN_BUDGET, 95_000,
        ((2022, 6), (2023, 6)),
        "Podczas pandemii okazało się, że kilkaset starszych mieszkańców Nowej Soli nie ma "
        "nikogo, kto zrobiłby im zakupy czy wykupił leki. Po pandemii potrzeba nie zniknęła, a "
        "pomoc sąsiedzka się rozproszyła.",
        "Miasto zatrudniło w centrum wolontariatu koordynatorkę, która łączy wolontariuszy z "
        "seniorami mieszkającymi w pobliżu. Wolontariusze przechodzą krótkie szkolenie i są "
        "ubezpieczeni, a seniorzy zgłaszają potrzeby pod jednym numerem telefonu. Raz w "
        "miesiącu wolontariusze spotykają się z pracownikami socjalnymi.",
        "W sieci działa 86 wolontariuszy, w tym 31 uczniów, którzy pomagają 140 seniorom. W "
        "ciągu roku odbyło się ponad 3 500 wizyt i zakupów, a kilkanaście par sąsiedzkich "
        "utrzymuje kontakt także poza programem.",
        "Wolontariusze odchodzą, jeśli nie czują się potrzebni – regularne spotkania i "
        "podziękowania znaczą więcej niż nagrody. Kosztem jest głównie etat koordynatorki.",
    ),
    P(
        4, "Chełm", "Opieka wytchnieniowa dla opiekunów osób z niepełnosprawnościami",
        ("niepełnosprawność", "usługi społeczne", "opiekunowie"), F.NATIONAL, 460_000,
        ((2023, 2), (2023, 12)),
        "Rodzice i opiekunowie dorosłych osób z niepełnosprawnościami w Chełmie od lat nie "
        "mieli ani jednego wolnego dnia. Pracownicy socjalni widzieli u nich wypalenie i "
        "problemy ze zdrowiem.",
        "Miasto przystąpiło do rządowego programu „Opieka wytchnieniowa”, finansowanego z "
        "Funduszu Solidarnościowego. Opiekunowie mogą zamówić opiekę w domu na kilka godzin "
        "albo całodobowy pobyt podopiecznego w ośrodku, nawet przez 14 dni w roku. Opiekę "
        "zapewniają przeszkolone osoby i pielęgniarki zatrudnione przez ośrodek pomocy "
        "społecznej.",
        "W 2023 roku ze wsparcia skorzystało 58 rodzin. 49 opiekunów wykorzystało ten czas na "
        "leczenie lub odpoczynek, a kilkunastu po raz pierwszy od lat wyjechało na urlop.",
        "Opiekunowie długo nie ufają nowym osobom – pomaga spotkanie zapoznawcze i pierwsza "
        "krótka opieka w obecności rodzica. Warto połączyć program z grupą wsparcia dla "
        "opiekunów.",
    ),
]  # fmt: skip
