"""On the admin dashboard: the latest evaluations of each network's outcomes, for those who read
the results – every network's for editors, their own network's for coordinators and experts
(SPEC §4, last row: the registry's scope decides, as it does for the evaluations list)."""

from dataclasses import dataclass, field

from django.db.models import Avg, Count, F, Window
from django.db.models.functions import RowNumber, Substr
from django.urls import reverse

from wagtail import hooks
from wagtail.admin.ui.components import Component

from workspaces.registry.models import NetworkPage
from workspaces.registry.scope import registry_networks, registry_records

from .models import Evaluation

LATEST_PER_NETWORK = 3


@dataclass
class NetworkEvaluations:
    network: NetworkPage
    count: int = 0
    usefulness: float | None = None
    transferability: float | None = None
    latest: list = field(default_factory=list)


def _network_prefix(networks):
    """The evaluations annotated with the path of the network above their outcome (network
    pages all sit at one depth, so their paths share one length)."""
    length = len(networks[0].path)
    return Substr("outcome__path", 1, length)


def recent_evaluations(user):
    """One entry per network whose evaluations `user` reads and that has any: how many, the
    average scores, and the latest few. Three queries, however many evaluations exist."""
    networks = list(registry_networks(user).order_by("number"))
    if not networks:
        return []
    evaluations = registry_records(user, Evaluation.objects.all(), "outcome").annotate(
        network_path=_network_prefix(networks)
    )
    by_path = {network.path: NetworkEvaluations(network) for network in networks}
    for row in (
        evaluations.values("network_path")
        .annotate(n=Count("pk"), u=Avg("usefulness"), t=Avg("transferability"))
        .order_by()
    ):
        entry = by_path.get(row["network_path"])
        if entry:
            entry.count, entry.usefulness, entry.transferability = row["n"], row["u"], row["t"]
    latest = evaluations.annotate(
        rank=Window(RowNumber(), partition_by=F("network_path"), order_by=F("updated_at").desc())
    ).filter(rank__lte=LATEST_PER_NETWORK)
    for evaluation in latest.select_related("outcome", "evaluator").order_by("-updated_at"):
        if evaluation.network_path in by_path:
            by_path[evaluation.network_path].latest.append(evaluation)
    return [entry for entry in by_path.values() if entry.count]


class RecentEvaluationsPanel(Component):
    name = "recent_evaluations"
    template_name = "outcomes/admin/recent_evaluations_panel.html"
    order = 130

    def __init__(self, networks):
        self.networks = networks

    def get_context_data(self, parent_context):
        return {
            "networks": self.networks,
            "evaluations_url": reverse("outcomes_evaluation_modeladmin_index"),
        }


@hooks.register("construct_homepage_panels")
def add_recent_evaluations_panel(request, panels):
    networks = recent_evaluations(request.user)
    if networks:
        panels.append(RecentEvaluationsPanel(networks))
