"""What the outcome pages' templates receive (see `home.page_context`)."""

from home.page_context import contributes_to
from workspaces.access import policy as access

from . import evaluations
from .models import OutcomeIndexPage, OutcomePage


@contributes_to(OutcomeIndexPage)
def outcomes_the_reader_may_open(page, request):
    outcomes = OutcomePage.objects.child_of(page).live().order_by("-first_published_at")
    return {
        "outcomes": access.visible_pages(request.user, outcomes).defer_streamfields(),
        "network": page.get_parent().specific,
    }


@contributes_to(OutcomePage)
def evaluations_of_the_outcome(page, request):
    return evaluations.outcome_context(request.user, page)
