"""The sessions room's panels on a signed-in person's home page (`home.page_context`): their
next sessions, and minutes circulated for reading and amendments. For the people who run a
network the same query finds what waits for them – minutes to write and circulate, minutes to
approve – which the activity room shows in "Waiting for you" (`sessions_of`).

One query answers all of it, however many sessions there are: each session of the reader's
workspaces falls in at most one category, a window function keeps the first few of each and
counts the rest. Which sessions the reader may open comes from the access core, once per
request (`registry.home_panels.reader`).
"""

from dataclasses import dataclass

from django.db.models import Case, Count, Exists, F, OuterRef, Q, Value, When, Window
from django.db.models.functions import RowNumber
from django.utils import timezone

from home.models import HomePage
from home.page_context import Panel, contributes_to
from workspaces.registry import home_panels as registry_home

from .models import MinutesStatus, SessionAttendance, SessionPage

SHOWN = 5
NEXT = "next"  # starts in the future (or is under way)
TO_READ = "to_read"  # minutes circulated in a network the reader takes part in
TO_APPROVE = "to_approve"  # … in a network the reader runs
TO_CIRCULATE = "to_circulate"  # held, minutes still a draft, in a network the reader runs
CATEGORIES = (NEXT, TO_READ, TO_APPROVE, TO_CIRCULATE)


@dataclass(frozen=True)
class Listed:
    """The first few sessions of a category, and how many there are in all."""

    items: list
    total: int = 0

    @property
    def more(self):
        return self.total - len(self.items)


def _category(reader, now):
    circulated = Q(minutes_record__status=MinutesStatus.CIRCULATED)
    in_run = reader.under(reader.run_seats)
    draft = Q(minutes_record__isnull=True) | Q(minutes_record__status=MinutesStatus.DRAFT)
    return Case(
        When(ends_at__gte=now, then=Value(NEXT)),
        When(circulated & in_run, then=Value(TO_APPROVE)),
        When(circulated, then=Value(TO_READ)),
        When(draft & in_run, then=Value(TO_CIRCULATE)),
        default=Value(""),
    )


def _query(reader):
    now = timezone.now()
    attended = SessionAttendance.objects.filter(
        session_id=OuterRef("pk"), person__user_id=reader.user.pk
    )
    sessions = (
        SessionPage.objects.live()
        .filter(pk__in=reader.visible)
        .filter(reader.under(reader.workspace_seats))
        .annotate(category=_category(reader, now), attended=Exists(attended))
        .exclude(category="")
    )
    # Soonest first for what is coming; longest waiting first for what is to be done.
    waiting_since = Case(
        When(minutes_record__circulated_at__isnull=False, then=F("minutes_record__circulated_at")),
        default=F("ends_at"),
    )
    sort = Case(When(category=NEXT, then=F("starts_at")), default=waiting_since)
    ranked = sessions.annotate(
        rank=Window(RowNumber(), partition_by=[F("category")], order_by=[sort.asc(), F("pk")]),
        total=Window(Count("pk"), partition_by=[F("category")]),
        sort_key=sort,
    )
    return (
        ranked.filter(rank__lte=SHOWN)
        .select_related("host_town", "minutes_record")
        .defer_streamfields()
        .defer("minutes")
        .order_by("sort_key", "pk")
    )


def sessions_of(reader):
    """{category: Listed} for the reader's workspaces, each session with `.network`; asked
    once per request whichever panel needs it first."""
    if "sessions" not in reader.memo:
        found = {category: [] for category in CATEGORIES}
        totals = dict.fromkeys(CATEGORIES, 0)
        if reader.workspace_seats:
            for session in _query(reader):
                session.network = reader.seat_at(session.path).network
                found[session.category].append(session)
                totals[session.category] = session.total
        reader.memo["sessions"] = {c: Listed(found[c], totals[c]) for c in CATEGORIES}
    return reader.memo["sessions"]


@contributes_to(HomePage)
def my_sessions(page, request):
    """For members, coordinators and experts: the next sessions of their networks, with a way
    to their calendar, and the minutes they are asked to read (and, as attendees, to amend)."""
    reader = registry_home.reader(request)
    if reader is None or not reader.workspace_seats:
        return {}
    sessions = sessions_of(reader)
    panels = [Panel(20, "sessions/includes/home_next_sessions.html")]
    # Minutes of a network the reader runs wait for their approval ("Waiting for you"), not
    # for their reading: the panel is for the networks they take part in without running.
    if any(not seat.runs for seat in reader.workspace_seats):
        panels.append(Panel(30, "sessions/includes/home_minutes.html"))
    return {
        "my_next_sessions": sessions[NEXT],
        "minutes_to_read": sessions[TO_READ],
        "panels": panels,
    }
