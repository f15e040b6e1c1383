"""The site's main navigation: top-level pages the reader may open, in tree order."""

from django.utils.functional import SimpleLazyObject

from wagtail.models import Page, Site

from workspaces.access import policy as access


def _navigation(request):
    site = Site.find_for_request(request)
    if site is None:
        return []
    children = Page.objects.child_of(site.root_page).live().in_menu()
    return list(access.visible_pages(request.user, children).specific().defer_streamfields())


def site_navigation(request):
    return {"navigation_pages": SimpleLazyObject(lambda: _navigation(request))}
