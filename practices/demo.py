"""Demo content for the practice library: ~60 practices across networks and towns, a quarter
of them promoted to the public, with tags. Members-only practices carry a leak-check code."""

import datetime

from django.contrib.auth import get_user_model
from django.utils.text import slugify

from home.demo import backdate_publication, ensure_child
from workspaces.access import promotion
from workspaces.registry.models import Municipality, NetworkPage, ProgrammeStatus
from workspaces.registry.services import participants_group

from . import transfers
from .collection import ensure_library_collection
from .models import FundingSource, PracticeIndexPage, PracticePage

# From January 2022 to December 2024.
PROGRAMME_MONTHS = 36
DEMO_PRACTICE_COUNT = 60
PROMOTE_EVERY = 4  # 15 of 60 public

# (network number, title, tags, what was done)
TOPICS = [
    (
        1,
        "E-usługi w urzędzie bez kolejek",
        ["e-usługi", "cyfryzacja", "obsługa mieszkańców"],
        "wdrożenie rezerwacji wizyt i płatności online",
    ),
    (
        1,
        "Otwarte dane miejskie",
        ["otwarte dane", "cyfryzacja"],
        "publikacja zbiorów danych w formacie otwartym",
    ),
    (2, "Budżet zadaniowy w małym mieście", ["finanse", "budżet"], "przejście na budżet zadaniowy"),
    (
        2,
        "Montaż finansowy projektu rewitalizacji",
        ["finanse", "rewitalizacja", "fundusze UE"],
        "połączenie grantu z funduszami unijnymi",
    ),
    (
        3,
        "Panel obywatelski o zieleni",
        ["partycypacja", "panel obywatelski"],
        "zorganizowanie panelu obywatelskiego",
    ),
    (
        3,
        "Budżet obywatelski dla młodzieży",
        ["partycypacja", "młodzież", "budżet obywatelski"],
        "osobna pula budżetu obywatelskiego dla młodzieży",
    ),
    (
        4,
        "Centrum usług dla seniorów",
        ["seniorzy", "usługi społeczne"],
        "utworzenie centrum usług senioralnych",
    ),
    (
        4,
        "Mieszkania wspomagane",
        ["mieszkalnictwo", "usługi społeczne"],
        "adaptacja budynku na mieszkania wspomagane",
    ),
    (
        5,
        "Inkubator przedsiębiorczości w starej hali",
        ["przedsiębiorczość", "rewitalizacja"],
        "przekształcenie hali w inkubator",
    ),
    (
        5,
        "Szlak turystyczny z aplikacją",
        ["turystyka", "cyfryzacja"],
        "miejski szlak z przewodnikiem w aplikacji",
    ),
    (
        6,
        "Retencja wody deszczowej",
        ["klimat", "retencja", "zieleń"],
        "ogrody deszczowe i zbiorniki retencyjne",
    ),
    (
        6,
        "Termomodernizacja szkół",
        ["klimat", "energia"],
        "termomodernizacja i fotowoltaika w szkołach",
    ),
    (
        7,
        "Ścieżki kariery urzędników",
        ["kadry", "rozwój kompetencji"],
        "program rozwoju kompetencji pracowników",
    ),
    (
        7,
        "Rekrutacja stażystów z uczelni",
        ["kadry", "młodzież"],
        "porozumienie z uczelnią o stażach",
    ),
    (
        8,
        "Zarządzanie zmianą w urzędzie",
        ["przywództwo", "zarządzanie"],
        "program zarządzania zmianą",
    ),
]
FUNDING_CYCLE = [
    FundingSource.LOCAL_DEVELOPMENT_PROGRAMME,
    FundingSource.EU_FUNDS,
    FundingSource.OWN_BUDGET,
    FundingSource.NATIONAL,
]


def private_code(number):
    return f"TAJNAPRAKTYKA{number}"


def seed_practice_library(home):
    ensure_library_collection()
    return ensure_child(
        home,
        PracticeIndexPage,
        "dobre-praktyki",
        title="Dobre praktyki",
        title_en="Good practices",
        intro="<p>Sprawdzone rozwiązania miast uczestniczących w sieciach.</p>",
        intro_en="<p>Proven solutions from the towns taking part in the networks.</p>",
        show_in_menus=True,
    )


def seed_practices(index, count=DEMO_PRACTICE_COUNT):
    """`count` practices spread over the topics and towns; every fourth one promoted."""
    editor = get_user_model().objects.get(username="editor")
    towns = list(
        Municipality.objects.exclude(programme_status=ProgrammeStatus.OBSERVER).order_by("pk")
    )
    networks = {network.number: network for network in NetworkPage.objects.all()}
    for number in range(1, count + 1):
        network_number, topic, tags, action = TOPICS[(number - 1) % len(TOPICS)]
        town = towns[(number * 7) % len(towns)]
        promoted = number % PROMOTE_EVERY == 1
        practice = ensure_child(
            index,
            PracticePage,
            f"praktyka-{number}",
            **_fields(number, topic, town, action, promoted),
        )
        if not practice.revisions.exists():
            practice.tags.set(tags)
            practice.networks.set([networks[network_number]])
            practice.save_revision(user=editor).publish(user=editor)
        backdate_publication(practice, _published_on(number))
        if promoted:
            promotion.promote(practice, editor)


def _published_on(number):
    """A day between early 2022 and late 2024, scattered so that neighbours in the list were
    not published in the same month."""
    months = (number * 11) % PROGRAMME_MONTHS
    day = datetime.date(2022 + months // 12, 1 + months % 12, 1 + (number * 3) % 27)
    return datetime.datetime.combine(day, datetime.time(12), tzinfo=datetime.UTC)


def _fields(number, topic, town, action, promoted):
    secret = (
        ""
        if promoted
        else f" Zdanie kontrolne {private_code(number)}: praktyka dla członków sieci."
    )
    start = datetime.date(2019 + number % 4, 1 + number % 12, 1)
    return {
        "title": f"{topic} – {town.name}",
        "title_en": "",
        "town": town,
        "situation": f"<p>{town.name} szukało sposobu na poprawę sytuacji: brakowało rozwiązania, "
        f"a mieszkańcy zgłaszali potrzebę zmian.{secret}</p>",
        "solution": f"<p>Miasto postawiło na {action}. Projekt prowadził zespół urzędu we "
        "współpracy z partnerami lokalnymi.</p>",
        "results": f"<p>Po roku z nowego rozwiązania skorzystało {200 + number * 37} mieszkańców, "
        f"a koszty obsługi spadły o {5 + number % 20}%.</p>",
        # Offset so that the promoted quarter spans every funding source too.
        "funding_source": FUNDING_CYCLE[(number + number // PROMOTE_EVERY) % len(FUNDING_CYCLE)],
        "budget_pln": 150_000 + number * 12_500,
        "from_ldp_grant": town.programme_status == ProgrammeStatus.GRANT_WINNER and number % 2 == 0,
        "period_start": start,
        "period_end": start + datetime.timedelta(days=365 + number * 5),
        "transferability": "<p>Potrzebny jest zespół dwóch–trzech osób, zgoda rady miasta i "
        "budżet porównywalny do opisanego; dokumentację przekażemy zainteresowanym miastom.</p>",
        "contact_name": "Wydział Rozwoju Miasta",
        "contact_email": f"praktyka{number}@{_slug(town.name)}.example.org",
        "contact_phone": f"+48 600 000 {number:03d}",
    }


def _slug(name):
    return slugify(name.replace("ł", "l").replace("Ł", "L")) or "miasto"


TRANSFER_STORIES = [
    ("interested", "Analizujemy dokumentację i koszty."),
    ("adapting", "Dostosowujemy rozwiązanie do mniejszej skali."),
    ("implemented", "Wdrożone w jednej dzielnicy; planujemy rozszerzenie."),
    ("abandoned", "Zrezygnowaliśmy z powodu braku finansowania."),
]


def seed_transfers():
    """Towns adopting every third practice, at different stages, recorded by their members."""
    readers = list(
        participants_group()
        .user_set.filter(person__municipality__isnull=False)
        .select_related("person__municipality")
        .order_by("username")
    )
    practices = PracticePage.objects.live().order_by("pk")
    for position, practice in enumerate(practices[::3]):
        adopters = [u for u in readers if u.person.municipality_id != practice.town_id]
        for offset in range(1 + position % 3):
            user = adopters[(position * 5 + offset * 7) % len(adopters)]
            if practice.transfers.filter(town=user.person.municipality).exists():
                continue
            stage_count = 1 + (position + offset) % len(TRANSFER_STORIES)
            start = datetime.date(2023, 1 + (position % 6), 1)
            for step, (stage, changes) in enumerate(TRANSFER_STORIES[:stage_count]):
                if stage == "abandoned" and step != len(TRANSFER_STORIES) - 1:
                    continue
                on = start + datetime.timedelta(days=90 * step)
                transfers.record(practice, user, stage, changes, on=on)
