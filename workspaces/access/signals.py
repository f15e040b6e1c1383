"""Thin: a saved page gets the restriction its audience asks for, and a restriction edited by
hand on a page the access core manages is put back (after the edit commits).

Writes made by the access core itself are ignored (`restrictions.is_syncing`), so a handler
that restores a removed restriction does not trigger itself.
"""

from django.db import transaction
from django.db.models.signals import m2m_changed, post_delete, post_save
from django.dispatch import receiver

from wagtail.models import Page, PageViewRestriction

from . import restrictions


@receiver(post_save)
def restrict_saved_page(sender, instance, **kwargs):
    if isinstance(instance, Page) and not kwargs.get("raw"):
        restrictions.ensure_page_restriction(instance)


def _restore_if_managed(page_id):
    page = Page.objects.filter(pk=page_id).specific().first()
    if page is not None and restrictions.manages(page):
        restrictions.ensure_page_restriction(page)


@receiver(post_save, sender=PageViewRestriction)
@receiver(post_delete, sender=PageViewRestriction)
def restore_managed_restriction(sender, instance, **kwargs):
    # After commit: when a whole page is being deleted, its restriction goes with it.
    if not restrictions.is_syncing() and not kwargs.get("raw"):
        page_id = instance.page_id
        transaction.on_commit(lambda: _restore_if_managed(page_id))


@receiver(m2m_changed, sender=PageViewRestriction.groups.through)
def restore_managed_restriction_groups(sender, instance, action, **kwargs):
    is_restriction = isinstance(instance, PageViewRestriction)
    if action.startswith("post_") and is_restriction and not restrictions.is_syncing():
        page_id = instance.page_id
        transaction.on_commit(lambda: _restore_if_managed(page_id))
