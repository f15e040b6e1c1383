"""The outcomes room's panel on a signed-in observer's home page (`home.page_context`): the
outcomes of the networks they observe – and so evaluate (`rules.may_evaluate`) – that they may
open and have not evaluated yet, newest first. Evaluating one takes it off the list.

One query, whatever the number of outcomes or evaluations: a window function counts them and
keeps the first few. Which outcomes the reader may open comes from the access core, once per
request (`registry.home_panels.reader`).
"""

from django.db.models import Count, F, Window

from home.models import HomePage
from home.page_context import Panel, contributes_to
from workspaces.registry import home_panels as registry_home

from .models import Evaluation, OutcomePage

SHOWN = 5


def to_evaluate(reader):
    """The first few outcomes `reader` is asked to evaluate, each with `.network` and `.total`
    (how many there are in all)."""
    observed = reader.observed_seats
    if not observed:
        return []
    evaluated = Evaluation.objects.filter(evaluator_id=reader.user.pk).values("outcome_id")
    newest_first = [F("first_published_at").desc(nulls_last=True), F("pk").desc()]
    outcomes = (
        OutcomePage.objects.live()
        .filter(pk__in=reader.visible)
        .filter(reader.under(observed))
        .exclude(pk__in=evaluated)
        .annotate(total=Window(Count("pk")))
        .defer_streamfields()
        .defer("summary", "summary_en")
        .order_by(*newest_first)[:SHOWN]
    )
    found = list(outcomes)
    for outcome in found:
        outcome.network = reader.seat_at(outcome.path).network
    return found


@contributes_to(HomePage)
def outcomes_to_evaluate(page, request):
    """For observers only: members read outcomes, observers evaluate them (SPEC §4)."""
    reader = registry_home.reader(request)
    if reader is None or not reader.observed_seats:
        return {}
    found = to_evaluate(reader)
    total = found[0].total if found else 0
    return {
        "outcomes_to_evaluate": found,
        "more_outcomes_to_evaluate": total - len(found),
        "panels": [Panel(40, "outcomes/includes/home_to_evaluate.html")],
    }
