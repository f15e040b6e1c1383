"""The minutes lifecycle: draft (coordinator) → circulated (attendees may propose amendments)
→ approved (locked; only an editor may make a new revision, and the audit log records it).

Each step is a service taking plain arguments, checked against the access module, done in one
transaction and written to Wagtail's audit log.
"""

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.html import strip_tags
from django.utils.translation import gettext as _

from wagtail.log_actions import log

from workspaces.access import policy as access
from workspaces.registry.models import network_of

from . import emails, rules
from .forms import AmendmentForm, ApproveMinutesForm
from .models import Minutes, MinutesAmendment, MinutesStatus

CIRCULATED_ACTION = "empiriae.minutes_circulated"
APPROVED_ACTION = "empiriae.minutes_approved"
REVISED_AFTER_APPROVAL_ACTION = "empiriae.minutes_revised_after_approval"


def minutes_record(session):
    record, _created = Minutes.objects.get_or_create(session=session)
    return record


def _require_manager(user, session):
    if not access.can_manage_network(user, network_of(session)):
        raise PermissionDenied(_("Only the network's coordinators and editors run its minutes."))


def _advance(session, user, *, expected, to, refusal, action, **stamps):
    """Move the minutes one step along, or refuse with `refusal` if they are not at `expected`."""
    _require_manager(user, session)
    with transaction.atomic():
        record = Minutes.objects.select_for_update().get(pk=minutes_record(session).pk)
        if record.status != expected:
            raise ValidationError(refusal)
        record.status = to
        for field, value in stamps.items():
            setattr(record, field, value)
        record.save(update_fields=["status", *stamps])
        log(instance=session, action=action, user=user)
    return record


def circulate_minutes(session, user):
    """Send draft minutes to the session's attendees for amendments: each gets an e-mail."""
    if not strip_tags(session.minutes).strip():
        _require_manager(user, session)
        raise ValidationError(_("Write the minutes before circulating them."))
    with transaction.atomic():
        record = _advance(
            session,
            user,
            expected=MinutesStatus.DRAFT,
            to=MinutesStatus.CIRCULATED,
            refusal=_("Only draft minutes can be circulated."),
            action=CIRCULATED_ACTION,
            circulated_at=timezone.now(),
        )
        emails.queue_minutes_circulated(session)
    return record


def approve_minutes(session, user):
    """Approve circulated minutes; from now on they are locked."""
    return _advance(
        session,
        user,
        expected=MinutesStatus.CIRCULATED,
        to=MinutesStatus.APPROVED,
        refusal=_("Minutes must be circulated to attendees before approval."),
        action=APPROVED_ACTION,
        approved_at=timezone.now(),
        approved_by=user,
    )


def propose_amendment(session, user, text):
    """An attendee proposes a change to circulated minutes."""
    if not rules.may_amend_minutes(user, session, session.minutes_status):
        raise PermissionDenied(_("Only attendees may amend minutes, and only while circulated."))
    text = (text or "").strip()
    if not text:
        raise ValidationError({"text": _("Write the amendment you propose.")})
    amendment = MinutesAmendment(session=session, author=user, text=text)
    amendment.full_clean()
    amendment.save()
    return amendment


def record_revision_after_approval(session, user):
    """An editor published a new revision of approved minutes: the audit log says so."""
    if session.minutes_status == MinutesStatus.APPROVED:
        log(instance=session, action=REVISED_AFTER_APPROVAL_ACTION, user=user)


def approval_context(session):
    """What the confirmation before approval shows: the session, its network, where its
    minutes stand and how many amendments were proposed (to be worked in before locking)."""
    status = session.minutes_status
    return {
        "session": session,
        "network": network_of(session),
        "minutes_status": status,
        "minutes_status_label": MinutesStatus(status).label,
        "may_approve": status == MinutesStatus.CIRCULATED,
        "amendment_count": session.amendments.count(),
    }


def session_context(user, session):
    """What the session page shows, decided here rather than in the template.

    A session previewed in the admin before its first save has draft minutes with no record
    or amendments, and nothing to circulate or approve yet.
    """
    saved = session.pk is not None
    record = Minutes.objects.filter(session=session).first() if saved else None
    status = record.status if record else MinutesStatus.DRAFT
    network = network_of(session)
    return {
        "network": network,
        "minutes_state": record,
        "minutes_status": status,
        "minutes_status_label": MinutesStatus(status).label,
        "attendance": session.attendance.select_related("person__user", "person__municipality"),
        "amendments": (
            session.amendments.select_related("author")
            if saved
            else MinutesAmendment.objects.none()
        ),
        "can_manage": saved and access.can_manage_network(user, network),
        "may_amend": rules.may_amend_minutes(user, session, status),
        "amendment_form": AmendmentForm(),
        "approve_form": ApproveMinutesForm(),
        "show_online_link": bool(session.online_link) and session.format != "in_person",
    }
