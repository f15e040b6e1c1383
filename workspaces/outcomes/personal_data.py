"""What outcomes hold about a person: their evaluations (registered with the registry's
personal-data export in `apps.py`). Pseudonymising keeps the evaluations – they count in the
results – and their audit-log entries are relabelled under the pseudonym."""

from workspaces.registry import personal_data

from .models import Evaluation


def _evaluations(person):
    return Evaluation.objects.filter(evaluator_id=person.user_id).select_related(
        "outcome", "evaluator"
    )


def export_evaluations(person):
    return [
        {
            "outcome": evaluation.outcome.title,
            "usefulness": evaluation.usefulness,
            "transferability": evaluation.transferability,
            "comment": evaluation.comment,
            "created": evaluation.created_at.isoformat(),
            "updated": evaluation.updated_at.isoformat(),
        }
        for evaluation in _evaluations(person).order_by("created_at", "pk")
    ]


def register():
    """Evaluations stay when their author is pseudonymised: they count in the results."""
    personal_data.register("evaluations", export_evaluations, logged_records=_evaluations)
