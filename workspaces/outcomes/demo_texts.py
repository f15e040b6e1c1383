"""What each network's demo outcomes say: two per network, three in MIASTO OBYWATELI.

An outcome sums up the sessions it came from (the first: sessions 1–3, in 2022; the second:
3–5, to June 2023; the third: 5–7, to January 2024), so each speaks of its own period and
its own recommendations – no two outcomes repeat one.
"""

from typing import NamedTuple


class DemoOutcome(NamedTuple):
    title: str
    title_en: str
    summary: str
    recommendations: list  # (kind, heading, text); kind is "recommendation" or "solution"


R, S = "recommendation", "solution"

# The third outcome of MIASTO OBYWATELI, promoted to the public (tests find it by this slug).
PUBLIC_OUTCOME_SLUG = "konsultacje-spoleczne-w-praktyce"

OUTCOMES = {
    1: [
        DemoOutcome(
            "E-usługi, które mieszkańcy naprawdę wybierają",
            "E-services residents actually choose",
            "Wnioski z trzech pierwszych spotkań sieci (maj–listopad 2022 r.): dlaczego jedne "
            "e-usługi przyjmują się szybko, a inne stoją puste, i od czego zacząć w mieście, "
            "które ma niewielki zespół informatyków.",
            [
                (R, "Zacznijcie od spraw, które mieszkańcy załatwiają najczęściej",
                 "Zanim wybierzecie usługi do cyfryzacji, policzcie, z jakimi sprawami "
                 "mieszkańcy najczęściej przychodzą do urzędu. W miastach sieci największy "
                 "efekt dały rezerwacja wizyt, płatności podatków i nabór do przedszkoli – a nie "
                 "rzadkie procedury, które łatwo opisać, ale mało kto z nich korzysta."),
                (S, "Lista dokumentów przy rezerwacji wizyty",
                 "Zabrze przy rezerwacji wizyty wysyła mieszkańcowi listę potrzebnych "
                 "dokumentów. Powtórnych wizyt w tej samej sprawie jest tam o ponad jedną "
                 "czwartą mniej, a rozwiązanie nie wymagało nowego systemu, tylko dobrze "
                 "opisanych spraw."),
                (R, "Zostawcie drogę dla osób bez internetu",
                 "Każda e-usługa powinna mieć odpowiednik w punkcie obsługi lub przez telefon, z "
                 "pomocą pracownika. Miasta, które tego nie zapewniły, w trakcie naboru musiały "
                 "wracać do papierowych wniosków."),
            ],
        ),
        DemoOutcome(
            "Zakup systemu informatycznego bez niespodzianek",
            "Buying an IT system without surprises",
            "Rekomendacje ze spotkań od listopada 2022 do czerwca 2023 r. o zamawianiu "
            "systemów dla urzędów: czego wymagać od dostawców, jak nie uzależnić się od jednej "
            "firmy i jak zabezpieczyć dane mieszkańców.",
            [
                (R, "Wymagajcie otwartego interfejsu i eksportu danych",
                 "W opisie zamówienia zapiszcie, że system udostępnia dane przez udokumentowany "
                 "interfejs i pozwala je wyeksportować w otwartym formacie. Bez tego każda "
                 "integracja – z systemem kolejkowym, EZD czy stroną miasta – staje się osobnym, "
                 "płatnym zleceniem."),
                (R, "Umowa powierzenia przed uruchomieniem systemu",
                 "Przy systemach, które przetwarzają dane mieszkańców, zwłaszcza dzieci, umowę "
                 "powierzenia przetwarzania danych i informację o tym, gdzie stoją serwery, "
                 "trzeba mieć przed startem, a nie w trakcie wdrożenia."),
                (S, "Kopia zapasowa poza budynkiem urzędu",
                 "Skarżysko-Kamienna przechowuje kopię zapasową na serwerze poza ratuszem, a "
                 "jedną kopię odłącza od sieci. Próbne odtworzenie systemu dziedzinowego zajęło "
                 "pięć godzin – wcześniej szacowano je na kilka dni."),
            ],
        ),
    ],
    2: [
        DemoOutcome(
            "Wkład własny w nowej perspektywie unijnej",
            "Own contribution in the new EU funding period",
            "Jak zapewnić wkład własny do kilku projektów naraz i nie przekroczyć granic "
            "zadłużenia – wnioski ze spotkań sieci w 2022 roku.",
            [
                (R, "Symulacje w wieloletniej prognozie przed decyzją o kredycie",
                 "Zanim miasto zaciągnie kredyt na wkład własny, skarbnik powinien przygotować "
                 "w wieloletniej prognozie finansowej co najmniej dwa warianty: z kredytem i z "
                 "inwestycjami rozłożonymi na dłuższy czas. O wyborze zwykle przesądza zapas do "
                 "granicy wskaźnika z art. 243 ustawy o finansach publicznych."),
                (S, "Pożyczki umarzalne z funduszy ochrony środowiska",
                 "Na termomodernizację i odnawialne źródła energii warto sprawdzić pożyczki "
                 "wojewódzkich funduszy ochrony środowiska, które po osiągnięciu efektu "
                 "ekologicznego mogą zostać częściowo umorzone. Wniosek trzeba złożyć kilka "
                 "miesięcy przed planowanym przetargiem."),
            ],
        ),
        DemoOutcome(
            "Finanse miasta zrozumiałe dla radnych i mieszkańców",
            "Town finances councillors and residents can understand",
            "Rekomendacje ze spotkań od listopada 2022 do czerwca 2023 r. o tym, jak "
            "przedstawiać budżet i wieloletnią prognozę finansową, żeby radni i mieszkańcy "
            "rzeczywiście je czytali.",
            [
                (R, "Kilkustronicowe podsumowanie prognozy dla radnych",
                 "Do projektu wieloletniej prognozy finansowej dołączajcie krótkie "
                 "podsumowanie z wykresem dochodów i wydatków, wykresem zadłużenia i listą "
                 "największych inwestycji. Ta sama forma co roku pozwala porównywać kolejne "
                 "lata."),
                (S, "Budżet dla mieszkańców",
                 "Jarocin co roku publikuje podstronę i broszurę z odpowiedziami na proste "
                 "pytania o wydatki miasta. Przygotowanie zajmuje około dwóch tygodni pracy "
                 "jednej osoby i nie wymaga zewnętrznego grafika."),
                (R, "Jedna liczba, która tłumaczy ograniczenia",
                 "W każdej prezentacji budżetu pokazujcie zapas do granicy wskaźnika "
                 "zadłużenia – to najprostszy sposób, by wyjaśnić, dlaczego nie wszystkie "
                 "oczekiwane inwestycje mieszczą się w planie."),
            ],
        ),
    ],
    3: [
        DemoOutcome(
            "Budżet obywatelski dla wszystkich pokoleń",
            "A participatory budget for every generation",
            "Jak zachęcić seniorów i młodzież do udziału w budżecie obywatelskim – wnioski z "
            "pierwszych spotkań sieci w 2022 roku.",
            [
                (S, "Mobilne punkty głosowania",
                 "Zduńska Wola prawie trzykrotnie zwiększyła frekwencję seniorów dzięki punktom "
                 "głosowania na targowisku, w przychodni i w bibliotekach. Warunkiem jest "
                 "regulamin, który pozwala głosować na papierze poza urzędem."),
                (R, "Osobna pula dla młodzieży",
                 "Pula budżetu, o której decydują osoby w wieku od 13 do 19 lat, razem z "
                 "warsztatami w szkołach z przygotowania projektu i kosztorysu przyciąga młodych "
                 "skuteczniej niż kampanie w mediach społecznościowych."),
                (R, "Seniorzy już przy zgłaszaniu projektów",
                 "Zapraszajcie rady seniorów i kluby seniora do zgłaszania projektów, a nie "
                 "tylko do głosowania. Projekty zgłoszone przez samych seniorów najlepiej "
                 "zachęcają ich rówieśników do udziału."),
            ],
        ),
        DemoOutcome(
            "Panel obywatelski – jak go przygotować",
            "Preparing a citizens' assembly",
            "Rekomendacje ze spotkań od listopada 2022 do czerwca 2023 r., oparte na panelu "
            "obywatelskim w Bartoszycach i doświadczeniach innych miast sieci.",
            [
                (R, "Zobowiązanie władz przed startem",
                 "Przed losowaniem panelistów burmistrz lub prezydent powinien publicznie "
                 "zobowiązać się do wdrożenia rekomendacji, które uzyskają ustalone poparcie, "
                 "np. 80% głosów. Bez tego mieszkańcy nie traktują panelu poważnie."),
                (R, "Losowanie i moderacja w rękach zewnętrznego zespołu",
                 "Losowanie z zachowaniem proporcji wieku, płci i miejsca zamieszkania oraz "
                 "prowadzenie obrad najlepiej powierzyć zespołowi spoza urzędu. To chroni panel "
                 "przed zarzutem stronniczości."),
                (S, "Granice decyzji zapisane na początku",
                 "Panelistom od pierwszego dnia trzeba pokazać ograniczenia: budżet, terminy "
                 "dotacji i przepisy. W Bartoszycach dzięki temu udało się wdrożyć "
                 "wszystkie 11 rekomendacji bez zmiany harmonogramu finansowania."),
            ],
        ),
        DemoOutcome(
            "Konsultacje społeczne w praktyce",
            "Public consultations in practice",
            "Siedem zasad dobrych konsultacji społecznych, sprawdzonych w miastach sieci.",
            [
                (R, "Konsultujcie, gdy decyzja jest jeszcze otwarta",
                 "Zapraszajcie mieszkańców, zanim powstanie gotowy projekt. Uwagi zgłoszone na "
                 "etapie pomysłu można uwzględnić bez kosztownych zmian."),
                (R, "Idźcie tam, gdzie są mieszkańcy",
                 "Spotkania w ratuszu w godzinach pracy urzędu przyciągają wciąż te same osoby. "
                 "Spacery badawcze, punkty konsultacyjne w bibliotekach i dyżury na osiedlach "
                 "docierają do znacznie szerszego grona."),
                (R, "Piszcie prostym językiem",
                 "Materiały konsultacyjne piszcie tak, by zrozumiała je osoba bez "
                 "przygotowania prawniczego: co się zmieni, gdzie, kiedy i za ile."),
                (R, "Mówcie, co jest już przesądzone",
                 "Mieszkańcy powinni wiedzieć, o czym mogą zdecydować, a co przesądzają już "
                 "przepisy, budżet lub umowy o dofinansowanie."),
                (R, "Zbierajcie uwagi na mapie",
                 "Przy dokumentach planistycznych mapa internetowa, na której można zaznaczyć "
                 "miejsce, wielokrotnie zwiększa liczbę uwag – w Rumi dziesięciokrotnie."),
                (R, "Odpowiadajcie na każdą uwagę",
                 "Raport z konsultacji, w którym każda uwaga ma odpowiedź i uzasadnienie, "
                 "publikujcie najpóźniej miesiąc po ich zakończeniu."),
                (S, "Stały punkt konsultacyjny w bibliotece",
                 "Sokołów Podlaski prowadzi w bibliotece stały punkt z tablicą bieżących "
                 "konsultacji i cotygodniowym dyżurem urzędnika. W jednej z konsultacji liczba "
                 "uwag wzrosła dzięki temu z 4 do 57."),
            ],
        ),
    ],
    4: [
        DemoOutcome(
            "Usługi, dzięki którym seniorzy dłużej mieszkają w domu",
            "Services that help older people live at home for longer",
            "Wnioski z pierwszego roku pracy sieci: które usługi dla seniorów dają najwięcej "
            "przy ograniczonym budżecie i jak je utrzymać po zakończeniu dotacji.",
            [
                (R, "Zaplanujcie utrzymanie, zanim złożycie wniosek",
                 "Programy rządowe i unijne finansują głównie uruchomienie usługi. Roczny koszt "
                 "utrzymania dziennego domu, transportu czy opasek bezpieczeństwa trzeba wpisać "
                 "do wieloletniej prognozy finansowej jeszcze przed złożeniem wniosku."),
                (S, "Opaski bezpieczeństwa zakładane przez wolontariuszy",
                 "W Tarnowie opaski zakładają seniorom wolontariusze z klubów seniora. Przy tej "
                 "okazji kilkadziesiąt osób trafiło do innych form wsparcia ośrodka pomocy "
                 "społecznej."),
                (R, "Dowóz jest częścią usługi",
                 "Dzienny dom czy klub seniora bez transportu nie dotrze do osób, które "
                 "najbardziej go potrzebują. Planując placówkę, od razu zaplanujcie dowóz."),
            ],
        ),
        DemoOutcome(
            "Dostępny urząd i dostępne miasto",
            "An accessible town hall and an accessible town",
            "Rekomendacje ze spotkań od listopada 2022 do czerwca 2023 r. o dostępności "
            "urzędów, transportu i informacji dla osób z niepełnosprawnościami.",
            [
                (R, "Sprawdzajcie dostępność razem z mieszkańcami",
                 "Przegląd dostępności przeprowadzajcie z udziałem osób z różnymi "
                 "niepełnosprawnościami – wskażą bariery, których nie widać na listach "
                 "kontrolnych."),
                (S, "Tani zestaw na początek",
                 "Świdwin zapewnił pętle indukcyjne, tłumacza języka migowego online i teksty "
                 "łatwe do czytania za niecałe 50 tysięcy złotych. Liczba wniosków o zapewnienie "
                 "dostępności spadła z 12 do 3."),
                (R, "Transport na zamówienie",
                 "Tam, gdzie osiedla są rozproszone, transport „od drzwi do drzwi” z "
                 "dyspozytorem w ośrodku pomocy społecznej pozwala osobom z ograniczoną "
                 "mobilnością dotrzeć do lekarza i do urzędu."),
            ],
        ),
    ],
    5: [
        DemoOutcome(
            "Jak zatrzymać turystów na dłużej",
            "Keeping visitors in town for longer",
            "Wnioski sieci z 2022 roku o turystyce w małych i średnich miastach: co sprawia, "
            "że turyści zostają dłużej i wydają pieniądze w lokalnych firmach.",
            [
                (S, "Wspólny bilet do kilku atrakcji",
                 "Wspólny bilet do kilku atrakcji, ważny przez kilka dni, zachęca do noclegu. W "
                 "Kłodzku po jego wprowadzeniu odsetek turystów nocujących w mieście wzrósł z "
                 "18% do 27%."),
                (R, "Przedsiębiorcy od początku",
                 "Szlaki, gry miejskie i aplikacje przygotowujcie razem z kawiarniami, sklepami "
                 "i muzeami. Do programu zniżek dla uczestników gry w Cieszynie przystąpiło 31 "
                 "firm, które same promują szlak."),
                (R, "Pieniądze na utrzymanie aplikacji",
                 "Aplikacja turystyczna bez stałej aktualizacji treści szybko traci "
                 "użytkowników. Koszt jej utrzymania trzeba zaplanować na kilka lat."),
            ],
        ),
        DemoOutcome(
            "Puste lokale i hale – nowe życie dla centrum",
            "Empty shops and halls – new life for the town centre",
            "Rekomendacje ze spotkań od listopada 2022 do czerwca 2023 r. o wykorzystaniu "
            "pustych lokali i budynków poprzemysłowych do wspierania przedsiębiorczości.",
            [
                (S, "Symboliczny czynsz w zamian za otwarty lokal",
                 "Włocławek wynajmuje lokale w obszarze rewitalizacji za 1 zł za metr kwadratowy "
                 "przez dwa lata, pod warunkiem że są otwarte co najmniej pięć dni w tygodniu. "
                 "Większość najemców została po okresie preferencyjnym."),
                (R, "Inkubator z operatorem z doświadczeniem w biznesie",
                 "Inkubator przedsiębiorczości potrzebuje operatora, który zna biznes, i "
                 "elastycznych modułów – w miastach sieci chętnych na warsztaty było więcej niż "
                 "na biura."),
                (R, "Jeden opiekun inwestora",
                 "Wyznaczcie w urzędzie jedną osobę, która prowadzi inwestora przez wszystkie "
                 "sprawy i ma bezpośredni kontakt z kierownictwem miasta."),
            ],
        ),
    ],
    6: [
        DemoOutcome(
            "Woda deszczowa jako zasób miasta",
            "Rainwater as a resource for the town",
            "Wnioski ze spotkań sieci w 2022 roku o małej retencji: jak zatrzymać deszczówkę "
            "tam, gdzie spadła, i wykorzystać ją do podlewania zieleni.",
            [
                (S, "Ogrody deszczowe przy budynkach publicznych",
                 "Odłączenie rynien od kanalizacji i skierowanie wody do ogrodów deszczowych "
                 "kosztuje kilkaset złotych za metr kwadratowy. W Rumi ogrody przejmują wodę z "
                 "ponad 4 tysięcy m² dachów."),
                (R, "Zbiorniki blisko terenów zieleni",
                 "Podziemne zbiorniki na deszczówkę budujcie przy parkach i na trasach "
                 "beczkowozów – zbiornik położony daleko od zieleni nie będzie używany."),
                (R, "Uczniowie jako współautorzy",
                 "Jeśli ogrody deszczowe projektują i sadzą uczniowie, nasadzenia są szanowane, "
                 "a temat adaptacji do zmian klimatu trafia do domów."),
            ],
        ),
        DemoOutcome(
            "Zieleń, która mniej kosztuje",
            "Greenery that costs less",
            "Rekomendacje ze spotkań od listopada 2022 do czerwca 2023 r. o utrzymaniu "
            "zieleni miejskiej w upalne lata, przy rosnących kosztach i skromnych budżetach.",
            [
                (S, "Łąki kwietne zamiast części trawników",
                 "Nysa zamieniła kilka hektarów trawników na łąki kwietne i rzadziej kosi "
                 "pozostałe; koszty utrzymania tych terenów spadły o 38%."),
                (R, "Najpierw wyjaśnienie, potem mniej koszenia",
                 "Zanim ograniczycie koszenie, wyjaśnijcie mieszkańcom cel – tabliczki przy "
                 "łąkach i informacja w mediach miasta zapobiegają skargom na „zaniedbaną "
                 "trawę”."),
                (R, "Bezpieczeństwo ważniejsze od oszczędności",
                 "Przy skrzyżowaniach i przejściach dla pieszych zostawcie niski trawnik, żeby "
                 "kierowcy dobrze widzieli pieszych."),
            ],
        ),
    ],
    7: [
        DemoOutcome(
            "Jak zatrzymać pracowników w urzędzie",
            "How to keep staff at the town hall",
            "Wnioski z pierwszych spotkań sieci w 2022 roku o odejściach pracowników z urzędów "
            "małych i średnich miast.",
            [
                (R, "Pierwsze trzy miesiące decydują",
                 "Program wdrożenia z opiekunem spoza grona przełożonych i rozmowami po "
                 "miesiącu i po trzech miesiącach wyraźnie zmniejsza liczbę odejść w pierwszym "
                 "roku pracy."),
                (S, "Ścieżki kariery z jasnymi wymaganiami",
                 "Urząd w Skarżysku-Kamiennej opisał ścieżki awansu dla czterech grup "
                 "stanowisk; w dwa lata odsetek odchodzących pracowników spadł z 19% do 8%."),
                (R, "Praca hybrydowa na jawnych zasadach",
                 "Możliwość pracy zdalnej przez część tygodnia na stanowiskach bez obsługi "
                 "interesantów pomaga konkurować o specjalistów, jeśli zasady są jawne i "
                 "jednakowe dla wszystkich."),
            ],
        ),
        DemoOutcome(
            "Wynagrodzenia i rozwój – przejrzyste zasady",
            "Pay and development – transparent rules",
            "Rekomendacje ze spotkań od listopada 2022 do czerwca 2023 r. o wartościowaniu "
            "stanowisk, rozmowach rozwojowych i szkoleniach prowadzonych przez pracowników "
            "urzędu.",
            [
                (R, "Wartościowanie z udziałem pracowników",
                 "Wartościowanie stanowisk przeprowadzone przez zespół z udziałem pracowników i "
                 "związków zawodowych daje siatkę płac, którą wszyscy uznają."),
                (R, "Rozmowa rozwojowa bez premii",
                 "Coroczna rozmowa rozwojowa nie powinna być powiązana z decyzją o premii – "
                 "wtedy pracownicy mówią otwarcie o tym, co im przeszkadza."),
                (S, "Wewnętrzni trenerzy",
                 "W Zabrzu pracownicy po kursie trenerskim szkolą kolegów; godzina szkolenia "
                 "kosztuje około 70% mniej niż na kursach zewnętrznych."),
            ],
        ),
    ],
    8: [
        DemoOutcome(
            "Burmistrz blisko mieszkańców",
            "A mayor close to residents",
            "Wnioski liderów ze spotkań w 2022 roku o bezpośrednim kontakcie z mieszkańcami "
            "i rozliczaniu się z danych im obietnic.",
            [
                (S, "Dyżury na osiedlach z rejestrem spraw",
                 "Burmistrz Jarocina co miesiąc pełni dyżur na innym osiedlu lub w innym "
                 "sołectwie. Każda sprawa trafia do rejestru z terminem odpowiedzi, a po roku "
                 "miasto publikuje podsumowanie."),
                (R, "Kierownicy przy stole",
                 "Na spotkania z mieszkańcami zabierajcie kierowników odpowiedzialnych za "
                 "poruszane sprawy – wiele z nich da się wtedy wyjaśnić od razu."),
            ],
        ),
        DemoOutcome(
            "Podział zadań w kierownictwie miasta",
            "Sharing the work of running the town",
            "Rekomendacje sieci liderów ze spotkań od listopada 2022 do czerwca 2023 r. o "
            "delegowaniu zadań zastępcom, pełnomocnikom i zespołom w urzędzie.",
            [
                (R, "Jawny podział na piony",
                 "Podział zadań między burmistrzem lub prezydentem a zastępcami warto wpisać do "
                 "regulaminu organizacyjnego i opublikować, aby mieszkańcy i radni wiedzieli, "
                 "kto odpowiada za ich sprawę."),
                (R, "Pełnomocnik z terminem",
                 "Pełnomocników do konkretnych projektów powołujcie z jasnym celem i terminem, "
                 "by po zakończeniu projektu nie zostawało stanowisko bez zadań."),
                (R, "Reorganizacja nie w pierwszych miesiącach kadencji",
                 "Zmiany w strukturze urzędu przygotowujcie z zespołem pracowników i "
                 "wprowadzajcie dopiero wtedy, gdy dobrze poznacie urząd."),
            ],
        ),
    ],
}  # fmt: skip

# What observers wrote, with the scores that go with the words: someone who plans a similar
# action does not rate transferability low, and someone for whom it will not work in their
# town does not rate it high. One is picked per evaluation.
EVALUATION_VIEWS = [
    (5, 5, "Bardzo przydatne – planujemy podobne działanie w naszym mieście w przyszłym roku."),
    (4, 4, "Konkretne wskazówki. Przekażemy je wydziałowi, który przygotowuje podobny projekt."),
    (4, 2, "Ciekawe, ale u nas trudne do powtórzenia: nie mamy zespołu, który by się tym zajął."),
    (3, 3, ""),
    (5, 4, "Planujemy podobne działanie; szczególnie cenne są uwagi o kosztach utrzymania."),
    (2, 1, "To rozwiązania dla większych miast – w naszej skali się nie sprawdzą."),
    (4, 3, ""),
    (3, 3, "Przydałoby się więcej informacji o kosztach, ale kierunek jest dobry."),
]
