"""Editors make one page public, or members-only again."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.shortcuts import redirect
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from wagtail.models import Page

from . import policy, promotion


@login_required
@require_POST
def promote_page(request, page_id):
    """Make an outcome or a practice public, or members-only again (editors only)."""
    page = policy.visible_page_or_404(request.user, Page, page_id).specific
    withdraw = request.POST.get("action") == "withdraw"
    try:
        (promotion.withdraw if withdraw else promotion.promote)(page, request.user)
    except PermissionDenied as error:
        messages.error(request, str(error))
    else:
        message = _("The page is members-only again.") if withdraw else _("The page is now public.")
        messages.success(request, message)
    return redirect(page.url)
