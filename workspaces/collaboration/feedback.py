"""Feedback requests: a town presents a project and asks its network a question; members answer
in the request's discussion; the requester marks the helpful answers and moves the request from
open to answered to closed. This is what the programme exists for (SPEC §1, §5)."""

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.db.models import Case, IntegerField, Value, When
from django.utils import timezone
from django.utils.translation import gettext as _

from workspaces.registry import roster
from workspaces.registry.models import Membership

from . import emails, rules, services
from .models import FeedbackRequest, Project, RequestStatus

# From where a request may go, and by whom: the requester, or the network's coordinators.
NEXT_STATUSES = {
    RequestStatus.OPEN: {RequestStatus.ANSWERED, RequestStatus.CLOSED},
    RequestStatus.ANSWERED: {RequestStatus.CLOSED},
    RequestStatus.CLOSED: set(),
}


def towns_for_requests(user, network):
    """The towns `user` may present projects for in `network`: those of their seats in force
    there; for the network's coordinators and editors, every member town."""
    if rules.may_moderate(user, network):
        return roster.member_towns(network)
    seats = Membership.objects.in_force().filter(network=network, person__user_id=user.pk)
    return [seat.municipality for seat in seats.select_related("municipality") if seat.municipality]


def request_feedback(user, network, *, town, project_title, goal, question, stage, budget=None,
                     is_ldp_grant=False, deadline=None):  # fmt: skip
    if not rules.may_write(user, network) or town not in towns_for_requests(user, network):
        raise PermissionDenied(_("You may ask for feedback only on your own town's projects."))
    if deadline is not None and deadline < timezone.localdate():
        raise ValidationError({"deadline": _("The deadline cannot be in the past.")})
    if budget is not None and budget < 0:
        raise ValidationError({"budget": _("The budget cannot be negative.")})
    project_title = " ".join((project_title or "").split())
    goal = (goal or "").strip()
    if not goal:
        raise ValidationError({"goal": _("Say what the project should achieve.")})
    with transaction.atomic():
        project, _created = Project.objects.update_or_create(
            network=network,
            town=town,
            title=project_title,
            defaults={"goal": goal, "stage": stage, "budget": budget, "is_ldp_grant": is_ldp_grant},
        )
        project.full_clean()
        thread = services.start_thread(user, network, project_title, question, notify=False)
        asked = FeedbackRequest.objects.create(
            project=project, thread=thread, question=thread.posts.get().body,
            deadline=deadline, requested_by=user,
        )  # fmt: skip
        emails.thread_started(thread)
    return asked


def _may_steer(user, feedback):
    return feedback.requested_by_id == user.pk or rules.may_moderate(user, feedback.thread.network)


def mark_helpful(user, feedback, post, helpful=True):
    """The requester says which answers helped (replies only, not the question itself)."""
    if feedback.requested_by_id != user.pk:
        raise PermissionDenied(_("Only the person who asked marks the helpful answers."))
    if post.thread_id != feedback.thread_id or post.pk == feedback.thread.posts.first().pk:
        raise ValidationError(_("Only an answer to this request can be marked."))
    if helpful:
        feedback.helpful_answers.add(post)
    else:
        feedback.helpful_answers.remove(post)


def set_status(user, feedback, status):
    if not _may_steer(user, feedback):
        refusal = _("Only the person who asked, or a coordinator, changes the status.")
        raise PermissionDenied(refusal)
    if status not in NEXT_STATUSES.get(feedback.status, set()):
        raise ValidationError(_("The request cannot go from this status to that one."))
    with transaction.atomic():
        feedback.status = status
        feedback.save(update_fields=["status"])
        if status == RequestStatus.CLOSED:
            feedback.thread.is_closed = True
            feedback.thread.save(update_fields=["is_closed"])
    return feedback


def readable_requests(user, network):
    """The network's requests, for whoever may read its discussions; open ones first."""
    if not rules.may_read(user, network):
        return FeedbackRequest.objects.none()
    moderated = [network] if rules.may_moderate(user, network) else []
    requests = FeedbackRequest.objects.filter(thread__network=network)
    requests = requests.filter(rules.shown(moderated, via="thread__"))
    order = Case(
        *(When(status=status, then=Value(n)) for n, status in enumerate(RequestStatus.values)),
        output_field=IntegerField(),
    )
    return requests.select_related("project__town", "thread", "requested_by").order_by(
        order, "-thread__last_activity_at"
    )
