"""Demo content for the public site: the home page, programme pages and the site record."""

from wagtail.models import Page, PageLogEntry, Revision, Site

from .models import ContentPage, HomePage

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
PAGES = [
    (
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
    (
        "jak-dolaczyc",
        "Jak dołączyć",
        "How to join",
        "<p>Miasta mogą dołączyć do sieci jako członkowie albo śledzić wybrane sieci ze "
        "statusem OBSERWATORA: obserwatorzy jako pierwsi poznają rezultaty prac sieci i je "
        "oceniają. Sieć liderów jest zamknięta – należą do niej wyłącznie burmistrzowie, "
        "prezydenci miast i ich zastępcy.</p>",
        "<p>Towns can join a network as members or follow chosen networks with OBSERVER "
        "status: observers are the first to hear about a network's outcomes, and they evaluate "
        "them. The leaders network is closed to all but mayors, city presidents and their "
        "deputies.</p>",
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
    for slug, title_pl, title_en, body_pl, body_en in PAGES:
        ensure_child(
            home, ContentPage, slug,
            title=title_pl, title_en=title_en, body=body_pl, body_en=body_en, show_in_menus=True,
        )  # fmt: skip
    return home
