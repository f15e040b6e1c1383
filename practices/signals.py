"""Practices join the access contract: members-only until promoted (SPEC §4)."""

from django.db.models.signals import post_save
from django.dispatch import receiver

from workspaces import access, promotion, services

from .models import PracticePage

services.register_audience(PracticePage, access.library_audience)
promotion.register_promotable(PracticePage)


@receiver(post_save, sender=PracticePage)
def restrict_saved_practice(sender, instance, **kwargs):
    if not kwargs.get("raw"):
        services.ensure_page_restriction(instance)
