"""Who evaluates an outcome (the access core decides who reads it)."""

from workspaces.access import policy as access
from workspaces.registry.models import network_of


def may_evaluate(user, outcome):
    """The observers of the outcome's network evaluate it (SPEC §4: observers "read +
    evaluate"; members "read"; coordinators and editors read the results). Someone who also
    holds another role in the network evaluates as its observer."""
    return "observer" in access.roles_in(user, network_of(outcome))
