"""Editors promote a single page – an outcome, a practice – to the public, and take it back.

Promotion removes that one page's restriction and nothing else; withdrawing restores it at
once. Both are recorded in Wagtail's audit log.
"""

from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.utils.translation import gettext as _

from wagtail.log_actions import log

from . import policy
from .models import Promotion
from .restrictions import ensure_page_restriction

_PROMOTABLE = set()


def register_promotable(page_model):
    """Called by a room at start-up for each page type an editor may make public one by one."""
    _PROMOTABLE.add(page_model)


def is_promotable(page):
    return isinstance(page, tuple(_PROMOTABLE))


PROMOTED_ACTION = "empiriae.promoted"
WITHDRAWN_ACTION = "empiriae.promotion_withdrawn"


def _require_editor(user, page):
    if not policy.is_editor(user):
        raise PermissionDenied(_("Only editors promote content to the public."))
    if not is_promotable(page):
        raise PermissionDenied(_("This kind of page cannot be made public."))


def promote(page, user):
    _require_editor(user, page)
    with transaction.atomic():
        Promotion.objects.get_or_create(page=page.page_ptr, defaults={"promoted_by": user})
        ensure_page_restriction(page)
        log(instance=page, action=PROMOTED_ACTION, user=user)


def withdraw(page, user):
    _require_editor(user, page)
    with transaction.atomic():
        Promotion.objects.filter(page_id=page.pk).delete()
        ensure_page_restriction(page)
        log(instance=page, action=WITHDRAWN_ACTION, user=user)
