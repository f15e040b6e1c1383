"""The Association's report on one network: sessions held and who came from which town, the
outcomes and how observers rated them, and the practices and transfers of the network's towns.

The activity room sits above every feature, so it reads them all; each section is one query,
so the report costs the same for a network with three sessions or three hundred. Who may read
a network's report is the registry's scope (`registry_networks`: editors every network,
coordinators and experts their own) – asked by the views, not here.

"The network's towns" are the towns that hold or held a member's seat in it (ended seats are
history, and so are their practices). A transfer belongs to the report when the adopting town
is one of them or the practice it adopts is theirs.
"""

from dataclasses import dataclass, field

from django.db.models import Avg, Count, Q
from django.utils import timezone
from django.utils.translation import gettext as _

from practices.models import PracticePage, Transfer, TransferStage
from workspaces.access import policy as access
from workspaces.outcomes.models import OutcomePage
from workspaces.registry.models import Membership, MembershipRole, NetworkPage
from workspaces.sessions.models import SessionAttendance, SessionPage


@dataclass
class TownAttendance:
    town: str
    attendances: int
    sessions: int


@dataclass
class OutcomeResult:
    outcome: OutcomePage
    evaluations: int
    usefulness: float | None
    transferability: float | None


@dataclass
class NetworkReport:
    network: NetworkPage
    sessions: list = field(default_factory=list)
    attendance: list = field(default_factory=list)
    outcomes: list = field(default_factory=list)
    practices: list = field(default_factory=list)
    transfers: list = field(default_factory=list)

    @property
    def attendances(self):
        return sum(row.attendances for row in self.attendance)

    @property
    def evaluations(self):
        return sum(row.evaluations for row in self.outcomes)

    def average(self, score):
        """The average of every evaluation of the network's outcomes (not of the outcomes'
        averages, which would weigh an outcome rated once like one rated fifty times)."""
        rated = [row for row in self.outcomes if row.evaluations]
        if not rated:
            return None
        total = sum(getattr(row, score) * row.evaluations for row in rated)
        return total / self.evaluations

    @property
    def average_usefulness(self):
        return self.average("usefulness")

    @property
    def average_transferability(self):
        return self.average("transferability")

    @property
    def transfers_by_stage(self):
        counts = dict.fromkeys(TransferStage.values, 0)
        for transfer in self.transfers:
            counts[transfer.stage] += 1
        return [(TransferStage(stage).label, n) for stage, n in counts.items()]


def held_sessions(network):
    """The network's published sessions that have ended."""
    return SessionPage.objects.live().filter(
        path__startswith=network.path, ends_at__lt=timezone.now()
    )


def sessions_with_attendees(sessions):
    annotated = sessions.annotate(attendees=Count("attendance")).defer_streamfields()
    return list(annotated.order_by("starts_at"))


def attendance_by_town(sessions):
    """For each town, how many attendances its people gave and at how many sessions."""
    rows = (
        SessionAttendance.objects.filter(session__in=sessions.values("pk"))
        .values("person__municipality__name")
        .annotate(attendances=Count("pk"), sessions=Count("session", distinct=True))
        .order_by("person__municipality__name")
    )
    return [
        TownAttendance(row["person__municipality__name"] or "", row["attendances"], row["sessions"])
        for row in rows
    ]


def outcome_results(network):
    outcomes = (
        OutcomePage.objects.live()
        .filter(path__startswith=network.path)
        .defer_streamfields()
        .annotate(
            n=Count("evaluations"),
            u=Avg("evaluations__usefulness"),
            t=Avg("evaluations__transferability"),
        )
        .order_by("first_published_at", "pk")
    )
    return [OutcomeResult(o, o.n, o.u, o.t) for o in outcomes]


def network_towns(network):
    seats = Membership.objects.filter(network=network, role=MembershipRole.MEMBER)
    return seats.exclude(municipality=None).values("municipality_id")


def town_practices(user, towns):
    """The towns' practices the reader may name (access.admin_pages: live ones)."""
    practices = access.admin_pages(user, PracticePage.objects.live())
    practices = practices.filter(town_id__in=towns).select_related("town")
    return practices.defer_streamfields().order_by("town__name", "title")


def town_transfers(user, towns):
    """Transfers from or to the towns, of practices the reader may name: a draft or a practice
    in moderation stays unnamed in the admin (access.admin_pages)."""
    nameable = access.admin_pages(user, PracticePage.objects.all()).values("pk")
    transfers = Transfer.objects.filter(Q(town_id__in=towns) | Q(practice__town_id__in=towns))
    return (
        transfers.filter(practice__in=nameable)
        .select_related("practice__town", "town")
        .order_by("practice__title", "town__name")
    )


def network_report(network, user):
    """Everything the report shows `user`, in a fixed number of queries."""
    held = held_sessions(network)
    towns = network_towns(network)
    return NetworkReport(
        network=network,
        sessions=sessions_with_attendees(held),
        attendance=attendance_by_town(held),
        outcomes=outcome_results(network),
        practices=list(town_practices(user, towns)),
        transfers=list(town_transfers(user, towns)),
    )


def stage_date(transfer):
    """The day the transfer reached the stage it stands at."""
    return getattr(transfer, f"{transfer.stage}_on", None)


# --- the same report as a spreadsheet ------------------------------------------------------


def _number(value, digits=2):
    return round(value, digits) if value is not None else ""


def _date(value):
    return value.isoformat() if value else ""


def _summary_rows(report):
    return [
        [_("Network"), f"{report.network.number}. {report.network.title}"],
        [_("Sessions held"), len(report.sessions)],
        [_("Attendances"), report.attendances],
        [_("Outcomes"), len(report.outcomes)],
        [_("Evaluations"), report.evaluations],
        [_("Average usefulness"), _number(report.average_usefulness)],
        [_("Average transferability"), _number(report.average_transferability)],
        [_("Practices of the network's towns"), len(report.practices)],
        *[
            [_("Transfers: %(stage)s") % {"stage": label}, n]
            for label, n in report.transfers_by_stage
        ],
    ]


def _section_rows(report):
    yield [_("Sessions held")]
    yield [_("Number"), _("Session"), _("Date"), _("Attendees")]
    for session in report.sessions:
        starts = timezone.localtime(session.starts_at).date()
        yield [session.number, session.title, starts.isoformat(), session.attendees]
    yield []
    yield [_("Attendance per town")]
    yield [_("Town"), _("Attendances"), _("Sessions attended")]
    for row in report.attendance:
        yield [row.town, row.attendances, row.sessions]
    yield []
    yield [_("Outcomes")]
    yield [_("Outcome"), _("Evaluations"), _("Average usefulness"), _("Average transferability")]
    for row in report.outcomes:
        yield [
            row.outcome.title,
            row.evaluations,
            _number(row.usefulness),
            _number(row.transferability),
        ]
    yield []
    yield [_("Practices of the network's towns")]
    yield [_("Practice"), _("Town")]
    for practice in report.practices:
        yield [practice.title, practice.town.name]
    yield []
    yield [_("Transfers")]
    yield [_("Practice"), _("Town of the practice"), _("Adopting town"), _("Stage"), _("Since")]
    for transfer in report.transfers:
        yield [
            transfer.practice.title,
            transfer.practice.town.name,
            transfer.town.name,
            transfer.get_stage_display(),
            _date(stage_date(transfer)),
        ]


def report_rows(report):
    """The report as one sheet: the summary, then each section under its own heading. Cells
    hold what people typed (titles, town names); `home.spreadsheets` writes them safely."""
    return [*_summary_rows(report), [], *_section_rows(report)]
