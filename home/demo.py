"""Demo content for the public site: the home page, programme pages and the site record."""

from typing import NamedTuple

from wagtail.models import Page, PageLogEntry, Revision, Site

from .accessibility_statement import (
    ACCESSIBILITY_STATEMENT_EN,
    ACCESSIBILITY_STATEMENT_PL,
    ACCESSIBILITY_STATEMENT_SLUG,
    ACCESSIBILITY_STATEMENT_TITLE,
    ACCESSIBILITY_STATEMENT_TITLE_EN,
)
from .models import ContentPage, HomePage

# The privacy notice's address is fixed: the footer and the application form link to it.
PRIVACY_NOTICE_SLUG = "ochrona-danych"

HOME_INTRO_PL = (
    "<p>EMPIRIE – Sieci Wymiany Doświadczeń to program Związku Miast Polskich, w którym "
    "przedstawiciele małych i średnich miast wymieniają się wiedzą o projektach rozwojowych. "
    "Laureaci Programu „Rozwój Lokalny” konsultują swoje działania z innymi samorządami i "
    "ekspertami, a miasta bez grantu uczą się z ich praktyk i promują własne rozwiązania.</p>"
)
HOME_INTRO_EN = (
    "<p>EMPIRIAE – Experience Exchange Networks is a programme of the Association of Polish "
    "Cities in which representatives of small and medium-sized towns share what they learned "
    "from development projects. Winners of the “Local Development” Programme consult their "
    "work with peers and experts; towns without a grant learn from them and promote their own "
    "solutions.</p>"
)


class DemoPage(NamedTuple):
    """A plain content page of the demo; `in_menu` puts it in the main navigation."""

    slug: str
    title: str
    title_en: str
    body: str
    body_en: str
    in_menu: bool = True


PRIVACY_NOTICE_PL = (
    "<p>Ta klauzula wyjaśnia, jak przetwarzamy dane osobowe osób, które korzystają z serwisu "
    "EMPIRIE – Sieci Wymiany Doświadczeń, składają wnioski o przyjęcie do sieci lub o status "
    "obserwatora i uczestniczą w pracach sieci. Przekazujemy ją na podstawie art. 13 i 14 "
    "rozporządzenia Parlamentu Europejskiego i Rady (UE) 2016/679 z dnia 27 kwietnia 2016 r. "
    "(ogólnego rozporządzenia o ochronie danych, dalej: RODO).</p>"
    "<h2>Administrator danych</h2>"
    "<p>Administratorem danych jest Związek Miast Polskich z siedzibą w Poznaniu "
    "[adres do uzupełnienia przez Związek], który prowadzi program EMPIRIE.</p>"
    "<h2>Inspektor ochrony danych</h2>"
    "<p>We wszystkich sprawach dotyczących danych osobowych można pisać do inspektora ochrony "
    'danych na adres <a href="mailto:iod@example.org">iod@example.org</a> '
    "[adres do uzupełnienia przez Związek].</p>"
    "<h2>Jakie dane przetwarzamy i skąd je mamy</h2>"
    "<p>Przetwarzamy imię i nazwisko, służbowy adres e-mail, stanowisko, miasto lub gminę, "
    "którą Pani/Pan reprezentuje, treść wniosku z uzasadnieniem i wybrany język. W przypadku "
    "osób uczestniczących w sieciach przetwarzamy też dane o ich członkostwie i obserwowanych "
    "sieciach, obecności na sesjach, a także ich wpisy w dyskusjach, przesłane dokumenty, "
    "zgłoszone praktyki i oceny rezultatów. Dane pochodzą od Pani/Pana, a gdy przedstawiciela "
    "do sieci wskazuje urząd – od tego urzędu.</p>"
    "<h2>Cele i podstawy prawne</h2>"
    "<ul>"
    "<li>rozpatrzenie wniosku o przyjęcie do sieci lub o status obserwatora, założenie konta "
    "i kontakt w tej sprawie – art. 6 ust. 1 lit. b RODO (działania podejmowane na Pani/Pana "
    "żądanie);</li>"
    "<li>prowadzenie sieci: członkostwa, sesje i ich protokoły, rezultaty i ich oceny, "
    "dyskusje, dokumenty i biblioteka dobrych praktyk – art. 6 ust. 1 lit. f RODO (prawnie "
    "uzasadniony interes Związku, czyli realizacja programu, w którym uczestniczy "
    "reprezentowane przez Panią/Pana miasto);</li>"
    "<li>wiadomości e-mail o pracach sieci: zaproszenia, zapowiedzi sesji, protokoły przekazane "
    "do uwag i nowe rezultaty – art. 6 ust. 1 lit. f RODO; częstotliwość wiadomości można zmienić "
    "w ustawieniach powiadomień na swoim koncie;</li>"
    "<li>bezpieczeństwo serwisu, w tym ochrona formularzy przed spamem i blokowanie "
    "podejrzanych prób logowania – art. 6 ust. 1 lit. f RODO;</li>"
    "<li>rozliczenie i archiwizacja dokumentacji programu – art. 6 ust. 1 lit. c RODO "
    "(obowiązki prawne Związku).</li>"
    "</ul>"
    "<h2>Kto otrzymuje dane</h2>"
    "<p>Dane widzą pracownicy Związku, którzy prowadzą program, oraz koordynatorzy i eksperci "
    "sieci, w której Pani/Pan uczestniczy. Uczestnicy tej samej sieci widzą listę jej członków "
    "i autorów wpisów. Dane kontaktowe podane przy praktyce widzą wyłącznie uczestnicy sieci, "
    "także wtedy, gdy praktyka została udostępniona publicznie. Dane mogą też przetwarzać na "
    "zlecenie Związku dostawcy usług informatycznych (hosting, poczta elektroniczna) na "
    "podstawie umów powierzenia, a organy publiczne – wtedy, gdy wymaga tego prawo. Nie "
    "przekazujemy danych do państw spoza Europejskiego Obszaru Gospodarczego.</p>"
    "<h2>Jak długo przechowujemy dane</h2>"
    "<ul>"
    "<li>odrzucone wnioski usuwamy automatycznie po upływie okresu przechowywania liczonego "
    "od decyzji;</li>"
    "<li>przyjęte wnioski oraz dane uczestników przechowujemy przez czas trwania programu, "
    "a następnie przez okres archiwizacji jego dokumentacji wymagany przepisami prawa;</li>"
    "<li>zakończone członkostwa pozostają w historii sieci z datą zakończenia; gdy osoba "
    "odchodzi z programu, na jej żądanie zastępujemy jej imię, nazwisko i adres e-mail "
    "pseudonimem, a konto wyłączamy – wpisy i oceny pozostają, ale nie wskazują już tej "
    "osoby.</li>"
    "</ul>"
    "<h2>Pani/Pana prawa</h2>"
    "<p>Ma Pani/Pan prawo dostępu do swoich danych i otrzymania ich kopii (przekazujemy "
    "wszystkie dane w jednym pliku), prawo do ich sprostowania, usunięcia lub ograniczenia "
    "przetwarzania, prawo do przenoszenia danych przetwarzanych na podstawie art. 6 ust. 1 "
    "lit. b RODO oraz prawo wniesienia sprzeciwu wobec przetwarzania na podstawie art. 6 "
    "ust. 1 lit. f RODO. Aby z nich skorzystać, wystarczy napisać do inspektora ochrony "
    "danych. Jeśli uzna Pani/Pan, że przetwarzamy dane niezgodnie z prawem, może Pani/Pan "
    "wnieść skargę do Prezesa Urzędu Ochrony Danych Osobowych.</p>"
    "<h2>Czy trzeba podać dane</h2>"
    "<p>Podanie danych jest dobrowolne, ale bez nich nie możemy rozpatrzyć wniosku ani "
    "umożliwić udziału w sieci. O przyjęciu do sieci decydują pracownicy Związku: nie "
    "podejmujemy decyzji w sposób zautomatyzowany i nie profilujemy.</p>"
    "<h2>Pliki cookie</h2>"
    "<p>Serwis zapisuje w przeglądarce tylko pliki cookie niezbędne do jego działania: "
    "sesję po zalogowaniu, zabezpieczenie formularzy i wybrany język.</p>"
)
PRIVACY_NOTICE_EN = (
    "<p>This notice explains how we process the personal data of people who use the EMPIRIAE – "
    "Experience Exchange Networks website, apply to join a network or to follow one as an "
    "observer, and take part in the networks' work. We give it under Articles 13 and 14 of "
    "Regulation (EU) 2016/679 of the European Parliament and of the Council of 27 April 2016 "
    "(the General Data Protection Regulation, GDPR).</p>"
    "<h2>Controller</h2>"
    "<p>The controller of your data is the Association of Polish Cities (Związek Miast "
    "Polskich), based in Poznań [address to be completed by the Association], which runs the "
    "EMPIRIAE programme.</p>"
    "<h2>Data protection officer</h2>"
    "<p>For anything concerning your personal data, write to our data protection officer at "
    '<a href="mailto:iod@example.org">iod@example.org</a> '
    "[address to be completed by the Association].</p>"
    "<h2>What data we process and where it comes from</h2>"
    "<p>We process your first and last name, work e-mail address, position, the town or "
    "municipality you represent, your application with its motivation and your chosen "
    "language. For people taking part in the networks we also process their memberships and "
    "the networks they observe, attendance at sessions, and their discussion posts, uploaded "
    "documents, submitted practices and evaluations of outcomes. The data comes from you or, "
    "when a town office names its representative, from that office.</p>"
    "<h2>Purposes and legal bases</h2>"
    "<ul>"
    "<li>considering your application to join a network or to follow it as an observer, "
    "creating your account and contacting you about it – Article 6(1)(b) GDPR (steps taken "
    "at your request);</li>"
    "<li>running the networks: memberships, sessions and their minutes, outcomes and their "
    "evaluations, discussions, documents and the good-practice library – Article 6(1)(f) GDPR "
    "(the Association's legitimate interest in delivering the programme in which the town you "
    "represent takes part);</li>"
    "<li>e-mails about the networks' work: invitations, new sessions, minutes for comment and "
    "new outcomes – Article 6(1)(f) GDPR; you can change how often you receive them in the "
    "notification settings of your account;</li>"
    "<li>keeping the website secure, including protecting forms against spam and blocking "
    "suspicious sign-in attempts – Article 6(1)(f) GDPR;</li>"
    "<li>accounting for and archiving the programme's records – Article 6(1)(c) GDPR (the "
    "Association's legal obligations).</li>"
    "</ul>"
    "<h2>Who receives the data</h2>"
    "<p>Your data is seen by the Association's staff who run the programme and by the "
    "coordinators and experts of the networks you take part in. Participants of the same "
    "network see its list of members and who wrote each post. Contact details given with a "
    "practice are shown only to network participants, even when the practice has been made "
    "public. IT service providers (hosting, e-mail) may process the data on the Association's "
    "behalf under data processing agreements, and public authorities may receive it where the "
    "law requires. We do not transfer data to countries outside the European Economic "
    "Area.</p>"
    "<h2>How long we keep the data</h2>"
    "<ul>"
    "<li>rejected applications are deleted automatically once a retention period, counted "
    "from the decision, has passed;</li>"
    "<li>accepted applications and participants' data are kept for the duration of the "
    "programme and then for as long as the law requires its records to be archived;</li>"
    "<li>ended memberships stay in the network's history with their end date; when someone "
    "leaves the programme, at their request we replace their name and e-mail address with a "
    "pseudonym and disable the account – their posts and evaluations remain but no longer "
    "identify them.</li>"
    "</ul>"
    "<h2>Your rights</h2>"
    "<p>You have the right to access your data and receive a copy of it (we provide "
    "everything in one file), to have it rectified, erased or its processing restricted, to "
    "data portability for data processed under Article 6(1)(b) GDPR, and to object to "
    "processing based on Article 6(1)(f) GDPR. To exercise them, simply write to the data "
    "protection officer. If you believe we process your data unlawfully, you may lodge a "
    "complaint with the President of the Personal Data Protection Office (Prezes Urzędu "
    "Ochrony Danych Osobowych).</p>"
    "<h2>Do you have to give us your data</h2>"
    "<p>Giving your data is voluntary, but without it we cannot consider your application or "
    "let you take part in a network. Decisions on joining are made by the Association's "
    "staff: we make no automated decisions and do no profiling.</p>"
    "<h2>Cookies</h2>"
    "<p>The website stores only the cookies it needs to work: your session once you sign in, "
    "form protection and your chosen language.</p>"
)

# "Jak dołączyć" is the applications room's JoinPage (workspaces/applications/demo.py).
PAGES = [
    DemoPage(
        "o-programie",
        "O programie",
        "About the programme",
        "<p>Sieci spotykają się raz na kwartał, od wiosny 2022 do początku 2024 roku, "
        "stacjonarnie, online lub w formule hybrydowej. Uczestnicy zyskują dostęp do "
        "sprawdzonych praktyk, wsparcie przy realizacji projektów, zaufaną sieć partnerów i "
        "możliwość pokazania swojego miasta jako eksperta.</p>",
        "<p>The networks meet every quarter, from spring 2022 to early 2024, in person, online "
        "or in a hybrid format. Participants gain proven practices, support while delivering "
        "projects, a trusted circle of partners and a way to show their town as an expert.</p>",
    ),
    # Linked from every page's footer and from the application form, not from the main menu.
    DemoPage(
        PRIVACY_NOTICE_SLUG,
        "Klauzula informacyjna RODO",
        "Privacy notice (GDPR)",
        PRIVACY_NOTICE_PL,
        PRIVACY_NOTICE_EN,
        in_menu=False,
    ),
    # Required of public bodies' sites (home/accessibility_statement.py); linked from the footer.
    DemoPage(
        ACCESSIBILITY_STATEMENT_SLUG,
        ACCESSIBILITY_STATEMENT_TITLE,
        ACCESSIBILITY_STATEMENT_TITLE_EN,
        ACCESSIBILITY_STATEMENT_PL,
        ACCESSIBILITY_STATEMENT_EN,
        in_menu=False,
    ),
]


def ensure_child(parent, model, slug, **fields):
    """The child page of `model` with this slug under `parent`, created if missing.

    Seeding finds pages by their slug, so a second run completes the demo without duplicating.
    """
    page = model.objects.child_of(parent).filter(slug=slug).first()
    if page is None:
        page = model(slug=slug, **fields)
        parent.add_child(instance=page)
    return page


PUBLISHING_ACTIONS = ("wagtail.create", "wagtail.edit", "wagtail.publish")


def backdate_publication(page, first, last=None):
    """Date a demo page's publication in the programme's past, as if an editor had published it
    then (and, with `last`, published a change later). Seeding runs today; without this every
    page of the demo would be news of the seeding day, and the activity feeds would say so."""
    last = last or first
    Page.objects.filter(pk=page.pk).update(
        first_published_at=first, last_published_at=last, latest_revision_created_at=last
    )
    Revision.objects.for_instance(page).update(created_at=last)
    PageLogEntry.objects.filter(page=page, action__in=PUBLISHING_ACTIONS).update(timestamp=last)
    page.first_published_at, page.last_published_at = first, last


def seed_home():
    """The home page as the default site's root, replacing Wagtail's welcome page."""
    home = HomePage.objects.first()
    if home is None:
        root = Page.get_first_root_node()
        home = HomePage(
            title="EMPIRIE – Sieci Wymiany Doświadczeń",
            title_en="EMPIRIAE – Experience Exchange Networks",
            slug="empirie",
            intro=HOME_INTRO_PL,
            intro_en=HOME_INTRO_EN,
        )
        root.add_child(instance=home)
    site = Site.objects.filter(is_default_site=True).first()
    if site is None:
        Site.objects.create(
            hostname="localhost", port=80, root_page=home, is_default_site=True,
            site_name="EMPIRIAE",
        )  # fmt: skip
    elif site.root_page_id != home.pk:
        old_root = site.root_page
        site.root_page = home
        site.site_name = "EMPIRIAE"
        site.save()
        if old_root.depth == 2 and not old_root.get_children().exists():
            old_root.delete()  # Wagtail's "Welcome to your new Wagtail site!" page
    for page in PAGES:
        ensure_child(
            home, ContentPage, page.slug,
            title=page.title, title_en=page.title_en, body=page.body, body_en=page.body_en,
            show_in_menus=page.in_menu,
        )  # fmt: skip
    return home
