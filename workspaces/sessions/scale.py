"""Grow the demo's sessions to benchmark size (`manage.py bench`, docs/performance.md).

The demo has seven sessions per network; the benchmark asks what a workspace, a calendar or a
session page costs when the programme has run for years across many networks. New sessions
are real pages under each network's workspace (`add_child`, so tree paths, the inherited
restriction and search index entries are the real thing), one every ten weeks after the
network's last one – some of them still to come – with attendance and a minutes record.
"""

import datetime
import math
import zoneinfo

from django.conf import settings
from django.db import transaction

from workspaces.registry.models import Membership, MembershipRole, Municipality, WorkspacePage

from . import minutes
from .demo import FORMATS, VENUES, attendance_mode
from .models import SessionAttendance, SessionFormat, SessionPage

# Sessions follow each other at this interval (the demo's are about quarterly).
INTERVAL = datetime.timedelta(weeks=10)
FIRST_SESSION = datetime.date(2022, 5, 19)
ATTENDEES = 5


def grow_sessions(total, progress=None):
    """Add sessions, network by network, until there are `total`; returns how many were added.

    Each network gets an equal share (its existing sessions count towards it), so the
    workspaces stay alike; a second run adds only what is missing.
    """
    existing = SessionPage.objects.count()
    workspaces = list(WorkspacePage.objects.order_by("path"))
    if not workspaces or existing >= total:
        return 0
    share = math.ceil(total / len(workspaces))
    towns = list(Municipality.objects.order_by("pk")[:200])
    added = 0
    for workspace in workspaces:
        room = min(share, total - existing - added + _count(workspace)) - _count(workspace)
        if room <= 0:
            continue
        with transaction.atomic():
            added += _add_sessions(workspace, room, towns)
        if progress:
            progress(existing + added, total)
    return added


def _count(workspace):
    return SessionPage.objects.child_of(workspace).count()


def _add_sessions(workspace, count, towns):
    """`count` more sessions of one network, numbered on from its last."""
    last = SessionPage.objects.child_of(workspace).order_by("-number").first()
    number = last.number if last else 0
    day = last.starts_at.date() if last else FIRST_SESSION
    members = list(
        Membership.objects.active()
        .filter(network_id=workspace.get_parent().pk, role=MembershipRole.MEMBER)
        .select_related("person")
        .order_by("pk")[:ATTENDEES]
    )
    for _ in range(count):
        number += 1
        day += INTERVAL
        add_session(workspace, number, day, towns[number % len(towns)] if towns else None, members)
    return count


def add_session(workspace, number, day, town, members):
    """Session `number` of the workspace's network on `day`: a real page with its attendance
    and a draft minutes record (which the page would otherwise create on first view)."""
    session_format = FORMATS[number % len(FORMATS)]
    in_person = session_format != SessionFormat.ONLINE
    starts_at = datetime.datetime.combine(
        day, datetime.time(10), tzinfo=zoneinfo.ZoneInfo(settings.TIME_ZONE)
    )
    session = SessionPage(
        slug=f"sesja-{number}",
        title=f"Sesja {number}",
        title_en=f"Session {number}",
        topic=f"Spotkanie robocze nr {number}",
        topic_en=f"Working meeting no. {number}",
        number=number,
        starts_at=starts_at,
        ends_at=starts_at + datetime.timedelta(hours=5),
        format=session_format,
        host_town=town if in_person else None,
        venue=VENUES[number % len(VENUES)] if in_person and town else "",
        online_link=(
            f"https://spotkania.example.org/siec-{workspace.pk}-{number}"
            if session_format != SessionFormat.IN_PERSON
            else ""
        ),
        minutes="<p>Uczestnicy omówili projekty miast i uzgodnili rekomendacje.</p>",
        first_published_at=starts_at - datetime.timedelta(days=28),
    )
    workspace.add_child(instance=session)
    for position, membership in enumerate(members):
        SessionAttendance.objects.create(
            session=session,
            person=membership.person,
            mode=attendance_mode(session_format, position),
        )
    minutes.minutes_record(session)
    return session
