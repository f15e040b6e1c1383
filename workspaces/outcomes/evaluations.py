"""The network's observers judge an outcome (usefulness, transferability, a comment); its
coordinators and editors read the results. Who may do which is `rules.may_evaluate` and
`access.can_manage_network`."""

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.db.models import Avg, Count
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy as _lazy

from wagtail import hooks
from wagtail.log_actions import log

from home.previews import related_ids
from workspaces.access import policy as access
from workspaces.access.models import is_promoted
from workspaces.registry.models import network_of
from workspaces.sessions.models import SessionPage

from . import rules
from .forms import EvaluationForm
from .models import Evaluation

SCORES = range(1, 6)
BAR_MAX_WIDTH = 220  # pixels in the chart's 340-wide viewBox, leaving room for the labels

# Audit-log action: who evaluated, and when (SPEC: every change to evaluations is on record).
EVALUATED = "outcomes.evaluated"


def evaluate(outcome, user, *, usefulness, transferability, comment=""):
    """Record or change `user`'s evaluation; refuses anyone else, and anything out of range."""
    if not rules.may_evaluate(user, outcome):
        raise PermissionDenied(_("Only the network's observers evaluate its outcomes."))
    errors = {}
    for field, value in (("usefulness", usefulness), ("transferability", transferability)):
        if not isinstance(value, int) or value not in SCORES:
            errors[field] = _("Give a score from 1 to 5.")
    if errors:
        raise ValidationError(errors)
    with transaction.atomic():
        evaluation, created = Evaluation.objects.update_or_create(
            outcome=outcome,
            evaluator=user,
            defaults={
                "usefulness": usefulness,
                "transferability": transferability,
                "comment": (comment or "").strip(),
            },
        )
        log(
            evaluation,
            EVALUATED,
            user=user,
            data={
                "created": created,
                "usefulness": usefulness,
                "transferability": transferability,
            },
        )
    return evaluation


@hooks.register("register_log_actions")
def register_evaluation_actions(actions):
    actions.register_action(EVALUATED, _lazy("Evaluate"), _lazy("Evaluated"))


def results(outcome):
    """Counts, averages, the distribution of each score, and the comments."""
    evaluations = Evaluation.objects.filter(outcome=outcome)
    summary = evaluations.aggregate(
        count=Count("pk"), usefulness=Avg("usefulness"), transferability=Avg("transferability")
    )
    distributions = {
        "usefulness": dict.fromkeys(SCORES, 0),
        "transferability": dict.fromkeys(SCORES, 0),
    }
    for field in distributions:
        for row in evaluations.values(field).annotate(n=Count("pk")):
            distributions[field][row[field]] = row["n"]
    comments = (
        evaluations.exclude(comment="")
        .select_related("evaluator__person__municipality")
        .order_by("-updated_at")
    )
    return {
        "count": summary["count"],
        "averages": {
            "usefulness": summary["usefulness"],
            "transferability": summary["transferability"],
        },
        "charts": [
            chart(_("Usefulness"), distributions["usefulness"]),
            chart(_("Transferability to my town"), distributions["transferability"]),
        ],
        "comments": comments,
    }


def chart(title, distribution):
    """Bars for a server-rendered SVG chart: one per score, with its count and share."""
    total = sum(distribution.values())
    peak = max(distribution.values()) or 1
    bars = [
        {
            "score": score,
            "count": count,
            "width": round(BAR_MAX_WIDTH * count / peak),
            "label_x": 30 + round(BAR_MAX_WIDTH * count / peak) + 6,
            "percent": round(100 * count / total) if total else 0,
            "y": (score - 1) * 28,
        }
        for score, count in sorted(distribution.items())
    ]
    return {"title": title, "bars": bars, "total": total}


def _source_sessions(user, outcome, network):
    """The sessions the outcome came from, those the reader may open. They are the network's
    own, so only its part of the tree is asked about (an observer fails a restriction on every
    members-only practice of the library, none of which can hide a session)."""
    sessions = SessionPage.objects.live().filter(pk__in=related_ids(outcome.sessions))
    within = [network.path] if network is not None else None
    return access.visible_pages(user, sessions, within=within).order_by("starts_at")


def outcome_context(user, outcome):
    """What the outcome page shows. An outcome previewed in the admin before its first save has
    no evaluations and is not promoted; no one evaluates or promotes it until it exists."""
    saved = outcome.pk is not None
    network = network_of(outcome)
    mine = (
        Evaluation.objects.filter(outcome=outcome, evaluator_id=user.pk).first()
        if saved and user.is_authenticated
        else None
    )
    can_evaluate = saved and rules.may_evaluate(user, outcome)
    return {
        "network": network,
        "can_evaluate": can_evaluate,
        "my_evaluation": mine,
        "evaluation_form": EvaluationForm(instance=mine) if can_evaluate else None,
        "can_see_results": saved and access.can_manage_network(user, network),
        "is_promoted": saved and is_promoted(outcome),
        "can_promote": saved and access.is_editor(user),
        "source_sessions": _source_sessions(user, outcome, network),
    }
