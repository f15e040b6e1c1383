"""The networks (as pages) and the records of who takes part in them."""

from .networks import (
    NetworkIndexPage,
    NetworkPage,
    NetworkSectionPage,
    WorkspacePage,
    network_of,
)
from .records import (
    RUNNING_ROLES,
    Membership,
    MembershipRole,
    Municipality,
    ObserverSubscription,
    Period,
    Person,
    Position,
    ProgrammeStatus,
    Voivodeship,
    in_force_q,
)

__all__ = [
    "RUNNING_ROLES",
    "Membership",
    "MembershipRole",
    "Municipality",
    "NetworkIndexPage",
    "NetworkPage",
    "NetworkSectionPage",
    "ObserverSubscription",
    "Period",
    "Person",
    "Position",
    "ProgrammeStatus",
    "Voivodeship",
    "WorkspacePage",
    "in_force_q",
    "network_of",
]
