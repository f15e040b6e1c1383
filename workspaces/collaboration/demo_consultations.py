"""Demo feedback requests and shared documents.

Two towns ask their network about a grant project: Krosno (MIASTO CYFROWE) about online fault
reports – answered, with a helpful answer marked – and a town of MIASTO OBYWATELI about its
participatory budget, still open. MIASTO CYFROWE shares a session timetable and a second
version of it. Written through the room's services, with e-mails switched off; loading twice
adds nothing.
"""

import datetime
import zoneinfo

from django.conf import settings
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import transaction

from workspaces.notifications import outbox
from workspaces.registry.models import Membership, MembershipRole

from . import documents, feedback, services
from .demo import backdate_thread
from .models import DocumentVersion, FeedbackRequest, Project, RequestStatus, SharedDocument

KROSNO_PROJECT = "Zgłoszenia awarii przez internet"
CIVIC_PROJECT = "Budżet obywatelski bez papieru"
TIMETABLE = "Harmonogram wdrożenia e-usług"


def _seats(network):
    return (
        Membership.objects.in_force()
        .filter(network=network)
        .select_related("person__user", "municipality")
        .order_by("person__user__username")
    )


def _member_of(network, exclude=()):
    for seat in _seats(network).filter(role=MembershipRole.MEMBER):
        if seat.person.user.username not in exclude and seat.municipality_id:
            return seat
    raise LookupError(f"network {network.number} has no member for the demo consultations")


def _runner_of(network):
    return _seats(network).exclude(role=MembershipRole.MEMBER).first().person.user


def seed_consultations(network):
    if network.number == 1:
        _seed_krosno(network)
        _seed_timetable(network)
    elif network.number == 3:
        _seed_civic_budget(network)


def _exists(network, title):
    return FeedbackRequest.objects.filter(thread__network=network, project__title=title).exists()


def _seed_krosno(network):
    if _exists(network, KROSNO_PROJECT):
        return
    seat = _seats(network).get(person__user__username="member")
    asker, runner = seat.person.user, _runner_of(network)
    colleague = _member_of(network, exclude={"member"}).person.user
    with transaction.atomic(), outbox.suppressed():
        asked = feedback.request_feedback(
            asker,
            network,
            town=seat.municipality,
            project_title=KROSNO_PROJECT,
            goal=(
                "Mieszkańcy zgłaszają przez stronę miasta uszkodzone latarnie, dziury w "
                "chodnikach i przepełnione kosze, a zgłoszenie trafia od razu do właściwego "
                "wydziału i wraca do zgłaszającego z informacją, co zrobiono."
            ),
            question=(
                "Wybieramy system zgłoszeń finansowany z grantu. Czy u was zgłoszenia wymagają "
                "założenia konta, czy wystarczy adres e-mail? Obawiamy się, że rejestracja "
                "zniechęci starszych mieszkańców."
            ),
            stage="preparation",
            budget=180000,
            is_ldp_grant=True,
        )
        thread = asked.thread
        opening = thread.posts.get()
        helpful = services.reply(
            colleague,
            thread,
            "U nas wystarczy e-mail i zdjęcie. Konto jest dobrowolne – zakłada je mniej więcej "
            "co piąty zgłaszający, głównie po to, żeby widzieć historię swoich zgłoszeń.",
        )
        added = services.reply(
            runner,
            thread,
            "Dodam z doświadczeń innych miast: warto od początku umożliwić zgłoszenie "
            "telefoniczne, które urzędnik wpisuje do tego samego systemu. Wtedy nikt nie "
            "zostaje z boku, a statystyki są pełne.",
        )
        thanks = services.reply(
            asker,
            thread,
            "Dziękuję, to rozwiewa nasze wątpliwości. Rezygnujemy z obowiązkowego konta.",
        )
        feedback.mark_helpful(asker, asked, helpful)
        feedback.set_status(asker, asked, RequestStatus.ANSWERED)
        _date_in_spring_2023(asked, [opening, helpful, added, thanks])


def _date_in_spring_2023(asked, posts):
    """Krosno asked before choosing its supplier in April 2023; the answers came within days."""
    warsaw = zoneinfo.ZoneInfo(settings.TIME_ZONE)
    moment = datetime.datetime(2023, 4, 3, 9, 40, tzinfo=warsaw)
    written = []
    for post, hours_later in zip(posts, (0, 26, 5, 19), strict=True):
        moment += datetime.timedelta(hours=hours_later)
        written.append((post, moment))
    backdate_thread(asked.thread, written)
    Project.objects.filter(pk=asked.project_id).update(created_at=written[0][1])


def _seed_civic_budget(network):
    if _exists(network, CIVIC_PROJECT):
        return
    seat = _member_of(network)
    with transaction.atomic(), outbox.suppressed():
        feedback.request_feedback(
            seat.person.user,
            network,
            town=seat.municipality,
            project_title=CIVIC_PROJECT,
            goal=(
                "Głosowanie w budżecie obywatelskim wyłącznie przez internet, z punktami pomocy "
                "w bibliotekach dla osób, które nie mają komputera."
            ),
            question=(
                "Jak sprawdzacie, że głosuje mieszkaniec, a nie ktoś spoza miasta? Rozważamy "
                "weryfikację numerem PESEL, ale boimy się, że odstraszy część głosujących."
            ),
            stage="idea",
            is_ldp_grant=False,
            deadline=datetime.date(2026, 12, 31),
        )


TIMETABLE_V1 = (
    "etap;termin;odpowiada\n"
    "wybór dostawcy;2023-03-31;Wydział Informatyki\n"
    "szkolenie urzędników;2023-05-15;Sekretarz\n"
    "uruchomienie;2023-06-30;Wydział Informatyki\n"
)
TIMETABLE_V2 = TIMETABLE_V1.replace("2023-06-30", "2023-09-01") + (
    "kampania informacyjna;2023-09-15;Biuro Promocji\n"
)


def _seed_timetable(network):
    if SharedDocument.objects.filter(network=network, title=TIMETABLE).exists():
        return
    uploader = _seats(network).get(person__user__username="member").person.user
    shared = documents.upload(
        uploader,
        network,
        SimpleUploadedFile("harmonogram.csv", TIMETABLE_V1.encode(), content_type="text/csv"),
        title=TIMETABLE,
    )
    documents.replace(
        uploader,
        shared,
        SimpleUploadedFile("harmonogram-v2.csv", TIMETABLE_V2.encode(), content_type="text/csv"),
    )
    _date_timetable(shared)


def _date_timetable(shared):
    """Shared before the supplier was chosen, revised when the launch moved to September."""
    warsaw = zoneinfo.ZoneInfo(settings.TIME_ZONE)
    first = datetime.datetime(2023, 2, 20, 14, 5, tzinfo=warsaw)
    second = datetime.datetime(2023, 6, 12, 8, 50, tzinfo=warsaw)
    for version in shared.versions.select_related("document"):
        at = first if version.number == 1 else second
        DocumentVersion.objects.filter(pk=version.pk).update(uploaded_at=at)
        type(version.document).objects.filter(pk=version.document_id).update(created_at=at)
    SharedDocument.objects.filter(pk=shared.pk).update(created_at=first, updated_at=second)
