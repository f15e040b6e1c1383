"""Demo discussions: two or three threads in every network, written by its members and
coordinators about the projects their towns are working on, between 2022 and 2024.

Threads are started, answered and moderated through the room's services, so every post is
checked the way a post from the site would be (without e-mailing anyone); the dates are set
afterwards, because a post is stamped when it is written. Each network's first thread carries
its leak-check sentence (`TAJNEDISCUSSIONn`) in its first post. A thread already there (same
network, same title) is left as it is, so seeding twice adds nothing.
"""

import datetime
import zoneinfo
from typing import NamedTuple

from django.conf import settings
from django.db import transaction
from django.utils.html import strip_tags

from workspaces.notifications import outbox
from workspaces.registry.demo_data import leak_check_sentence
from workspaces.registry.models import Membership

from . import services
from .models import Post, Thread, ThreadRead


class DemoThread(NamedTuple):
    title: str
    started: tuple  # (year, month, day, hour, minute), Warsaw time
    author: str  # a username
    body: str
    replies: list  # (username, hours after the previous post, text)
    moderation: tuple = ()  # (username, action) after the replies, e.g. ("coordinator", "pin")


THREADS = {
    # MIASTO CYFROWE: digitalisation
    1: [
        DemoThread(
            "Elektroniczne zapisy do przedszkoli – jaki system i jakie doświadczenia?",
            (2023, 1, 17, 9, 12),
            "member",
            "Dzień dobry wszystkim,\n\n"
            "w Krośnie przygotowujemy się do przejścia na elektroniczne zapisy do przedszkoli i "
            "żłobków od naboru na rok szkolny 2023/2024. Do tej pory rodzice składali papierowe "
            "wnioski w placówkach, a my przepisywaliśmy je ręcznie do arkusza – przy ponad "
            "tysiącu dzieci to tydzień pracy dwóch osób i sporo pomyłek.\n\n"
            "Mam trzy pytania do miast, które już to przeszły:\n\n"
            "- czy kupowaliście osobny system, czy korzystacie z modułu dostawcy, który "
            "obsługuje już waszą oświatę?\n"
            "- jak rozwiązaliście sprawę rodziców bez dostępu do internetu?\n"
            "- ile czasu zajęło wam przeniesienie kryteriów punktowych do systemu?\n\n"
            "Będę wdzięczna za każdą wskazówkę, także o tym, czego nie robić.",
            [
                (
                    "demo-01",
                    3,
                    "W Cieszynie mamy elektroniczny nabór od trzech lat i nikt nie chce wracać do "
                    "papieru. Kupiliśmy system od tej samej firmy, która obsługuje nam dziennik "
                    "elektroniczny, więc dane o placówkach i oddziałach były już na miejscu.\n\n"
                    "Najważniejsza rada: uchwałę z kryteriami naboru piszcie od razu z myślą o "
                    "systemie. U nas jedno kryterium było sformułowane tak nieprecyzyjnie, że "
                    "dostawca nie potrafił go przełożyć na punkty i musieliśmy zmieniać uchwałę "
                    "w trakcie przygotowań.",
                ),
                (
                    "demo-05",
                    26,
                    "Co do rodziców bez internetu: w Łomży w każdym przedszkolu przez dwa "
                    "tygodnie naboru dyżurowała osoba, która pomagała wypełnić wniosek na "
                    "miejscu. Wniosek można też wydrukować, podpisać i zanieść do placówki – "
                    "dane wprowadza wtedy do systemu dyrektor.\n\n"
                    "Profil zaufany nie był u nas wymagany, wystarczył podpis na wydruku. Z "
                    "ponad 900 wniosków na papierze przyszło niecałe 60.",
                ),
                (
                    "coordinator",
                    5,
                    "Dziękuję za konkretne odpowiedzi. Dodam jedną rzecz z perspektywy ochrony "
                    "danych: przed uruchomieniem naboru podpiszcie z dostawcą umowę powierzenia "
                    "przetwarzania danych i sprawdźcie, gdzie fizycznie stoją serwery. Przy "
                    "danych dzieci inspektorzy ochrony danych pytają o to w pierwszej "
                    "kolejności.\n\n"
                    "Aniu, jeśli chcesz, omówmy harmonogram wdrożenia na najbliższym spotkaniu "
                    "sieci – Krosno mogłoby go pokazać w dziesięć minut, a pozostałe miasta "
                    "dopiszą uwagi.",
                ),
                (
                    "member",
                    22,
                    "Bardzo dziękuję! Uwaga o uchwale jest dla nas kluczowa, bo jej projekt "
                    "właśnie idzie do konsultacji z dyrektorkami przedszkoli. Chętnie pokażę "
                    "harmonogram na spotkaniu – przygotuję jedną planszę z terminami i listę "
                    "otwartych pytań.",
                ),
                (
                    "demo-12",
                    50,
                    "Dołączam do wątku, bo w Ciechanowie stoimy przed tą samą decyzją, tylko rok "
                    "później. Czy mogłabym prosić o tę planszę z harmonogramem po spotkaniu? "
                    "Przyda nam się jako punkt wyjścia do rozmów z wydziałem edukacji.",
                ),
            ],
        ),
        DemoThread(
            "Jak konsultujemy projekty w sieci – przeczytaj, zanim zadasz pytanie",
            (2022, 5, 30, 8, 30),
            "coordinator",
            "Witam wszystkich w dyskusjach sieci MIASTO CYFROWE. Żeby pytania o projekty szybko "
            "trafiały do właściwych osób, proponuję kilka prostych zasad:\n\n"
            "- w tytule wątku napiszcie, czego dotyczy projekt i na jakim jest etapie (np. "
            "„przed przetargiem”, „po pilotażu”);\n"
            "- w pierwszym wpisie opiszcie w dwóch, trzech zdaniach, co chcecie osiągnąć, i "
            "zadajcie konkretne pytanie;\n"
            "- dokumenty wrzucajcie do przestrzeni roboczej sieci, a tutaj podawajcie tylko "
            "nazwę pliku;\n"
            "- nie piszcie o danych osobowych mieszkańców ani o szczegółach trwających "
            "postępowań przetargowych.\n\n"
            "Na pytania staram się odpowiadać w ciągu dwóch dni roboczych. Ten wątek zostaje "
            "przypięty na górze listy.",
            [
                (
                    "member",
                    4,
                    "Dziękuję, to bardzo pomocne. Czy pytania o projekty, które są dopiero na "
                    "etapie pomysłu, też tu pasują? Mamy w Krośnie kilka takich, które "
                    "chcielibyśmy przegadać, zanim trafią do budżetu.",
                ),
                (
                    "coordinator",
                    3,
                    "Jak najbardziej. Najwięcej można zyskać właśnie na etapie pomysłu, kiedy nic "
                    "jeszcze nie jest przesądzone i łatwo zmienić kierunek.",
                ),
                (
                    "demo-22",
                    28,
                    "Z perspektywy mniejszego miasta dopiszę prośbę: kiedy ktoś poleca konkretne "
                    "rozwiązanie, niech napisze też, ile osób je u niego obsługuje. W Świdwinie "
                    "cały zespół informatyków to dwie osoby, więc nie każde świetne narzędzie "
                    "jest dla nas realne.",
                ),
                (
                    "coordinator",
                    2,
                    "Słuszna uwaga – przyjmijmy to jako piątą zasadę: polecając rozwiązanie, "
                    "podajemy wielkość miasta i liczbę osób, które je utrzymują.",
                ),
            ],
            (("coordinator", "pin"),),
        ),
        DemoThread(
            "e-Doręczenia w urzędzie: jak przygotowaliście kancelarię?",
            (2024, 3, 12, 13, 5),
            "demo-08",
            "Zabieramy się w Zabrzu do porządnego wdrożenia e-Doręczeń. Skrzynkę założyliśmy "
            "wcześniej, ale w praktyce korespondencja z niej trafia do jednej osoby w "
            "kancelarii, która ręcznie przekazuje ją do wydziałów. Przy obecnej liczbie "
            "przesyłek to jeszcze działa, ale kiedy dojdą pisma do wszystkich mieszkańców i "
            "firm, ten model się nie utrzyma.\n\n"
            "Jak to zorganizowaliście? Czy integrowaliście skrzynkę z systemem elektronicznego "
            "zarządzania dokumentacją, czy korzystacie z samej aplikacji w przeglądarce?",
            [
                (
                    "demo-09",
                    19,
                    "W Żarach dostawca EZD dostarczył integrację w ramach aktualizacji, więc "
                    "przesyłki wpadają od razu do systemu i dekretuje je sekretariat, tak jak "
                    "zwykłą pocztę. Najwięcej pracy mieliśmy nie z techniką, tylko z instrukcją "
                    "kancelaryjną i z przekonaniem ludzi, że dowód doręczenia to też dokument, "
                    "który trzeba włączyć do akt sprawy.",
                ),
                (
                    "demo-26",
                    4,
                    "U nas jest podobnie. Dodam praktyczną rzecz: załóżcie osobne adresy do "
                    "doręczeń dla jednostek, które prowadzą własne postępowania, np. dla ośrodka "
                    "pomocy społecznej czy zarządu dróg. Jeden adres dla całego miasta kusi "
                    "prostotą, ale potem wszystko i tak wraca do kancelarii ratusza.",
                ),
                (
                    "demo-15",
                    48,
                    "Mam pytanie pokrewne: jak informujecie mieszkańców, że mogą odbierać pisma "
                    "elektronicznie? W Starachowicach prawie nikt nie ma jeszcze adresu do "
                    "doręczeń, więc bez kampanii informacyjnej cała zmiana będzie dotyczyła tylko "
                    "firm.",
                ),
                (
                    "coordinator",
                    6,
                    "Dobre pytanie na osobne spotkanie. Zbiorę przykłady komunikatów z waszych "
                    "miast – ulotki, wpisy na stronie, informacje dołączane do decyzji "
                    "podatkowych – i przygotuję krótkie zestawienie. Jeśli macie coś gotowego, "
                    "wrzućcie to do dokumentów sieci do końca miesiąca.",
                ),
                (
                    "demo-08",
                    3,
                    "Dziękuję, bardzo konkretnie. Integrację z EZD wpisujemy do planu na ten rok, "
                    "a o osobnych adresach porozmawiam z sekretarzem miasta jeszcze w tym "
                    "tygodniu.",
                ),
            ],
        ),
    ],
    # ZASOBY MIEJSKIE: local government finance and development funding
    2: [
        DemoThread(
            "Wkład własny do projektów unijnych przy napiętym budżecie",
            (2022, 11, 8, 10, 45),
            "demo-02",
            "W Hajnówce mamy przygotowane dwa projekty do nowej perspektywy unijnej: "
            "termomodernizację szkoły podstawowej i przebudowę dworca autobusowego na centrum "
            "przesiadkowe. Problem w tym, że przy obecnych cenach i rosnących kosztach "
            "bieżących trudno nam będzie zapewnić wkład własny do obu naraz.\n\n"
            "Jak sobie z tym radzicie? Rozważamy kredyt w banku komercyjnym, ale słyszałam, że "
            "niektóre miasta korzystają z preferencyjnych pożyczek. Czy ktoś może podzielić się "
            "doświadczeniami?",
            [
                (
                    "demo-expert-2",
                    5,
                    "Zanim sięgniecie po kredyt, sprawdźcie trzy rzeczy:\n\n"
                    "- czy termomodernizacja nie kwalifikuje się do pożyczki z wojewódzkiego "
                    "funduszu ochrony środowiska – bywa częściowo umarzalna po osiągnięciu efektu "
                    "ekologicznego;\n"
                    "- czy oba projekty muszą ruszyć w tym samym roku, czy można je rozłożyć tak, "
                    "żeby szczyt wydatków nie przypadał na jeden budżet;\n"
                    "- jak każdy wariant wpłynie na relację z art. 243 ustawy o finansach "
                    "publicznych w wieloletniej prognozie finansowej.\n\n"
                    "Ten trzeci punkt zwykle przesądza sprawę, więc od niego bym zaczął.",
                ),
                (
                    "demo-09",
                    23,
                    "Potwierdzam, że pożyczka z funduszu ochrony środowiska to dobry kierunek. W "
                    "Żarach sfinansowaliśmy tak termomodernizację dwóch przedszkoli i po "
                    "zakończeniu inwestycji umorzono nam część pożyczki. Procedura jest dłuższa "
                    "niż w banku, więc wniosek trzeba złożyć z dużym wyprzedzeniem.",
                ),
                (
                    "demo-16",
                    30,
                    "W Tomaszowie Mazowieckim rozłożyliśmy podobne inwestycje na dwa lata i nie "
                    "żałujemy. Dodatkowy argument: wykonawcy chętniej startują w przetargach, "
                    "kiedy nie ogłaszamy wszystkiego naraz, a oferty były u nas niższe niż "
                    "kosztorysy.",
                ),
                (
                    "demo-02",
                    6,
                    "Dziękuję, to bardzo pomocne. Rozmawiałam już ze skarbnikiem: zaczynamy od "
                    "symulacji obu wariantów w WPF, a równolegle zapytam fundusz o nabór na "
                    "termomodernizację. Dam znać, co z tego wyszło.",
                ),
            ],
        ),
        DemoThread(
            "Wieloletnia prognoza finansowa – jak pokazujecie ją radnym?",
            (2023, 6, 20, 12, 30),
            "demo-24",
            "Co roku mamy w Kłodzku ten sam problem: projekt WPF trafia do radnych jako "
            "kilkadziesiąt stron tabel i nikt poza komisją budżetową go nie czyta. Potem na "
            "sesji wracają pytania, na które odpowiedź jest w załączniku, tylko trudno ją "
            "znaleźć.\n\n"
            "Czy ktoś przygotowuje dla radnych albo mieszkańców prostszą wersję – wykresy, "
            "krótkie podsumowanie, prezentację? Szukam pomysłów, które nie wymagają zatrudniania "
            "grafika.",
            [
                (
                    "demo-20",
                    4,
                    "W Legnicy od dwóch lat skarbnik przygotowuje kilkustronicowe podsumowanie: "
                    "jeden wykres dochodów i wydatków, jeden zadłużenia i lista największych "
                    "inwestycji z latami realizacji. Wszystko robimy w zwykłym arkuszu "
                    "kalkulacyjnym. Radni mówią, że to pierwszy dokument budżetowy, który czytają "
                    "od początku do końca.",
                ),
                (
                    "demo-03",
                    21,
                    "W Jarocinie idziemy krok dalej i publikujemy budżet dla mieszkańców na "
                    "stronie miasta – z odpowiedziami na pytania w rodzaju „ile kosztuje "
                    "utrzymanie kilometra drogi” czy „ile dokładamy do komunikacji miejskiej”. Ta "
                    "podstrona ma najwięcej odwiedzin w tygodniu przed sesją budżetową.",
                ),
                (
                    "demo-expert-2",
                    26,
                    "Dobre przykłady. Z doświadczenia dodam, że w takim podsumowaniu warto zawsze "
                    "pokazać zapas do granicy wskaźnika zadłużenia – to jedna liczba, która "
                    "najlepiej tłumaczy radnym, dlaczego nie wszystkie inwestycje mogą wejść do "
                    "planu.\n\n"
                    "Zbieram te przykłady do katalogu rozwiązań sieci i zamykam wątek. Kolejne "
                    "materiały proszę wrzucać do przestrzeni roboczej.",
                ),
            ],
            (("demo-expert-2", "close"),),
        ),
        DemoThread(
            "Opłata za odpady a rosnące koszty systemu – podnosić stawkę czy dopłacać?",
            (2024, 2, 6, 9, 50),
            "demo-23",
            "W Sokołowie Podlaskim nowy przetarg na odbiór odpadów wyszedł o ponad 30% drożej "
            "niż poprzedni. Dopłata z budżetu to dla nas kilkaset tysięcy złotych rocznie, a "
            "radni niechętnie patrzą na kolejną podwyżkę opłaty dla mieszkańców.\n\n"
            "Jak podeszliście do tego w swoich miastach? Czy zmienialiście metodę naliczania "
            "opłaty – od osoby, od zużycia wody, od gospodarstwa domowego?",
            [
                (
                    "demo-06",
                    6,
                    "W Przemyślu przeszliśmy na opłatę od zużycia wody w zabudowie wielorodzinnej. "
                    "Wpływy są stabilniejsze, bo trudniej zaniżyć liczbę mieszkańców w "
                    "deklaracji, ale przygotowanie danych z wodociągów zajęło nam prawie pół "
                    "roku. Bez dobrej współpracy ze spółką wodną bym tego nie polecał.",
                ),
                (
                    "demo-09",
                    24,
                    "U nas pomogło uszczelnienie systemu, zanim w ogóle zaczęliśmy rozmawiać o "
                    "podwyżce. Porównaliśmy deklaracje z danymi meldunkowymi i z liczbą "
                    "pojemników – po tej weryfikacji do systemu wróciło kilkaset osób, a część "
                    "podwyżki udało się odłożyć o rok.",
                ),
                (
                    "demo-expert-2",
                    20,
                    "Obie drogi da się połączyć. Proponuję, żebyśmy w przestrzeni roboczej "
                    "porównali koszt systemu w przeliczeniu na mieszkańca w miastach sieci – to "
                    "szybko pokaże, gdzie problemem są ceny z przetargów, a gdzie luka w "
                    "deklaracjach. Prześlijcie mi proszę dane za ostatni pełny rok.",
                ),
                (
                    "demo-23",
                    3,
                    "Dziękuję. Dane przygotujemy do końca miesiąca. Z weryfikacją deklaracji "
                    "ruszamy od razu – to możemy zrobić sami, bez czekania na decyzję rady.",
                ),
            ],
        ),
    ],
    # MIASTO OBYWATELI: participation, consultations and cooperation
    3: [
        DemoThread(
            "Budżet obywatelski: jak zachęcić do głosowania osoby starsze?",
            (2022, 7, 5, 11, 20),
            "demo-10",
            "W Bartoszycach w ostatniej edycji budżetu obywatelskiego zagłosowało niecałe 9% "
            "mieszkańców, a wśród osób po 65. roku życia – prawie nikt. Głosuje się głównie "
            "przez internet, a papierowe karty można oddać tylko w urzędzie.\n\n"
            "W tym roku chcielibyśmy to zmienić. Czy macie sprawdzone sposoby na dotarcie do "
            "seniorów – poza plakatami na klatkach schodowych?",
            [
                (
                    "demo-17",
                    3,
                    "W Zduńskiej Woli najlepiej sprawdziły się mobilne punkty głosowania: dwa dni "
                    "na targowisku, jeden przy kościele po niedzielnej mszy i jeden w "
                    "przychodni. W każdym były dwie osoby z urzędu i wydrukowana lista projektów "
                    "ze zdjęciami. Frekwencja seniorów wzrosła u nas prawie trzykrotnie.",
                ),
                (
                    "demo-14",
                    25,
                    "Warto też zaangażować rady osiedli i kluby seniora już przy zgłaszaniu "
                    "projektów, a nie dopiero przy głosowaniu. Jeśli na liście jest projekt, "
                    "który seniorzy zgłosili sami – ławki, zacienione miejsca, poręcze przy "
                    "schodach – to przyjdą zagłosować i przyprowadzą znajomych.",
                ),
                (
                    "demo-expert-3",
                    7,
                    "Oba pomysły są bardzo dobre. Z badań, które prowadziłam w innych miastach, "
                    "wynika jeszcze jedno: seniorzy często nie głosują, bo nie są pewni, czy "
                    "robią to poprawnie. Krótka instrukcja wydrukowana dużą czcionką i możliwość "
                    "zagłosowania z pomocą urzędnika robią dużą różnicę.\n\n"
                    "Aleksandro, czy regulamin dopuszcza u was głosowanie papierowe poza "
                    "urzędem? Jeśli nie, to trzeba to zmienić w pierwszej kolejności.",
                ),
                (
                    "demo-10",
                    20,
                    "Regulamin dopuszcza tylko urząd, więc od tego zaczniemy – zmianę uchwały "
                    "planujemy na wrześniową sesję. Mobilne punkty wypróbujemy na targowisku i w "
                    "bibliotece. Dziękuję wszystkim!",
                ),
                (
                    "demo-18",
                    120,
                    "Z opóźnieniem, ale dorzucę przykład z Grudziądza: w zeszłym roku wysłaliśmy "
                    "do wszystkich osób po 70. roku życia list z informacją, gdzie i jak można "
                    "zagłosować, z numerem telefonu do konkretnej osoby w urzędzie. Koszt był "
                    "spory, ale telefonów było tyle, że musieliśmy dostawić drugie stanowisko.",
                ),
            ],
        ),
        DemoThread(
            "Konsultacje rewitalizacji centrum – spacer badawczy czy warsztaty?",
            (2023, 4, 18, 14, 0),
            "demo-21",
            "Przygotowujemy w Rumi konsultacje programu rewitalizacji centrum. Zespół proponuje "
            "klasyczne warsztaty w sali urzędu, ale z doświadczenia wiem, że przychodzą na nie "
            "zawsze te same osoby, głównie radni i aktywiści.\n\n"
            "Czy ktoś robił spacery badawcze po obszarze rewitalizacji? Jak je organizowaliście "
            "i co z nich wynikło w praktyce – czy uwagi zebrane w terenie trafiły potem do "
            "dokumentu?",
            [
                (
                    "demo-24",
                    5,
                    "W Kłodzku zrobiliśmy trzy spacery po starówce: rano z rodzicami z wózkami, po "
                    "południu z seniorami i wieczorem z młodzieżą. Każda grupa zobaczyła zupełnie "
                    "inne problemy – dla jednych barierą są krawężniki, dla innych brak "
                    "oświetlenia i miejsc, gdzie można posiedzieć bez kupowania czegokolwiek.\n\n"
                    "Uwagi zaznaczaliśmy od razu na mapie w tablecie, więc łatwo było potem "
                    "pokazać, co trafiło do programu, a co nie i dlaczego.",
                ),
                (
                    "demo-03",
                    22,
                    "Polecam połączyć jedno z drugim: najpierw spacer, a tydzień później krótkie "
                    "warsztaty, na których pokazujecie, co zebraliście. Ludzie, którzy byli na "
                    "spacerze, przychodzą na warsztaty, bo chcą sprawdzić, czy ich uwagi zostały "
                    "zapisane. Tak zrobiliśmy w Jarocinie przy programie dla okolic rynku.",
                ),
                (
                    "demo-expert-3",
                    4,
                    "Zgadzam się z przedmówcami. Jedna praktyczna uwaga: na spacer weźcie osobę, "
                    "która tylko notuje, i drugą, która prowadzi rozmowę. Kiedy urzędnik robi "
                    "obie rzeczy naraz, najciekawsze uwagi giną.\n\n"
                    "Grzegorzu, jeśli potrzebujecie wzoru raportu z konsultacji, który łączy "
                    "wyniki spaceru i warsztatów, mogę udostępnić ten przygotowany dla jednego z "
                    "miast poprzedniej edycji programu.",
                ),
                (
                    "demo-21",
                    2,
                    "Tak, poproszę o wzór raportu. Przekonaliście mnie – robimy dwa spacery w "
                    "maju i warsztaty na początku czerwca.",
                ),
            ],
        ),
        DemoThread(
            "Młodzieżowa rada miasta – jak sprawić, żeby działała dłużej niż jedną kadencję?",
            (2024, 9, 10, 10, 0),
            "demo-18",
            "W Grudziądzu młodzieżowa rada miasta działa od kilku lat, ale każda kadencja "
            "zaczyna właściwie od zera: nowi radni nie wiedzą, co zrobili poprzednicy, a "
            "opiekun z urzędu co chwilę się zmienia. Pod koniec kadencji na posiedzenia "
            "przychodzi połowa składu.\n\n"
            "Jak to wygląda u was? Czy młodzieżowa rada ma realny wpływ na decyzje – na "
            "przykład własną pulę w budżecie albo obowiązek opiniowania konkretnych uchwał?",
            [
                (
                    "demo-14",
                    28,
                    "W Skarżysku-Kamiennej młodzieżowa rada ma od dwóch lat własną, niewielką pulę "
                    "w budżecie – kilkadziesiąt tysięcy złotych – i sama decyduje, na co ją "
                    "przeznaczyć. To zmieniło wszystko: posiedzenia przestały być spotkaniami "
                    "dyskusyjnymi, bo trzeba podjąć decyzję, przygotować kosztorys i rozliczyć "
                    "wydatki.",
                ),
                (
                    "demo-17",
                    6,
                    "U nas pomogło spotkanie na koniec kadencji: ustępujący radni przygotowują "
                    "krótką listę spraw w toku i opowiadają o nich następcom. Trwa to jedno "
                    "popołudnie, a ciągłość jest zupełnie inna.",
                ),
                (
                    "demo-expert-3",
                    48,
                    "Dodałabym jeszcze stałego opiekuna, który ma prowadzenie rady wpisane w "
                    "zakres obowiązków i czas na to w grafiku – bez tego nawet najlepsza "
                    "procedura przekazania nie zadziała. Moniko, może zbierzesz te przykłady w "
                    "krótkim zestawieniu dla całej sieci?",
                ),
                (
                    "demo-18",
                    5,
                    "Chętnie. Przygotuję krótkie porównanie Grudziądza, Skarżyska-Kamiennej i "
                    "Zduńskiej Woli, jeśli Paweł i Joanna zgodzą się na wykorzystanie swoich "
                    "przykładów.",
                ),
            ],
        ),
    ],
    # MIASTO DOSTĘPNE I SPRAWIEDLIWE: social and senior citizen policies
    4: [
        DemoThread(
            "Usługi opiekuńcze dla seniorów – brakuje opiekunek, co robicie?",
            (2022, 9, 27, 8, 50),
            "demo-11",
            "W Chełmie lista osób czekających na usługi opiekuńcze w domu rośnie z miesiąca na "
            "miesiąc, a ośrodek pomocy społecznej nie może znaleźć chętnych do pracy. "
            "Wynagrodzenie, które oferujemy, przegrywa z pracą w sklepie, a do tego opiekunki "
            "dojeżdżają do podopiecznych na własny koszt.\n\n"
            "Czy któreś z miast znalazło na to sposób? Myślimy o zleceniu usług organizacji "
            "pozarządowej, ale nie wiem, czy to cokolwiek zmieni.",
            [
                (
                    "demo-25",
                    4,
                    "W Kędzierzynie-Koźlu zleciliśmy część usług spółdzielni socjalnej i po roku "
                    "jestem umiarkowanie zadowolona. Spółdzielnia elastyczniej układa grafiki i "
                    "łatwiej jej zatrudnić osoby na część etatu, np. emerytki, które chcą "
                    "dorobić. Godzina usługi kosztuje jednak więcej niż przy zatrudnieniu w "
                    "ośrodku, więc trzeba to uczciwie policzyć.",
                ),
                (
                    "demo-15",
                    26,
                    "U nas pomogły dwie proste rzeczy: ryczałt na dojazdy i służbowe telefony. "
                    "Brzmi banalnie, ale wcześniej opiekunki płaciły za paliwo i rozmowy z "
                    "własnej kieszeni. Odkąd to zmieniliśmy, przez rok odeszła tylko jedna "
                    "osoba.",
                ),
                (
                    "demo-expert-4",
                    20,
                    "Warto też przyjrzeć się, kto czeka w kolejce. Część osób potrzebuje przede "
                    "wszystkim pomocy w zakupach i sprzątaniu oraz kontaktu z drugim człowiekiem, "
                    "a nie usług opiekuńczych w pełnym zakresie. Tu dobrze sprawdzają się "
                    "wolontariat sąsiedzki i teleopieka, które odciążają opiekunki.\n\n"
                    "Proponuję zebrać dane o kolejkach i stawkach z miast sieci – porównanie "
                    "pokaże, czy problemem są pieniądze, czy organizacja pracy.",
                ),
                (
                    "demo-11",
                    3,
                    "Dziękuję. Ryczałt na dojazdy możemy wprowadzić właściwie od ręki, porozmawiam "
                    "z dyrektorką ośrodka. Dane z Chełma prześlę do końca tygodnia.",
                ),
            ],
        ),
        DemoThread(
            "Dostępność urzędu dla osób z niepełnosprawnościami – od czego zacząć audyt?",
            (2023, 11, 14, 13, 30),
            "demo-04",
            "Z raportu o stanie zapewniania dostępności wyszło nam w Krośnie sporo braków: nie "
            "ma pętli indukcyjnej w biurze obsługi mieszkańców, na stronie internetowej wiszą "
            "niedostępne pliki PDF, a do budynku wjedzie się wózkiem tylko od zaplecza.\n\n"
            "Chcemy zrobić porządny audyt, ale budżet jest ograniczony. Zlecaliście audyt na "
            "zewnątrz czy robiliście go własnymi siłami? Czy warto zaangażować w to samych "
            "mieszkańców z niepełnosprawnościami?",
            [
                (
                    "demo-08",
                    2,
                    "Zdecydowanie warto. W Zabrzu audyt architektoniczny zrobiła firma "
                    "zewnętrzna, ale najcenniejsze uwagi dostaliśmy od osób, które przeszły z "
                    "nami drogę od przystanku do okienka: na wózku, z psem przewodnikiem i z "
                    "dzieckiem w wózku. Tego, że automatyczne drzwi zamykają się za szybko, "
                    "firma w ogóle nie zauważyła.",
                ),
                (
                    "demo-12",
                    23,
                    "Co do strony internetowej: zacznijcie od tego, co publikujecie najczęściej, "
                    "a nie od archiwum. W Ciechanowie przeszkoliliśmy osoby, które zamieszczają "
                    "ogłoszenia i zarządzenia, z przygotowywania dostępnych dokumentów. Stare "
                    "pliki poprawiamy stopniowo, a nowe są dostępne od pierwszego dnia.",
                ),
                (
                    "demo-18",
                    30,
                    "Pętla indukcyjna to niewielki wydatek – przenośną kupiliśmy za kilka tysięcy "
                    "złotych. Ważniejsze okazało się przeszkolenie pracowników, żeby wiedzieli, "
                    "że ją mają i jak jej używać, oraz dobre oznakowanie stanowiska.",
                ),
                (
                    "demo-expert-4",
                    6,
                    "Zbierając to razem: audyt budynku, przegląd z udziałem mieszkańców i "
                    "szkolenie osób publikujących na stronie to trzy osobne zadania i każde można "
                    "zaplanować w innym roku budżetowym. Agnieszko, jeśli przygotujecie "
                    "harmonogram, chętnie go przejrzę przed spotkaniem sieci.",
                ),
                (
                    "demo-04",
                    18,
                    "Tak zrobimy. W przyszłym tygodniu umawiam się z lokalnymi organizacjami "
                    "osób z niepełnosprawnościami na wspólny przegląd budynku.",
                ),
            ],
        ),
    ],
    # MIASTO PRZEDSIĘBIORCZE: local entrepreneurship and tourism
    5: [
        DemoThread(
            "Puste lokale w centrum – niższe czynsze, konkursy, inkubatory?",
            (2022, 8, 23, 10, 10),
            "demo-19",
            "W Nysie w centrum stoi pusta prawie co piąta witryna, w tym kilkanaście lokali "
            "miejskich. Czynsze mamy już niskie, a chętnych i tak brakuje. Rozważamy konkurs "
            "na najlepszy pomysł na działalność z obniżonym czynszem przez pierwsze dwa "
            "lata.\n\n"
            "Czy któreś z miast robiło coś podobnego? Jakie warunki stawialiście najemcom i jak "
            "wyszło po zakończeniu okresu preferencyjnego?",
            [
                (
                    "demo-06",
                    5,
                    "W Przemyślu robiliśmy taki konkurs dwa razy. Z pierwszej edycji po trzech "
                    "latach zostały trzy działalności z ośmiu – najlepiej poradziły sobie te, "
                    "które łączyły sprzedaż z usługami, na przykład kawiarnia z warsztatami. "
                    "Wniosek: oceniajcie nie tylko pomysł, ale i plan finansowy na czas po "
                    "okresie ulgowym.",
                ),
                (
                    "demo-expert-5",
                    22,
                    "Z moich doświadczeń najlepsze efekty daje połączenie niższego czynszu z "
                    "czymś, do czego miasto nie musi dopłacać: wspólną promocją, dostępem do "
                    "doradztwa, obecnością w miejskich wydarzeniach. Sama ulga przyciąga często "
                    "osoby, które bez niej nie utrzymałyby się na rynku.\n\n"
                    "Zapytajcie też właścicieli prywatnych lokali, czy nie przystąpią do "
                    "programu – jedna ulica z kilkoma nowymi miejscami działa lepiej niż "
                    "pojedyncze lokale rozrzucone po mieście.",
                ),
                (
                    "demo-23",
                    30,
                    "W Sokołowie Podlaskim zadziałało coś mniej formalnego: lokalne "
                    "stowarzyszenie przedsiębiorców co miesiąc organizuje w pustych witrynach "
                    "wystawy i sklepy na kilka dni. Kilka lokali znalazło w ten sposób stałych "
                    "najemców, bo ludzie zobaczyli, że w tym miejscu coś się dzieje.",
                ),
                (
                    "demo-19",
                    4,
                    "Bardzo dziękuję za przykłady. Plan finansowy dopisujemy do kryteriów "
                    "konkursu, a o wystawach w witrynach porozmawiam z naszym domem kultury – "
                    "mają ludzi i pomysły, brakuje im miejsca.",
                ),
            ],
        ),
        DemoThread(
            "Turystyka weekendowa: wspólna oferta kilku miast?",
            (2023, 5, 9, 15, 20),
            "demo-02",
            "Do Hajnówki przyjeżdża sporo turystów w drodze do Puszczy Białowieskiej, ale "
            "większość z nich śpi u nas jedną noc i jedzie dalej. Zastanawiamy się, czy nie "
            "przygotować z innymi miastami regionu wspólnej oferty na długi weekend – trasa, "
            "pakiety noclegowe, jeden bilet do kilku atrakcji.\n\n"
            "Czy ktoś z was działał w takim partnerstwie? Kto je koordynował i jak dzieliliście "
            "koszty promocji?",
            [
                (
                    "demo-05",
                    6,
                    "Łomża jest w podobnym partnerstwie z kilkoma gminami nad Narwią. Koordynację "
                    "przejęła lokalna organizacja turystyczna, a miasta płacą składki "
                    "proporcjonalne do liczby mieszkańców. Dzięki temu nikt nie ma poczucia, że "
                    "płaci za promocję sąsiada.",
                ),
                (
                    "demo-26",
                    27,
                    "Uwaga praktyczna: zanim wydrukujecie foldery, sprawdźcie, czy przewoźnicy i "
                    "właściciele noclegów są gotowi na wspólne pakiety. We Włocławku pierwszy "
                    "pakiet weekendowy się nie udał, bo hotele nie chciały trzymać pokoi w "
                    "dobrej cenie dla oferty, która sprzedawała się słabo.",
                ),
                (
                    "demo-expert-5",
                    20,
                    "Obie uwagi są trafne. Zaczęłabym od małego pilotażu: jeden weekend, dwa lub "
                    "trzy miasta, kilka chętnych obiektów i dokładne liczenie, ile osób "
                    "skorzystało i gdzie nocowało. Z takimi liczbami dużo łatwiej przekonać "
                    "kolejnych partnerów.",
                ),
            ],
        ),
        DemoThread(
            "Tereny inwestycyjne bez inwestora – co przesądza o wyborze miasta?",
            (2024, 5, 21, 11, 0),
            "demo-12",
            "W Ciechanowie od kilku lat mamy przygotowane tereny inwestycyjne przy obwodnicy, z "
            "planem miejscowym i drogą dojazdową, ale dawno nikt nie zapytał o nie na "
            "poważnie. Konkurujemy z większymi miastami, które mogą zaoferować więcej.\n\n"
            "Czy komuś udało się w ostatnich latach przyciągnąć inwestora na podobne tereny? Co "
            "okazało się decydujące: ulgi w podatku od nieruchomości, uzbrojenie terenu, a może "
            "dostęp do pracowników?",
            [
                (
                    "demo-09",
                    24,
                    "W Żarach przełomem było przygotowanie oferty pod konkretną branżę zamiast "
                    "ogólnego „terenu inwestycyjnego”. Razem ze szkołą zawodową pokazaliśmy, ilu "
                    "absolwentów w poszukiwanych zawodach mamy co roku. Inwestor z branży "
                    "metalowej powiedział potem wprost, że to przesądziło o wyborze.",
                ),
                (
                    "demo-expert-5",
                    4,
                    "To się zgadza z tym, co widzę w innych miastach: ulgi podatkowe rzadko "
                    "przesądzają sprawę, bo różnice między gminami są niewielkie. Liczą się moc "
                    "przyłączeniowa, czas wydania decyzji i dostępność ludzi do pracy.\n\n"
                    "Kasiu, wiecie, jaka moc jest dostępna na tym terenie? To dziś pierwsze "
                    "pytanie prawie każdego inwestora produkcyjnego.",
                ),
                (
                    "demo-12",
                    30,
                    "Sprawdziłam: moc jest, ale trzeba by zbudować stację transformatorową, a to "
                    "kilkanaście miesięcy. Nie było o tym słowa w żadnych naszych materiałach. "
                    "Rozmawiamy teraz z operatorem sieci o harmonogramie, a ofertę przepisujemy "
                    "z myślą o dwóch, trzech branżach.",
                ),
            ],
        ),
    ],
    # MIASTO ZIELONE: climate and environment
    6: [
        DemoThread(
            "Retencja wody deszczowej na osiedlach – jak przekonać spółdzielnie?",
            (2022, 6, 14, 9, 30),
            "demo-13",
            "W Nowej Soli po każdej większej ulewie zalewa nam te same ulice na osiedlach z lat "
            "siedemdziesiątych. Miasto ma plan adaptacji do zmian klimatu i pieniądze na "
            "ogrody deszczowe, ale większość terenów między blokami należy do spółdzielni "
            "mieszkaniowych, które nie chcą się zgodzić na „kopanie w trawnikach”.\n\n"
            "Czy udało wam się przekonać spółdzielnie albo wspólnoty do takich inwestycji? "
            "Jakie argumenty zadziałały?",
            [
                (
                    "demo-24",
                    5,
                    "W Kłodzku zadziałały pieniądze i wzięcie odpowiedzialności za utrzymanie. "
                    "Miasto finansuje projekt i budowę, a przez pierwsze trzy lata samo dba o "
                    "rośliny. Spółdzielnia niczym nie ryzykuje, a mieszkańcy widzą efekt po "
                    "pierwszej burzy. Po dwóch pilotażach kolejne wspólnoty same zgłaszają się do "
                    "programu.",
                ),
                (
                    "demo-20",
                    24,
                    "W Legnicy dodatkowym argumentem była opłata za odprowadzanie wód opadowych. "
                    "Kiedy zarząd spółdzielni zobaczył, ile płaci rocznie za wodę z dachów i "
                    "parkingów i ile może zaoszczędzić, rozmowa zrobiła się znacznie łatwiejsza.",
                ),
                (
                    "demo-expert-6",
                    20,
                    "Pamiętajcie też o mieszkańcach, nie tylko o zarządzie. Krótkie spotkanie "
                    "przy bloku, na którym pokazuje się wizualizację i tłumaczy, że ogród "
                    "deszczowy nie będzie ani bagnem, ani wylęgarnią komarów, rozwiewa większość "
                    "obaw. Mam przygotowaną prostą prezentację na takie spotkania – wrzucę ją do "
                    "dokumentów sieci.",
                ),
                (
                    "demo-13",
                    4,
                    "Poproszę o prezentację. Przygotujemy pilotaż na jednym osiedlu na wiosnę i "
                    "opiszę go tutaj, kiedy będą pierwsze wyniki.",
                ),
                (
                    "demo-13",
                    7300,
                    "Obiecana relacja z pilotażu: w marcu powstały trzy ogrody deszczowe przy "
                    "blokach na jednym osiedlu. Podczas kwietniowej ulewy woda z dachów nie "
                    "trafiła na ulicę, a spółdzielnia sama zaproponowała nam kolejną "
                    "lokalizację. Dziękuję za wszystkie wskazówki z tego wątku.",
                ),
            ],
        ),
        DemoThread(
            "Drzewa a inwestycje drogowe – jak chronić je już na etapie projektu?",
            (2023, 8, 29, 12, 15),
            "demo-17",
            "W Zduńskiej Woli po przebudowie jednej z głównych ulic zrobiło się głośno o "
            "wyciętych drzewach, choć część z nich dałoby się uratować, gdyby projektant "
            "wiedział o nich wcześniej. Chcemy wprowadzić zasadę, że każdy projekt drogowy "
            "przechodzi ocenę drzewostanu już na etapie koncepcji.\n\n"
            "Czy macie takie standardy ochrony zieleni w inwestycjach? Kto u was ocenia projekty "
            "pod tym kątem?",
            [
                (
                    "demo-06",
                    6,
                    "W Przemyślu od dwóch lat obowiązuje zarządzenie prezydenta w sprawie "
                    "standardów ochrony drzew w procesie inwestycyjnym. Każdy projekt przed "
                    "przetargiem opiniuje miejski ogrodnik, a w umowie z wykonawcą są kary za "
                    "uszkodzenie korzeni i pni. Na początku wykonawcy narzekali, dziś traktują to "
                    "jako zwykły element budowy.",
                ),
                (
                    "demo-expert-6",
                    22,
                    "Dobrą praktyką jest też inwentaryzacja drzew jako obowiązkowy załącznik do "
                    "zlecenia na projekt. Projektant od początku wie, co ma ominąć, zamiast "
                    "tłumaczyć się później, że drzewo „kolidowało z chodnikiem”. Mogę podesłać "
                    "wzór zapisów do umowy projektowej.",
                ),
                (
                    "demo-03",
                    26,
                    "Dodam jedną rzecz od strony komunikacji: przy każdej wycince publikujemy w "
                    "Jarocinie mapę z informacją, które drzewa zostają, które są przesadzane i "
                    "ile nowych posadzimy. Odkąd to robimy, skarg jest o połowę mniej.",
                ),
                (
                    "demo-17",
                    5,
                    "Bardzo proszę o wzór zapisów. Zarządzenie z Przemyśla też chętnie "
                    "przeczytam, jeśli możecie się nim podzielić.",
                ),
                ("demo-06", 2, "Oczywiście – wrzucę je do dokumentów sieci jeszcze dziś."),
            ],
        ),
        DemoThread(
            "Wymiana starych pieców u najuboższych – kto pomaga z wkładem własnym?",
            (2024, 10, 8, 10, 40),
            "demo-21",
            "W Rumi zostało jeszcze kilkaset starych pieców na węgiel, głównie w domach osób, "
            "których nie stać na wkład własny nawet przy najwyższym poziomie dofinansowania. "
            "Ogólnopolski program dobrze działa dla średnio zamożnych, ale do najuboższych nie "
            "dociera.\n\n"
            "Czy któreś miasto ma własny program dla tej grupy? Myślimy o pełnym sfinansowaniu "
            "wymiany i o pomocy pracownika socjalnego przy formalnościach.",
            [
                (
                    "demo-20",
                    6,
                    "W Legnicy doradcy energetyczni chodzą do domów razem z pracownikami ośrodka "
                    "pomocy społecznej. Sama dotacja to nie wszystko: wiele osób boi się wyższych "
                    "rachunków po przejściu na pompę ciepła albo gaz. Doradca liczy z nimi "
                    "przyszłe koszty i pomaga złożyć wniosek o dodatek.",
                ),
                (
                    "demo-expert-6",
                    24,
                    "Dobrze, że łączycie to z pomocą społeczną. Przy pełnym finansowaniu wymiany "
                    "pomyślcie też o ociepleniu domu – nowe źródło ciepła w nieocieplonym "
                    "budynku oznacza wysokie rachunki i ryzyko, że mieszkańcy wrócą do starego "
                    "pieca, jeśli stoi nadal na swoim miejscu.",
                ),
                (
                    "demo-13",
                    3,
                    "Dlatego w Nowej Soli wpisaliśmy do regulaminu obowiązkową likwidację starego "
                    "pieca i kontrolę po roku. Brzmi surowo, ale bez tego efekt ekologiczny był "
                    "tylko na papierze.",
                ),
            ],
        ),
    ],
    # KAPITAŁ LUDZKI: human resources management
    7: [
        DemoThread(
            "Nabory na stanowiska urzędnicze – coraz mniej kandydatów",
            (2022, 10, 4, 11, 30),
            "demo-07",
            "W urzędzie w Tarnowie trzy tegoroczne nabory do wydziału inwestycji skończyły się "
            "bez rozstrzygnięcia – na jeden wpłynęła jedna oferta, na dwa pozostałe żadna. "
            "Podobnie jest z informatykami i księgowymi.\n\n"
            "Jak sobie radzicie? Zmienialiście treść ogłoszeń, miejsca publikacji, wymagania? "
            "Szczególnie ciekawi mnie, czy ktoś próbował współpracy z uczelniami albo szkołami.",
            [
                (
                    "demo-15",
                    5,
                    "U nas pomogło przepisanie ogłoszeń po ludzku. Wcześniej były to kopie "
                    "przepisów, teraz piszemy najpierw, czym ta osoba będzie się zajmować, z kim "
                    "będzie pracować i ile zarobi – widełki podajemy wprost. Zgłoszeń jest mniej "
                    "więcej dwa razy więcej.",
                ),
                (
                    "demo-14",
                    24,
                    "Potwierdzam, widełki robią ogromną różnicę. Drugą rzeczą są płatne staże dla "
                    "studentów ostatnich lat – w Skarżysku-Kamiennej dwie z trzech osób po stażu "
                    "zostały u nas na stałe. Staż kosztuje dużo mniej niż kolejny nieudany "
                    "nabór.",
                ),
                (
                    "demo-expert-7",
                    20,
                    "Dorzucę perspektywę z innych samorządów: coraz więcej kandydatów pyta o "
                    "pracę zdalną albo hybrydową, także w urzędzie. Nie wszędzie się da, ale "
                    "jeśli na danym stanowisku można pracować z domu choćby dzień w tygodniu, "
                    "warto to napisać w ogłoszeniu.\n\n"
                    "Moniko, czy wiecie, na jakim etapie kandydaci rezygnują? Czasem problemem "
                    "nie jest ogłoszenie, tylko trzy tygodnie między złożeniem dokumentów a "
                    "rozmową.",
                ),
                (
                    "demo-07",
                    26,
                    "Sprawdziłam: średnio 19 dni od zamknięcia naboru do rozmowy. To rzeczywiście "
                    "za długo. Skracamy procedurę i od przyszłego miesiąca testujemy ogłoszenia z "
                    "widełkami w dwóch wydziałach.",
                ),
            ],
        ),
        DemoThread(
            "Wdrożenie nowych pracowników – plan na pierwsze tygodnie",
            (2023, 10, 17, 9, 0),
            "demo-18",
            "Przy obecnej rotacji przyjmujemy w urzędzie w Grudziądzu kilkadziesiąt nowych osób "
            "rocznie, a wdrożenie wygląda w każdym wydziale inaczej: raz nowa osoba ma "
            "opiekuna i plan, innym razem dostaje biurko i segregator z przepisami.\n\n"
            "Chcemy przygotować wspólny program wdrożenia dla całego urzędu. Macie coś takiego "
            "– listę kontrolną, program pierwszego tygodnia, opiekunów? Jak doceniacie osoby, "
            "które wprowadzają nowych pracowników?",
            [
                (
                    "demo-11",
                    4,
                    "W Chełmie mamy prostą listę kontrolną na pierwsze trzy miesiące: co nowa "
                    "osoba ma poznać, z kim się spotkać, do jakich systemów dostać dostęp. Każdy "
                    "punkt odhacza opiekun i kierownik. Najważniejsze okazało się, żeby konta w "
                    "systemach były gotowe pierwszego dnia – wcześniej zdarzało się czekać na "
                    "nie tydzień.",
                ),
                (
                    "demo-21",
                    25,
                    "U nas opiekun dostaje dodatek na trzy miesiące wdrożenia i ma na to "
                    "zarezerwowany czas w zakresie obowiązków. Bez tego był to po prostu kolejny "
                    "obowiązek dla najbardziej doświadczonych, którzy i tak są najbardziej "
                    "obciążeni.",
                ),
                (
                    "demo-expert-7",
                    22,
                    "Dwa dobre przykłady. Dodałabym rozmowę po trzech miesiącach, nie tylko z "
                    "kierownikiem, ale i z kadrami: co było trudne, czego zabrakło. Te odpowiedzi "
                    "to najlepszy materiał do poprawiania programu. Może przygotujemy wspólny "
                    "wzór listy kontrolnej dla miast sieci? Grudziądz mógłby go przetestować "
                    "jako pierwszy.",
                ),
                (
                    "demo-18",
                    5,
                    "Bardzo chętnie. Przygotujemy pierwszą wersję na podstawie listy z Chełma i "
                    "pokażemy ją na spotkaniu w styczniu.",
                ),
            ],
        ),
    ],
    # PRZYWÓDZTWO: the closed network of mayors, city presidents and their deputies
    8: [
        DemoThread(
            "Jak rozmawiać z mieszkańcami o podwyżkach opłat i cięciach w budżecie?",
            (2022, 12, 6, 19, 40),
            "mayor",
            "Drogie Koleżanki i Koledzy,\n\n"
            "przed nami sesje budżetowe i – jak chyba u każdego z nas – trudne decyzje: wyższe "
            "ceny energii, podwyżki płac w oświacie, które subwencja pokrywa tylko częściowo, i "
            "inwestycje, których nie chcemy zatrzymywać. W Jarocinie będziemy musieli podnieść "
            "kilka opłat i przesunąć w czasie część zadań.\n\n"
            "Jak komunikujecie takie decyzje? Wychodzicie do mieszkańców przed sesją czy "
            "dopiero po uchwaleniu budżetu? Co zadziałało, a czego dziś byście nie powtórzyli?",
            [
                (
                    "demo-leader-01",
                    2,
                    "Piotrze, w Cieszynie w zeszłym roku spotkałem się z mieszkańcami każdej "
                    "dzielnicy jeszcze przed sesją. Nie było przyjemnie, ale ludzie docenili, że "
                    "usłyszeli o podwyżkach ode mnie, a nie z lokalnego portalu. Pokazywałem "
                    "jeden slajd: ile kosztowało utrzymanie szkół, oświetlenia i komunikacji rok "
                    "wcześniej, a ile teraz.",
                ),
                (
                    "demo-leader-13",
                    14,
                    "Podpisuję się pod tym. Warto mówić nie tylko o tym, co tniemy, ale też o "
                    "tym, czego nie ruszamy i dlaczego. U nas najwięcej emocji budziły nie same "
                    "podwyżki, tylko wrażenie, że nikt nie wie, według jakich zasad zapadają "
                    "decyzje.",
                ),
                (
                    "demo-expert-8",
                    20,
                    "Z perspektywy kogoś, kto pracuje z wieloma samorządami: najgorzej wypadają "
                    "komunikaty, w których winna jest wyłącznie „sytuacja zewnętrzna”. "
                    "Mieszkańcy to rozumieją, ale oczekują od lidera informacji, co sam zrobił, "
                    "żeby ograniczyć skutki – na przykład ile zaoszczędzono w urzędzie.\n\n"
                    "Proponuję poświęcić temu godzinę na najbliższym spotkaniu sieci i "
                    "przećwiczyć trudną rozmowę z mieszkańcami na przykładzie jednego z naszych "
                    "miast.",
                ),
                (
                    "mayor",
                    16,
                    "Dziękuję, bardzo cenne. Przed sesją zrobimy trzy otwarte spotkania, a "
                    "oszczędności w urzędzie pokażę na pierwszym slajdzie. Zgłaszam Jarocin jako "
                    "przykład do ćwiczenia na spotkaniu.",
                ),
            ],
        ),
        DemoThread(
            "Zastępca, pełnomocnik, naczelnik – jak dzielicie odpowiedzialność w kierownictwie?",
            (2023, 9, 12, 21, 5),
            "demo-leader-21",
            "Im dłużej trwa kadencja, tym wyraźniej widzę, że zbyt wiele spraw trafia "
            "bezpośrednio do mnie – od inwestycji po drobne skargi. Mam zastępcę, ale podział "
            "zadań między nami jest bardziej zwyczajowy niż zapisany.\n\n"
            "Jak to rozwiązujecie? Macie pisemny podział kompetencji, regularne spotkania "
            "kierownictwa, pełnomocników do konkretnych projektów? I jak pilnujecie, żeby "
            "mieszkańcy i tak nie dzwonili ze wszystkim do was?",
            [
                (
                    "demo-leader-25",
                    13,
                    "Olu, u nas pomógł pisemny podział na trzy piony, ogłoszony na stronie "
                    "miasta. Mieszkańcy i radni wiedzą, że w sprawach dróg i inwestycji "
                    "rozmawiają z jednym zastępcą, a w sprawach społecznych z drugim. Sobie "
                    "zostawiłem finanse, strategię i sprawy, które wymagają mojej decyzji. Raz w "
                    "tygodniu mamy godzinne spotkanie kierownictwa, bez wyjątków.",
                ),
                (
                    "demo-leader-05",
                    20,
                    "Pełnomocników do konkretnych projektów polecam, ale z jasnym terminem i "
                    "celem. Nasz pełnomocnik do spraw rewitalizacji miał mandat na czas "
                    "realizacji programu i co kwartał zdawał relację na spotkaniu kierownictwa. "
                    "Kiedy program się skończył, funkcja wygasła – nie zostało po niej kolejne "
                    "stanowisko bez zadań.",
                ),
                (
                    "demo-leader-09",
                    26,
                    "A telefony od mieszkańców nigdy się nie skończą i może dobrze. Odpowiadam "
                    "wtedy, że sprawą zajmie się zastępca, i potem naprawdę pilnuję, żeby się "
                    "zajął. Jeśli mieszkaniec zobaczy, że to działa, następnym razem sam "
                    "zadzwoni do właściwej osoby.",
                ),
                (
                    "demo-expert-8",
                    10,
                    "Świetny materiał na warsztat. Zwrócę uwagę na jedno: delegowanie działa "
                    "tylko wtedy, gdy zastępca może podjąć decyzję bez konsultowania każdego "
                    "szczegółu. Raz na pół roku warto przejrzeć, ile spraw wraca do was mimo "
                    "podziału, i zapytać, dlaczego.",
                ),
                (
                    "demo-leader-21",
                    18,
                    "Dziękuję za wszystkie rady. Przygotowujemy pisemny podział kompetencji, "
                    "który ogłosimy po nowym roku, a do projektu centrum przesiadkowego powołam "
                    "pełnomocnika – z mandatem do końca realizacji.",
                ),
            ],
        ),
        DemoThread(
            "Pierwsze sto dni nowej kadencji – co od razu, a z czym poczekać?",
            (2024, 5, 14, 20, 30),
            "demo-leader-17",
            "Witam wszystkich w nowej kadencji! Tym z nas, którzy zaczynają pierwszą, gratuluję "
            "i życzę wytrwałości.\n\n"
            "Proponuję rozmowę o pierwszych stu dniach. Co według was trzeba zrobić od razu – "
            "przegląd finansów, audyt inwestycji, rozmowy z kierownikami jednostek – a z czym "
            "lepiej poczekać, żeby nie podejmować decyzji bez znajomości spraw?",
            [
                (
                    "demo-leader-01",
                    15,
                    "Z mojej pierwszej kadencji wyniosłem jedną lekcję: w pierwszym miesiącu "
                    "spotkać się osobno z każdym kierownikiem wydziału i jednostki i zapytać, co "
                    "uważa za największe ryzyko w swoim obszarze. Te rozmowy dały mi lepszy obraz "
                    "sytuacji niż jakikolwiek raport.",
                ),
                (
                    "demo-leader-13",
                    19,
                    "Dołożyłabym przegląd umów i harmonogramów projektów z dofinansowaniem. "
                    "Terminy rozliczeń nie czekają na zmianę władzy, a w pierwszych tygodniach "
                    "łatwo przeoczyć termin wniosku o płatność.",
                ),
                (
                    "mayor",
                    22,
                    "A z czym poczekać? Moim zdaniem z reorganizacją urzędu. Kusi, żeby od razu "
                    "zmieniać strukturę, ale po pół roku znacznie lepiej widać, które wydziały "
                    "rzeczywiście nie działają, a które tylko miały złą prasę.",
                ),
                (
                    "demo-expert-8",
                    12,
                    "Dziękuję za tę wymianę – powstaje z niej gotowa lista na pierwsze sto dni. "
                    "Zbiorę ją w jeden dokument i jeszcze w tym miesiącu udostępnię w przestrzeni "
                    "roboczej sieci.",
                ),
            ],
        ),
    ],
}


def seed_discussions(network):
    """Network's demo threads; one already there (same network, same title) is left as it is."""
    people = _participants(network)
    for position, spec in enumerate(THREADS.get(network.number, [])):
        if not Thread.objects.filter(network=network, title=spec.title).exists():
            _seed_thread(network, people, spec, leak_check=position == 0)


def _participants(network):
    """The network's members and coordinators, by username."""
    memberships = (
        Membership.objects.in_force().filter(network=network).select_related("person__user")
    )
    return {m.person.user.username: m.person.user for m in memberships}


def _person(people, username, network):
    try:
        return people[username]
    except KeyError:
        raise LookupError(
            f"The demo discussions of network {network.number} need {username!r} to take part "
            "in it (workspaces/registry/demo.py)."
        ) from None


def _seed_thread(network, people, spec, leak_check):
    body = spec.body
    if leak_check:
        sentence, _code = leak_check_sentence("discussion", network.number)
        body = f"{body}\n\n{strip_tags(sentence)}"
    warsaw = zoneinfo.ZoneInfo(settings.TIME_ZONE)
    moment = datetime.datetime(*spec.started, tzinfo=warsaw)
    with transaction.atomic(), outbox.suppressed():
        author = _person(people, spec.author, network)
        thread = services.start_thread(author, network, spec.title, body, notify=False)
        written = [(thread.posts.get(), moment)]
        for username, hours, text in spec.replies:
            moment += datetime.timedelta(hours=hours)
            post = services.reply(_person(people, username, network), thread, text)
            written.append((post, moment))
        for username, action in spec.moderation:
            services.moderate_thread(_person(people, username, network), thread, action)
        backdate_thread(thread, written)


def backdate_thread(thread, written):
    """The dates the story needs; each author has read the thread up to their last post."""
    last_read = {}
    for post, at in written:
        Post.objects.filter(pk=post.pk).update(created_at=at)
        last_read[post.author_id] = at
    Thread.objects.filter(pk=thread.pk).update(
        created_at=written[0][1], last_activity_at=written[-1][1]
    )
    for user_id, at in last_read.items():
        ThreadRead.objects.filter(thread=thread, user_id=user_id).update(read_at=at)
