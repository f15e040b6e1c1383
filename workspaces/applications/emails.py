"""The e-mails of an application, in the applicant's language, with absolute links.

Before a decision the applicant may have no account, and the outbox writes to accounts: the
confirmation and a rejection go straight to the address given, after the transaction commits
(a failure is logged, the decision stands). Approval creates or finds the account, so the
invitation – with its one-time link to set a password – and the "you were added" e-mail go
through the outbox, which retries while mail is down and never sends one twice.
"""

import logging

from django.conf import settings
from django.contrib.auth.tokens import default_token_generator
from django.core.mail import EmailMessage
from django.db import transaction
from django.urls import reverse
from django.utils import translation
from django.utils.encoding import force_bytes
from django.utils.http import urlsafe_base64_encode
from django.utils.translation import gettext_lazy as _

from workspaces.notifications import outbox
from workspaces.notifications.kinds import Kind

from . import status
from .models import ApplicationStatus

logger = logging.getLogger(__name__)

INVITED = "application_invited"
ADDED = "application_added"


def _still_approved(notification, application):
    return application.status == ApplicationStatus.APPROVED


def set_password_url(user):
    """A one-time link: Django's token changes once the password is set, and expires after
    PASSWORD_RESET_TIMEOUT."""
    uid = urlsafe_base64_encode(force_bytes(user.pk))
    token = default_token_generator.make_token(user)
    return outbox.site_url(reverse("password_reset_confirm", args=[uid, token]))


def _invitation_context(application, event):
    """Made when the e-mail goes, so the link is fresh even when mail was down for a while."""
    return {
        "application": application,
        "network": application.network,
        "url": set_password_url(application.person.user),
        "valid_days": max(1, settings.PASSWORD_RESET_TIMEOUT // (24 * 3600)),
        "network_url": outbox.page_url(application.network),
    }


def _added_context(application, event):
    return {
        "application": application,
        "network": application.network,
        "url": outbox.page_url(application.network),
        "login_url": outbox.site_url(reverse("login")),
    }


KINDS = [
    Kind(
        name=INVITED,
        label=_("Invitation after an approved application"),
        template="applications/emails/invited",
        is_due=_still_approved,
        context=_invitation_context,
    ),
    Kind(
        name=ADDED,
        label=_("Added to a network after an approved application"),
        template="applications/emails/added",
        is_due=_still_approved,
        context=_added_context,
    ),
]


def queue_approval(application):
    """An invitation to someone who has never set a password, a plain notice to others."""
    user = application.person.user
    kind = ADDED if user.has_usable_password() else INVITED
    return outbox.queue(kind, application, [user])


def _send_to_address(template, context, address, language):
    try:
        with translation.override(language):
            subject, body = outbox.render_email(template, context)
        EmailMessage(subject, body, None, [address]).send()
    except Exception as error:  # noqa: BLE001 - a mail failure must not undo the application
        logger.warning("E-mail %s to an applicant failed: %s", template, error)


def _after_commit(template, context, address, language):
    transaction.on_commit(lambda: _send_to_address(template, context, address, language))


def confirm_submission(applications):
    """One e-mail for one form, however many networks it named."""
    first = applications[0]
    context = {
        "applications": applications,
        "application": first,
        "status_url": outbox.site_url(status.status_path(first.email)),
    }
    _after_commit("applications/emails/received", context, first.email, first.language)


def tell_rejected(application):
    context = {
        "application": application,
        "network": application.network,
        "status_url": outbox.site_url(status.status_path(application.email)),
    }
    _after_commit("applications/emails/rejected", context, application.email, application.language)
