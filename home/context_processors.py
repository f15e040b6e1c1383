"""The site's main navigation: top-level pages the reader may open, in tree order.

The same on every page a reader opens, so it is kept in Django's cache per site and reader,
under the stamps of the page tree and of the reader's groups (`workspaces.access.generations`):
a page published, moved or unpublished, or a membership changed, shows on the next request.
The pages are kept whole, so titles and addresses follow the language of each request.
"""

from django.core.cache import cache
from django.utils.functional import SimpleLazyObject

from wagtail.models import Page, Site

from workspaces.access import generations
from workspaces.access import policy as access


def _navigation(request):
    site = Site.find_for_request(request)
    if site is None:
        return []
    key = f"navigation:{site.pk}:{generations.reader_stamps(request.user)}"
    pages = cache.get(key)
    if pages is None:
        children = Page.objects.child_of(site.root_page).live().in_menu()
        pages = list(access.visible_pages(request.user, children).specific().defer_streamfields())
        cache.set(key, pages, generations.VALUE_TIMEOUT)
    return pages


def site_navigation(request):
    return {"navigation_pages": SimpleLazyObject(lambda: _navigation(request))}
