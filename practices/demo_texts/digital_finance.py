"""Demo practices of MIASTO CYFROWE (1) and ZASOBY MIEJSKIE (2)."""

from ..models import FundingSource as F
from .base import DemoPractice as P

PRACTICES = [
    # MIASTO CYFROWE: digitalisation
    P(
        1, "Zabrze", "Rezerwacja wizyt w Biurze Obsługi Mieszkańców przez internet",
        ("e-usługi", "obsługa mieszkańców", "cyfryzacja"), F.OWN_BUDGET, 68_000,
        ((2021, 9), (2022, 9)),
        "W Biurze Obsługi Mieszkańców Urzędu Miejskiego w Zabrzu w poniedziałki i przed "
        "terminami płatności podatków kolejki sięgały dwóch godzin. Mieszkańcy przychodzili "
        "kilka razy w tej samej sprawie, bo brakowało im jednego dokumentu, a pracownicy nie "
        "mieli kiedy przygotować się do trudniejszych spraw.",
        "Miasto uruchomiło internetowy system rezerwacji wizyt, połączony z systemem "
        "kolejkowym, który urząd już miał. Przy rezerwacji mieszkaniec wybiera sprawę i od razu "
        "dostaje listę potrzebnych dokumentów, a dzień przed wizytą – przypomnienie SMS-em. "
        "Połowę stanowisk zostawiono dla osób bez rezerwacji, a wizytę można umówić także "
        "telefonicznie.",
        "Po roku co trzecia wizyta była umawiana z wyprzedzeniem, a średni czas oczekiwania "
        "spadł z 47 do 12 minut. Liczba powtórnych wizyt w tej samej sprawie zmalała o 28%, a w "
        "ankiecie 91% mieszkańców oceniło nowy sposób obsługi dobrze lub bardzo dobrze.",
        "Najwięcej pracy wymagało dobre opisanie spraw na liście – to zadanie kierowników "
        "wydziałów, nie informatyków. Potrzebny jest system kolejkowy z otwartym interfejsem i "
        "około miesiąca przygotowań; moduł rezerwacji kosztował mniej niż roczny abonament "
        "systemu kolejkowego.",
        promoted=True,
    ),
    P(
        1, "Cieszyn", "Elektroniczny nabór do przedszkoli i żłobków",
        ("e-usługi", "oświata", "cyfryzacja"), F.OWN_BUDGET, 38_000,
        ((2020, 9), (2021, 5)),
        "Do 2020 roku rodzice w Cieszynie składali papierowe wnioski o przyjęcie dziecka do "
        "przedszkola lub żłobka w każdej placówce osobno. Dyrektorzy przepisywali je do "
        "arkuszy, a wyniki naboru ogłaszano z opóźnieniem, bo dzieci przyjęte jednocześnie w "
        "kilku miejscach trzeba było wykreślać ręcznie.",
        "Miasto kupiło moduł naboru od dostawcy, który obsługiwał już dziennik elektroniczny w "
        "szkołach, więc dane o placówkach i oddziałach były gotowe. Przed wdrożeniem rada "
        "miasta przyjęła nową uchwałę z kryteriami sformułowanymi tak, aby system mógł je "
        "jednoznacznie punktować. W każdej placówce przez dwa tygodnie naboru dyżurowała "
        "osoba, która pomagała rodzicom wypełnić wniosek.",
        "W pierwszym naborze elektronicznie złożono 612 z 668 wniosków. Wyniki ogłoszono o "
        "dziewięć dni szybciej niż rok wcześniej, a liczba odwołań spadła z 41 do 12. Rodzice "
        "wskazują do trzech placówek, więc miejsca zwolnione przez dzieci przyjęte gdzie "
        "indziej od razu trafiają do kolejnych osób z listy.",
        "Uchwałę z kryteriami trzeba pisać od razu z myślą o systemie – jedno nieprecyzyjne "
        "kryterium kosztowało nas miesiąc poprawek. Potrzebny jest koordynator w wydziale "
        "edukacji i zgoda dyrektorów na wspólny harmonogram naboru.",
    ),
    P(
        1, "Łomża", "Miejski portal otwartych danych",
        ("otwarte dane", "cyfryzacja", "transport publiczny"), F.EU_FUNDS, 420_000,
        ((2020, 3), (2021, 10)),
        "Urząd Miejski w Łomży co tydzień odpowiadał na kilka wniosków o informację publiczną "
        "dotyczących tych samych danych: rozkładów jazdy, liczby mieszkańców osiedli, "
        "lokalizacji przystanków czy wyników budżetu obywatelskiego. Dane leżały w różnych "
        "wydziałach, w plikach o różnych formatach.",
        "W projekcie dofinansowanym z Regionalnego Programu Operacyjnego Województwa "
        "Podlaskiego miasto uruchomiło portal, na którym publikuje dane w formatach CSV, JSON "
        "i GeoJSON, z opisem każdego zbioru i datą aktualizacji. Każdy wydział ma opiekuna "
        "swoich zbiorów, a rozkłady jazdy komunikacji miejskiej są publikowane także w "
        "standardzie GTFS.",
        "Portal udostępnia 64 zbiory danych. Liczba wniosków o informację publiczną dotyczących "
        "tych danych spadła o ponad połowę, a dzięki plikom GTFS rozkłady łomżyńskich autobusów "
        "pojawiły się w popularnych aplikacjach do planowania podróży. Z danych korzystają też "
        "studenci lokalnej uczelni w pracach dyplomowych.",
        "Nie zaczynajcie od technologii, tylko od listy danych, o które mieszkańcy najczęściej "
        "pytają. Bez opiekunów zbiorów w wydziałach portal szybko się dezaktualizuje – pomogło "
        "wpisanie tego zadania do zakresów obowiązków.",
        promoted=True,
    ),
    P(
        1, "Tarnów", "Cyfrowe archiwum dokumentacji budowlanej",
        ("archiwum", "cyfryzacja", "planowanie przestrzenne"), F.OWN_BUDGET, 890_000,
        ((2021, 2), (2022, 12)),
        "Archiwum wydziału architektury w Tarnowie mieściło ponad 40 tysięcy teczek z "
        "pozwoleniami na budowę i projektami, część jeszcze z lat 50. Odszukanie dokumentów dla "
        "mieszkańca lub rzeczoznawcy trwało do dwóch tygodni, a papier w najstarszych teczkach "
        "się rozpadał.",
        "Miasto zleciło skanowanie dokumentacji wraz z opisem każdej teczki (adres, numer "
        "działki, rok, rodzaj decyzji) i połączyło skany z miejskim systemem informacji "
        "przestrzennej. Pracownicy wyszukują teczki po adresie albo po kliknięciu działki na "
        "mapie; oryginały trafiły do archiwum zakładowego i nie są już wypożyczane.",
        "Zeskanowano 41 300 teczek. Czas odpowiedzi na wniosek o udostępnienie dokumentacji "
        "skrócił się z dwóch tygodni do dwóch dni roboczych, a wydział przestał potrzebować "
        "dodatkowego pomieszczenia na archiwum – przekazano je na salę obsługi interesantów.",
        "Najwięcej kosztuje opis teczek, nie samo skanowanie – warto wycenić go w przetargu "
        "osobno. Przed zleceniem trzeba uzgodnić z archiwum państwowym, co stanie się z "
        "oryginałami.",
    ),
    P(
        1, "Żary", "e-Doręczenia zintegrowane z elektronicznym obiegiem dokumentów",
        ("e-usługi", "e-doręczenia", "cyfryzacja"), F.OWN_BUDGET, 18_000,
        ((2023, 10), (2024, 6)),
        "Urząd Miejski w Żarach założył adres do doręczeń elektronicznych, ale przesyłki "
        "odbierała z niego jedna osoba w kancelarii i ręcznie przekazywała je do wydziałów. Przy "
        "rosnącej liczbie pism od firm i instytucji ten model przestawał wystarczać, a dowody "
        "doręczenia nie trafiały do akt spraw.",
        "Dostawca systemu elektronicznego zarządzania dokumentacją (EZD) uruchomił integrację "
        "ze skrzynką e-Doręczeń w ramach umowy serwisowej. Przesyłki trafiają od razu do "
        "systemu i są dekretowane jak zwykła poczta. Urząd zmienił instrukcję kancelaryjną, a "
        "własne adresy do doręczeń założyły jednostki miasta, które prowadzą odrębne "
        "postępowania: ośrodek pomocy społecznej i zarząd dróg.",
        "Czas od wpływu przesyłki do przekazania jej do wydziału skrócił się z dwóch dni do "
        "kilku godzin. W pierwszym półroczu 2024 roku urząd wysłał elektronicznie ponad 1 600 "
        "pism i zaoszczędził około 13 tysięcy złotych na opłatach pocztowych.",
        "Technika okazała się najprostsza; najwięcej pracy wymagało przekonanie pracowników, że "
        "dowód doręczenia to dokument, który trzeba włączyć do akt. Zapytajcie dostawcę EZD, "
        "czy integracja nie mieści się w obecnej umowie serwisowej – koszty ograniczyły się "
        "u nas do szkoleń.",
    ),
    P(
        1, "Ciechanów", "Powiadomienia SMS o przerwach w dostawie wody i utrudnieniach",
        ("obsługa mieszkańców", "komunikacja", "cyfryzacja"), F.OWN_BUDGET, 24_000,
        ((2021, 4), (2023, 4)),
        "O awariach wodociągu, zamknięciach ulic czy odbiorze odpadów wielkogabarytowych "
        "mieszkańcy Ciechanowa dowiadywali się głównie ze strony internetowej miasta i z mediów "
        "społecznościowych. Do osób starszych informacje docierały z opóźnieniem, a po każdej "
        "awarii urząd i wodociągi odbierały dziesiątki telefonów.",
        "Miasto uruchomiło bezpłatny system powiadomień SMS i e-mail, w którym mieszkańcy sami "
        "wybierają ulice i tematy, o których chcą być informowani. Zapisać się można przez "
        "internet, a seniorzy – także w punktach obsługi i na dyżurach w klubach seniora. "
        "Komunikaty wysyłają dyżurni wodociągów i straży miejskiej według wspólnej instrukcji.",
        "Po dwóch latach w systemie zapisanych było 9 800 osób, czyli mniej więcej co czwarte "
        "gospodarstwo domowe. Liczba telefonów do wodociągów podczas planowanych przerw w "
        "dostawie wody spadła o około 70%.",
        "Kluczowe jest ustalenie, kto i w jakim czasie wysyła komunikat – bez dyżurów system "
        "milknie w weekendy. Abonament kosztuje kilka tysięcy złotych rocznie, a seniorów warto "
        "zapisywać osobiście, bo wielu nie poradzi sobie z formularzem.",
    ),
    P(
        1, "Skarżysko-Kamienna", "Cyberbezpieczeństwo urzędu: audyt, kopie zapasowe i szkolenia",
        ("cyberbezpieczeństwo", "cyfryzacja"), F.EU_FUNDS, 164_000,
        ((2022, 1), (2023, 6)),
        "Po ataku oprogramowania szyfrującego na urząd w sąsiednim powiecie władze "
        "Skarżyska-Kamiennej zleciły przegląd zabezpieczeń. Okazało się, że kopie zapasowe "
        "zapisywano na dysku w tej samej serwerowni, część komputerów miała nieaktualne "
        "systemy, a pracownicy od kilku lat nie przechodzili szkoleń z bezpieczeństwa.",
        "Z grantu programu „Cyfrowa Gmina”, finansowanego ze środków unijnych, miasto "
        "przeprowadziło audyt cyberbezpieczeństwa, kupiło zapasowy serwer poza budynkiem urzędu "
        "i system kopii zapasowych z kopią odłączaną od sieci. Wszyscy pracownicy przeszli "
        "szkolenie e-learningowe, a dwa razy w roku urząd wysyła kontrolowane fałszywe "
        "wiadomości, aby sprawdzić czujność zespołu.",
        "Odsetek pracowników, którzy kliknęli w link w testowej wiadomości, spadł z 31% w "
        "pierwszej kampanii do 6% w trzeciej. Próbne odtworzenie całego systemu dziedzinowego z "
        "kopii zajęło 5 godzin zamiast szacowanych wcześniej kilku dni.",
        "Audyt warto zrobić przed zakupami – u nas zmienił listę potrzeb. Testowe kampanie nie "
        "mogą służyć do karania pracowników, bo wtedy przestaną oni zgłaszać podejrzane "
        "wiadomości.",
    ),
    P(
        1, "Nysa", "Płatności podatków i opłat lokalnych przez internet",
        ("e-usługi", "podatki lokalne", "obsługa mieszkańców"), F.OWN_BUDGET, 52_000,
        ((2022, 3), (2023, 3)),
        "Mieszkańcy Nysy mogli płacić podatek od nieruchomości i opłatę za odpady tylko "
        "przelewem na indywidualny rachunek albo w kasie urzędu, która nie przyjmowała kart. W "
        "terminach płatności przed kasą ustawiały się kolejki, a część wpłat trafiała na "
        "niewłaściwe konta i trzeba ją było wyjaśniać ręcznie.",
        "Miasto udostępniło w elektronicznym biurze obsługi podgląd należności i płatność "
        "jednym kliknięciem przez bramkę płatniczą, a w kasie i punktach obsługi – terminale "
        "płatnicze. Mieszkańcy mogą też zamówić przypomnienie e-mailem o zbliżającym się "
        "terminie raty.",
        "W ciągu roku udział płatności elektronicznych i kartą wzrósł z 38% do 64%, a liczba "
        "wpłat wymagających ręcznego wyjaśnienia spadła o 80%. Kasa urzędu jest czynna trzy dni "
        "w tygodniu zamiast pięciu.",
        "Wysokość prowizji warto wynegocjować przed wdrożeniem i z góry zdecydować, kto ją "
        "ponosi. Najwięcej dały przypomnienia e-mailowe – tanie i chętnie wybierane przez "
        "mieszkańców.",
    ),
    # ZASOBY MIEJSKIE: local government finance and development funding
    P(
        2, "Jarocin", "Budżet dla mieszkańców – finanse miasta w przystępnej formie",
        ("finanse", "budżet", "komunikacja"), F.OWN_BUDGET, 9_500,
        ((2022, 10), (2023, 12)),
        "Uchwała budżetowa Jarocina liczy kilkaset stron tabel. Mieszkańcy pytali na "
        "spotkaniach, ile miasto wydaje na drogi, szkoły czy komunikację, a odpowiedzi kryły się "
        "w dokumentach, których nikt spoza komisji budżetowej nie czytał.",
        "Wydział finansowy co roku przygotowuje „budżet dla mieszkańców”: podstronę i broszurę "
        "z kilkoma wykresami, listą największych inwestycji i odpowiedziami na pytania w rodzaju "
        "„ile kosztuje utrzymanie kilometra drogi” czy „ile miasto dopłaca do jednego biletu "
        "autobusowego”. Materiały powstają w zwykłym arkuszu kalkulacyjnym i bezpłatnym "
        "programie graficznym, bez zatrudniania grafika.",
        "W tygodniu przed sesją budżetową podstrona jest najczęściej odwiedzaną stroną serwisu "
        "miasta – w 2023 roku odwiedziło ją 6 200 osób. Broszurę w nakładzie 1 500 egzemplarzy "
        "rozdawano w bibliotece, w urzędzie i na zebraniach osiedlowych.",
        "Jedno wydanie to około dwóch tygodni pracy jednej osoby. Pytania do broszury warto "
        "zbierać od mieszkańców i radnych przez cały rok – wtedy odpowiada ona na to, co "
        "naprawdę interesuje ludzi.",
    ),
    P(
        2, "Legnica", "Wieloletnia prognoza finansowa w pięciu stronach",
        ("finanse", "budżet", "rada miasta"), F.OWN_BUDGET, None,
        ((2021, 9), (2022, 11)),
        "Projekt wieloletniej prognozy finansowej Legnicy trafiał do radnych jako kilkadziesiąt "
        "stron tabel. Na sesjach powracały pytania o możliwości zadłużania się miasta i o "
        "terminy inwestycji, choć odpowiedzi były w załącznikach.",
        "Skarbnik miasta dołącza do każdego projektu prognozy pięciostronicowe podsumowanie: "
        "wykres dochodów i wydatków, wykres zadłużenia, zapas do granicy wskaźnika z art. 243 "
        "ustawy o finansach publicznych i listę największych inwestycji z latami realizacji. "
        "Podsumowanie omawia się na wspólnym posiedzeniu komisji przed sesją.",
        "Pytań o prognozę na sesjach jest wyraźnie mniej, a dyskusja przeniosła się na wybór "
        "inwestycji. W ankiecie 21 z 25 radnych uznało podsumowanie za najbardziej przydatny "
        "dokument budżetowy.",
        "Najwięcej tłumaczy jedna liczba: zapas do granicy wskaźnika zadłużenia. Rozwiązanie "
        "nie wymaga pieniędzy, tylko kilku dni pracy skarbnika w roku i stałej formy, żeby "
        "radni mogli porównywać kolejne lata.",
    ),
    P(
        2, "Przemyśl", "Opłata za odpady liczona od zużycia wody w blokach",
        ("finanse", "odpady", "opłaty lokalne"), F.OWN_BUDGET, 35_000,
        ((2021, 6), (2022, 12)),
        "W Przemyślu opłatę za gospodarowanie odpadami w blokach liczono od liczby mieszkańców "
        "podanej przez zarządców budynków. Deklaracje wielu wspólnot nie zmieniały się latami, "
        "a po kolejnym przetargu na odbiór odpadów system wymagał coraz większych dopłat z "
        "budżetu miasta.",
        "Rada miasta zmieniła metodę naliczania opłaty w zabudowie wielorodzinnej na stawkę od "
        "metra sześciennego zużytej wody, z górnym limitem dla gospodarstw o dużym zużyciu. "
        "Miejska spółka wodociągowa na podstawie porozumienia przekazuje urzędowi dane o "
        "zużyciu co kwartał, a zarządcy mogą sprawdzić nową opłatę w kalkulatorze, zanim złożą "
        "deklarację.",
        "Wpływy z opłaty wzrosły o 17% bez zmiany stawki w zabudowie jednorodzinnej, a dopłata z "
        "budżetu do systemu spadła z 2,4 mln zł do 0,9 mln zł rocznie. W pierwszym roku "
        "zarządcy złożyli ponad 300 korekt deklaracji.",
        "Bez porozumienia ze spółką wodną nie warto zaczynać – przygotowanie danych zajęło nam "
        "prawie pół roku. Trzeba też z góry ustalić zasady dla budynków, w których nie każdy "
        "lokal ma wodomierz.",
    ),
    P(
        2, "Żary", "Weryfikacja deklaracji śmieciowych przed podwyżką opłaty",
        ("finanse", "odpady", "opłaty lokalne"), F.OWN_BUDGET, None,
        ((2022, 9), (2023, 6)),
        "Po nowym przetargu koszt odbioru odpadów w Żarach wzrósł o jedną czwartą. Zanim radni "
        "zdecydowali o podwyżce opłaty, urząd sprawdził, czy wszyscy mieszkańcy są w systemie: "
        "w deklaracjach figurowało o kilka tysięcy osób mniej, niż było zameldowanych.",
        "Trzyosobowy zespół porównał deklaracje z danymi meldunkowymi, z liczbą pojemników "
        "odbieranych spod każdej nieruchomości i z danymi o zużyciu wody. Do właścicieli "
        "nieruchomości z największymi rozbieżnościami wysłano pisma z prośbą o wyjaśnienia, a w "
        "trudniejszych przypadkach wszczęto postępowania.",
        "Po weryfikacji do systemu dopisano 2 140 osób, co daje budżetowi miasta około 790 "
        "tysięcy złotych rocznie. Podwyżkę opłaty udało się odsunąć o rok i zmniejszyć z "
        "planowanych 8 zł do 4 zł na osobę.",
        "Zacznijcie od weryfikacji, zanim zaczniecie rozmawiać o podwyżce – ten argument radni "
        "i mieszkańcy przyjmują najłatwiej. Do porównania danych wystarczył arkusz kalkulacyjny "
        "i dostęp do rejestru mieszkańców.",
    ),
    P(
        2, "Tomaszów Mazowiecki", "Przetargi rozłożone na cały rok – niższe ceny inwestycji",
        ("finanse", "zamówienia publiczne", "inwestycje"), F.OWN_BUDGET, None,
        ((2022, 1), (2023, 12)),
        "W 2021 roku Tomaszów Mazowiecki ogłosił w jednym kwartale przetargi na pięć inwestycji "
        "drogowych i budowlanych. Oferty były średnio o 23% wyższe od kosztorysów, dwa "
        "przetargi trzeba było unieważnić, a wykonawcy nie byli w stanie wykonać wszystkiego w "
        "terminie.",
        "Miasto przygotowuje teraz roczny harmonogram zamówień, w którym duże przetargi są "
        "rozłożone na cały rok, a pierwsze ogłasza się już w styczniu, gdy firmy planują sezon. "
        "Harmonogram jest publikowany na stronie miasta, a przed największymi postępowaniami "
        "urząd prowadzi dialog techniczny z potencjalnymi wykonawcami.",
        "W latach 2022–2023 oferty w przetargach na roboty budowlane były średnio o 4% niższe od "
        "kosztorysów, a unieważniono tylko jedno postępowanie z czternastu. Średnia liczba "
        "ofert w przetargu wzrosła z 1,8 do 3,6.",
        "Harmonogram musi być powiązany z wieloletnią prognozą finansową i z terminami wniosków "
        "o dofinansowanie, inaczej zostanie na papierze. Dialog techniczny wymaga "
        "przygotowania, ale pozwala uniknąć błędów w opisie przedmiotu zamówienia.",
    ),
    P(
        2, "Hajnówka", "Częściowo umarzalna pożyczka na termomodernizację szkoły",
        ("finanse", "energia", "termomodernizacja"), F.OTHER, 2_600_000,
        ((2023, 3), (2024, 4)),
        "Hajnówka przygotowała dwa projekty do nowej perspektywy unijnej, ale przy rosnących "
        "kosztach bieżących nie mogła zapewnić wkładu własnego do obu naraz. Kredyt w banku "
        "komercyjnym zbliżyłby miasto do granicy wskaźnika zadłużenia.",
        "Termomodernizację szkoły podstawowej miasto sfinansowało pożyczką z Wojewódzkiego "
        "Funduszu Ochrony Środowiska i Gospodarki Wodnej w Białymstoku, której część może "
        "zostać umorzona po osiągnięciu efektu ekologicznego. Skarbnik przygotował symulacje "
        "trzech wariantów w wieloletniej prognozie finansowej, a spłaty zaplanowano na lata, w "
        "których kończy się spłata wcześniejszych kredytów.",
        "Pożyczka pokryła 2,1 mln zł z 2,6 mln zł kosztów inwestycji. W pierwszym sezonie "
        "grzewczym zużycie ciepła w szkole spadło o 46%, a miasto złożyło wniosek o umorzenie 20% "
        "pożyczki. Środki własne, które nie poszły na szkołę, zabezpieczyły wkład do przebudowy "
        "dworca autobusowego.",
        "Procedura w funduszu trwa dłużej niż w banku – wniosek trzeba złożyć co najmniej pół "
        "roku przed planowanym przetargiem. Warto wcześniej zlecić audyt energetyczny, bo od "
        "niego zależy efekt ekologiczny, a więc i wysokość umorzenia.",
        promoted=True,
    ),
    P(
        2, "Grudziądz", "Montaż finansowy rewitalizacji kwartału przy Rynku",
        ("finanse", "rewitalizacja", "fundusze UE"), F.EU_FUNDS, 11_800_000,
        ((2019, 5), (2022, 6)),
        "Kwartał między Rynkiem a spichrzami w Grudziądzu miał zniszczone podwórka, kamienice z "
        "nieszczelnymi dachami i puste lokale na parterach. Żadne pojedyncze źródło nie "
        "wystarczało: środki unijne obejmowały przestrzeń publiczną, ale nie budynki wspólnot "
        "mieszkaniowych.",
        "Miasto połączyło trzy źródła: środki unijne z regionalnego programu operacyjnego na "
        "przebudowę podwórek i ulic, pożyczki rewitalizacyjne dla wspólnot mieszkaniowych z "
        "funduszu pożyczkowego oraz miejskie dotacje do remontów elewacji. Jeden zespół w "
        "urzędzie prowadził harmonogram wszystkich prac, tak aby podwórka remontować dopiero po "
        "wymianie dachów i instalacji.",
        "W ciągu trzech lat odnowiono 6 podwórek i 14 kamienic, a z 23 pustych lokali użytkowych "
        "zajętych jest dziś 17. Na każdą złotówkę z budżetu miasta przypadło 3,40 zł z innych "
        "źródeł.",
        "Najtrudniejsza była koordynacja terminów między wspólnotami, wykonawcami i "
        "rozliczeniem dotacji – bez jednego zespołu projektowego by się nie udało. Wspólnoty "
        "trzeba zaprosić do rozmów rok przed rozpoczęciem prac, bo tyle trwa podejmowanie przez "
        "nie decyzji.",
        promoted=True,
    ),
    P(
        2, "Chełm", "Centrum usług wspólnych dla szkół i przedszkoli",
        ("finanse", "oświata", "zarządzanie"), F.OWN_BUDGET, 310_000,
        ((2020, 1), (2021, 12)),
        "Każda z 22 szkół i przedszkoli w Chełmie prowadziła własną księgowość i sprawy "
        "kadrowe. Dyrektorzy skarżyli się, że zamiast kierować szkołą, zajmują się rozliczeniami, "
        "a miasto nie miało bieżącego obrazu wydatków na oświatę.",
        "Miasto utworzyło centrum usług wspólnych, które przejęło księgowość, płace i "
        "zamówienia publiczne placówek. Pracownicy administracji szkół mogli przejść do "
        "centrum; wprowadzono wspólny system finansowo-księgowy, a każdy dyrektor dostaje co "
        "miesiąc raport z wydatków swojej placówki.",
        "Po dwóch latach koszty obsługi administracyjnej oświaty spadły o 11%, a wspólne "
        "zamówienia energii i środków czystości przyniosły 640 tysięcy złotych oszczędności. "
        "Sprawozdania budżetowe placówek są składane w terminie.",
        "Zmianę trzeba długo konsultować z dyrektorami i związkami zawodowymi – u nas trwało to "
        "pół roku. Warto zostawić w każdej szkole jedną osobę do spraw bieżących, żeby "
        "dyrektorzy nie czuli się odcięci od informacji.",
    ),
]  # fmt: skip
