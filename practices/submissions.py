"""Members submit practices from the site; editors moderate them in a Wagtail workflow.

A submission becomes a draft practice page owned by the submitter and enters the workflow
"Moderacja dobrych praktyk" (one approval task for the Editors group). Editors approve (it is
published – members-only, like every practice until promoted) or request changes, with
comments, in the admin. The submitter sees the status on "Moje praktyki" and gets an e-mail
on each decision, sent by a background task in their language.
"""

import logging

from django.conf import settings
from django.contrib.auth.models import Group
from django.core.exceptions import PermissionDenied
from django.core.mail import send_mail
from django.db import transaction
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import translation
from django.utils.html import escape
from django.utils.translation import gettext as _

from wagtail.models import GroupApprovalTask, Workflow, WorkflowPage, WorkflowState, WorkflowTask

from django_tasks import task

from workspaces import access

from .models import PracticeIndexPage, PracticePage

logger = logging.getLogger(__name__)
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
    approval.groups.set(Group.objects.filter(name="Editors"))
    WorkflowTask.objects.create(workflow=workflow, task=approval, sort_order=0)
    WorkflowPage.objects.create(page=index, workflow=workflow)
    return workflow


def paragraphs(text):
    """Plain text from the form as rich-text paragraphs, escaped."""
    blocks = [block.strip() for block in text.replace("\r\n", "\n").split("\n\n")]
    return "".join(f"<p>{escape(block)}</p>" for block in blocks if block)


def submit(user, cleaned):
    """Create the draft practice and start its moderation, all or nothing."""
    if not access.can_read_library(user):
        raise PermissionDenied(_("Only members of the networks submit practices."))
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


@task()
def send_decision(state_id, approved):
    """E-mail the submitter the editors' decision, with the moderator's comment."""
    state = WorkflowState.objects.filter(pk=state_id).first()
    if state is None or state.requested_by is None or not state.requested_by.email:
        return 0
    user = state.requested_by
    person = getattr(user, "person", None)
    language = person.language if person else settings.LANGUAGE_CODE
    page = state.content_object.specific
    task_state = state.task_states.order_by("-finished_at").first()
    with translation.override(language):
        context = {
            "user": user,
            "practice": page,
            "approved": approved,
            "comment": task_state.get_comment() if task_state else "",
            "my_practices_url": page.get_site().root_url + reverse("my_practices"),
        }
        subject = render_to_string("practices/emails/decision_subject.txt", context)
        body = render_to_string("practices/emails/decision.txt", context)
    try:
        return send_mail(" ".join(subject.split()), body, None, [user.email])
    except Exception as error:  # noqa: BLE001 - a mail outage must not undo the decision
        logger.warning("Decision e-mail for workflow state %s failed: %s", state_id, error)
        return 0
