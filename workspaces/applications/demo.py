"""Demo content of the applications room: the "How to join" page with its form, and a few
applications – two waiting for a decision, one approved, one rejected. Idempotent: each
application is found by its address and network."""

import datetime

from django.contrib.contenttypes.models import ContentType
from django.db import transaction
from django.utils import timezone

from wagtail.models import ModelLogEntry, PageLogEntry

from home.models import ContentPage
from workspaces.notifications import outbox
from workspaces.registry.models import Membership, Municipality, Position, Voivodeship

from . import decisions
from .models import Application, ApplicationKind, ApplicationStatus, JoinPage

SLUG = "jak-dolaczyc"
# Written so that it does not outrank the network landings in a search for "miasto": one
# mention of towns, as the plain page it replaces had.
INTRO_PL = (
    "<p>Miasta mogą dołączyć do sieci na dwa sposoby:</p>"
    "<ul><li><b>jako członek sieci</b> – przedstawiciel samorządu bierze udział w spotkaniach, "
    "dyskusjach i konsultacjach projektów;</li>"
    "<li><b>jako OBSERWATOR</b> – samorząd jako pierwszy poznaje rezultaty prac sieci i je "
    "ocenia, bez udziału w przestrzeni roboczej.</li></ul>"
    "<p>Sieć liderów jest zamknięta: należą do niej wyłącznie burmistrzowie, prezydenci i ich "
    "zastępcy; nie ma w niej obserwatorów. Zgłoszenia rozpatruje biuro programu EMPIRIE, "
    "a o decyzji informujemy e-mailem.</p>"
)
INTRO_EN = (
    "<p>The experience exchange networks are for towns that want to learn from others and "
    "share their own projects. You can put your town forward in two ways:</p>"
    "<ul><li><b>as a network member</b> – the town's representative takes part in the "
    "sessions, discussions and project consultations;</li>"
    "<li><b>as an OBSERVER</b> – the town is the first to hear about the network's outcomes "
    "and evaluates them, without joining the workspace.</li></ul>"
    "<p>The leaders network is closed: only mayors, city presidents and their deputies belong "
    "to it, and it has no observers. The Association of Polish Cities' staff decide on the "
    "applications; we will tell you the decision by e-mail.</p>"
)


def seed_join_page(home):
    """The "How to join" page, replacing the plain content page that held its text before."""
    page = JoinPage.objects.child_of(home).filter(slug=SLUG).first()
    if page is not None:
        return page
    old = ContentPage.objects.child_of(home).filter(slug=SLUG).first()
    if old is not None:
        old.delete()
    page = JoinPage(
        slug=SLUG,
        title="Jak dołączyć",
        title_en="How to join",
        intro=INTRO_PL,
        intro_en=INTRO_EN,
        show_in_menus=True,
    )
    home.add_child(instance=page)
    opened = datetime.datetime(2022, 4, 1, 9, tzinfo=datetime.UTC)  # with the programme
    PageLogEntry.objects.filter(page=page, action="wagtail.create").update(timestamp=opened)
    return page


MOTIVATION_DIGITAL = (
    "Wdrażamy e-usługi dla mieszkańców i chcemy poznać doświadczenia miast, które zrobiły to "
    "przed nami, zwłaszcza przy cyfryzacji obsługi podatków lokalnych."
)
MOTIVATION_CIVIC = (
    "Przygotowujemy pierwszy budżet obywatelski i chcemy jako obserwator poznać rekomendacje "
    "sieci dotyczące konsultacji społecznych."
)
MOTIVATION_FINANCE = (
    "Szukamy sposobów finansowania inwestycji z funduszy zewnętrznych i chcemy wymieniać się "
    "doświadczeniami z innymi miastami."
)
MOTIVATION_GREEN = (
    "Opracowujemy plan adaptacji do zmian klimatu i chcemy skorzystać z doświadczeń miast, "
    "które już zazieleniły swoje centra."
)


def _at(year, month, day, hour=10):
    return datetime.datetime(year, month, day, hour, tzinfo=datetime.UTC)


# When the demo applications were filed and decided, in the programme's time. The rejected one
# is the exception: rejected applications are deleted after a retention period
# (`purge_rejected_applications`), so one still on record was decided days ago.
WOLOW_FILED = _at(2024, 11, 18)
KUTNO_FILED = _at(2024, 11, 25, 14)
NYSA_FILED, NYSA_APPROVED = _at(2023, 1, 9), _at(2023, 1, 19, 12)
RUMIA_FILED_DAYS_AGO, RUMIA_REJECTED_DAYS_AGO = 10, 3


def _application(network, email, **fields):
    existing = Application.objects.filter(network=network, email=email).first()
    return existing or Application.objects.create(network=network, email=email, **fields)


def seed_applications(networks, editor):
    digital, finance, civic, green = networks[1], networks[2], networks[3], networks[6]
    towns = {town.name: town for town in Municipality.objects.all()}
    _application(
        digital, "k.lis@wolow.example.org", kind=ApplicationKind.MEMBER,
        town_name="Wołów", voivodeship=Voivodeship.DOLNOSLASKIE,
        first_name="Katarzyna", last_name="Lis", position=Position.STAFF,
        motivation=MOTIVATION_DIGITAL,
    )  # fmt: skip
    _application(
        civic, "m.sowa@kutno.example.org", kind=ApplicationKind.OBSERVER,
        town_name="Kutno", voivodeship=Voivodeship.LODZKIE,
        first_name="Michał", last_name="Sowa", position=Position.STAFF,
        motivation=MOTIVATION_CIVIC,
    )  # fmt: skip
    approved = _application(
        finance, "j.kowal@nysa.example.org", kind=ApplicationKind.MEMBER,
        municipality=towns.get("Nysa"), first_name="Jan", last_name="Kowal",
        position=Position.STAFF, motivation=MOTIVATION_FINANCE,
    )  # fmt: skip
    rejected = _application(
        green, "a.bak@rumia.example.org", kind=ApplicationKind.MEMBER,
        municipality=towns.get("Rumia"), first_name="Alicja", last_name="Bąk",
        position=Position.STAFF, motivation=MOTIVATION_GREEN,
    )  # fmt: skip
    with transaction.atomic(), outbox.suppressed():  # made-up addresses: nobody is mailed
        if approved.is_pending:
            decisions.approve(approved, by=editor)
        if rejected.is_pending:
            Application.objects.filter(pk=rejected.pk).update(
                status=ApplicationStatus.REJECTED,
                decided_by=editor,
                decided_at=timezone.now() - datetime.timedelta(days=RUMIA_REJECTED_DAYS_AGO),
                rejection_reason=(
                    "Rumia jest już reprezentowana w tej sieci; zapraszamy do zgłoszenia "
                    "w kolejnej edycji programu."
                ),
            )
    _date_applications(approved, rejected)


def _date_applications(approved, rejected):
    """Filing and decision dates as the story has them (an application is stamped when it is
    saved, a decision when it is taken)."""
    Application.objects.filter(email="k.lis@wolow.example.org").update(created_at=WOLOW_FILED)
    Application.objects.filter(email="m.sowa@kutno.example.org").update(created_at=KUTNO_FILED)
    Application.objects.filter(pk=approved.pk).update(
        created_at=NYSA_FILED, decided_at=NYSA_APPROVED
    )
    approved.refresh_from_db()
    for model, pk in ((Application, approved.pk), (Membership, approved.membership_id)):
        ModelLogEntry.objects.filter(
            content_type=ContentType.objects.get_for_model(model), object_id=str(pk)
        ).update(timestamp=NYSA_APPROVED)
    Membership.objects.filter(pk=approved.membership_id).update(started_on=NYSA_APPROVED.date())
    rejected_filed = timezone.now() - datetime.timedelta(days=RUMIA_FILED_DAYS_AGO)
    Application.objects.filter(pk=rejected.pk).update(created_at=rejected_filed)
