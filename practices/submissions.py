"""Members submit practices from the site; editors moderate them in a Wagtail workflow.

A submission becomes a draft practice page owned by the submitter and enters the workflow
"Moderacja dobrych praktyk" (one approval task for the Editors group). Editors approve (it is
published – members-only, like every practice until promoted) or request changes, with
comments, in the admin. The submitter sees the status on "Moje praktyki" and gets an e-mail
on each decision, in their language, through the site's outbox: written with the decision,
sent after it, and retried while mail is down (`workspaces.notifications.outbox`).
"""

from django.contrib.auth.models import Group
from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.urls import reverse
from django.utils.html import escape
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from wagtail.models import (
    GroupApprovalTask,
    TaskState,
    Workflow,
    WorkflowPage,
    WorkflowState,
    WorkflowTask,
)

from workspaces.access.groups import EDITOR_GROUP_NAMES
from workspaces.notifications import outbox
from workspaces.notifications.kinds import Kind

from . import rules
from .models import PracticeIndexPage, PracticePage

WORKFLOW_NAME = "Moderacja dobrych praktyk"
RICH_FIELDS = ("situation", "solution", "results", "transferability")


def practice_workflow():
    """The moderation workflow on the practice index, created on first use."""
    index = PracticeIndexPage.objects.get()
    link = WorkflowPage.objects.filter(page=index).select_related("workflow").first()
    if link:
        return link.workflow
    workflow = Workflow.objects.create(name=WORKFLOW_NAME)
    approval = GroupApprovalTask.objects.create(name=_("Editors' approval"))
    approval.groups.set(Group.objects.filter(name=EDITOR_GROUP_NAMES[0]))
    WorkflowTask.objects.create(workflow=workflow, task=approval, sort_order=0)
    WorkflowPage.objects.create(page=index, workflow=workflow)
    return workflow


def paragraphs(text):
    """Plain text from the form as rich-text paragraphs, escaped."""
    blocks = [block.strip() for block in text.replace("\r\n", "\n").split("\n\n")]
    return "".join(f"<p>{escape(block)}</p>" for block in blocks if block)


def submit(user, cleaned):
    """Create the draft practice and start its moderation, all or nothing."""
    if not rules.can_read_library(user):
        raise PermissionDenied(_("Only members of the networks submit practices."))
    if not rules.submission_towns(user).filter(pk=cleaned["town"].pk).exists():
        raise PermissionDenied(_("You can submit a practice only for a town you represent."))
    data = dict(cleaned)
    networks, tags = data.pop("networks"), data.pop("tags")
    for field in RICH_FIELDS:
        data[field] = paragraphs(data[field])
    index = PracticeIndexPage.objects.get()
    with transaction.atomic():
        practice = PracticePage(live=False, owner=user, **data)
        index.add_child(instance=practice)
        practice.networks.set(networks)
        practice.tags.set(tags)
        practice.save()  # tags and networks are written when the page is
        revision = practice.save_revision(user=user)
        practice_workflow().start(practice, user)
    return practice, revision


def submissions_of(user):
    """The user's practices with where each stands in moderation."""
    practices = PracticePage.objects.filter(owner=user).order_by("-latest_revision_created_at")
    states = {
        int(state.object_id): state
        for state in WorkflowState.objects.filter(
            base_content_type__model="page", object_id__in=[str(p.pk) for p in practices]
        ).order_by("created_at")
    }
    return [(practice, _status(practice, states.get(practice.pk))) for practice in practices]


def _status(practice, state):
    if practice.live:
        return _("Published")
    if state is None:
        return _("Draft")
    if state.status == WorkflowState.STATUS_NEEDS_CHANGES:
        return _("Changes requested")
    if state.status == WorkflowState.STATUS_IN_PROGRESS:
        return _("In moderation")
    return state.get_status_display()


# --- the decision e-mail -------------------------------------------------------------------
# One e-mail per decision: the outbox row is about the practice page and keyed by the finished
# moderation task (`event`), so "changes requested" then "approved" are two e-mails, and a
# retry of either is still one.

DECISION = "practice_decision"


def _decision(event):
    """The finished moderation task an e-mail is about, or None if it is gone."""
    return TaskState.objects.filter(pk=int(event)).first() if event.isdigit() else None


def _decision_is_due(notification, page):
    """Still due while the practice and the decision exist (the recipient's being active with
    an address is checked by the outbox)."""
    return isinstance(page, PracticePage) and _decision(notification.event) is not None


def _decision_context(page, event):
    """What the decision e-mail says; links on the site's real address (`outbox.site_url`),
    the practice's own only once it is approved (before, it is a draft nobody may open)."""
    task_state = _decision(event)
    approved = task_state.status == TaskState.STATUS_APPROVED
    return {
        "practice": page,
        "approved": approved,
        "comment": task_state.get_comment(),
        "practice_url": outbox.page_url(page) if approved and page.live else "",
        "my_practices_url": outbox.site_url(reverse("my_practices")),
    }


DECISION_KIND = Kind(
    name=DECISION,
    label=gettext_lazy("Decision on a submitted practice"),
    template="practices/emails/decision",
    is_due=_decision_is_due,
    context=_decision_context,
)


def queue_decision(state):
    """Owe the submitter an e-mail about the editors' decision that just ended a moderation
    task of `state` (approval, or a request for changes with a comment)."""
    user = state.requested_by
    finished = state.task_states.filter(finished_at__isnull=False)
    task_state = finished.order_by("-finished_at", "-pk").first()
    if user is None or not (user.is_active and user.email) or task_state is None:
        return 0
    return outbox.queue(DECISION, state.content_object, [user], event=str(task_state.pk))
