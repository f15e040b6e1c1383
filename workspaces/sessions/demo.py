"""Demo sessions: seven per network, spring 2022 to early 2024, as the programme planned, each
with a topic of the network's theme; who attended how follows each session's format.

Minutes go through the real lifecycle services (so the audit log shows the steps): the first
five sessions of each network are approved, the sixth is circulated with an amendment, the
seventh is still a draft. Every private item carries a code word for leak checks.
"""

import datetime
import zoneinfo

from django.conf import settings
from django.core.files.base import ContentFile

from wagtail.documents import get_document_model

from home.demo import backdate_publication, ensure_child
from workspaces.notifications import outbox
from workspaces.registry import services
from workspaces.registry.models import RUNNING_ROLES, Membership, MembershipRole, WorkspacePage

from . import minutes
from .models import (
    AttendanceMode,
    Minutes,
    MinutesAmendment,
    SessionAttendance,
    SessionFormat,
    SessionPage,
)

SESSION_DATES = [
    datetime.date(2022, 5, 19),
    datetime.date(2022, 9, 15),
    datetime.date(2022, 11, 24),
    datetime.date(2023, 3, 16),
    datetime.date(2023, 6, 15),
    datetime.date(2023, 10, 19),
    datetime.date(2024, 1, 25),
]
# Each network's seven sessions, each with its topic (Polish, English), chosen for the network's
# theme and ending with a session that sums up the cycle's recommendations.
TOPICS = {
    1: [
        ("Cyfrowy urząd – od czego zacząć", "A digital town hall: where to start"),
        ("E-usługi, z których mieszkańcy naprawdę korzystają", "E-services residents really use"),
        ("Otwarte dane miejskie", "Open city data"),
        ("Cyberbezpieczeństwo w urzędzie", "Cybersecurity in the town hall"),
        ("Dostępność cyfrowa stron i aplikacji", "Digital accessibility of websites and apps"),
        ("Kompetencje cyfrowe seniorów", "Digital skills of older residents"),
        ("Mapa cyfrowych usług sieci – podsumowanie", "The network's map of digital services"),
    ],
    2: [
        ("Wieloletnia prognoza finansowa bez tajemnic", "The long-term financial forecast"),
        ("Fundusze europejskie 2021–2027 dla mniejszych miast", "EU funds 2021–2027 for towns"),
        ("Partnerstwo publiczno-prywatne w praktyce", "Public-private partnership in practice"),
        ("Gospodarowanie mieniem komunalnym", "Managing municipal property"),
        ("Koszty energii w budżecie miasta", "Energy costs in the town budget"),
        ("Budżet zadaniowy i mierniki efektów", "Performance budgeting and indicators"),
        ("Rekomendacje dla skarbników – podsumowanie", "Recommendations for treasurers"),
    ],
    3: [
        ("Budżet obywatelski – co działa, a co nie", "Participatory budgets: what works"),
        ("Konsultacje w planowaniu przestrzennym", "Consultations in spatial planning"),
        ("Młodzieżowe rady miast", "Youth councils"),
        ("Współpraca z organizacjami pozarządowymi", "Working with NGOs"),
        ("Inicjatywa lokalna i panele obywatelskie", "Local initiatives and citizens' panels"),
        ("Jak urząd rozmawia z mieszkańcami", "How the town hall talks to residents"),
        ("Standard konsultacji sieci – podsumowanie", "The network's consultation standard"),
    ],
    4: [
        ("Diagnoza potrzeb seniorów", "Assessing older residents' needs"),
        ("Usługi opiekuńcze w miejscu zamieszkania", "Care services at home"),
        ("Dostępność budynków i przestrzeni publicznej", "Accessible buildings and public space"),
        ("Mieszkania wspomagane i chronione", "Assisted and sheltered housing"),
        ("Przeciwdziałanie samotności osób starszych", "Tackling loneliness in old age"),
        ("Centrum usług społecznych – koordynacja wsparcia", "Coordinating social services"),
        ("Miejska polityka senioralna – podsumowanie", "A town's policy for older residents"),
    ],
    5: [
        ("Obsługa inwestora w urzędzie", "Serving investors at the town hall"),
        ("Inkubatory i przestrzenie coworkingowe", "Incubators and coworking spaces"),
        ("Ożywienie handlu w centrum miasta", "Reviving shops in the town centre"),
        ("Marka miasta i turystyka weekendowa", "The town's brand and weekend tourism"),
        ("Współpraca ze szkołami branżowymi", "Working with vocational schools"),
        ("Tereny inwestycyjne – przygotowanie i promocja", "Preparing and promoting sites"),
        ("Lokalne programy wsparcia firm – podsumowanie", "Local business support schemes"),
    ],
    6: [
        ("Miejski plan adaptacji do zmian klimatu", "The town's climate adaptation plan"),
        ("Zielone podwórka", "Green courtyards"),
        ("Retencja wody deszczowej", "Keeping rainwater"),
        ("Termomodernizacja budynków komunalnych", "Energy retrofits of municipal buildings"),
        ("Czyste powietrze i wymiana pieców", "Clean air and replacing old stoves"),
        ("Drzewa w mieście – ochrona i nasadzenia", "Trees in town: protection and planting"),
        ("Zielone standardy inwestycji – podsumowanie", "Green standards for investments"),
    ],
    7: [
        ("Rekrutacja do urzędu na trudnym rynku pracy", "Recruiting in a tight labour market"),
        ("Wdrożenie nowych pracowników", "Onboarding new staff"),
        ("Ocena okresowa, która motywuje", "Appraisals that motivate"),
        ("Praca zdalna i hybrydowa w administracji", "Remote and hybrid work in local government"),
        ("Ścieżki rozwoju i szkolenia", "Career paths and training"),
        ("Zarządzanie wiekiem i przekazywanie wiedzy", "Age management and passing on knowledge"),
        ("Strategia kadrowa urzędu – podsumowanie", "The town hall's staffing strategy"),
    ],
    8: [
        ("Wizja rozwoju miasta i jej komunikowanie", "A vision for the town, and telling it"),
        ("Przywództwo w sytuacji kryzysowej", "Leading in a crisis"),
        ("Współpraca z radą miasta", "Working with the town council"),
        ("Zarządzanie zmianą w urzędzie", "Managing change in the town hall"),
        ("Partnerstwa i współpraca międzygminna", "Partnerships between municipalities"),
        ("Rozliczalność wobec mieszkańców", "Accountability to residents"),
        ("Rekomendacje dla liderów miast – podsumowanie", "Recommendations for town leaders"),
    ],
}
# Where in-person and hybrid sessions meet; the host town is its own field, so it is not
# repeated here (the calendar shows "Miejski Dom Kultury, sala widowiskowa, Tarnów").
VENUES = [
    "Urząd Miasta, sala sesyjna",
    "Miejski Dom Kultury, sala widowiskowa",
    "Urząd Miasta, sala konferencyjna",
]
# Announced four weeks ahead; every third session's details changed a week before it.
ANNOUNCED_BEFORE = datetime.timedelta(days=28)
CHANGED_BEFORE = datetime.timedelta(days=7)
# Minutes go round a week after a session and are approved five weeks after it.
CIRCULATED_AFTER = datetime.timedelta(days=7)
APPROVED_AFTER = datetime.timedelta(days=35)
FORMATS = [SessionFormat.IN_PERSON, SessionFormat.ONLINE, SessionFormat.HYBRID]
AGENDA = [
    ("10:00", "Powitanie i przyjęcie porządku spotkania", ""),
    ("10:30", "Prezentacja projektu miasta gospodarza", "host"),
    ("12:00", "Konsultacja projektów uczestników – szybka informacja zwrotna", ""),
    ("13:30", "Wnioski i rekomendacje sieci", ""),
]
ONLINE_PRESENTATION = "Prezentacja projektu jednego z miast sieci"


def minutes_code(network_number, session_number):
    return f"TAJNEPROTOKOL{network_number}X{session_number}"


def online_link_code(network_number, session_number):
    return f"TAJNYLINK{network_number}X{session_number}"


def _agenda(host_name, online):
    """The agenda; an online session has no host, so its town presents as a participant."""
    return [
        (
            "item",
            {
                "time": datetime.time.fromisoformat(time),
                "title": ONLINE_PRESENTATION if online and who == "host" else title,
                "speaker_town": host_name if who == "host" else "",
            },
        )
        for time, title, who in AGENDA
    ]


def _material(network, collection):
    Document = get_document_model()
    title = f"Prezentacja sieci {network.number} – sesja inauguracyjna"
    document = Document.objects.filter(title=title, collection=collection).first()
    if document is None:
        document = Document(title=title, collection=collection)
        text = f"Materiał poufny sieci nr {network.number} (TAJNYDOKUMENT{network.number}).\n"
        document.file.save(f"siec-{network.number}-sesja-1.txt", ContentFile(text.encode()))
        document.save()
    return document


def seed_sessions(network):
    """Seven sessions under the network's workspace, with attendance, minutes and a document."""
    workspace = WorkspacePage.objects.child_of(network).get()
    memberships = list(
        Membership.objects.active()
        .filter(network=network)
        .select_related("person__user", "municipality")
        .order_by("pk")
    )
    members = [m for m in memberships if m.role == MembershipRole.MEMBER]
    runner = next(m.person.user for m in memberships if m.role in RUNNING_ROLES)
    towns = [m.municipality for m in members if m.municipality] or [None]
    warsaw = zoneinfo.ZoneInfo(settings.TIME_ZONE)
    document = _material(network, services.ensure_network_collection(network))

    for index, day in enumerate(SESSION_DATES):
        number = index + 1
        host = towns[index % len(towns)]
        session_format = FORMATS[(index + network.number) % len(FORMATS)]
        starts_at = datetime.datetime.combine(
            day + datetime.timedelta(days=network.number - 1), datetime.time(10), tzinfo=warsaw
        )
        meets_in_person = session_format != SessionFormat.ONLINE
        topic, topic_en = TOPICS[network.number][index]
        session = ensure_child(
            workspace,
            SessionPage,
            f"sesja-{number}",
            title=f"Sesja {number}",
            title_en=f"Session {number}",
            topic=topic,
            topic_en=topic_en,
            number=number,
            starts_at=starts_at,
            ends_at=starts_at + datetime.timedelta(hours=5),
            format=session_format,
            # An online session has no host town or venue (as the planner requires); the
            # town whose project is presented is named in the agenda.
            host_town=host if meets_in_person else None,
            venue=VENUES[index % len(VENUES)] if host and meets_in_person else "",
            online_link=(
                f"https://spotkania.example.org/{online_link_code(network.number, number)}"
                if session_format != SessionFormat.IN_PERSON
                else ""
            ),
            agenda=_agenda(host.name if host else "", not meets_in_person),
            minutes=(
                f"<p>Uczestnicy omówili projekty miast i uzgodnili rekomendacje. Zdanie "
                f"kontrolne {minutes_code(network.number, number)}: protokół jest poufny.</p>"
            ),
            materials=[("material", {"document": document, "description": ""})]
            if number == 1
            else [],
        )
        _seed_attendance(session, members[: 4 + index % 3])
        _seed_minutes_state(session, number, runner, members)
        _date_in_programme(session)


def _date_in_programme(session):
    """Announcement, changes and minutes dated around the session, not on the seeding day."""
    announced = session.starts_at - ANNOUNCED_BEFORE
    changed = session.starts_at - CHANGED_BEFORE if session.number % 3 == 0 else announced
    backdate_publication(session, announced, changed)
    circulated = session.ends_at + CIRCULATED_AFTER
    records = Minutes.objects.filter(session=session)
    records.exclude(circulated_at=None).update(circulated_at=circulated)
    records.exclude(approved_at=None).update(approved_at=session.ends_at + APPROVED_AFTER)
    MinutesAmendment.objects.filter(session=session).update(
        created_at=circulated + datetime.timedelta(days=2)
    )


def attendance_mode(session_format, position):
    """How the attendee at `position` took part, as the format allows: everyone in the room
    at an in-person session, everyone on the call at an online one, and at a hybrid one every
    second person joined online."""
    if session_format == SessionFormat.ONLINE:
        return AttendanceMode.ONLINE
    if session_format == SessionFormat.HYBRID and position % 2:
        return AttendanceMode.ONLINE
    return AttendanceMode.IN_PERSON


def _seed_attendance(session, members):
    for position, membership in enumerate(members):
        mode = attendance_mode(session.format, position)
        SessionAttendance.objects.get_or_create(
            session=session, person=membership.person, defaults={"mode": mode}
        )


def _seed_minutes_state(session, number, runner, members):
    record = minutes.minutes_record(session)
    if number <= 6 and record.status == "draft":
        with outbox.suppressed():  # demo people have made-up addresses
            minutes.circulate_minutes(session, runner)
        if number == 6 and members:
            minutes.propose_amendment(
                session,
                members[0].person.user,
                "Proszę dopisać, że miasto gospodarz udostępni prezentację uczestnikom.",
            )
    if number <= 5 and minutes.minutes_record(session).status == "circulated":
        minutes.approve_minutes(session, runner)
