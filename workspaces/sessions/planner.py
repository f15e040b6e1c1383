"""The quarterly cycle: plan a network's next sessions in one action, and list its sessions.

Planned sessions continue the network's numbering, fall every few months on the same weekday
of the month, and copy the agenda skeleton of the latest session so coordinators start from
what worked last time.

The first date lies within the programme: not before 2022, when the networks' first sessions
were held (a date before it is a typo, such as 2020 for 2022), and at most two years from today
– the planner plans a year's cycle at a time (at most twelve sessions, usually four a quarter
apart), so a first session further away is a mistyped year rather than a plan.
"""

import datetime
import zoneinfo

from django.conf import settings
from django.core.cache import cache
from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.db.models import Max
from django.utils import timezone
from django.utils.text import slugify
from django.utils.translation import gettext as _

from workspaces.access import generations
from workspaces.access import policy as access
from workspaces.registry import roster
from workspaces.registry.models import WorkspacePage

from .models import SessionPage

PROGRAMME_START = datetime.date(2022, 1, 1)
YEARS_AHEAD = 2


def add_months(day, months):
    """The same day `months` later, clamped to the month's end (31 Jan + 1 → 28/29 Feb)."""
    month_index = day.month - 1 + months
    year, month = day.year + month_index // 12, month_index % 12 + 1
    next_month_first = datetime.date(year + month // 12, month % 12 + 1, 1)
    return datetime.date(year, month, min(day.day, (next_month_first - datetime.timedelta(1)).day))


def first_date_bounds(today=None):
    """(earliest, latest) first date a coordinator may plan from."""
    today = today or timezone.localdate()
    return PROGRAMME_START, add_months(today, 12 * YEARS_AHEAD)


def _agenda_skeleton(workspace):
    """The latest session's agenda items, without times filled in for a different day."""
    latest = SessionPage.objects.child_of(workspace).order_by("-starts_at").first()
    return latest.agenda.raw_data if latest else []


def plan_sessions(
    workspace,
    user,
    *,
    count,
    first_date,
    start_time,
    duration_hours,
    months_between,
    format,
    host_town=None,
    venue="",
    online_link="",
):
    """Create `count` live session pages under the workspace, each with the given format and
    place (host town, venue, online link – the place of each can be changed later); returns
    them in date order."""
    network = workspace.get_parent().specific
    if not access.can_manage_network(user, network):
        raise PermissionDenied(_("Only the network's coordinators and editors plan sessions."))
    warsaw = zoneinfo.ZoneInfo(settings.TIME_ZONE)
    agenda = _agenda_skeleton(workspace)
    planned = []
    with transaction.atomic():
        workspace = WorkspacePage.objects.select_for_update().get(pk=workspace.pk)
        last_number = SessionPage.objects.child_of(workspace).aggregate(n=Max("number"))["n"] or 0
        for offset in range(count):
            number = last_number + offset + 1
            day = add_months(first_date, offset * months_between)
            starts_at = datetime.datetime.combine(day, start_time, tzinfo=warsaw)
            session = SessionPage(
                title=_("Session %(number)d") % {"number": number},
                title_en=f"Session {number}",
                slug=_unique_slug(workspace, number),
                number=number,
                starts_at=starts_at,
                ends_at=starts_at + datetime.timedelta(hours=duration_hours),
                format=format,
                host_town=host_town,
                venue=venue,
                online_link=online_link,
                agenda=agenda,
                owner=user,
            )
            workspace.add_child(instance=session)
            session.save_revision(user=user, log_action=True).publish(user=user)
            planned.append(session)
    return planned


def _unique_slug(workspace, number):
    base = slugify(f"sesja-{number}")
    slug, suffix = base, 2
    while SessionPage.objects.child_of(workspace).filter(slug=slug).exists():
        slug, suffix = f"{base}-{suffix}", suffix + 1
    return slug


def next_first_date(workspace, months_between=3):
    """Where a new cycle starts: a quarter after the latest session, but never in the past –
    a month from today if that quarter is already behind us (or there is no session yet)."""
    soonest = add_months(timezone.localdate(), 1)
    latest = SessionPage.objects.child_of(workspace).order_by("-starts_at").first()
    if latest is None:
        return soonest
    return max(soonest, add_months(timezone.localtime(latest.starts_at).date(), months_between))


def session_calendar(user, workspace, network):
    """The network's sessions that `user` may open, split into upcoming and past."""
    sessions = _visible_sessions(user, workspace)
    now = timezone.now()
    return {
        "upcoming_sessions": [s for s in sessions if s.ends_at >= now],
        "past_sessions": [s for s in reversed(sessions) if s.ends_at < now],
        "can_manage": access.can_manage_network(user, network),
    }


def _visible_sessions(user, workspace):
    """The workspace's live sessions `user` may open, oldest first – the same on every visit
    until a session (a page) or a host town changes, so kept in the cache per reader under the
    page tree's, the reader's and the registry's stamps (`access.generations`)."""
    if workspace.pk is None:
        return []
    stamps = f"{generations.reader_stamps(user)}.{generations.current(roster.ROSTER_STAMP)}"
    key = f"session-calendar:{workspace.pk}:{stamps}"
    sessions = cache.get(key)
    if sessions is None:
        sessions = list(
            access.visible_pages(user, SessionPage.objects.child_of(workspace).live())
            .select_related("host_town")
            .defer_streamfields()
            .order_by("starts_at")
        )
        cache.set(key, sessions, generations.VALUE_TIMEOUT)
    return sessions
