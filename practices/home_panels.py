"""The library's panel on a signed-in person's home page (`home.page_context`): the practices
they submitted and where each stands – a draft, in moderation, changes requested, published
for the networks' members, or promoted to the public – with a way to "My practices".

One query, however many practices and moderation rounds there are: the latest moderation
state and the promotion are read in subqueries, and a window function counts them all while
only the most recent few are fetched. A person always sees their own submissions (as on
"My practices"); a link is given only to a published one.
"""

from dataclasses import dataclass

from django.db.models import CharField, Count, Exists, OuterRef, Subquery, Window
from django.db.models.functions import Cast
from django.utils.translation import gettext_lazy as _

from wagtail.models import WorkflowState

from home.models import HomePage
from home.page_context import Panel, contributes_to
from workspaces.access.models import Promotion
from workspaces.registry import home_panels as registry_home

from .models import PracticePage

SHOWN = 5


@dataclass(frozen=True)
class Standing:
    """Where a practice stands, and the tag colour that says it at a glance."""

    label: str
    tag: str


DRAFT = Standing(_("Draft"), "tag-neutral")
IN_MODERATION = Standing(_("In moderation"), "tag-info")
CHANGES_REQUESTED = Standing(_("Changes requested"), "tag-warning")
PUBLISHED = Standing(_("Published for members"), "tag-success")
PROMOTED = Standing(_("Promoted to the public"), "tag-success")


def standing(practice):
    """The practice's status from the annotations `my_practices` adds."""
    if practice.live:
        return PROMOTED if practice.promoted else PUBLISHED
    if practice.workflow_status == WorkflowState.STATUS_NEEDS_CHANGES:
        return CHANGES_REQUESTED
    if practice.workflow_status == WorkflowState.STATUS_IN_PROGRESS:
        return IN_MODERATION
    return DRAFT


def my_practices(user):
    """The user's most recently changed practices, each with `.standing` and `.total`."""
    latest_state = WorkflowState.objects.filter(
        base_content_type__model="page",
        object_id=Cast(OuterRef("pk"), output_field=CharField()),
    ).order_by("-created_at", "-pk")
    practices = (
        PracticePage.objects.filter(owner_id=user.pk)
        .annotate(
            workflow_status=Subquery(latest_state.values("status")[:1]),
            promoted=Exists(Promotion.objects.filter(page_id=OuterRef("pk"))),
            total=Window(Count("pk")),
        )
        .defer_streamfields()
        .defer("situation", "solution", "results", "transferability")
        .order_by("-latest_revision_created_at", "-pk")[:SHOWN]
    )
    found = list(practices)
    for practice in found:
        practice.standing = standing(practice)
    return found


@contributes_to(HomePage)
def practices_of_the_reader(page, request):
    """For the people who submit practices – members, coordinators and experts of a network –
    and for anyone who already submitted one."""
    reader = registry_home.reader(request)
    if reader is None:
        return {}
    found = my_practices(reader.user)
    if not found and not reader.workspace_seats:
        return {}
    return {
        "my_practices": found,
        "more_practices": (found[0].total - len(found)) if found else 0,
        "panels": [Panel(50, "practices/includes/home_my_practices.html")],
    }
