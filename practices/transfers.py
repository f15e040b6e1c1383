"""Transfers: a town records that it adopts a practice, and how far it got.

Stages move forward (interested → adapting → implemented); a town may abandon at any stage,
and that ends the record. Each stage keeps the day it was reached, so the record is also the
history. Only library readers who represent a town record transfers, for their own town.
"""

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.db.models import Count
from django.utils import timezone
from django.utils.translation import gettext as _

from workspaces.registry.models import NetworkPage

from . import rules
from .models import Transfer, TransferStage

ORDER = [TransferStage.INTERESTED, TransferStage.ADAPTING, TransferStage.IMPLEMENTED]


def town_of(user):
    person = getattr(user, "person", None)
    return person.municipality if person else None


def may_record(user):
    return rules.can_read_library(user) and town_of(user) is not None


def record(practice, user, stage, changes="", on=None):
    """Record that the user's town reached `stage` with `practice`."""
    if not may_record(user):
        raise PermissionDenied(_("Only members who represent a town record transfers."))
    if stage not in TransferStage.values:
        raise ValidationError({"stage": _("Choose a stage from the list.")})
    on = on or timezone.localdate()
    town = town_of(user)
    with transaction.atomic():
        transfer = Transfer.objects.select_for_update().filter(
            practice=practice, town=town
        ).first() or Transfer(practice=practice, town=town)
        _check_progress(transfer, stage)
        transfer.stage = stage
        setattr(transfer, f"{stage}_on", on)
        if changes.strip():
            transfer.changes = changes.strip()
        transfer.recorded_by = user
        transfer.full_clean()
        transfer.save()
    return transfer


def _check_progress(transfer, stage):
    if transfer.pk is None:
        return
    if transfer.stage == TransferStage.ABANDONED:
        raise ValidationError({"stage": _("This transfer was abandoned; it cannot move on.")})
    if stage == TransferStage.ABANDONED:
        return
    if ORDER.index(stage) <= ORDER.index(transfer.stage):
        raise ValidationError(
            {"stage": _("A transfer only moves forward: it is already at “%(stage)s”.")
             % {"stage": transfer.get_stage_display()}}
        )  # fmt: skip


def report_by_network():
    """Editors' report: for each network, how many transfers stand at each stage."""
    rows = Transfer.objects.values("practice__networks", "stage").annotate(n=Count("id")).order_by()
    table = {}
    for row in rows:
        table.setdefault(row["practice__networks"], dict.fromkeys(TransferStage.values, 0))
        table[row["practice__networks"]][row["stage"]] = row["n"]
    networks = NetworkPage.objects.filter(pk__in=[k for k in table if k]).order_by("number")
    return [
        (network, [table[network.pk][stage] for stage in TransferStage.values])
        for network in networks
    ]
