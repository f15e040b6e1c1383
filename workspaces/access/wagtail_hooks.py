"""Wagtail asks the access core: before serving a page or a document, in the page chooser, and
in the audit log's names for promotion."""

from django.conf import settings
from django.contrib.auth.views import redirect_to_login
from django.http import Http404
from django.utils.translation import gettext_lazy as _

from wagtail import hooks

from . import policy, promotion


def _refuse(request):
    """Visitors are asked to sign in; signed-in readers without the right see "not found"."""
    if not request.user.is_authenticated:
        return redirect_to_login(request.get_full_path(), settings.WAGTAIL_FRONTEND_LOGIN_URL)
    raise Http404


@hooks.register("before_serve_page")
def enforce_access_contract(page, request, serve_args, serve_kwargs):
    """Refuse a page the reader may not see: sign-in for visitors, "not found" for the rest.

    A signed-in reader without the right gets a 404 rather than a 403 so that the response
    does not confirm what exists behind the restriction (SPEC §4: "not served").
    """
    if policy.can_view_page(request.user, page):
        return None
    return _refuse(request)


@hooks.register("before_serve_document")
def enforce_access_contract_on_documents(document, request):
    if not policy.can_view_document(request.user, document):
        return _refuse(request)
    return None


@hooks.register("construct_page_chooser_queryset")
def chooser_offers_only_pages_the_reader_may_see(pages, request):
    """The page chooser's listing and search name only what the access module allows."""
    return policy.admin_pages(request.user, pages)


@hooks.register("register_log_actions")
def register_promotion_actions(actions):
    actions.register_action(
        promotion.PROMOTED_ACTION, _("Promote to the public"), _("Promoted to the public")
    )
    actions.register_action(
        promotion.WITHDRAWN_ACTION, _("Withdraw from the public"), _("Withdrawn from the public")
    )
