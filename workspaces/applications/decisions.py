"""The Association's decision on an application, turned into the registry's records.

Approval creates or reuses the town, the account and the person, then the membership or the
observer subscription (through the registry's services, so groups follow and the audit log
names who decided), and owes the applicant an invitation. Rejection records the reason and
tells the applicant. A decision is taken once: deciding the same way again changes nothing
and sends nothing; the other way round is refused.
"""

from django.contrib.auth import get_user_model
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from wagtail.log_actions import log

from workspaces.registry import services as registry
from workspaces.registry.models import (
    Membership,
    MembershipRole,
    Municipality,
    ObserverSubscription,
    Person,
)

from . import emails, rules
from .models import Application, ApplicationKind, ApplicationStatus

APPROVED = "applications.approved"
REJECTED = "applications.rejected"


def _locked(application, by):
    if not rules.may_decide(by, application):
        raise PermissionDenied(_("You may not decide on this network's applications."))
    return Application.objects.select_for_update().select_related("network").get(pk=application.pk)


def _refuse_other_decision(application, wanted):
    if application.status in (ApplicationStatus.PENDING, wanted):
        return
    if application.status == ApplicationStatus.APPROVED:
        raise ValidationError(_("This application has already been approved."))
    raise ValidationError(_("This application has already been rejected."))


def approve(application, by):
    """Approve a pending application; returns it (unchanged if it was approved already)."""
    with transaction.atomic():
        application = _locked(application, by)
        _refuse_other_decision(application, ApplicationStatus.APPROVED)
        if application.status == ApplicationStatus.APPROVED:
            return application
        person = _person_for(application, by)
        if application.kind == ApplicationKind.MEMBER:
            application.membership = _seat(person, application.network, by)
        else:
            application.subscription = _subscription(person, application.network, by)
        application.person = person
        application.user = application.user or person.user
        _decided(application, ApplicationStatus.APPROVED, by)
        log(application, APPROVED, user=by)
        emails.queue_approval(application)
    return application


def reject(application, by, reason):
    """Reject a pending application, telling the applicant why; returns it (unchanged if it
    was rejected already)."""
    reason = (reason or "").strip()
    if not reason:
        raise ValidationError(_("Write the reason: the applicant receives it by e-mail."))
    with transaction.atomic():
        application = _locked(application, by)
        _refuse_other_decision(application, ApplicationStatus.REJECTED)
        if application.status == ApplicationStatus.REJECTED:
            return application
        application.rejection_reason = reason
        _decided(application, ApplicationStatus.REJECTED, by)
        log(application, REJECTED, user=by)
        emails.tell_rejected(application)
    return application


def _decided(application, status, by):
    application.status = status
    application.decided_by = by
    application.decided_at = timezone.now()
    application.save()


def _municipality_for(application):
    if application.municipality_id:
        return application.municipality
    known = Municipality.objects.filter(
        name__iexact=application.town_name, voivodeship=application.voivodeship
    ).first()
    return known or Municipality.objects.create(
        name=application.town_name, voivodeship=application.voivodeship
    )


def _account_for(application):
    """The applicant's account: the one they applied from, or the one with their address,
    or a new one that cannot sign in until its owner sets a password from the invitation."""
    User = get_user_model()
    user = application.user or User.objects.filter(email__iexact=application.email).first()
    if user is not None:
        return user
    user = User(
        username=_free_username(application.email),
        email=application.email,
        first_name=application.first_name,
        last_name=application.last_name,
    )
    user.set_unusable_password()
    user.save()
    return user


def _free_username(email):
    User = get_user_model()
    base = email.lower()[:140]
    candidate, suffix = base, 1
    while User.objects.filter(username__iexact=candidate).exists():
        suffix += 1
        candidate = f"{base}-{suffix}"
    return candidate


def _person_for(application, by):
    """The registry's person for the account; a person already on record keeps their data,
    and only gains the town if they had none. Either change is in the audit log, as the
    admin's own would be."""
    municipality = _municipality_for(application)
    user = _account_for(application)
    person = Person.objects.filter(user=user).first()
    if person is None:
        person = Person.objects.create(
            user=user,
            municipality=municipality,
            position=application.position,
            language=application.language,
        )
        log(person, "wagtail.create", user=by)
    elif person.municipality_id is None:
        person.municipality = municipality
        person.save()
        log(person, "wagtail.edit", user=by)
    return person


def _seat(person, network, by):
    existing = Membership.objects.active().filter(
        person=person, network=network, role=MembershipRole.MEMBER
    )
    return existing.first() or registry.add_membership(
        person, network, MembershipRole.MEMBER, by=by
    )


def _subscription(person, network, by):
    existing = ObserverSubscription.objects.active().filter(person=person, network=network)
    return existing.first() or registry.subscribe_observer(network, person=person, by=by)
