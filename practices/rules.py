"""Who may do what in the practice library, beyond reading a page (the access core decides
that): members of any network – the registry's participants – and editors read the whole
library, contacts too; network members submit practices for the towns they represent."""

from django.db.models import Q

from workspaces.access import policy as access
from workspaces.access.groups import EDITOR_GROUP_NAMES
from workspaces.registry.models import RUNNING_ROLES, Membership, Municipality, Person
from workspaces.registry.services import PARTICIPANTS_GROUP_NAME, participants_group

from .models import Transfer, TransferStage


def can_read_library(user):
    """Members of any network (and editors) read the whole practice library, contacts too."""
    if not access.is_signed_in(user):
        return False
    if user.is_superuser:
        return True
    return bool(access.group_names(user) & {PARTICIPANTS_GROUP_NAME, *EDITOR_GROUP_NAMES})


def submission_towns(user):
    """The towns `user` may submit a practice for: for a network member, the towns they
    represent – their own and that of each membership in force; for a network's coordinators
    and experts (who represent no town) also the member towns of the networks they run; for
    editors, any town; for anyone else (observers, visitors), none."""
    towns = Municipality.objects.all()
    if access.is_editor(user):
        return towns
    if not can_read_library(user):
        return towns.none()
    own = Person.objects.filter(user_id=user.pk).values("municipality_id")
    seats = Membership.objects.in_force()
    represented = seats.filter(person__user_id=user.pk)
    run = represented.filter(role__in=RUNNING_ROLES).values("network_id")
    of_networks_run = seats.filter(network_id__in=run)
    return towns.filter(
        Q(pk__in=own)
        | Q(pk__in=represented.values("municipality_id"))
        | Q(pk__in=of_networks_run.values("municipality_id"))
    )


def adoption_of(user, practice):
    """(adopting towns, how many) – what `user` learns of the towns adopting `practice`.

    Library readers get the transfers themselves (towns, stages, what changed) and no count;
    anyone else – a visitor of a promoted practice – only how many towns are adopting it,
    abandoned attempts left out.
    """
    # A practice previewed in the admin before its first save has no transfers to ask for.
    transfers = practice.transfers.all() if practice.pk is not None else Transfer.objects.none()
    if can_read_library(user):
        return transfers.select_related("town").order_by("town__name"), None
    return None, transfers.exclude(stage=TransferStage.ABANDONED).count()


def library_audience(page):
    """The groups that read a non-promoted practice: all network members, and editors."""
    return {participants_group().pk}
