"""Demo practices of MIASTO PRZEDSIĘBIORCZE (5) and MIASTO ZIELONE (6)."""

from ..models import FundingSource as F
from .base import DemoPractice as P

PRACTICES = [
    # MIASTO PRZEDSIĘBIORCZE: local entrepreneurship and tourism
    P(
        5, "Nowa Sól", "Inkubator przedsiębiorczości w dawnej hali produkcyjnej",
        ("przedsiębiorczość", "rewitalizacja", "inkubator"), F.EU_FUNDS, 8_900_000,
        ((2018, 4), (2021, 6)),
        "Po upadku zakładów przemysłowych w Nowej Soli zostały puste hale w sąsiedztwie "
        "centrum. Młodzi ludzie zakładający firmy nie mieli gdzie wynająć taniej przestrzeni, a "
        "wielu z nich wyjeżdżało do większych miast.",
        "Miasto przebudowało jedną z hal na inkubator przedsiębiorczości, korzystając ze "
        "środków unijnych z regionalnego programu operacyjnego. W inkubatorze są biura, "
        "warsztaty i pracownie, które firma wynajmuje po preferencyjnej stawce przez pierwsze "
        "dwa lata działalności, a także sala szkoleniowa i wspólna recepcja. Operator "
        "inkubatora zapewnia doradztwo księgowe i prawne oraz spotkania z inwestorami.",
        "W ciągu trzech lat w inkubatorze działało 37 firm, które stworzyły 112 miejsc pracy. "
        "Spośród nich 24 zostały w mieście po zakończeniu inkubacji, w tym producent mebli, "
        "który kupił działkę w miejskiej strefie inwestycyjnej.",
        "Hala musi mieć elastyczne moduły – chętnych na warsztaty było więcej niż na biura. "
        "Potrzebny jest operator z doświadczeniem w biznesie, a nie tylko w administracji.",
        promoted=True,
    ),
    P(
        5, "Cieszyn", "Miejska gra terenowa i szlak z przewodnikiem w aplikacji",
        ("turystyka", "cyfryzacja", "przedsiębiorczość"), F.LOCAL_DEVELOPMENT_PROGRAMME,
        640_000, ((2022, 3), (2023, 5)),
        "Turyści przyjeżdżający do Cieszyna zwiedzali zwykle Wzgórze Zamkowe i most na Olzie, a "
        "po dwóch godzinach wyjeżdżali. Kawiarnie i sklepy w bocznych uliczkach Starego Miasta "
        "niewiele zyskiwały na ruchu turystycznym.",
        "W ramach projektu finansowanego z Programu „Rozwój Lokalny” miasto przygotowało szlak "
        "z 24 punktami, aplikację z przewodnikiem audio w czterech językach i grę terenową dla "
        "rodzin, która prowadzi bocznymi uliczkami. Lokalne kawiarnie, sklepy i muzea "
        "przystąpiły do programu zniżek dla osób, które ukończą grę.",
        "W pierwszym sezonie aplikację pobrało 18 400 osób, a grę ukończyło ponad 3 tysiące "
        "rodzin. Według ankiet średni czas pobytu turysty w mieście wzrósł z 2,5 do 4 godzin, a w "
        "programie zniżek uczestniczy 31 firm.",
        "Aplikacja wymaga stałej aktualizacji treści i pieniędzy na utrzymanie – trzeba to "
        "zaplanować na kilka lat. Przedsiębiorców warto włączyć od początku, wtedy sami "
        "promują szlak.",
    ),
    P(
        5, "Legnica", "Letnie ogródki gastronomiczne na Rynku",
        ("przedsiębiorczość", "turystyka", "przestrzeń publiczna"), F.OWN_BUDGET, 210_000,
        ((2022, 4), (2023, 9)),
        "Rynek w Legnicy po przebudowie był ładny, ale wieczorami pusty. Restauratorzy skarżyli "
        "się na skomplikowane i kosztowne procedury zajęcia pasa drogowego pod ogródki, a każdy "
        "ogródek wyglądał inaczej.",
        "Miasto wprowadziło jednolite zasady dla letnich ogródków: niższą opłatę za zajęcie "
        "terenu, wzornik mebli i parasoli oraz jeden wniosek rozpatrywany w 14 dni. Od czerwca "
        "do września w piątki i soboty na Rynku odbywają się bezpłatne koncerty, a miasto "
        "zapewnia dodatkowe sprzątanie i oświetlenie.",
        "Liczba ogródków wzrosła z 9 do 23, a lokale przy Rynku zatrudniły w sezonie 60 osób. "
        "Pomiary ruchu pieszego pokazały w letnie wieczory dwa razy więcej osób na Rynku niż "
        "przed zmianą.",
        "Wzornik trzeba uzgodnić z konserwatorem zabytków i z restauratorami, zanim trafi do "
        "uchwały. Niższe opłaty zwracają się w podatkach i czynszach za lokale.",
    ),
    P(
        5, "Kłodzko", "Wspólny bilet do twierdzy i podziemnej trasy turystycznej",
        ("turystyka", "przedsiębiorczość", "współpraca"), F.OWN_BUDGET, 75_000,
        ((2022, 1), (2022, 10)),
        "Dwie największe atrakcje Kłodzka – twierdza i podziemna trasa turystyczna pod Starym "
        "Miastem – sprzedawały bilety osobno i nie polecały się nawzajem. Turyści zwiedzali "
        "jedną z nich i nie wiedzieli, że druga jest kilkaset metrów dalej.",
        "Miasto uzgodniło z zarządcami obu atrakcji wspólny bilet tańszy o 25%, jeden system "
        "rezerwacji online i wspólne materiały promocyjne. Bilet jest ważny trzy dni, a jego "
        "posiadacze mają zniżki w Muzeum Ziemi Kłodzkiej i w lokalach na Starym Mieście.",
        "W pierwszym sezonie sprzedano 21 tysięcy wspólnych biletów. Podziemną trasę "
        "odwiedziło o 34% więcej osób, a odsetek turystów nocujących w mieście wzrósł według "
        "ankiety informacji turystycznej z 18% do 27%.",
        "Najtrudniej było ustalić podział przychodów – najlepiej od razu zapisać go w "
        "porozumieniu. Wspólny system rezerwacji kosztował mniej niż dwa osobne.",
    ),
    P(
        5, "Skarżysko-Kamienna", "Opiekun inwestora w urzędzie",
        ("przedsiębiorczość", "inwestycje", "obsługa inwestora"), F.OWN_BUDGET, 120_000,
        ((2021, 1), (2022, 12)),
        "Inwestorzy zainteresowani terenami przemysłowymi w Skarżysku-Kamiennej musieli sami "
        "chodzić po wydziałach urzędu i spółkach miejskich, żeby poznać warunki przyłączy, stan "
        "prawny działek i zapisy planu miejscowego. W 2020 roku dwie firmy wybrały przez to inne "
        "lokalizacje.",
        "Urząd wyznaczył opiekuna inwestora – jedną osobę, która prowadzi firmę przez wszystkie "
        "sprawy: od pierwszego spotkania, przez uzgodnienia z wodociągami i zakładem "
        "energetycznym, po pozwolenie na budowę. Miasto przygotowało też karty ofertowe działek "
        "po polsku i po angielsku oraz mapę terenów inwestycyjnych z aktualnym stanem "
        "przyłączy.",
        "W ciągu dwóch lat opiekun obsłużył 26 zapytań, z których 7 zakończyło się kupnem lub "
        "dzierżawą działki. Nowe zakłady zapowiedziały utworzenie 340 miejsc pracy, a czas od "
        "pierwszego kontaktu do pozwolenia na budowę skrócił się średnio z 14 do 8 miesięcy.",
        "Opiekun musi mieć silny mandat i bezpośredni kontakt z kierownictwem miasta, inaczej "
        "staje się kolejnym pośrednikiem. Dobre karty ofertowe działek są ważniejsze niż "
        "kosztowne kampanie promocyjne.",
    ),
    P(
        5, "Hajnówka", "Lokalna marka produktów z regionu Puszczy Białowieskiej",
        ("przedsiębiorczość", "turystyka", "produkty lokalne"), F.LOCAL_DEVELOPMENT_PROGRAMME,
        560_000, ((2022, 5), (2023, 8)),
        "Rolnicy, pszczelarze i rzemieślnicy z okolic Hajnówki sprzedawali swoje wyroby głównie "
        "pośrednikom, a turyści odwiedzający Puszczę Białowieską nie wiedzieli, gdzie kupić coś "
        "lokalnego.",
        "W ramach projektu finansowanego z Programu „Rozwój Lokalny” miasto stworzyło lokalną "
        "markę z regulaminem i znakiem jakości, który przyznaje komisja z udziałem "
        "przedstawicieli producentów. Powstał sklep z produktami marki w centrum informacji "
        "turystycznej, sklep internetowy i sobotni targ na placu przed ratuszem.",
        "Znak otrzymało 34 producentów, a sprzedaż w sklepie i na targu wyniosła w pierwszym "
        "roku 1,1 mln zł. Pięciu producentów założyło działalność gospodarczą, by sprzedawać "
        "więcej.",
        "Marka musi należeć do producentów, a nie do urzędu – komisja z ich udziałem buduje "
        "zaufanie. Kluczowy jest koordynator, który pomaga spełnić wymagania sanitarne.",
    ),
    P(
        5, "Włocławek", "Lokale użytkowe w obszarze rewitalizacji za symboliczny czynsz",
        ("przedsiębiorczość", "rewitalizacja", "lokale użytkowe"), F.OWN_BUDGET, 180_000,
        ((2020, 3), (2023, 3)),
        "W śródmieściu Włocławka, objętym programem rewitalizacji, kilkadziesiąt miejskich "
        "lokali użytkowych od lat stało pustych. Puste witryny zniechęcały mieszkańców do "
        "spacerów, a niszczejące lokale tylko generowały koszty.",
        "Miasto uruchomiło program, w którym przedsiębiorcy, artyści i organizacje dostają "
        "lokal za 1 zł czynszu za metr kwadratowy przez pierwsze dwa lata, w zamian za remont "
        "wnętrza i prowadzenie działalności co najmniej pięć dni w tygodniu. Oferty ocenia "
        "komisja, która sprawdza, czy działalność ożywi ulicę – pierwszeństwo mają rzemiosło, "
        "gastronomia i usługi dla mieszkańców.",
        "W trzech edycjach wynajęto 29 lokali; 22 z nich działają nadal po zakończeniu okresu "
        "preferencyjnego, już za pełny czynsz. Z czynszów i podatków miasto odzyskuje więcej, "
        "niż wcześniej wydawało na utrzymanie pustych lokali.",
        "Warunek otwarcia lokalu przez pięć dni w tygodniu jest kluczowy – bez niego lokale "
        "zamieniają się w magazyny. Warto z góry przygotować pakiet wsparcia: uproszczone "
        "zgody na szyldy i promocję nowych lokali w mediach miasta.",
        promoted=True,
    ),
    P(
        5, "Starachowice", "Targowisko miejskie z sobotnim rynkiem rolników",
        ("przedsiębiorczość", "handel lokalny", "przestrzeń publiczna"), F.EU_FUNDS, 3_200_000,
        ((2019, 9), (2021, 6)),
        "Targowisko w Starachowicach składało się z prowizorycznych bud i błotnistego placu. "
        "Mieszkańcy narzekali na warunki, a rolnicy z okolicy woleli sprzedawać w sąsiednich "
        "miastach.",
        "Miasto przebudowało targowisko z dofinansowaniem z programu „Mój Rynek”, "
        "finansowanego ze środków unijnych Programu Rozwoju Obszarów Wiejskich. Powstały "
        "zadaszone stoiska, chłodnie, toalety i parking, a w soboty część placu jest zarezerwowana "
        "dla rolników sprzedających własne produkty, zwolnionych z opłaty targowej.",
        "Liczba sprzedających w soboty wzrosła z 40 do 95, w tym 38 rolników. Czynsze za "
        "stoiska pokrywają koszty utrzymania targowiska, a w soboty według liczników przychodzi "
        "na nie około 4 tysięcy osób.",
        "Zwolnienie rolników z opłaty targowej w soboty przyciągnęło ich szybciej niż "
        "jakakolwiek promocja. Stoiska warto projektować razem z kupcami – nasze pierwsze "
        "rysunki pomijały dojazd dla samochodów dostawczych.",
    ),
    # MIASTO ZIELONE: climate and environment
    P(
        6, "Rumia", "Ogrody deszczowe przy szkołach i budynkach miejskich",
        ("klimat", "retencja", "zieleń"), F.OWN_BUDGET, 340_000,
        ((2021, 3), (2022, 10)),
        "Podczas ulew woda z dachów szkół i urzędu w Rumi zalewała sąsiednie ulice, bo "
        "kanalizacja deszczowa nie nadążała z jej odbiorem. Latem z kolei zieleń wokół budynków "
        "usychała.",
        "Miasto odłączyło rynny siedmiu budynków od kanalizacji i skierowało wodę do ogrodów "
        "deszczowych – obniżonych rabat z roślinami, które znoszą okresowe zalewanie – oraz do "
        "zbiorników, z których podlewa się zieleń. Przy szkołach ogrody zaprojektowali i "
        "posadzili uczniowie razem z architektką krajobrazu, a każda szkoła ma tablicę, która "
        "wyjaśnia, jak działa mała retencja.",
        "Ogrody przejmują wodę z 4 200 m² dachów, czyli około 2 900 m³ rocznie. Od ich "
        "założenia ulice przy tych budynkach nie były podtapiane, a koszty podlewania zieleni "
        "spadły o 40%.",
        "Ogród deszczowy to tania inwestycja – kilkaset złotych za metr kwadratowy – ale "
        "wymaga prostego planu pielęgnacji. Dzięki udziałowi uczniów ogrody są szanowane, a "
        "temat wraca na lekcjach przyrody.",
        promoted=True,
    ),
    P(
        6, "Tarnów", "Termomodernizacja szkół połączona z fotowoltaiką",
        ("klimat", "energia", "termomodernizacja", "oświata"), F.EU_FUNDS, 14_600_000,
        ((2019, 6), (2021, 9)),
        "Sześć tarnowskich szkół zbudowanych w latach 60. i 70. miało nieocieplone ściany, stare "
        "okna i kotłownie do wymiany. Rachunki za ciepło i prąd rosły w nich z roku na rok.",
        "Ze środków unijnych z regionalnego programu operacyjnego miasto przeprowadziło "
        "kompleksową termomodernizację: docieplenie ścian i stropodachów, wymianę okien, "
        "modernizację instalacji grzewczej z podłączeniem do sieci ciepłowniczej oraz montaż "
        "paneli fotowoltaicznych na dachach. Wszystkie budynki objęto monitoringiem zużycia "
        "energii.",
        "Zużycie ciepła w szkołach spadło średnio o 52%, a instalacje fotowoltaiczne o łącznej "
        "mocy 310 kWp pokrywają około 35% rocznego zapotrzebowania szkół na energię "
        "elektryczną. Oszczędności wynoszą około 1,3 mln zł rocznie.",
        "Monitoring zużycia pozwolił szybko wykryć błędy w ustawieniach automatyki – bez niego "
        "część oszczędności by przepadła. Prace najlepiej prowadzić w wakacje i rozłożyć je na "
        "dwa sezony.",
    ),
    P(
        6, "Zabrze", "Wymiana pieców węglowych w mieszkaniach komunalnych",
        ("klimat", "jakość powietrza", "mieszkalnictwo"), F.NATIONAL, 9_400_000,
        ((2022, 4), (2023, 12)),
        "W 2022 roku ponad 1 800 mieszkań komunalnych w Zabrzu ogrzewano piecami kaflowymi na "
        "węgiel. Lokatorzy, często starsi i o niskich dochodach, nie byli w stanie sami "
        "sfinansować zmiany ogrzewania, a zimą normy jakości powietrza były wielokrotnie "
        "przekraczane.",
        "Miasto przystąpiło do rządowego programu „Ciepłe Mieszkanie”, prowadzonego przez "
        "Narodowy Fundusz Ochrony Środowiska i Gospodarki Wodnej, i połączyło go z własnym "
        "programem wymiany ogrzewania w budynkach komunalnych. Tam, gdzie się dało, mieszkania "
        "podłączano do sieci ciepłowniczej, w pozostałych instalowano pompy ciepła lub kotły "
        "gazowe. Lokatorom pomagał doradca energetyczny z urzędu.",
        "Do końca 2023 roku wymieniono źródła ciepła w 620 mieszkaniach. Liczba dni z "
        "przekroczeniem dobowej normy pyłu PM10 na stacji pomiarowej w centrum spadła z 58 do "
        "31 w roku, choć to także zasługa innych programów.",
        "Lokatorzy boją się wyższych rachunków, dlatego niezbędny jest doradca energetyczny, "
        "który pokazuje wyliczenia dla konkretnego mieszkania. Najwięcej czasu zajmuje "
        "przygotowanie dokumentów dla budynków wspólnot, w których miasto ma tylko część "
        "lokali.",
    ),
    P(
        6, "Jarocin", "Zielone przystanki z dachami z rozchodników",
        ("klimat", "zieleń", "transport publiczny"), F.OWN_BUDGET, 390_000,
        ((2022, 9), (2023, 6)),
        "Latem przystanki autobusowe w centrum Jarocina nagrzewały się tak, że pasażerowie "
        "woleli czekać w cieniu budynków. Mieszkańcy zgłaszali w budżecie obywatelskim pomysły "
        "na więcej zieleni w mieście, ale w gęstej zabudowie brakowało miejsca na drzewa.",
        "Miasto wymieniło dziesięć wiat na nowe, z dachami porośniętymi rozchodnikami, które "
        "zatrzymują deszczówkę i chłodzą otoczenie. Obok wiat posadzono pnącza na kratownicach "
        "i ustawiono ławki z oparciami. Każda wiata ma też panel fotowoltaiczny zasilający "
        "oświetlenie i tablicę z rozkładem jazdy.",
        "Pomiary latem 2023 roku wykazały, że pod zielonymi wiatami jest o 4–6 °C chłodniej niż "
        "pod starymi. Dachy zatrzymują około 60% wody opadowej, a pielęgnacja ogranicza się do "
        "dwóch przeglądów w roku.",
        "Wybierzcie dostawcę, który da gwarancję na rośliny, a nie tylko na konstrukcję. Przy "
        "ruchliwych ulicach warto sadzić gatunki odporne na sól.",
    ),
    P(
        6, "Nysa", "Łąki kwietne zamiast trawników",
        ("klimat", "zieleń", "bioróżnorodność"), F.OWN_BUDGET, 85_000,
        ((2021, 4), (2022, 9)),
        "Służby komunalne w Nysie kosiły trawniki przy ulicach i w parkach nawet dziesięć razy w "
        "sezonie. W upalne lata wysuszoną trawę trzeba było podlewać, a koszenie pochłaniało "
        "dużą część pieniędzy na utrzymanie zieleni.",
        "Miasto zamieniło 3,6 hektara trawników na łąki kwietne z rodzimych gatunków, a na "
        "kolejnych 12 hektarach ograniczyło koszenie do dwóch razy w roku. Przy łąkach stanęły "
        "tabliczki z informacją, że to celowe działanie, a mieszkańcy mogli dostać nasiona do "
        "własnych ogródków.",
        "Koszty utrzymania zieleni na terenach objętych programem spadły o 38%. Przyrodnicy z "
        "Uniwersytetu Opolskiego naliczyli na łąkach 63 gatunki owadów zapylających, a skargi "
        "mieszkańców na „zaniedbaną trawę” ustały po pierwszym sezonie kwitnienia.",
        "Kluczowa jest komunikacja – pierwsze skargi przyszły, zanim łąki zakwitły. Łąki nie "
        "nadają się wszędzie: przy skrzyżowaniach i przejściach dla pieszych trzeba zostawić "
        "niski trawnik, żeby kierowcy dobrze widzieli pieszych.",
        promoted=True,
    ),
    P(
        6, "Grudziądz", "Deszczówka do podlewania zieleni miejskiej",
        ("klimat", "retencja", "zieleń"), F.EU_FUNDS, 2_750_000,
        ((2021, 6), (2023, 4)),
        "Upalne lata zmusiły miejskie służby zieleni w Grudziądzu do podlewania drzew i klombów "
        "wodą z wodociągu, co kosztowało kilkaset tysięcy złotych rocznie. W tym samym czasie "
        "woda deszczowa z dachów hal sportowych i zajezdni spływała do kanalizacji.",
        "Ze środków unijnych na adaptację do zmian klimatu miasto zbudowało przy czterech "
        "obiektach podziemne zbiorniki na deszczówkę o łącznej pojemności 480 m³. Ze zbiorników "
        "napełnia się beczkowozy podlewające zieleń, a przy dwóch parkach woda zasila "
        "automatyczne nawadnianie kropelkowe.",
        "W sezonie 2023 zieleń podlewano w 70% wodą deszczową, dzięki czemu zużycie wody z "
        "wodociągu zmniejszyło się o 5 300 m³. Odsetek obumierających młodych drzew spadł z 18% "
        "do 6%.",
        "Zbiorniki trzeba budować blisko terenów zieleni i tras beczkowozów – jeden z naszych "
        "okazał się za daleko. Nawadnianie kropelkowe najbardziej opłaca się przy młodych "
        "nasadzeniach.",
    ),
    P(
        6, "Bartoszyce", "Zielone podwórka w centrum miasta",
        ("zieleń", "klimat", "przestrzeń publiczna"), F.OWN_BUDGET, 1_300_000,
        ((2020, 4), (2022, 8)),
        "Podwórka kamienic w centrum Bartoszyc były w większości wybetonowane i zastawione "
        "samochodami, a część z nich dzieliły płoty i garaże. Latem się nagrzewały, a po "
        "deszczu stała na nich woda.",
        "Miasto we współpracy ze wspólnotami mieszkaniowymi rozebrało zbędne ogrodzenia i "
        "komórki, usunęło płyty betonowe i urządziło wspólne podwórka z trawą, drzewami, "
        "ławkami i przepuszczalną nawierzchnią. Projekty powstały na warsztatach z "
        "mieszkańcami, a wspólnoty przejęły pielęgnację w zamian za miejską dotację na "
        "nasadzenia.",
        "Odnowiono pięć podwórek o łącznej powierzchni 1,1 hektara; 6 tysięcy m² nawierzchni "
        "zamieniono na zieleń i żwir. Posadzono 48 drzew, a woda po ulewach wsiąka teraz w ciągu "
        "kilku godzin.",
        "Rozmowy ze wspólnotami o miejscach parkingowych trwają dłużej niż budowa – trzeba "
        "zapewnić parkowanie w pobliżu. Umowę o pielęgnacji warto podpisać przed rozpoczęciem "
        "prac.",
    ),
    P(
        6, "Sokołów Podlaski", "Rower miejski w małym mieście",
        ("klimat", "transport", "rowery"), F.OWN_BUDGET, 980_000,
        ((2022, 4), (2022, 11)),
        "Większość codziennych tras mieszkańców Sokołowa Podlaskiego ma mniej niż trzy "
        "kilometry, a mimo to pokonywano je głównie samochodem. Przy dworcu i urzędzie "
        "brakowało miejsc parkingowych.",
        "Miasto uruchomiło niewielki system roweru miejskiego: 60 rowerów, w tym 10 "
        "elektrycznych i 4 trójkołowe dla seniorów, na ośmiu stacjach przy dworcu, urzędzie, "
        "szkołach i przychodni. Pierwsze 30 minut jazdy jest bezpłatne, a system prowadzi "
        "operator wybrany w przetargu na cztery lata.",
        "W pierwszym sezonie rowery wypożyczono 41 tysięcy razy, a najpopularniejsza trasa "
        "łączy osiedla z dworcem. Z rowerów trójkołowych regularnie korzystało 120 osób po 60. "
        "roku życia.",
        "W małym mieście sprawdza się gęsta sieć stacji przy miejscach codziennych spraw, a nie "
        "przy atrakcjach turystycznych. Operator kosztuje około 250 tysięcy złotych rocznie – "
        "trzeba wcześniej sprawdzić, czy budżet miasta to udźwignie.",
    ),
]  # fmt: skip
