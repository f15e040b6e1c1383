"""The way from an address to its page, remembered: one query instead of two per tree level.

Wagtail routes a request by walking the tree from the site's root, one query for each child and
one more for its specific type – nine queries for a session page five levels down. Once a walk
has led to a page, the address is kept in Django's cache with the page's id and type, under the
page tree's stamp (`workspaces.access.generations`: any page saved, published, unpublished,
moved or deleted replaces it). A later request for that address fetches the page in one query
and checks it still lives there, so even a stale entry cannot serve the wrong page.

Only walks that consumed the whole address as page slugs are kept; an address that a routable
page answers itself (the library's `tag/…` routes) is walked each time, as before. The page then
routes its own empty remainder, so a page that is not live is "not found" as Wagtail would say.
Access is decided afterwards, as before, by the access core's `before_serve_page` hook.
"""

import hashlib

from django.contrib.contenttypes.models import ContentType
from django.core.cache import cache
from django.core.exceptions import DisallowedHost

from wagtail.models import Site

from workspaces.access import generations


def route(root, request, path_components, walk):
    """What `walk()` (Wagtail's own routing from `root`) would answer for `path_components`."""
    if not path_components:
        return walk()
    url_path = root.url_path + "/".join(path_components) + "/"
    digest = hashlib.sha256(url_path.encode()).hexdigest()
    key = f"route:{root.pk}:{digest}:{generations.current(generations.PAGES)}"
    known = cache.get(key)
    if known is not None:
        page = _page_at(url_path, *known)
        if page is not None:
            return page.route(request, [])
    result = walk()
    page = result[0]
    if page.url_path == url_path:
        cache.set(key, (page.pk, page.content_type_id), generations.VALUE_TIMEOUT)
    return result


def _page_at(url_path, page_id, content_type_id):
    """The page of this id and type if it is still at `url_path` (one query), else None."""
    model = ContentType.objects.get_for_id(content_type_id).model_class()
    if model is None:
        return None
    return model.objects.filter(pk=page_id, url_path=url_path).first()


# The name of Wagtail's own URL pattern that serves pages (wagtail/urls.py).
WAGTAIL_PAGES = "wagtail_serve"


class RememberedSiteMiddleware:
    """Finds the Wagtail site of a page request in the cache.

    Wagtail looks the site up with a query on every request, though the answer depends on the
    host and port alone and changes only with the sites (whose every change replaces the page
    tree's stamp). It keeps the answer on the request (`request._wagtail_site`, Wagtail's own
    documented place), where `Site.find_for_request` reads it. Only for Wagtail's page view:
    other views (the health checks above all) must not touch the database or the cache for it.
    Hosts that settings do not allow are left to Django, which refuses them, and never kept."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_view(self, request, view_func, view_args, view_kwargs):
        match = request.resolver_match
        if match is None or match.url_name != WAGTAIL_PAGES or hasattr(request, "_wagtail_site"):
            return None
        try:
            host = request.get_host()
        except DisallowedHost:
            return None
        digest = hashlib.sha256(f"{host}|{request.get_port()}".encode()).hexdigest()
        key = f"site:{digest}:{generations.current(generations.PAGES)}"
        site = cache.get(key)
        if site is None:
            site = Site.find_for_request(request)
            if site is not None:
                cache.set(key, site, generations.VALUE_TIMEOUT)
        request._wagtail_site = site
        return None
