"""The Wagtail admin's ways of naming pages and documents, narrowed by the access module.

Wagtail's page explorer, page search and document listing already show a coordinator only
their own part of the tree. Other admin views look objects up by id and print their titles
whatever the reader may see: the page chooser (its browse step names the parent page, its
"chosen" step every id asked for), the move confirmation (both pages, before any permission
check), bulk-action confirmations (they list the pages and documents the reader has no
permission on, by title) and the page-types report (the latest edited page of each type).
Those views are mounted again here, ahead of Wagtail's own (`cms/urls.py`), as thin subclasses
that ask `access` first; the rest of each view is Wagtail's. Children listed by the chooser
and its search go through the `construct_page_chooser_queryset` hook (`wagtail_hooks.py`).
"""

from django.apps import apps
from django.db.models import F
from django.http import Http404
from django.urls import path
from django.views.decorators.cache import never_cache

from wagtail.admin.auth import require_admin_access
from wagtail.admin.views import chooser
from wagtail.admin.views.bulk_action import dispatcher
from wagtail.admin.views.bulk_action.registry import bulk_action_registry
from wagtail.admin.views.pages.move import MoveConfirmView
from wagtail.admin.views.reports.page_types_usage import PageTypesUsageReportView
from wagtail.documents import get_document_model
from wagtail.models import Page

from . import policy as access
from .converters import MAX_ID


def shown_ids(user, model, ids):
    """Of the ids asked for, those of objects the admin may name to `user`."""
    ids = [value for value in ids if str(value).isdigit() and 0 < int(value) <= MAX_ID]
    if issubclass(model, Page):
        shown = access.admin_pages(user, Page.objects.filter(pk__in=ids))
    elif issubclass(model, get_document_model()):
        shown = access.visible_documents(user, model.objects.filter(pk__in=ids))
    else:
        return ids
    return [str(pk) for pk in shown.values_list("pk", flat=True)]


def _narrow_ids(request, ids):
    """Replace the request's `id` parameters, so the wrapped view sees only these."""
    query = request.GET.copy()
    query.setlist("id", ids)
    request.GET = query
    request.META["QUERY_STRING"] = query.urlencode()


def bulk_action(request, app_label, model_name, action):
    """Wagtail's bulk-action dispatcher, given only the ids the reader may see named."""
    try:
        model = apps.get_model(app_label, model_name)
    except LookupError as error:
        raise Http404 from error
    action_class = bulk_action_registry.get_bulk_action_class(app_label, model_name, action)
    if action_class is None:
        raise Http404
    ids = request.GET.getlist("id")
    if "all" in ids:  # "everything in this listing": spelled out, so it can be narrowed
        listing = action_class(request, model)
        ids = list(listing.get_all_objects_in_listing_query(request.GET.get("childOf")))
    _narrow_ids(request, shown_ids(request.user, model, ids))
    return dispatcher.index(request, app_label, model_name, action)


class BrowseView(chooser.BrowseView):
    """The chooser opened at a page the reader may not see is "not found", not its title."""

    def get_object_list(self):
        if not access.may_show_in_admin(self.request.user, self.parent_page):
            raise Http404
        return super().get_object_list()


class GuardedMoveConfirmView(MoveConfirmView):
    """Wagtail's move confirmation names both pages before checking any permission; here it
    is "not found" unless the reader may see both (and the slug message never names one)."""

    def dispatch(self, request, page_to_move_id, destination_id, *args, **kwargs):
        user = request.user
        for page_id in (page_to_move_id, destination_id):
            if not access.admin_pages(user, Page.objects.filter(pk=page_id)).exists():
                raise Http404
        return super().dispatch(request, page_to_move_id, destination_id, *args, **kwargs)


class ChosenMultipleView(chooser.ChosenMultipleView):
    def get(self, request):
        _narrow_ids(request, shown_ids(request.user, Page, request.GET.getlist("id")))
        return super().get(request)


class PageTypesUsageReport(PageTypesUsageReportView):
    """Each page type's latest edited page, among the pages the reader may see named."""

    def decorate_paginated_queryset(self, page_types):
        page_types = super().decorate_paginated_queryset(page_types)
        user = self.request.user
        for item in page_types:
            page = item.last_edited_page
            if page is not None and not access.may_show_in_admin(user, page):
                item.last_edited_page = self._latest_shown(user, item)
        return page_types

    @staticmethod
    def _latest_shown(user, content_type):
        pages = access.admin_pages(user, Page.objects.filter(content_type=content_type))
        newest_first = F("latest_revision_created_at").desc(nulls_last=True)  # as Wagtail's
        latest = pages.order_by(newest_first, "title", "-pk").first()
        return latest.specific if latest else None


def _admin(view):
    """What Wagtail wraps every admin view in: admin access required, never cached."""
    return never_cache(require_admin_access(view))


# Mounted under /admin/ before Wagtail's own URLs, at the same paths.
urlpatterns = [
    path("choose-page/", _admin(BrowseView.as_view())),
    path("choose-page/<int:parent_page_id>/", _admin(BrowseView.as_view())),
    path("choose-page/chosen-multiple/", _admin(ChosenMultipleView.as_view())),
    path(
        "pages/<int:page_to_move_id>/move/<int:destination_id>/confirm/",
        _admin(GuardedMoveConfirmView.as_view()),
    ),
    path("bulk/<str:app_label>/<str:model_name>/<str:action>/", _admin(bulk_action)),
    path("reports/page-types-usage/", _admin(PageTypesUsageReport.as_view())),
    path(
        "reports/page-types-usage/results/",
        _admin(PageTypesUsageReport.as_view(results_only=True)),
    ),
]
