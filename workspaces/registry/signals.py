"""Thin: whenever a record that access derives from changes, ask the services to re-derive."""

from django.contrib.auth import get_user_model
from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver

from home.forms import TOWNS_STAMP
from workspaces.access import generations
from workspaces.access.groups import grant_editors, network_groups

from . import roster, services
from .models import Membership, Municipality, NetworkPage, ObserverSubscription, Person


@receiver(post_save, sender=Membership)
@receiver(post_delete, sender=Membership)
@receiver(post_save, sender=ObserverSubscription)
@receiver(post_delete, sender=ObserverSubscription)
def resync_network_of_record(sender, instance, **kwargs):
    network = NetworkPage.objects.filter(pk=instance.network_id).first()
    if network is not None:
        services.sync_network_groups(network)


@receiver(post_save, sender=Membership)
@receiver(post_delete, sender=Membership)
@receiver(post_save, sender=Person)
@receiver(post_delete, sender=Person)
def roster_changed(sender, **kwargs):
    """The members' roster kept in the cache (`roster.workspace_roster`) is left behind."""
    generations.bump(roster.ROSTER_STAMP)


@receiver(post_save, sender=Municipality)
@receiver(post_delete, sender=Municipality)
def town_changed(sender, **kwargs):
    """The roster names towns, and every form's town select lists them (`home.forms`)."""
    generations.bump(roster.ROSTER_STAMP, TOWNS_STAMP)


@receiver(post_save, sender=get_user_model())
@receiver(post_delete, sender=get_user_model())
def name_changed(sender, update_fields=None, **kwargs):
    """The roster names people; signing in (which records only the time) changes no name."""
    if update_fields is None or set(update_fields) - {"last_login"}:
        generations.bump(roster.ROSTER_STAMP)


@receiver(post_save, sender=Person)
def resync_networks_of_person(sender, instance, **kwargs):
    for network in services.networks_touching_person(instance):
        services.sync_network_groups(network)


@receiver(post_save, sender=NetworkPage)
def sync_saved_network(sender, instance, **kwargs):
    if not kwargs.get("raw"):
        services.sync_network_access(instance)


@receiver(post_delete, sender=NetworkPage)
def delete_network_groups(sender, instance, **kwargs):
    for group in network_groups(instance).values():
        group.delete()


def derive_after_migrate(sender, **kwargs):
    grant_editors("registry", services.EDITOR_MODEL_PERMISSIONS)
    services.ensure_network_collections()
