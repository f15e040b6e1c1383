"""Thin: a session's first publication tells the network's people."""

from django.dispatch import receiver

from wagtail.signals import page_published

from . import emails
from .models import SessionPage


@receiver(page_published, sender=SessionPage)
def tell_the_network(sender, instance, **kwargs):
    emails.queue_session_planned(instance)
