"""Networks as pages, and the registry of towns and people who take part in them."""

from .networks import NetworkIndexPage, NetworkPage, OutcomeIndexPage, WorkspacePage
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

__all__ = [
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
]
