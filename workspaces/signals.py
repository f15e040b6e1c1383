"""Thin: whenever a record that access derives from changes, ask the services to re-derive.

Edits made by the services themselves are ignored (`services.is_syncing`), so a handler that
restores a removed restriction does not trigger itself.
"""

from django.db import transaction
from django.db.models.signals import m2m_changed, post_delete, post_save
from django.dispatch import receiver

from wagtail.models import PageViewRestriction
from wagtail.signals import page_published

from . import services
from .models import (
    Membership,
    NetworkPage,
    ObserverSubscription,
    OutcomeIndexPage,
    OutcomePage,
    Person,
    WorkspacePage,
)


@receiver(post_save, sender=Membership)
@receiver(post_delete, sender=Membership)
@receiver(post_save, sender=ObserverSubscription)
@receiver(post_delete, sender=ObserverSubscription)
def resync_network_of_record(sender, instance, **kwargs):
    network = NetworkPage.objects.filter(pk=instance.network_id).first()
    if network is not None:
        services.sync_network_groups(network)


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
    from .groups import network_groups

    for group in network_groups(instance).values():
        group.delete()


@receiver(post_save, sender=WorkspacePage)
@receiver(post_save, sender=OutcomeIndexPage)
@receiver(post_save, sender=OutcomePage)
def restrict_saved_page(sender, instance, **kwargs):
    if not kwargs.get("raw"):
        services.ensure_page_restriction(instance)


def _restore_if_section(page_id):
    from wagtail.models import Page

    page = Page.objects.filter(pk=page_id).specific().first()
    if isinstance(page, services.managed_page_types()):
        services.ensure_page_restriction(page)


@receiver(post_save, sender=PageViewRestriction)
@receiver(post_delete, sender=PageViewRestriction)
def restore_section_restriction(sender, instance, **kwargs):
    # After commit: when a whole page is being deleted, its restriction goes with it.
    if not services.is_syncing() and not kwargs.get("raw"):
        page_id = instance.page_id
        transaction.on_commit(lambda: _restore_if_section(page_id))


@receiver(m2m_changed, sender=PageViewRestriction.groups.through)
def restore_section_restriction_groups(sender, instance, action, **kwargs):
    is_restriction = isinstance(instance, PageViewRestriction)
    if action.startswith("post_") and is_restriction and not services.is_syncing():
        page_id = instance.page_id
        transaction.on_commit(lambda: _restore_if_section(page_id))


def derive_after_migrate(sender, **kwargs):
    services.grant_editor_permissions()
    services.ensure_restricted_collections()


@receiver(page_published, sender=OutcomePage)
def tell_observers_first(sender, instance, **kwargs):
    from . import notifications

    notifications.on_outcome_published(instance)
