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
