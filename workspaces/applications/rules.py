"""Who may apply for what, and who decides. Reading applications in the admin is the
registry's scope (`workspaces.registry.scope`); these are the rules beyond reading."""

from django.utils.translation import gettext as _

from workspaces.access import policy
from workspaces.registry.models.records import LEADER_POSITIONS

from .models import Application, ApplicationKind


def may_decide(user, application):
    """Editors decide on every application; a network's coordinators and experts on their own
    network's only (SPEC §4, last row)."""
    return policy.can_manage_network(user, application.network)


def may_apply(user, network):
    """Anyone may apply to a network in which they hold no role yet."""
    return not policy.roles_in(user, network)


def refusals(networks, kind, position, email, user=None):
    """{field: [messages]} of what SPEC §1 forbids for an application to these networks: the
    leaders network takes no observers and only mayors, presidents and deputies; a pending
    application to the same network from the same address is not filed twice; a signed-in
    person does not apply to a network they already take part in."""
    problems = {}
    for network in networks:
        for field, message in _refusals_for(network, kind, position, email, user):
            problems.setdefault(field, []).append(message)
    return problems


def _refusals_for(network, kind, position, email, user):
    name = network.display_title
    if user is not None and not may_apply(user, network):
        yield ("networks", _("You already take part in %(network)s.") % {"network": name})
    if network.is_leaders_network and kind == ApplicationKind.OBSERVER:
        yield (
            "kind",
            _("%(network)s is closed: it has no observers.") % {"network": name},
        )
    elif network.is_leaders_network and position not in LEADER_POSITIONS:
        yield (
            "position",
            _(
                "Only mayors, city presidents and their deputies may join %(network)s."
            ) % {"network": name},
        )  # fmt: skip
    if email and _is_pending(network, email):
        yield (
            "networks",
            _(
                "An application from this address to %(network)s is already waiting for a "
                "decision."
            ) % {"network": name},
        )  # fmt: skip


def _is_pending(network, email):
    return Application.objects.pending().filter(network=network, email__iexact=email).exists()
