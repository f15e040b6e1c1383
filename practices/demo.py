"""Demo content for the practice library: sixty practices written by the towns
(`demo_texts`), fifteen of them promoted to the public, and towns adopting every third one.

Pages are found by their slug (made from the title), so seeding twice adds nothing. Dates are
the programme's own (2022–2024): a practice is published some weeks after its project ended,
promoted later, and adopted by other towns after that. Members-only practices carry a
leak-check code (`private_code`).
"""

import datetime

from django.contrib.auth import get_user_model
from django.utils.text import slugify

from wagtail.models import PageLogEntry

from home.demo import backdate_publication, ensure_child
from workspaces.access import promotion
from workspaces.access.models import Promotion
from workspaces.registry.models import Municipality, NetworkPage, ProgrammeStatus
from workspaces.registry.services import participants_group

from . import transfers
from .collection import ensure_library_collection
from .demo_texts import PRACTICES
from .models import FundingSource, PracticeIndexPage, PracticePage

DEMO_PRACTICE_COUNT = len(PRACTICES)
# The library opened with the networks' first sessions; the demo ends with the programme's
# last year.
LIBRARY_OPENED = datetime.date(2022, 5, 16)
LAST_PUBLICATION = datetime.date(2024, 11, 29)
LAST_DEMO_DAY = datetime.date(2024, 12, 13)
NETWORK_CONTACTS = {
    1: ("Referat Informatyki i Cyfryzacji", "cyfryzacja"),
    2: ("Wydział Budżetu i Finansów", "finanse"),
    3: ("Referat Współpracy z Mieszkańcami", "partycypacja"),
    4: ("Miejski Ośrodek Pomocy Społecznej", "mops"),
    5: ("Wydział Rozwoju Gospodarczego i Promocji", "rozwoj"),
    6: ("Wydział Ochrony Środowiska i Zieleni", "srodowisko"),
    7: ("Referat Kadr i Szkoleń", "kadry"),
    8: ("Sekretarz Miasta", "sekretarz"),
}


def private_code(number):
    return f"TAJNAPRAKTYKA{number}"


def slug_for(title):
    """A practice's address made from its title: Polish letters folded to ASCII (slugify
    drops "ł", which has no decomposition, so it is folded first)."""
    return slugify(title.replace("ł", "l").replace("Ł", "L"))


def unique_slugs(titles):
    """Slugs for `titles`, in order; a slug already taken gets the next free number."""
    taken, slugs = set(), []
    for title in titles:
        base = slug_for(title)
        slug, n = base, 2
        while slug in taken:
            slug, n = f"{base}-{n}", n + 1
        taken.add(slug)
        slugs.append(slug)
    return slugs


def seed_practice_library(home):
    ensure_library_collection()
    index = ensure_child(
        home,
        PracticeIndexPage,
        "dobre-praktyki",
        title="Dobre praktyki",
        title_en="Good practices",
        intro="<p>Sprawdzone rozwiązania miast uczestniczących w sieciach.</p>",
        intro_en="<p>Proven solutions from the towns taking part in the networks.</p>",
        show_in_menus=True,
    )
    _backdate_log(index, ("wagtail.create",), _noon(LIBRARY_OPENED))
    return index


def seed_practices(index):
    """The demo practices under the library index; the promoted ones made public."""
    editor = get_user_model().objects.get(username="editor")
    towns = {town.name: town for town in Municipality.objects.all()}
    networks = {network.number: network for network in NetworkPage.objects.all()}
    slugs = unique_slugs(spec.title for spec in PRACTICES)
    for number, (spec, slug) in enumerate(zip(PRACTICES, slugs, strict=True), start=1):
        town = towns[spec.town]
        practice = ensure_child(
            index, PracticePage, slug, **practice_fields(spec, town, number, spec.promoted)
        )
        if not practice.revisions.exists():
            practice.tags.set(spec.tags)
            practice.networks.set([networks[spec.network]])
            practice.save_revision(user=editor).publish(user=editor)
        published = published_on(spec, number)
        backdate_publication(practice, published)
        _backdate_log(practice, ("wagtail.view_restriction.create",), published)
        if spec.promoted:
            _promote(practice, editor, published + datetime.timedelta(days=20 + number % 40))


def practice_fields(spec, town, number, promoted):
    """The page's fields from the written practice; `number` makes contacts and the
    leak-check code distinct (members-only practices only)."""
    secret = "" if promoted else _leak_check_sentence(number)
    unit, mailbox = NETWORK_CONTACTS[spec.network]
    return {
        "title": spec.title,
        "title_en": "",
        "town": town,
        "situation": f"<p>{spec.situation}</p>{secret}",
        "solution": f"<p>{spec.solution}</p>",
        "results": f"<p>{spec.results}</p>",
        "funding_source": spec.funding,
        "budget_pln": spec.budget,
        "from_ldp_grant": spec.funding == FundingSource.LOCAL_DEVELOPMENT_PROGRAMME
        and town.programme_status == ProgrammeStatus.GRANT_WINNER,
        "period_start": spec.started,
        "period_end": spec.finished,
        "transferability": f"<p>{spec.lessons}</p>",
        "contact_name": unit,
        "contact_email": f"{mailbox}@{slug_for(town.name)}.example.org",
        "contact_phone": f"+48 {60 + number % 9}{number % 10} {100 + number * 7:03d} "
        f"{(number * 37) % 1000:03d}",
    }


def _leak_check_sentence(number):
    return (
        f"<p>Zdanie kontrolne {private_code(number)}: ta praktyka jest przeznaczona wyłącznie "
        "dla uczestników sieci.</p>"
    )


def published_on(spec, number):
    """Some weeks after the project ended, and never before the library opened; scattered by
    `number` so that practices finished together were not published on the same day."""
    after_the_project = spec.finished + datetime.timedelta(days=21 + (number * 13) % 50)
    in_the_programme = LIBRARY_OPENED + datetime.timedelta(days=(number * 29) % 240)
    day = min(max(after_the_project, in_the_programme), LAST_PUBLICATION)
    return _noon(day, hour=9 + number % 6)


def _noon(day, hour=12):
    return datetime.datetime.combine(day, datetime.time(hour), tzinfo=datetime.UTC)


def _promote(practice, editor, when):
    """Promote once (promotion logs every call), dated `when`."""
    if not Promotion.objects.filter(page_id=practice.pk).exists():
        promotion.promote(practice, editor)
    when = min(when, _noon(LAST_DEMO_DAY))
    Promotion.objects.filter(page_id=practice.pk).update(promoted_at=when)
    _backdate_log(
        practice,
        (promotion.PROMOTED_ACTION, "wagtail.view_restriction.delete"),
        when,
    )


def _backdate_log(page, actions, when):
    PageLogEntry.objects.filter(page=page, action__in=actions).update(timestamp=when)


# What a town wrote when it reached each stage of adopting a practice; one is picked per
# transfer, so that neighbouring records do not repeat each other.
TRANSFER_NOTES = {
    "interested": [
        "Przeczytaliśmy opis i poprosiliśmy autorów o dokumentację.",
        "Przedstawiliśmy rozwiązanie kierownictwu urzędu; liczymy koszty.",
        "Umówiliśmy się z autorami na rozmowę o szczegółach wdrożenia.",
    ],
    "adapting": [
        "Zaczynamy w mniejszej skali – od jednego osiedla.",
        "Przygotowujemy uchwałę na wzór przekazany przez autorów.",
        "Zamiast kupować nowy system, korzystamy z modułu obecnego dostawcy.",
    ],
    "implemented": [
        "Działa od początku roku; pierwsze wyniki są zbliżone do opisanych.",
        "Wdrożone w jednej dzielnicy; w przyszłym roku obejmiemy całe miasto.",
        "Wdrożone z mniejszym budżetem – wystarczyło przeszkolić dwie osoby.",
    ],
    "abandoned": [
        "Zrezygnowaliśmy – w tym roku zabrakło środków w budżecie.",
        "Rada miasta wybrała inne rozwiązanie tego problemu.",
    ],
}
STAGES = ["interested", "adapting", "implemented"]
STEP = datetime.timedelta(days=75)


def seed_transfers():
    """Towns adopting every third practice, at different stages, recorded by their members
    after the practice was published."""
    readers = list(
        participants_group()
        .user_set.filter(person__municipality__isnull=False)
        .select_related("person__municipality")
        .order_by("username")
    )
    practices = PracticePage.objects.live().order_by("pk")
    for position, practice in enumerate(practices[::3]):
        if practice.transfers.exists():  # seeded before; readers may have changed since
            continue
        adopters = [u for u in readers if u.person.municipality_id != practice.town_id]
        for offset in range(1 + position % 3):
            user = adopters[(position * 5 + offset * 7) % len(adopters)]
            if practice.transfers.filter(town=user.person.municipality).exists():
                continue
            _record_story(practice, user, stages=1 + (position + offset) % 4, seed=position)


def _record_story(practice, user, stages, seed):
    """Up to `stages` steps (the fourth is abandoning), 75 days apart, none after the demo's
    last day."""
    start = practice.first_published_at.date() + datetime.timedelta(days=30 + seed % 20)
    start = min(start, LAST_DEMO_DAY)
    steps = STAGES[: min(stages, 3)]
    if stages == 4:
        steps = [*STAGES[:2], "abandoned"]
    for step, stage in enumerate(steps):
        on = start + STEP * step
        if step and on > LAST_DEMO_DAY:
            break
        notes = TRANSFER_NOTES[stage]
        transfers.record(practice, user, stage, notes[(seed + step) % len(notes)], on=on)
