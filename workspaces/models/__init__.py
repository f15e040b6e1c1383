"""Networks as pages, and the registry of towns and people who take part in them."""

from .calendar import CalendarToken
from .documents import PrivateDocument
from .networks import NetworkIndexPage, NetworkPage, OutcomeIndexPage, WorkspacePage, network_of
from .notifications import Notification
from .outcomes import Evaluation, OutcomePage, Promotion
from .registry import (
    Membership,
    MembershipRole,
    Municipality,
    ObserverSubscription,
    Person,
    Position,
    ProgrammeStatus,
    Voivodeship,
)
from .sessions import (
    AttendanceMode,
    Minutes,
    MinutesAmendment,
    MinutesStatus,
    SessionAttendance,
    SessionFormat,
    SessionPage,
)

__all__ = [
    "AttendanceMode",
    "CalendarToken",
    "Evaluation",
    "Notification",
    "PrivateDocument",
    "OutcomePage",
    "Promotion",
    "Minutes",
    "MinutesAmendment",
    "MinutesStatus",
    "SessionAttendance",
    "SessionFormat",
    "SessionPage",
    "Membership",
    "MembershipRole",
    "Municipality",
    "NetworkIndexPage",
    "NetworkPage",
    "ObserverSubscription",
    "OutcomeIndexPage",
    "Person",
    "Position",
    "ProgrammeStatus",
    "Voivodeship",
    "WorkspacePage",
    "network_of",
]
