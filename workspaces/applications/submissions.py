"""Filing an application: one row per network named, all or none, and one confirmation."""

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils.translation import gettext as _

from wagtail.log_actions import log

from . import emails, rules
from .models import Application

SUBMITTED = "applications.submitted"


def submit(
    *, networks, kind, first_name, last_name, email, position, motivation, language,
    municipality=None, town_name="", voivodeship="", user=None,
):  # fmt: skip
    """File the application to each of `networks`; refuses (ValidationError, nothing stored)
    what the rules forbid, checked again here in the transaction that stores it."""
    networks = list(networks)
    if not networks:
        raise ValidationError({"networks": _("Choose at least one network.")})
    signed_in = user if user is not None and user.is_authenticated else None
    with transaction.atomic():
        problems = rules.refusals(networks, kind, position, email, user=signed_in)
        if problems:
            raise ValidationError(problems)
        applications = [
            Application.objects.create(
                network=network,
                kind=kind,
                municipality=municipality,
                town_name="" if municipality else town_name,
                voivodeship="" if municipality else voivodeship,
                first_name=first_name,
                last_name=last_name,
                email=email,
                position=position,
                motivation=motivation,
                language=language,
                user=signed_in,
            )  # fmt: skip
            for network in networks
        ]
        for application in applications:
            log(application, SUBMITTED, user=signed_in)
        emails.confirm_submission(applications)
    return applications
