"""A signed-in person's networks at a glance ("my networks" on the home page): for each network
they take part in, the next sessions they may open, the open feedback requests they may read
and, for its observers, the outcomes they have not evaluated yet; then what happened lately
across all of them (`feed.events`).

Every list is one query across all the person's networks, cut to a few items per network by a
window function, so the cost grows with neither history nor the networks' content. Privacy is
asked once (`feed.reach_of`): pages through `access.visible_pages`, requests through the
discussion rules; roles come from `access.roles_in`.
"""

from dataclasses import dataclass, field

from django.db.models import F, Window
from django.db.models.functions import Length, RowNumber, Substr
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from workspaces.access import policy as access
from workspaces.access.groups import network_group_names
from workspaces.collaboration import rules as discussion_rules
from workspaces.collaboration.models import FeedbackRequest, RequestStatus
from workspaces.outcomes.models import Evaluation, OutcomePage
from workspaces.registry.models import NetworkPage, WorkspacePage
from workspaces.sessions.models import SessionPage

from . import feed

ROLE_LABELS = {
    "coordinator": _("coordinator"),
    "member": _("member"),
    "observer": _("observer"),
}
NEXT_SESSIONS = 3
OPEN_REQUESTS = 5
TO_EVALUATE = 5


@dataclass
class MyNetwork:
    network: NetworkPage
    roles: list
    workspace: WorkspacePage | None = None
    next_sessions: list = field(default_factory=list)
    open_requests: list = field(default_factory=list)
    to_evaluate: list = field(default_factory=list)
    is_observer: bool = False

    @property
    def role_labels(self):
        return [ROLE_LABELS[role] for role in self.roles]


def networks_taken_part_in(user):
    """[(network, roles)] for the live networks where `user` is a member, coordinator (or
    expert) or observer right now, in the programme's order. The user's groups narrow the
    candidates (one query); `access.roles_in` answers for each candidate."""
    if not access.is_signed_in(user):
        return []
    held = set(user.groups.values_list("name", flat=True))
    taking_part = []
    for network in NetworkPage.objects.live().order_by("number", "path"):
        if not held & set(network_group_names(network).values()):
            continue
        roles = access.roles_in(user, network) & ROLE_LABELS.keys()
        if roles:
            taking_part.append((network, sorted(roles)))
    return taking_part


def _parent_path(model):
    """A page's parent's path, to partition pages by the section (workspace, outcome index)
    they sit in – one per network."""
    return Substr("path", 1, Length("path") - model.steplen)


def _first_per(queryset, partition, order_by, count):
    ranked = queryset.annotate(
        rank=Window(RowNumber(), partition_by=[partition], order_by=order_by)
    )
    return ranked.filter(rank__lte=count)


def _next_sessions(reach):
    sessions = (
        SessionPage.objects.live()
        .filter(pk__in=reach.visible, ends_at__gte=timezone.now())
        .filter(reach.under())
        .select_related("host_town")
        .defer_streamfields()
        .defer("minutes")
    )
    order = [F("starts_at").asc(), F("pk").asc()]
    ranked = _first_per(sessions, _parent_path(SessionPage), order, NEXT_SESSIONS)
    return ranked.order_by("starts_at", "pk")


def _open_requests(reach):
    if not reach.readable:
        return []
    requests = (
        FeedbackRequest.objects.filter(
            status=RequestStatus.OPEN, thread__network__in=[n.pk for n in reach.readable]
        )
        .filter(discussion_rules.shown(reach.moderated, via="thread__"))
        .select_related("thread", "project__town")
    )
    order = [F("deadline").asc(nulls_last=True), F("thread__created_at").desc(), F("pk").desc()]
    ranked = _first_per(requests, F("thread__network_id"), order, OPEN_REQUESTS)
    return ranked.order_by(F("deadline").asc(nulls_last=True), "-thread__created_at", "-pk")


def _to_evaluate(user, reach, observed):
    """Outcomes of the networks `user` observes (and so evaluates: `outcomes.rules.
    may_evaluate`) that they may open and have not evaluated yet, newest first."""
    if not observed:
        return []
    evaluated = Evaluation.objects.filter(evaluator_id=user.pk).values("outcome_id")
    outcomes = (
        OutcomePage.objects.live()
        .filter(pk__in=reach.visible)
        .filter(reach.under(observed))
        .exclude(pk__in=evaluated)
        .defer_streamfields()
        .defer("summary", "summary_en")
    )
    order = [F("first_published_at").desc(nulls_last=True), F("pk").desc()]
    ranked = _first_per(outcomes, _parent_path(OutcomePage), order, TO_EVALUATE)
    return ranked.order_by(F("first_published_at").desc(nulls_last=True), "-pk")


def my_networks(user, request=None):
    """{"my_networks": [MyNetwork], "my_activity": [Event]} – empty for someone who takes part
    in no network (and for visitors)."""
    taking_part = networks_taken_part_in(user)
    if not taking_part:
        return {}
    reach = feed.reach_of(user, [network for network, _roles in taking_part])
    mine = {
        network.pk: MyNetwork(network=network, roles=roles, is_observer="observer" in roles)
        for network, roles in taking_part
    }
    if reach.readable:
        workspaces = (
            WorkspacePage.objects.live()
            .filter(pk__in=reach.visible)
            .filter(reach.under(reach.readable))
        )
        for workspace in workspaces:
            mine[reach.network_at(workspace.path).pk].workspace = workspace
    for session in _next_sessions(reach):
        mine[reach.network_at(session.path).pk].next_sessions.append(session)
    for asked in _open_requests(reach):
        mine[asked.thread.network_id].open_requests.append(asked)
    observed = [n for n in reach.networks if mine[n.pk].is_observer]
    for outcome in _to_evaluate(user, reach, observed):
        mine[reach.network_at(outcome.path).pk].to_evaluate.append(outcome)
    activity = feed.events(user, reach.networks, 1, request=request, reach=reach)
    return {"my_networks": list(mine.values()), "my_activity": list(activity.object_list)}
