"""Demo sessions: seven per network, spring 2022 to early 2024, as the programme planned.

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


def minutes_code(network_number, session_number):
    return f"TAJNEPROTOKOL{network_number}X{session_number}"


def online_link_code(network_number, session_number):
    return f"TAJNYLINK{network_number}X{session_number}"


def _agenda(host_name):
    return [
        (
            "item",
            {
                "time": datetime.time.fromisoformat(time),
                "title": title,
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
        online = session_format != SessionFormat.IN_PERSON
        session = ensure_child(
            workspace,
            SessionPage,
            f"sesja-{number}",
            title=f"Sesja {number}",
            title_en=f"Session {number}",
            number=number,
            starts_at=starts_at,
            ends_at=starts_at + datetime.timedelta(hours=5),
            format=session_format,
            host_town=host,
            venue=f"Urząd Miasta, {host.name}" if host and session_format != "online" else "",
            online_link=(
                f"https://spotkania.example.org/{online_link_code(network.number, number)}"
                if online
                else ""
            ),
            agenda=_agenda(host.name if host else ""),
            minutes=(
                f"<p>Uczestnicy omówili projekty miast i uzgodnili rekomendacje. Zdanie "
                f"kontrolne {minutes_code(network.number, number)}: protokół jest poufny.</p>"
            ),
            materials=[("material", {"document": document, "description": ""})]
            if number == 1
            else [],
        )
        _seed_attendance(session, members[: 4 + index % 3], online)
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


def _seed_attendance(session, members, online):
    for position, membership in enumerate(members):
        mode = AttendanceMode.ONLINE if online and position % 2 else AttendanceMode.IN_PERSON
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
